import { and, eq, ne } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { resources, resourceVersions, type Resource, type ResourceVersion } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { catalogueFields, nextResourceCodes } from "./catalogue";
import { changedLabels } from "./diff";
import type {
  batchApproveInput,
  createResourceInput,
  resourceRefInput,
  retireResourceInput,
  returnResourceInput,
  ResourceContent,
  updateResourceInput,
} from "./schemas";
import { RESOURCE_KIND_LABELS } from "./schemas";

export const auditOf = (r: Pick<Resource, "id">, action: string, summary: string) => ({
  action: `resource.${action}`,
  entityType: "resource",
  entityId: r.id,
  summary,
});

export const duplicateName = () => new DomainError("CONFLICT", "本部门已有同名资源，请换一个名称", "name");

/** Turns the (department, name) unique violation into the form's message. */
export async function withNameCheck<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "resources_department_name_unique")) throw duplicateName();
    throw error;
  }
}

/** The resource as the caller last saw it; a newer save in between is a conflict. */
async function loadForChange(tx: Db, ref: { id: string; version: number }): Promise<Resource> {
  const [r] = await tx.select().from(resources).where(eq(resources.id, ref.id)).for("update");
  if (!r) throw notFound("资源");
  if (r.version !== ref.version) throw staleVersion();
  return r;
}

async function saveResource(tx: Db, r: Resource, set: PgUpdateSetSource<typeof resources>): Promise<Resource> {
  const [updated] = await tx
    .update(resources)
    .set({ ...set, version: r.version + 1, updatedAt: new Date() })
    .where(and(eq(resources.id, r.id), eq(resources.version, r.version)))
    .returning();
  if (!updated) throw staleVersion();
  return updated;
}

async function versionById(tx: Db, id: string | null): Promise<ResourceVersion | null> {
  if (!id) return null;
  const [v] = await tx.select().from(resourceVersions).where(eq(resourceVersions.id, id));
  return v ?? null;
}

/** Another resource of the department already uses the name: refuse before saving a draft. */
async function assertNameFree(tx: Db, departmentId: string, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: resources.id })
    .from(resources)
    .where(and(eq(resources.departmentId, departmentId), eq(resources.name, name), exceptId ? ne(resources.id, exceptId) : undefined));
  if (clash) throw duplicateName();
}

const everPublished = (r: Resource) => r.currentVersionId !== null;

/** Marks the working version submitted; shared by 提交审核 on create, on save and on its own. */
async function submitWorking(tx: Db, actor: Actor, r: Resource, working: ResourceVersion): Promise<Resource> {
  if (working.status !== "draft" && working.status !== "returned")
    throw new DomainError("BAD_REQUEST", "该资源没有待提交的修改");
  await tx
    .update(resourceVersions)
    .set({ status: "submitted", submittedAt: new Date(), submittedBy: actor.id, updatedAt: new Date() })
    .where(eq(resourceVersions.id, working.id));
  const saved = await saveResource(tx, r, { status: everPublished(r) ? r.status : "submitted" });
  await recordAudit(
    tx,
    actor,
    auditOf(r, "submit", `提交资源「${working.content.name}」第 ${working.number} 版审核${everPublished(r) ? "（已发布资源的修改）" : ""}`),
  );
  return saved;
}

export async function createResource(db: Db, actor: Actor, input: z.output<typeof createResourceInput> & { submit?: boolean }) {
  authorize(can.registerResources(actor), "只有发布员可以登记资源");
  const departmentId = input.departmentId ?? actor.departmentId;
  authorize(can.editResource(actor, departmentId), "只能登记本部门的资源");
  const content = input.content;
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      await assertNameFree(tx, departmentId, content.name);
      const [code] = await nextResourceCodes(tx, [content.kind]);
      const [created] = await tx
        .insert(resources)
        .values({ code: code!, departmentId, status: "draft", createdBy: actor.id, ...catalogueFields(content) })
        .returning();
      const [version] = await tx
        .insert(resourceVersions)
        .values({ resourceId: created!.id, number: 1, status: "draft", content, createdBy: actor.id })
        .returning();
      const [withVersion] = await tx
        .update(resources)
        .set({ workingVersionId: version!.id })
        .where(eq(resources.id, created!.id))
        .returning();
      await recordAudit(
        tx,
        actor,
        auditOf(created!, "create", `登记${RESOURCE_KIND_LABELS[content.kind]}资源「${content.name}」（${code}）`),
      );
      return input.submit ? submitWorking(tx, actor, withVersion!, version!) : withVersion!;
    }),
  );
}

/**
 * Saves new content for a resource. A draft or returned version is edited in place; a published
 * resource gets a new working version, and the published one stays in the catalogue until the
 * new one is approved. Shared by the form and the spreadsheet import.
 */
