import { createHash } from "node:crypto";
import { asc, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { AUDIT_TRAIL_ONLY, recordAudit } from "./audit";

export interface ChainCheck {
  /** Rows read, in chain order. */
  rows: number;
  /** The first row whose hash or link to the row before does not hold: it or the row before was changed. */
  firstBroken: { seq: number; id: string; at: Date } | null;
  /** The last row: noted somewhere else, it shows later whether rows were cut off the end. */
  head: { seq: number; hash: string | null } | null;
}

/** The columns the hash covers, read as the database's trigger (migration 0012) hashed them. */
const hashedFields = {
  seq: auditEvents.seq,
  id: auditEvents.id,
  at: auditEvents.at,
  atUtc: sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  actorId: auditEvents.actorId,
  actorName: auditEvents.actorName,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  summary: auditEvents.summary,
  changes: sql<string | null>`${auditEvents.changes}::text`,
  requestId: auditEvents.requestId,
  address: auditEvents.address,
  userAgent: auditEvents.userAgent,
  prevHash: auditEvents.prevHash,
  hash: auditEvents.hash,
};

function readBatch(db: Db, afterSeq: number, size: number) {
  return db.select(hashedFields).from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(size);
}
type HashedRow = Awaited<ReturnType<typeof readBatch>>[number];

/**
 * The row's hash, computed here rather than by the database's own function, so a changed
 * function cannot vouch for changed rows. The text is the one `audit_event_hash` builds: a JSON
 * array as PostgreSQL prints jsonb (", " between items, strings escaped as JSON does).
 */
export function auditRowHash(row: Omit<HashedRow, "at" | "hash">): string {
  const text = (value: string | null) => (value === null ? "null" : JSON.stringify(value));
  const canonical = [
    String(row.seq),
    text(row.id),
    text(row.atUtc),
    text(row.actorId),
    text(row.actorName),
    text(row.action),
    text(row.entityType),
    text(row.entityId),
    text(row.summary),
    row.changes ?? "null",
    text(row.requestId),
    text(row.address),
    text(row.userAgent),
    text(row.prevHash),
  ].join(", ");
  return createHash("sha256").update(`[${canonical}]`, "utf8").digest("hex");
}

/**
 * Reads the whole trail in chain order, a batch at a time, and checks that each row links to the
 * one before and that its hash matches its fields. Needs no permission: the command line runs it
 * with the database's own credentials; people reach it through `checkAuditChain`.
 */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainCheck> {
  let rows = 0;
  let firstBroken: ChainCheck["firstBroken"] = null;
  let previous: HashedRow | null = null;
  for (;;) {
    const batch = await readBatch(db, previous?.seq ?? 0, batchSize);
    for (const row of batch) {
      const linked = row.prevHash === (previous?.hash ?? null);
      if (!firstBroken && (!linked || row.hash !== auditRowHash(row))) firstBroken = { seq: row.seq, id: row.id, at: row.at };
      previous = row;
    }
    rows += batch.length;
    if (batch.length < batchSize) break;
  }
  const head = previous && { seq: previous.seq, hash: previous.hash };
  return { rows, firstBroken, head };
}

/** The integrity check an auditor runs from the audit page; the check itself is recorded. */
export async function checkAuditChain(db: Db, actor: Actor): Promise<ChainCheck> {
  authorize(can.viewAuditTrail(actor), AUDIT_TRAIL_ONLY);
  const result = await verifyAuditChain(db);
  await recordAudit(db, actor, {
    action: "audit.verify",
    entityType: "audit",
    entityId: String(result.head?.seq ?? 0),
    summary: `完整性校验：${describeCheck(result)}`,
  });
  return result;
}

/** 「校验 1,234 条，未发现篡改」, for the audit trail and the command line. */
export function describeCheck(result: ChainCheck): string {
  const count = `校验 ${result.rows.toLocaleString("zh-CN")} 条`;
  return result.firstBroken ? `${count}，第 ${result.firstBroken.seq} 条起校验不通过（记录 ${result.firstBroken.id}）` : `${count}，未发现篡改`;
}
