import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { executeRows, getDatabase, migrationsFolder, type Db } from "@/db/client";
import { seedIfEmpty } from "@/db/seed";
import { log } from "./log";

/** Migrates, and seeds an empty database with the demo data, before the first request. */
export async function prepareDatabase(): Promise<void> {
  const started = Date.now();
  const handle = await getDatabase();
  await handle.migrate();
  const seeded = process.env.SEED_DEMO_DATA === "false" ? null : await seedIfEmpty(handle.db);
  log("info", "database ready", { engine: handle.engine, seeded, ms: Date.now() - started });
}

/** Migrations in the folder against migrations recorded as applied in the database. */
export async function migrationStatus(db: Db): Promise<{ expected: number; applied: number }> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return { expected: journal.entries.length, applied: Number(executeRows<{ n: number }>(result)[0]?.n ?? 0) };
}
