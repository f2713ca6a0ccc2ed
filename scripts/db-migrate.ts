/**
 * `npm run db:migrate`: applies the migrations in db/migrations to the database the app uses
 * (DATABASE_URL, or the embedded one in DATA_DIR), and loads the demo data into an empty one unless
 * SEED_DEMO_DATA=false — what an instance does at start-up, done once before a rollout, so that new
 * instances start on a database that is already up to date (docs/deploy.md). Exits 0 when every
 * migration is applied, 1 when it could not.
 *
 * The embedded database belongs to one process at a time: stop the app before running this on it.
 */
import path from "node:path";
import { dataDir, openDatabase } from "@/db/client";
import { seedIfEmpty } from "@/db/seed";
import { migrationStatus } from "@/server/startup";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { url } : { pgliteDir: path.join(dataDir(), "pglite") });
  const where = url ? `PostgreSQL ${new URL(url).host}${new URL(url).pathname}` : `内置数据库 ${path.join(dataDir(), "pglite")}`;
  try {
    const before = await migrationStatus(handle.db).catch(() => ({ applied: 0 }));
    const started = Date.now();
    await handle.migrate();
    const after = await migrationStatus(handle.db);
    console.log(`数据库迁移（${where}）：共 ${after.expected} 个，本次应用 ${after.applied - before.applied} 个，用时 ${Date.now() - started} ms。`);
    if (process.env.SEED_DEMO_DATA !== "false" && (await seedIfEmpty(handle.db))) console.log("空数据库，已载入演示数据（SEED_DEMO_DATA=false 可不载入）。");
    return after.applied === after.expected ? 0 : 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`数据库迁移未能完成：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
