import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Either engine's drizzle handle; a transaction handle is one too, so services accept both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Db;
  engine: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball, which `loadDataDir` opens again. */
  dump?(): Promise<Blob>;
}

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? ".data");
}

/**
 * Session settings for search: pages are in memory or on SSD, where the default random_page_cost
 * (4, for spinning disks) keeps the planner from the GIN index even for a term that matches a few
 * percent of the catalogue. A search is a one-shot (unnamed) statement, which PostgreSQL always
 * plans with its values. The plan cache keeps its default: forcing custom plans re-planned the
 * statements prepared under a name (db/prepared.ts: fixed-shape lookups read on every page) at
 * every execution — 2 ms of PostgreSQL's CPU for the to-do list alone.
 */
const PLANNER_SETTINGS = { random_page_cost: "1.1" } as const;

/**
 * Opens PGlite (in the given folder, or in memory when `pgliteDir` is "memory", optionally
 * starting from a dumped data folder) or, when a URL is given, a PostgreSQL server through
 * postgres.js. Imports are dynamic so that only the
 * engine in use is loaded.
 */
export async function openDatabase(
  target: { url: string } | { pgliteDir: string; loadDataDir?: Blob },
): Promise<DatabaseHandle> {
  if ("url" in target) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(target.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      connection: PLANNER_SETTINGS,
    });
    const db = drizzle(client, { schema });
    return {
      db: db as unknown as Db,
      engine: "postgres",
      migrate: () => migrate(db, { migrationsFolder }),
      close: () => client.end(),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let dir: string | undefined;
  if (target.pgliteDir !== "memory") {
    dir = target.pgliteDir;
    // PGlite does not create missing parent folders.
    mkdirSync(dir, { recursive: true });
  }
  const client = await PGlite.create(dir, { extensions: { pg_trgm }, loadDataDir: target.loadDataDir });
  for (const [name, value] of Object.entries(PLANNER_SETTINGS)) await client.exec(`set ${name} = '${value}'`);
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    engine: "pglite",
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
    dump: () => client.dumpDataDir("none"),
  };
}

const globalForDb = globalThis as unknown as {
  __cityDb?: Promise<DatabaseHandle>;
  __cityDbPrepare?: (handle: DatabaseHandle) => Promise<void>;
};

/** After a failed attempt to open the database, callers get that failure for this long before the next attempt. */
const RETRY_AFTER_MS = 2_000;

/**
 * What to do the first time the database answers, before anyone else uses it (start-up migrates and
 * seeds). Kept on globalThis, like the handle, as start-up and routes may load this module apart.
 */
export function prepareOnOpen(prepare: (handle: DatabaseHandle) => Promise<void>): void {
  globalForDb.__cityDbPrepare = prepare;
}

async function openPrepared(): Promise<DatabaseHandle> {
  const handle = await openDatabase(
    process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { pgliteDir: path.join(dataDir(), "pglite") },
  );
  try {
    await globalForDb.__cityDbPrepare?.(handle);
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

/**
 * The app's one database handle, opened and prepared on first use (never at import time: `next
 * build` imports server modules). PGlite is a single connection, so one per process. A failure is
 * not kept: after a short pause the next caller tries again, so the app recovers by itself when an
 * unreachable database comes back.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  if (!globalForDb.__cityDb) {
    const attempt = openPrepared();
    globalForDb.__cityDb = attempt;
    attempt.catch(() => {
      setTimeout(() => {
        if (globalForDb.__cityDb === attempt) globalForDb.__cityDb = undefined;
      }, RETRY_AFTER_MS).unref();
    });
  }
  return globalForDb.__cityDb;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

/** The rows of a `db.execute` result: postgres.js returns an array, PGlite an object with `rows`. */
export function executeRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
