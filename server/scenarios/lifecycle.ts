import { and, eq, inArray, or } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { accessRequests, departments, resources, scenarios, scenarioVersions, type Scenario, type ScenarioVersion } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { retrievalTerms, scenarioComparable } from "@/server/duplicates/lookup";
import { versionedLifecycle } from "@/server/versioning/lifecycle";
import { REVIEW_PATHS } from "@/server/versioning/review-kinds";
import { scenarioChecklist } from "./checklist";
import {
  SCENARIO_KIND_LABELS,
  type benchmarkInput,
  type createScenarioInput,
  type scenarioReasonInput,
  type scenarioRefInput,
  type ScenarioContent,
  type updateScenarioInput,
} from "./schemas";

const LABELS: [keyof ScenarioContent, string][] = [
  ["name", "场景名称"],
  ["kind", "场景类型"],
  ["audience", "服务对象"],
  ["domain", "所属领域"],
  ["participatingDepartmentIds", "参与部门"],
  ["problem", "解决的问题"],
  ["howItWorks", "实现方式"],
  ["resourceIds", "使用的资源"],
  ["results", "成效指标"],
  ["reform", "改革清单与流程"],
  ["liveDistrictIds", "上线区市"],
  ["contactName", "联系人"],
  ["contactPhone", "联系电话"],
  ["duplicateReason", "与已有同类的区别"],
];

function changedLabels(before: ScenarioContent, after: ScenarioContent): string {
  const changed = LABELS.filter(([k]) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(([, l]) => l);
  return changed.length ? changed.join("、") : "无变化";
}

/**
 * Rules that need the database: a 大场景 has at least two departments; the districts are 区市;
 * every resource is published and, if another department's, may be shared.
 */
export async function checkScenarioContent(tx: Db, leadDepartmentId: string, c: ScenarioContent) {
  const participants = [...new Set(c.participatingDepartmentIds.filter((d) => d !== leadDepartmentId))];
  if (c.kind === "big_scenario" && participants.length < 1)
    throw new DomainError("BAD_REQUEST", "多跨融合大场景须至少由两个部门共同建设，请添加参与部门", "participatingDepartmentIds");
  const ids = [...new Set([...participants, ...c.liveDistrictIds])];
  const known = ids.length ? await tx.select({ id: departments.id, kind: departments.kind }).from(departments).where(inArray(departments.id, ids)) : [];
  if (known.length !== ids.length) throw new DomainError("BAD_REQUEST", "所选部门或区市不存在", "participatingDepartmentIds");
  if (c.liveDistrictIds.some((id) => known.find((k) => k.id === id)?.kind !== "district"))
    throw new DomainError("BAD_REQUEST", "上线区市只能选择区市", "liveDistrictIds");
  const itemDepartments = [...new Set(c.reform?.items.map((i) => i.departmentId) ?? [])];
  if (itemDepartments.length) {
    const found = await tx.select({ id: departments.id }).from(departments).where(inArray(departments.id, itemDepartments));
    if (found.length !== itemDepartments.length) throw new DomainError("BAD_REQUEST", "改革清单中的实施部门不存在", "reform");
  }
  const used = c.resourceIds.length
    ? await tx
        .select({ id: resources.id, name: resources.name, status: resources.status, sharingClass: resources.sharingClass, departmentId: resources.departmentId })
        .from(resources)
        .where(inArray(resources.id, c.resourceIds))
    : [];
  if (used.length !== c.resourceIds.length) throw new DomainError("BAD_REQUEST", "所选资源不存在", "resourceIds");
  const unpublished = used.filter((r) => r.status !== "published");
  if (unpublished.length)
    throw new DomainError("BAD_REQUEST", `资源${unpublished.map((r) => `「${r.name}」`).join("")}未发布或已下线，不能用于场景`, "resourceIds");
  const unshared = used.filter((r) => r.sharingClass === "none" && r.departmentId !== leadDepartmentId);
  if (unshared.length)
    throw new DomainError("BAD_REQUEST", `资源${unshared.map((r) => `「${r.name}」`).join("")}为不予共享，不能用于其他部门的场景`, "resourceIds");
  return used;
}

/**
 * Before review and again before publication: the lead department holds an approved (and
 * unexpired) access request for every 有条件共享 resource of another department it uses.
 */
async function checkPublishable(tx: Db, s: Scenario, c: ScenarioContent) {
  const used = await checkScenarioContent(tx, s.departmentId, c);
  const needsGrant = used.filter((r) => r.sharingClass === "conditional" && r.departmentId !== s.departmentId);
  if (!needsGrant.length) return;
  const grants = await tx
    .select({ resourceId: accessRequests.resourceId, expiresOn: accessRequests.expiresOn })
    .from(accessRequests)
    .where(
      and(
        eq(accessRequests.requesterDepartmentId, s.departmentId),
        inArray(accessRequests.resourceId, needsGrant.map((r) => r.id)),
        or(eq(accessRequests.status, "approved"), eq(accessRequests.status, "granted")),
      ),
    );
  const now = new Date();
  const missing = needsGrant.filter((r) => !grants.some((g) => g.resourceId === r.id && (!g.expiresOn || g.expiresOn > now)));
  if (missing.length)
    throw new DomainError(
      "BAD_REQUEST",
      `以下有条件共享资源尚未获得提供部门同意：${missing.map((r) => `「${r.name}」`).join("")}。请先申请使用，获准后再提交`,
      "resourceIds",
    );
}

export const scenarioLifecycle = versionedLifecycle<Scenario, ScenarioVersion, ScenarioContent>({
  noun: "场景",
  entryLink: REVIEW_PATHS.scenario.entry,
  auditType: "scenario",
  entries: scenarios,
  versions: scenarioVersions,
  versionOwner: scenarioVersions.scenarioId,
  uniqueNameConstraint: "scenarios_department_name_unique",
  canEdit: can.editScenario,
  canReview: can.reviewResources,
  catalogueFields: (c) => ({
    name: c.name,
    kind: c.kind,
    audience: c.audience,
    domain: c.domain,
    participatingDepartmentIds: c.participatingDepartmentIds,
    liveDistrictIds: c.liveDistrictIds,
    duplicateTerms: retrievalTerms(c.name),
  }),
  changedLabels,
  checkPublishable,
  checklist: (c, e) => scenarioChecklist(c, e.departmentId),
  duplicates: { entryType: "scenario", comparable: scenarioComparable },
});

export async function createScenario(db: Db, actor: Actor, input: z.output<typeof createScenarioInput>) {
  authorize(can.editScenario(actor, actor.departmentId), "只有发布员可以登记场景");
  const content = { ...input.content, participatingDepartmentIds: input.content.participatingDepartmentIds.filter((d) => d !== actor.departmentId) };
  return scenarioLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => {
      await checkScenarioContent(tx, actor.departmentId, content);
      return scenarioLifecycle.create(tx, actor, {
        departmentId: actor.departmentId,
        content,
        summary: `登记${SCENARIO_KIND_LABELS[content.kind]}「${content.name}」`,
        submit: input.submit,
      });
    }),
  );
}

