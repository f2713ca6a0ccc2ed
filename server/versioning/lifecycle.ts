import { and, eq, ne } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { departments } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { findLookalikes, recordPairs } from "@/server/duplicates/lookup";
import type { EntryType, LikelyDuplicate } from "@/server/duplicates/schemas";
import type { Comparable } from "@/server/duplicates/similarity";
import { notify } from "@/server/notifications/notify";
import { updateLocked } from "@/server/versioning/locked-update";
import { notReadyForReview, type ChecklistItem } from "./checklist";

/** The lifecycle columns every versioned catalogue entry has (resources, scenarios). */
export interface VersionedRow {
  id: string;
  departmentId: string;
  status: "draft" | "submitted" | "returned" | "published" | "retired";
  currentVersionId: string | null;
  workingVersionId: string | null;
  publishedAt: Date | null;
  name: string;
  version: number;
}

export interface VersionRow<C> {
  id: string;
  number: number;
  status: "draft" | "submitted" | "returned" | "published" | "superseded";
  content: C;
  /** Who sent it to review: told of the decision. */
  submittedBy: string | null;
}

/** The columns the lifecycle reads by name; the rest it only writes. */
type EntryTable = PgTable & { id: AnyPgColumn; departmentId: AnyPgColumn; name: AnyPgColumn; version: AnyPgColumn };
type VersionTable = PgTable & { id: AnyPgColumn };

/** What every version's content has that the shared lifecycle reads. */
export interface EntryContent {
  name: string;
  /** How the entry differs from 「已有同类」, asked on submit when one is found. */
  duplicateReason?: string;
}

export interface LifecycleConfig<E extends VersionedRow, C extends EntryContent> {
  /** 资源 / 场景: how messages name the thing. */
  noun: string;
  /** Where the submitter finds the entry after a decision. */
  entryLink(id: string): string;
  /** The audit trail's entity type and action prefix. */
  auditType: string;
  entries: EntryTable;
  versions: VersionTable;
  /** The versions table's column that points at its entry (resource_id, scenario_id). */
  versionOwner: AnyPgColumn;
  uniqueNameConstraint: string;
  canEdit(actor: Actor, departmentId: string): boolean;
  canReview(actor: Actor): boolean;
  /** The entry's catalogue columns for a version's content (what lists and search read). */
  catalogueFields(content: C): Record<string, unknown>;
  /** 「名称、标签」 — what changed, for the audit summary. */
  changedLabels(before: C, after: C): string;
  /** Rules checked when a version goes to review and again when it is approved. */
  checkPublishable?(tx: Db, entry: E, content: C): Promise<void>;
  /** Rules against the database checked on every save, even of a draft (`entry` absent on create). */
  checkSavable?(tx: Db, content: C, entry?: E): Promise<void>;
  /** The checklist a version must pass to go to review (drafts are saved without it). */
  checklist?(content: C, entry: E): ChecklistItem[];
  /** 「已有同类」: what the content is compared by, as this kind of entry. */
  duplicates?: { entryType: EntryType; comparable(content: C): Comparable };
}

/**
 * The review lifecycle shared by resources and scenarios: draft → submitted → published, or
 * returned → edited → resubmitted; published → retired. Editing a published entry creates a new
 * working version while the published one stays visible. Every change is version-locked and
 * written to the audit trail in its transaction.
 */
