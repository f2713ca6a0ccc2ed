import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { seed } from "@/db/seed";
import { createCaller } from "@/server/api/root";
import type { Actor } from "@/server/auth/permissions";

export interface TestDatabase {
  db: Db;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throw-away database on
 * the PostgreSQL server of TEST_DATABASE_URL (created here, dropped on close).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_ENGINE !== "postgres") {
    const handle = await openDatabase({ pgliteDir: "memory" });
    await handle.migrate();
    return { db: handle.db, engine: "pglite", close: handle.close };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_ENGINE=postgres needs TEST_DATABASE_URL");
  const { default: postgres } = await import("postgres");
  const name = `citybrain_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await handle.migrate();
  return {
    db: handle.db,
    engine: "postgres",
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A test database with the demo departments and people (and, when asked, the demo catalogue). */
export async function createSeededTestDatabase({ catalogue = false } = {}): Promise<TestDatabase> {
  const t = await createTestDatabase();
  await seed(t.db, { catalogue });
  return t;
}

/** The Actor of a seeded person, as the session would load it. */
export async function actorFor(db: Db, username: string): Promise<Actor> {
  const [row] = await db
    .select({
      id: people.id,
      username: people.username,
      displayName: people.displayName,
      roles: people.roles,
      departmentId: people.departmentId,
      departmentName: departments.name,
    })
    .from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(eq(people.username, username));
  if (!row) throw new Error(`no seeded person ${username}`);
  return row;
}

export async function departmentId(db: Db, code: string): Promise<string> {
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.code, code));
  if (!row) throw new Error(`no department ${code}`);
  return row.id;
}

/** The tRPC caller as a signed-in person (or anonymous) would reach it, with input validation. */
export function callerAs(db: Db, actor: Actor | null) {
  return createCaller({ db, actor, requestId: "test-request" });
}
