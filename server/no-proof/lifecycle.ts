import { and, eq, inArray, ne } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofCaseVersions, type NoProofCase, type NoProofCaseVersion } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation } from "@/server/errors";
import { versionedLifecycle } from "@/server/versioning/lifecycle";
import { REVIEW_PATHS } from "@/server/versioning/review-kinds";
import { catalogueFields } from "./catalogue";
import { caseChecklist } from "./checklist";
import type { createCaseInput, NoProofCaseContent, updateCaseInput } from "./schemas";

const LABELS: [keyof NoProofCaseContent, string][] = [
  ["name", "事项名称"],
  ["itemCode", "事项编码"],
  ["domain", "所属领域"],
  ["lifeEvents", "人生事件"],
  ["audiences", "服务对象"],
  ["summary", "简要说明"],
  ["proofs", "证明材料"],
  ["materials", "其他需提交材料"],
  ["eLicences", "电子证照"],
  ["channels", "办理渠道"],
  ["steps", "办理步骤"],
  ["timeLimit", "办理时限"],
  ["fee", "收费标准"],
  ["legalBasis", "依据"],
  ["effectiveDate", "实施日期"],
  ["districtIds", "适用区市"],
  ["countsTowardTarget", "计入新增场景目标"],
  ["contactPhone", "咨询电话"],
];

function changedLabels(before: NoProofCaseContent, after: NoProofCaseContent): string {
  const changed = LABELS.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, l]) => l);
  return changed.length ? changed.join("、") : "无变化";
}

/** Districts must be 区市; the item code belongs to one use case only. */
async function checkContent(tx: Db, c: NoProofCaseContent, exceptId?: string) {
  if (c.districtIds.length) {
    const known = await tx.select({ id: departments.id }).from(departments).where(and(inArray(departments.id, c.districtIds), eq(departments.kind, "district")));
    if (known.length !== c.districtIds.length) throw new DomainError("BAD_REQUEST", "适用区市只能选择青岛市的区市", "districtIds");
  }
  const [clash] = await tx
    .select({ name: noProofCases.name })
    .from(noProofCases)
    .where(and(eq(noProofCases.itemCode, c.itemCode), exceptId ? ne(noProofCases.id, exceptId) : undefined));
  if (clash) throw new DomainError("CONFLICT", `事项编码 ${c.itemCode} 已用于「${clash.name}」`, "itemCode");
}

export const noProofLifecycle = versionedLifecycle<NoProofCase, NoProofCaseVersion, NoProofCaseContent>({
  noun: "无证明场景",
  entryLink: REVIEW_PATHS.noProof.entry,
  auditType: "noproof_case",
  entries: noProofCases,
  versions: noProofCaseVersions,
  versionOwner: noProofCaseVersions.caseId,
  uniqueNameConstraint: "noproof_cases_department_name_unique",
  canEdit: can.editNoProofCase,
  canReview: can.reviewResources,
  catalogueFields,
  changedLabels,
  checkPublishable: (tx, e, c) => checkContent(tx, c, e.id),
  checklist: caseChecklist,
});

/** Two saves racing past the item-code check still meet the unique index: same message. */
async function withCodeCheck<R>(code: string, work: () => Promise<R>): Promise<R> {
  try {
    return await noProofLifecycle.withNameCheck(work);
  } catch (error) {
    if (isUniqueViolation(error, "noproof_cases_item_code_unique")) throw new DomainError("CONFLICT", `事项编码 ${code} 已被其他无证明场景使用`, "itemCode");
    throw error;
  }
}

export async function createCase(db: Db, actor: Actor, input: z.output<typeof createCaseInput>) {
  authorize(can.editNoProofCase(actor, actor.departmentId), "只有发布员可以登记无证明场景");
  const { content } = input;
  return withCodeCheck(content.itemCode, () =>
    db.transaction(async (tx) => {
      await checkContent(tx, content);
      return noProofLifecycle.create(tx, actor, {
        departmentId: actor.departmentId,
        content,
        summary: `登记无证明场景「${content.name}」（${content.itemCode}）`,
        submit: input.submit,
      });
    }),
  );
}

export async function updateCase(db: Db, actor: Actor, input: z.output<typeof updateCaseInput>) {
  return withCodeCheck(input.content.itemCode, () =>
    db.transaction(async (tx) => {
      const e = await noProofLifecycle.loadForChange(tx, input);
      authorize(can.editNoProofCase(actor, e.departmentId), "只能修改本部门负责的无证明场景");
      await checkContent(tx, input.content, e.id);
      return noProofLifecycle.revise(tx, actor, e, input.content, input.submit);
    }),
  );
}