export async function updateScenario(db: Db, actor: Actor, input: z.output<typeof updateScenarioInput>) {
  return scenarioLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => {
      const s = await scenarioLifecycle.loadForChange(tx, input);
      const content = { ...input.content, participatingDepartmentIds: input.content.participatingDepartmentIds.filter((d) => d !== s.departmentId) };
      authorize(can.editScenario(actor, s.departmentId), "只能修改本部门牵头的场景");
      await checkScenarioContent(tx, s.departmentId, content);
      return scenarioLifecycle.revise(tx, actor, s, content, input.submit);
    }),
  );
}

export const submitScenario = (db: Db, actor: Actor, ref: z.output<typeof scenarioRefInput>) => scenarioLifecycle.submit(db, actor, ref);
export const approveScenario = (db: Db, actor: Actor, ref: z.output<typeof scenarioRefInput>) => scenarioLifecycle.approve(db, actor, ref);
export const returnScenario = (db: Db, actor: Actor, input: z.output<typeof scenarioReasonInput>) => scenarioLifecycle.returnForChanges(db, actor, input);
export const retireScenario = (db: Db, actor: Actor, input: z.output<typeof scenarioReasonInput>) => scenarioLifecycle.retire(db, actor, input);

/** 标杆场景: organisers mark (or unmark) a published scenario. */
export async function setBenchmark(db: Db, actor: Actor, input: z.output<typeof benchmarkInput>) {
  authorize(can.manageBenchmarks(actor), "只有大赛组织者可以设定标杆场景");
  return db.transaction(async (tx) => {
    const [s] = await tx.select().from(scenarios).where(eq(scenarios.id, input.id));
    if (!s) throw notFound("场景");
    if (input.benchmark && s.status !== "published") throw new DomainError("BAD_REQUEST", "只有已发布的场景可以设为标杆场景");
    const [updated] = await tx
      .update(scenarios)
      .set({ benchmark: input.benchmark, benchmarkAt: input.benchmark ? new Date() : null })
      .where(eq(scenarios.id, s.id))
      .returning();
    await recordAudit(tx, actor, scenarioLifecycle.auditOf(s.id, "benchmark", `${input.benchmark ? "设为" : "取消"}标杆场景「${s.name}」`));
    return updated!;
  });
}
