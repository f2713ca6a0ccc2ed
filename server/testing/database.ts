import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { inject } from "vitest";
import { migrationsFolder, openDatabase, type Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import { actorColumns } from "@/server/auth/sessions";
import type { Actor } from "@/server/auth/permissions";
import { FIXTURES, type Fixture } from "./fixtures";

export type { Fixture } from "./fixtures";

declare module "vitest" {
  interface ProvidedContext {
    /** PGlite: the data folder of each fixture. PostgreSQL: the template database of each. */
    databaseFixtures: Record<Fixture, string>;
    /** PGlite: a data folder with nothing in it, not even the migrations (PostgreSQL: ""). */
    blankDatabase: string;
  }
}

export interface TestDatabase {
  db: Db;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
}

/**
 * A fresh database for one test file, copied from a fixture the global setup built once per run
 * (`server/testing/global-setup.ts`): PGlite on a copy of the fixture's data folder (removed on
 * close), or a throw-away PostgreSQL database created from the fixture's template (dropped on close). `migrated` is empty but migrated; `organisation` adds the demo departments and people;
 * `catalogue` is the whole demo data.
 */
export async function createTestDatabase(fixture: Fixture = "migrated"): Promise<TestDatabase> {
  if (!FIXTURES.includes(fixture)) throw new Error(`unknown fixture ${fixture}`);
  const source = inject("databaseFixtures")[fixture];
  if (process.env.TEST_ENGINE !== "postgres") return { ...(await openCopyOf(source)), engine: "pglite" };
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_ENGINE=postgres needs TEST_DATABASE_URL");
  const { default: postgres } = await import("postgres");
  const name = `citybrain_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${source}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
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

/** PGlite on a copy of a fixture's data folder, removed on close. */
async function openCopyOf(source: string): Promise<{ db: Db; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "citybrain-test-"));
  cpSync(source, dir, { recursive: true });
  const handle = await openDatabase({ pgliteDir: dir });
  return {
    db: handle.db,
    async close() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database with nothing in it, not even the migrations, on the engine under test. */
export async function createEmptyDatabase(): Promise<{ db: Db; close(): Promise<void> }> {
  if (process.env.TEST_ENGINE !== "postgres") return openCopyOf(inject("blankDatabase"));
  const { default: postgres } = await import("postgres");
  const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const name = `citybrain_blank_${randomBytes(6).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    db: handle.db,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Upgrades an empty database the way an older deployment is upgraded: the migrations before the
 * one whose SQL contains `marker`, then `older` writes what such a database held, then the rest.
 */
export async function migrateAcross(db: Db, marker: string, older: () => Promise<unknown>): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const at = migrations.findIndex((m) => m.sql.some((s) => s.includes(marker)));
  if (at < 0) throw new Error(`no migration contains ${marker}`);
  for (const m of migrations.slice(0, at)) for (const s of m.sql) await db.execute(sql.raw(s));
  await older();
  for (const m of migrations.slice(at)) for (const s of m.sql) await db.execute(sql.raw(s));
}

/** A test database with the demo departments and people (and, when asked, the demo catalogue). */
export function createSeededTestDatabase({ catalogue = false } = {}): Promise<TestDatabase> {
  return createTestDatabase(catalogue ? "catalogue" : "organisation");
}

/** Where a test's request comes from, for audit rows that record it. */
export const REQUEST_ORIGIN = {
  requestId: "req-audit",
  address: "198.51.100.23",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
};

/** The Actor of a seeded person, as the session would load it. */
export async function actorFor(db: Db, username: string): Promise<Actor> {
  const [row] = await db
    .select(actorColumns)
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
