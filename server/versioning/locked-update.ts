import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { DomainError, staleVersion } from "@/server/errors";

/** The highest version a row can reach (PostgreSQL integer, less the one an update adds); a larger one would fail the query. */
const MAX_VERSION = 2_147_483_646;

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * The optimistic-locking rule, in one place: a row changes only while it still has the version the
 * caller last saw (and, with `onlyIf`, still meets a condition such as 「待答复」), and its version goes
 * up by one. No row changed means someone saved first: CONFLICT, and the person's input stays in
 * their form.
 */
export async function updateLocked<T extends VersionedTable>(
  db: Db,
  table: T,
  ref: { id: string; version: number },
  set: PgUpdateSetSource<T>,
  onlyIf?: SQL,
): Promise<T["$inferSelect"]> {
  if (!Number.isSafeInteger(ref.version) || ref.version < 1 || ref.version > MAX_VERSION)
    throw new DomainError("BAD_REQUEST", "版本号有误，请刷新页面后重试");
  const rows = (await db
    .update(table)
    .set({ ...set, version: ref.version + 1 })
    .where(and(eq(table.id, ref.id), eq(table.version, ref.version), onlyIf))
    .returning()) as T["$inferSelect"][];
  if (!rows[0]) throw staleVersion();
  return rows[0];
}