export async function reviseResource(tx: Db, actor: Actor, r: Resource, content: ResourceContent, submit: boolean) {
  authorize(can.editResource(actor, r.departmentId), "只能修改本部门的资源");
  if (r.status === "retired") throw new DomainError("BAD_REQUEST", "已下线的资源不能修改");
  const working = await versionById(tx, r.workingVersionId);
  if (working?.status === "submitted") throw new DomainError("BAD_REQUEST", "该资源正在审核中，审核完成前不能修改");
  await assertNameFree(tx, r.departmentId, content.name, r.id);

  let target: ResourceVersion;
  let before: ResourceContent;
  if (working) {
    before = working.content;
    [target] = (await tx
      .update(resourceVersions)
      .set({ content, updatedAt: new Date() })
      .where(eq(resourceVersions.id, working.id))
      .returning()) as [ResourceVersion];
  } else {
    const current = (await versionById(tx, r.currentVersionId))!;
    before = current.content;
    [target] = (await tx
      .insert(resourceVersions)
      .values({ resourceId: r.id, number: current.number + 1, status: "draft", content, createdBy: actor.id })
      .returning()) as [ResourceVersion];
  }
  const saved = await saveResource(tx, r, {
    workingVersionId: target.id,
    // Before the first publication the catalogue shows the working version.
    ...(everPublished(r) ? {} : catalogueFields(content)),
  });
  await recordAudit(tx, actor, auditOf(r, "update", `修改资源「${content.name}」第 ${target.number} 版：${changedLabels(before, content)}`));
  return submit ? submitWorking(tx, actor, saved, target) : saved;
}

export async function updateResource(db: Db, actor: Actor, input: z.output<typeof updateResourceInput> & { submit?: boolean }) {
  return withNameCheck(() =>
    db.transaction(async (tx) => reviseResource(tx, actor, await loadForChange(tx, input), input.content, !!input.submit)),
  );
}

export async function submitResource(db: Db, actor: Actor, ref: z.output<typeof resourceRefInput>) {
  return db.transaction(async (tx) => {
    const r = await loadForChange(tx, ref);
    authorize(can.editResource(actor, r.departmentId), "只能提交本部门的资源");
    const working = await versionById(tx, r.workingVersionId);
    if (!working) throw new DomainError("BAD_REQUEST", "该资源没有待提交的修改");
    return submitWorking(tx, actor, r, working);
  });
}

/** The submitted version of a resource the caller saw; anything else was decided by someone else. */
async function submittedVersion(tx: Db, r: Resource): Promise<ResourceVersion> {
  const working = await versionById(tx, r.workingVersionId);
  if (!working || working.status !== "submitted")
    throw new DomainError("CONFLICT", "该资源不在待审核状态，可能已被其他审核员处理，请刷新");
  return working;
}

export async function approveResource(db: Db, actor: Actor, ref: z.output<typeof resourceRefInput>) {
  authorize(can.reviewResources(actor), "只有审核员可以审核资源");
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      const r = await loadForChange(tx, ref);
      const working = await submittedVersion(tx, r);
      const now = new Date();
      await tx
        .update(resourceVersions)
        .set({ status: "published", reviewedAt: now, reviewedBy: actor.id, reviewComment: null, updatedAt: now })
        .where(eq(resourceVersions.id, working.id));
      if (r.currentVersionId)
        await tx.update(resourceVersions).set({ status: "superseded", updatedAt: now }).where(eq(resourceVersions.id, r.currentVersionId));
      const saved = await saveResource(tx, r, {
        status: "published",
        currentVersionId: working.id,
        workingVersionId: null,
        publishedAt: r.publishedAt ?? now,
        ...catalogueFields(working.content),
      });
      await recordAudit(tx, actor, auditOf(r, "approve", `审核通过资源「${working.content.name}」第 ${working.number} 版，已发布`));
      return saved;
    }),
  );
}

export async function returnResource(db: Db, actor: Actor, input: z.output<typeof returnResourceInput>) {
  authorize(can.reviewResources(actor), "只有审核员可以审核资源");
  return db.transaction(async (tx) => {
    const r = await loadForChange(tx, input);
    const working = await submittedVersion(tx, r);
    const now = new Date();
    await tx
      .update(resourceVersions)
      .set({ status: "returned", reviewedAt: now, reviewedBy: actor.id, reviewComment: input.reason, updatedAt: now })
      .where(eq(resourceVersions.id, working.id));
    const saved = await saveResource(tx, r, { status: everPublished(r) ? r.status : "returned" });
    await recordAudit(tx, actor, auditOf(r, "return", `退回资源「${working.content.name}」第 ${working.number} 版：${input.reason}`));
    return saved;
  });
}

export async function retireResource(db: Db, actor: Actor, input: z.output<typeof retireResourceInput>) {
  return db.transaction(async (tx) => {
    const r = await loadForChange(tx, input);
    authorize(can.editResource(actor, r.departmentId), "只能下线本部门的资源");
    if (r.status !== "published") throw new DomainError("BAD_REQUEST", "只有已发布的资源可以下线");
    const saved = await saveResource(tx, r, { status: "retired", retiredAt: new Date(), retiredReason: input.reason });
    await recordAudit(tx, actor, auditOf(r, "retire", `下线资源「${r.name}」：${input.reason}`));
    return saved;
  });
}

/** Approves each item on its own, so one stale item does not hold back the rest. */
export async function batchApprove(db: Db, actor: Actor, input: z.output<typeof batchApproveInput>) {
  authorize(can.reviewResources(actor), "只有审核员可以审核资源");
  const failed: { id: string; message: string }[] = [];
  let approved = 0;
  for (const item of input.items) {
    try {
      await approveResource(db, actor, item);
      approved += 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failed.push({ id: item.id, message: error.message });
    }
  }
  return { approved, failed };
}
