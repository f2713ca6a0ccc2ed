import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accessRequests, departments, resources, resourceVersions, scenarioAdoptions, scenarios, scenarioVersions } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound, staleVersion } from "@/server/errors";
import { z } from "@/server/validation";
import { entryRefInput } from "@/server/versioning/inputs";
import { updateLocked } from "@/server/versioning/locked-update";
import type { EntryType } from "./schemas";
import { ENTRY_TYPE_LABELS } from "./report";

export const MERGE_ONLY = "只有审核员可以合并重复建设的资源或场景";

export const mergeInput = z.object({
  /** The entry kept; the others are retired pointing to it. */
  keepId: z.uuid(),
  entries: z
    .array(entryRefInput)
    .min(1, "请至少选择一项要合并的条目")
    .max(50, "一次最多合并 50 项")
    .refine((list) => new Set(list.map((e) => e.id)).size === list.length, "同一条目不能重复选择"),
});

const TABLES = {
  resource: { entries: resources, versions: resourceVersions },
  scenario: { entries: scenarios, versions: scenarioVersions },
} as const;

/** The entry of either type with this id, or null. */
async function typeOf(tx: Db, id: string): Promise<EntryType | null> {
  for (const entryType of ["resource", "scenario"] as const) {
    const t = TABLES[entryType].entries;
    const [row] = await tx.select({ id: t.id }).from(t).where(eq(t.id, id));
    if (row) return entryType;
  }
  return null;
}

/** How many access requests (resources) or adoptions (scenarios) stay on the retired entry as its history. */
async function historyOf(tx: Db, entryType: EntryType, id: string): Promise<string> {
  const [row] =
    entryType === "resource"
      ? await tx.select({ n: count() }).from(accessRequests).where(eq(accessRequests.resourceId, id))
      : await tx.select({ n: count() }).from(scenarioAdoptions).where(eq(scenarioAdoptions.scenarioId, id));
  const n = row?.n ?? 0;
  return n ? `；其${entryType === "resource" ? "资源申请" : "复用记录"} ${n} 条留在原条目作为历史` : "";
}

/**
 * 集约建设 merge: 市大数据局 keeps one entry and retires the others pointing to it, each
 * version-locked (someone else's change or merge in between is a conflict) and audited on its own
 * row. The retired entries keep their access requests and adoptions as history; a version of theirs
 * waiting for review is returned, so it leaves the review queue.
 */
export async function mergeEntries(db: Db, actor: Actor, input: z.output<typeof mergeInput>) {
  authorize(can.reviewResources(actor), MERGE_ONLY);
  if (input.entries.some((e) => e.id === input.keepId)) throw new DomainError("BAD_REQUEST", "不能将条目合并到其自身，请选择另一个保留的条目");
  return db.transaction(async (tx) => {
    const entryType = await typeOf(tx, input.keepId);
    if (!entryType) throw notFound("保留的条目");
    const noun = ENTRY_TYPE_LABELS[entryType];
    const { entries: t, versions: vt } = TABLES[entryType];
    const ids = [input.keepId, ...input.entries.map((e) => e.id)];
    // Locked in id order: two merges over the same entries wait for each other instead of deadlocking.
    const rows = await tx
      .select({
        id: t.id,
        name: t.name,
        status: t.status,
        version: t.version,
        workingVersionId: t.workingVersionId,
        departmentName: departments.name,
      })
      .from(t)
      .innerJoin(departments, eq(departments.id, t.departmentId))
      .where(inArray(t.id, ids))
      .orderBy(t.id)
      .for("update", { of: t });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const kept = byId.get(input.keepId)!;
    if (kept.status === "retired") throw new DomainError("BAD_REQUEST", `「${kept.name}」已下线，不能合并到已下线的${noun}`);
    if (kept.status !== "published" && kept.status !== "submitted")
      throw new DomainError("BAD_REQUEST", `「${kept.name}」尚未提交审核，只能合并到已发布或审核中的${noun}`);
    const reason = `已合并至『${kept.name}』（${kept.departmentName}）`;
    const now = new Date();
    for (const ref of input.entries) {
      const e = byId.get(ref.id);
      if (!e) {
        if (await typeOf(tx, ref.id)) throw new DomainError("BAD_REQUEST", "资源和场景不能相互合并：请选择同一类型的条目");
        throw notFound(`要合并的${noun}`);
      }
      if (e.version !== ref.version) throw staleVersion();
      if (e.status !== "published" && e.status !== "submitted")
        throw new DomainError("BAD_REQUEST", `「${e.name}」${e.status === "retired" ? "已下线" : "尚未提交审核"}，只能合并已发布或审核中的${noun}`);
      if (e.workingVersionId)
        await tx
          .update(vt)
          .set({ status: "returned", reviewedAt: now, reviewedBy: actor.id, reviewComment: reason, updatedAt: now })
          .where(and(eq(vt.id, e.workingVersionId), eq(vt.status, "submitted")));
      await updateLocked(tx, t, ref, { status: "retired", retiredAt: now, retiredReason: reason, mergedIntoId: kept.id, updatedAt: now });
      await recordAudit(tx, actor, {
        action: `${entryType}.merge`,
        entityType: entryType,
        entityId: e.id,
        summary: `将${noun}「${e.name}」（${e.departmentName}）合并至「${kept.name}」（${kept.departmentName}），原${noun}下线${await historyOf(tx, entryType, e.id)}`,
      });
    }
    return { entryType, keptId: kept.id, merged: input.entries.length };
  });
}
