import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { resources, resourceVersions, type Resource, type ResourceVersion } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { resourceComparable } from "@/server/duplicates/lookup";
import { DomainError } from "@/server/errors";
import type { batchApproveInput } from "@/server/versioning/inputs";
import { versionedLifecycle } from "@/server/versioning/lifecycle";
import { REVIEW_PATHS } from "@/server/versioning/review-kinds";
import { catalogueFields, nextResourceCodes } from "./catalogue";
import { reviewChecklist } from "./checklist";
import { changedLabels } from "./diff";
import type {
  createResourceInput,
  resourceRefInput,
  retireResourceInput,
  returnResourceInput,
  ResourceContent,
  updateResourceInput,
} from "./schemas";
import { RESOURCE_KIND_LABELS } from "./schemas";

export const resourceLifecycle = versionedLifecycle<Resource, ResourceVersion, ResourceContent>({
  noun: "资源",
  entryLink: REVIEW_PATHS.resource.entry,
  auditType: "resource",
  entries: resources,
  versions: resourceVersions,
  versionOwner: resourceVersions.resourceId,
  uniqueNameConstraint: "resources_department_name_unique",
  canEdit: can.editResource,
  canReview: can.reviewResources,
  catalogueFields,
  changedLabels,
  checklist: reviewChecklist,
  duplicates: { entryType: "resource", comparable: resourceComparable },
  checkSavable: (tx, content, entry) => checkLinkedResources(tx, content.linkedCodes, entry?.code),
});

/** Which of `codes` name a resource in the catalogue, in one query. */
export async function registeredCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  return new Set((await db.select({ code: resources.code }).from(resources).where(inArray(resources.code, [...codes]))).map((r) => r.code));
}

/**
 * 关联资源代码 must name resources registered in the catalogue (any status: a link to a draft
 * holds once it is published), and not the resource itself.
 */
export async function checkLinkedResources(tx: Db, codes: readonly string[], ownCode?: string) {
  if (ownCode && codes.includes(ownCode)) throw new DomainError("BAD_REQUEST", "关联资源代码不能是本资源自己的编码", "linkedCodes");
  const found = await registeredCodes(tx, codes);
  const unknown = codes.filter((c) => !found.has(c));
  if (unknown.length) throw new DomainError("BAD_REQUEST", `关联资源代码不存在：${unknown.join("、")}，请核对资源编码`, "linkedCodes");
}

export async function createResource(db: Db, actor: Actor, input: z.output<typeof createResourceInput> & { submit?: boolean }) {
  authorize(can.registerResources(actor), "只有发布员可以登记资源");
  const departmentId = input.departmentId ?? actor.departmentId;
  authorize(can.editResource(actor, departmentId), "只能登记本部门的资源");
  const { content } = input;
  return resourceLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => {
      const [code] = await nextResourceCodes(tx, [content.kind]);
      return resourceLifecycle.create(tx, actor, {
        departmentId,
        content,
        values: { code },
        summary: `登记${RESOURCE_KIND_LABELS[content.kind]}资源「${content.name}」（${code}）`,
        submit: input.submit,
      });
    }),
  );
}

/** Saves the form (or an imported row) as the resource's working version. */
export const reviseResource = resourceLifecycle.revise;

export async function updateResource(db: Db, actor: Actor, input: z.output<typeof updateResourceInput> & { submit?: boolean }) {
  return resourceLifecycle.withNameCheck(() =>
    db.transaction(async (tx) => reviseResource(tx, actor, await resourceLifecycle.loadForChange(tx, input), input.content, !!input.submit)),
  );
}

export const submitResource = (db: Db, actor: Actor, ref: z.output<typeof resourceRefInput>) => resourceLifecycle.submit(db, actor, ref);
export const approveResource = (db: Db, actor: Actor, ref: z.output<typeof resourceRefInput>) => resourceLifecycle.approve(db, actor, ref);
export const returnResource = (db: Db, actor: Actor, input: z.output<typeof returnResourceInput>) => resourceLifecycle.returnForChanges(db, actor, input);
export const retireResource = (db: Db, actor: Actor, input: z.output<typeof retireResourceInput>) => resourceLifecycle.retire(db, actor, input);
export const batchApprove = (db: Db, actor: Actor, input: z.output<typeof batchApproveInput>) =>
  resourceLifecycle.batchApprove(db, actor, input.items);