export function versionedLifecycle<E extends VersionedRow, V extends VersionRow<C>, C extends EntryContent>(cfg: LifecycleConfig<E, C>) {
  const { noun, entries: T, versions: VT } = cfg;
  const auditOf = (id: string, action: string, summary: string) => ({ action: `${cfg.auditType}.${action}`, entityType: cfg.auditType, entityId: id, summary });
  const duplicateName = () => new DomainError("CONFLICT", `本部门已有同名${noun}，请换一个名称`, "name");
  const everPublished = (e: E) => e.currentVersionId !== null;
  /** The property name of `versionOwner` on the versions table, for inserts. */
  const ownerKey = Object.entries(VT).find(([, column]) => column === cfg.versionOwner)![0];

  async function withNameCheck<R>(work: () => Promise<R>): Promise<R> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, cfg.uniqueNameConstraint)) throw duplicateName();
      throw error;
    }
  }

  async function notifySubmitter(tx: Db, working: V, n: { kind: "review_approved" | "review_returned"; title: string; body: string; subjectId: string }) {
    if (working.submittedBy) await notify(tx, [working.submittedBy], { ...n, link: cfg.entryLink(n.subjectId), subjectType: cfg.auditType });
  }

  /** The entry as the caller last saw it; a newer save in between is a conflict. */
  async function loadForChange(tx: Db, ref: { id: string; version: number }): Promise<E> {
    const [e] = (await tx.select().from(T).where(eq(T.id, ref.id)).for("update")) as E[];
    if (!e) throw notFound(noun);
    if (e.version !== ref.version) throw staleVersion();
    return e;
  }

  async function save(tx: Db, e: E, set: Record<string, unknown>): Promise<E> {
    return (await updateLocked(tx, T, e, { ...set, updatedAt: new Date() })) as unknown as E;
  }

  async function versionById(tx: Db, id: string | null): Promise<V | null> {
    if (!id) return null;
    const [v] = (await tx.select().from(VT).where(eq(VT.id, id))) as V[];
    return v ?? null;
  }

  async function setVersion(tx: Db, id: string, set: Record<string, unknown>): Promise<V> {
    const [v] = (await tx.update(VT).set({ ...set, updatedAt: new Date() }).where(eq(VT.id, id)).returning()) as V[];
    return v!;
  }

  async function assertNameFree(tx: Db, departmentId: string, name: string, exceptId?: string) {
    const [clash] = await tx
      .select({ id: T.id! })
      .from(T)
      .where(and(eq(T.departmentId, departmentId), eq(T.name, name), exceptId ? ne(T.id, exceptId) : undefined));
    if (clash) throw duplicateName();
  }

  /** 「已有同类」 of a version of the entry, in any department. */
  async function lookalikesOf(tx: Db, e: E, content: C): Promise<LikelyDuplicate[]> {
    if (!cfg.duplicates) return [];
    return findLookalikes(tx, cfg.duplicates.entryType, cfg.duplicates.comparable(content), { excludeIds: [e.id], departmentId: e.departmentId });
  }

  /** Keeps the 集约建设 pairs of the entry current. */
  async function recordPairsOf(tx: Db, e: E, content: C) {
    if (cfg.duplicates) await recordPairs(tx, cfg.duplicates.entryType, e, cfg.duplicates.comparable(content));
  }

  /** Marks the working version submitted; shared by 提交审核 on create, on save and on its own. */
  async function submitWorking(tx: Db, actor: Actor, e: E, working: V): Promise<E> {
    if (working.status !== "draft" && working.status !== "returned") throw new DomainError("BAD_REQUEST", `该${noun}没有待提交的修改`);
    const notReady = cfg.checklist && notReadyForReview(cfg.checklist(working.content, e));
    if (notReady) throw notReady;
    await cfg.checkPublishable?.(tx, e, working.content);
    const duplicates = await lookalikesOf(tx, e, working.content);
    const [first] = duplicates;
    if (first && !working.content.duplicateReason)
      throw new DomainError(
        "BAD_REQUEST",
        `与${first.departmentName}的「${first.name}」可能重复（相似度 ${Math.round(first.score * 100)}%）：请在「与已有同类的区别」中说明区别或为何不能复用`,
        "duplicateReason",
      );
    await setVersion(tx, working.id, {
      status: "submitted",
      submittedAt: new Date(),
      submittedBy: actor.id,
      ...(cfg.duplicates ? { likelyDuplicates: duplicates.length ? duplicates : null } : {}),
    });
    await recordPairsOf(tx, e, working.content);
    const saved = await save(tx, e, { status: everPublished(e) ? e.status : "submitted" });
    await recordAudit(
      tx,
      actor,
      auditOf(e.id, "submit", `提交${noun}「${working.content.name}」第 ${working.number} 版审核${everPublished(e) ? `（已发布${noun}的修改）` : ""}`),
    );
    return saved;
  }

  /** Inserts a new entry with its first version, as a draft (or submitted right away). */
  async function create(tx: Db, actor: Actor, input: { departmentId: string; content: C; values?: Record<string, unknown>; summary: string; submit?: boolean }) {
    // The department comes from the input; one that does not exist is the caller's mistake, not a failed insert.
    const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, input.departmentId));
    if (!department) throw new DomainError("BAD_REQUEST", "所选部门不存在", "departmentId");
    await assertNameFree(tx, input.departmentId, input.content.name);
    await cfg.checkSavable?.(tx, input.content);
    const [created] = (await tx
      .insert(T)
      .values({ ...input.values, departmentId: input.departmentId, status: "draft", createdBy: actor.id, ...cfg.catalogueFields(input.content) })
      .returning()) as unknown as E[];
    const [version] = (await tx
      .insert(VT)
      .values({ [ownerKey]: created!.id, number: 1, status: "draft", content: input.content, createdBy: actor.id })
      .returning()) as unknown as V[];
    const [withVersion] = (await tx.update(T).set({ workingVersionId: version!.id }).where(eq(T.id, created!.id)).returning()) as E[];
    await recordAudit(tx, actor, auditOf(created!.id, "create", input.summary));
    return input.submit ? submitWorking(tx, actor, withVersion!, version!) : withVersion!;
  }

  /**
   * Saves new content. A draft or returned version is edited in place; a published entry gets a
   * new working version, and the published one stays visible until the new one is approved.
   */
  async function revise(tx: Db, actor: Actor, e: E, content: C, submit: boolean) {
    authorize(cfg.canEdit(actor, e.departmentId), `只能修改本部门的${noun}`);
    if (e.status === "retired") throw new DomainError("BAD_REQUEST", `已下线的${noun}不能修改`);
    const working = await versionById(tx, e.workingVersionId);
    if (working?.status === "submitted") throw new DomainError("BAD_REQUEST", `该${noun}正在审核中，审核完成前不能修改`);
    await assertNameFree(tx, e.departmentId, content.name, e.id);
    await cfg.checkSavable?.(tx, content, e);

    let target: V;
    let before: C;
    if (working) {
      before = working.content;
      target = await setVersion(tx, working.id, { content });
    } else {
      const current = (await versionById(tx, e.currentVersionId))!;
      before = current.content;
      [target] = (await tx
        .insert(VT)
        .values({ [ownerKey]: e.id, number: current.number + 1, status: "draft", content, createdBy: actor.id })
        .returning()) as unknown as [V];
    }
    const saved = await save(tx, e, {
      workingVersionId: target.id,
      // Before the first publication the catalogue shows the working version.
      ...(everPublished(e) ? {} : cfg.catalogueFields(content)),
    });
    await recordAudit(tx, actor, auditOf(e.id, "update", `修改${noun}「${content.name}」第 ${target.number} 版：${cfg.changedLabels(before, content)}`));
    return submit ? submitWorking(tx, actor, saved, target) : saved;
  }

  async function submit(db: Db, actor: Actor, ref: { id: string; version: number }) {
    return db.transaction(async (tx) => {
      const e = await loadForChange(tx, ref);
      authorize(cfg.canEdit(actor, e.departmentId), `只能提交本部门的${noun}`);
      const working = await versionById(tx, e.workingVersionId);
      if (!working) throw new DomainError("BAD_REQUEST", `该${noun}没有待提交的修改`);
      return submitWorking(tx, actor, e, working);
    });
  }

  /** The submitted version of the entry the caller saw; anything else was decided by someone else. */
  async function submittedVersion(tx: Db, e: E): Promise<V> {
    const working = await versionById(tx, e.workingVersionId);
    if (!working || working.status !== "submitted")
      throw new DomainError("CONFLICT", `该${noun}不在待审核状态，可能已被其他审核员处理，请刷新`);
    return working;
  }

  async function approve(db: Db, actor: Actor, ref: { id: string; version: number }) {
    authorize(cfg.canReview(actor), `只有审核员可以审核${noun}`);
    return withNameCheck(() =>
      db.transaction(async (tx) => {
        const e = await loadForChange(tx, ref);
        const working = await submittedVersion(tx, e);
        await cfg.checkPublishable?.(tx, e, working.content);
        const now = new Date();
        await setVersion(tx, working.id, { status: "published", reviewedAt: now, reviewedBy: actor.id, reviewComment: null });
        if (e.currentVersionId) await setVersion(tx, e.currentVersionId, { status: "superseded" });
        const saved = await save(tx, e, {
          status: "published",
          currentVersionId: working.id,
          workingVersionId: null,
          publishedAt: e.publishedAt ?? now,
          ...cfg.catalogueFields(working.content),
        });
        await recordPairsOf(tx, saved, working.content);
        await recordAudit(tx, actor, auditOf(e.id, "approve", `审核通过${noun}「${working.content.name}」第 ${working.number} 版，已发布`));
        await notifySubmitter(tx, working, { kind: "review_approved", title: `${noun}「${working.content.name}」审核通过，已发布`, body: "", subjectId: e.id });
        return saved;
      }),
    );
  }

  async function returnForChanges(db: Db, actor: Actor, input: { id: string; version: number; reason: string }) {
    authorize(cfg.canReview(actor), `只有审核员可以审核${noun}`);
    return db.transaction(async (tx) => {
      const e = await loadForChange(tx, input);
      const working = await submittedVersion(tx, e);
      await setVersion(tx, working.id, { status: "returned", reviewedAt: new Date(), reviewedBy: actor.id, reviewComment: input.reason });
      const saved = await save(tx, e, { status: everPublished(e) ? e.status : "returned" });
      await recordAudit(tx, actor, auditOf(e.id, "return", `退回${noun}「${working.content.name}」第 ${working.number} 版：${input.reason}`));
      await notifySubmitter(tx, working, { kind: "review_returned", title: `${noun}「${working.content.name}」被退回修改`, body: `退回理由：${input.reason}`, subjectId: e.id });
      return saved;
    });
  }

  async function retire(db: Db, actor: Actor, input: { id: string; version: number; reason: string }) {
    return db.transaction(async (tx) => {
      const e = await loadForChange(tx, input);
      authorize(cfg.canEdit(actor, e.departmentId), `只能下线本部门的${noun}`);
      if (e.status !== "published") throw new DomainError("BAD_REQUEST", `只有已发布的${noun}可以下线`);
      const saved = await save(tx, e, { status: "retired", retiredAt: new Date(), retiredReason: input.reason });
      await recordAudit(tx, actor, auditOf(e.id, "retire", `下线${noun}「${e.name}」：${input.reason}`));
      return saved;
    });
  }

  /** Approves each item on its own, so one stale item does not hold back the rest. */
  async function batchApprove(db: Db, actor: Actor, items: { id: string; version: number }[]) {
    authorize(cfg.canReview(actor), `只有审核员可以审核${noun}`);
    const failed: { id: string; message: string }[] = [];
    let approved = 0;
    for (const item of items) {
      try {
        await approve(db, actor, item);
        approved += 1;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failed.push({ id: item.id, message: error.message });
      }
    }
    return { approved, failed };
  }

  return { auditOf, lookalikesOf, withNameCheck, loadForChange, create, revise, submit, approve, returnForChanges, retire, batchApprove };
}
