import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { executeRows, getDatabase, migrationsFolder, prepareOnOpen, type Db } from "@/db/client";
import { seedIfEmpty } from "@/db/seed";
import { fillDuplicateTerms, refreshAllPairs } from "@/server/duplicates/lookup";
import { syncLibraryCalendar } from "@/server/calendar/calendar";
import { log } from "./log";
import { fileStorageKind } from "./storage";

/**
 * Migrates, and seeds an empty database with the demo data, when the database first answers: before
 * the first request when it is there at start-up, otherwise on the first request after it comes back.
 * The server starts either way; until then pages show the error page and /api/health answers 503.
 */
export async function prepareDatabase(): Promise<void> {
  // A mistyped FILE_STORAGE stops the start here, not at the first upload.
  fileStorageKind();
  prepareOnOpen(async (handle) => {
    const started = Date.now();
    await handle.migrate();
    // The published years of the holiday library the app ships with (a newer library adds its new years).
    await syncLibraryCalendar(handle.db);
    // Rows whose 「已有同类」 terms a migration cleared (a changed synonym list or scoring) get them
    // back, and the 集约建设 pairs are found again with them.
    if ((await fillDuplicateTerms(handle.db)) > 0) await handle.db.transaction((tx) => refreshAllPairs(tx));
    const seeded = process.env.SEED_DEMO_DATA === "false" ? null : await seedIfEmpty(handle.db);
    log("info", "database ready", { engine: handle.engine, seeded, ms: Date.now() - started });
  });
  try {
    await getDatabase();
  } catch (error) {
    log("error", "database unavailable, will retry on the next request", { error: rootCause(error) });
  }
}

/** The innermost cause: a failed query names the statement, its cause what went wrong (ECONNREFUSED …). */
export function rootCause(error: unknown): unknown {
  return error instanceof Error && error.cause ? rootCause(error.cause) : error;
}

/** Migrations in the folder against migrations recorded as applied in the database. */
export async function migrationStatus(db: Db): Promise<{ expected: number; applied: number }> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return { expected: journal.entries.length, applied: Number(executeRows<{ n: number }>(result)[0]?.n ?? 0) };
}
