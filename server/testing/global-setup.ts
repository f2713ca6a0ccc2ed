import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { advanceTo, FIXTURES, type Fixture } from "./fixtures";

type Engine = "pglite" | "postgres";
interface Prepared {
  fixtures: Record<Fixture, string>;
  /** PGlite: a data folder with nothing in it, not even the migrations. */
  blank?: string;
  teardown(): Promise<void>;
}

// Both projects' setups run in this one process: whichever runs first starts both engines'
// fixtures, so PostgreSQL's are built while PGlite's are, not after.
const started = ((globalThis as { __citybrainFixtures?: Map<Engine, Promise<Prepared>> }).__citybrainFixtures ??= new Map());
function prepare(engine: Engine): Promise<Prepared> {
  if (!started.has(engine)) started.set(engine, engine === "postgres" ? postgresTemplates() : pgliteSnapshots());
  return started.get(engine)!;
}

/**
 * Migrates and seeds once per run instead of once per test file: on PGlite each fixture is a
 * data folder that test files copy and open (a tenth of a second to copy, against two to load a
 * dump into memory); on PostgreSQL each is a template database that test files copy with
 * CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const engine: Engine = project.config.env?.TEST_ENGINE === "postgres" ? "postgres" : "pglite";
  if (process.env.TEST_DATABASE_URL) void prepare("postgres");
  const { fixtures, blank, teardown } = await prepare(engine);
  project.provide("databaseFixtures", fixtures);
  project.provide("blankDatabase", blank ?? "");
  return teardown;
}

async function pgliteSnapshots(): Promise<Prepared> {
  const dir = mkdtempSync(path.join(tmpdir(), "citybrain-fixtures-"));
  const work = path.join(dir, "work");
  const blank = path.join(dir, "blank");
  await (await openDatabase({ pgliteDir: blank })).close();
  cpSync(blank, work, { recursive: true });
  const fixtures = {} as Record<Fixture, string>;
  for (const [i, fixture] of FIXTURES.entries()) {
    const handle = await openDatabase({ pgliteDir: work });
    if (i === 0) await handle.migrate();
    await advanceTo(handle.db, fixture);
    // Closed, the folder holds everything written: a copy of it is the fixture.
    await handle.close();
    fixtures[fixture] = path.join(dir, fixture);
    cpSync(work, fixtures[fixture], { recursive: true });
  }
  return { fixtures, blank, teardown: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function postgresTemplates(): Promise<Prepared> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("the postgres project needs TEST_DATABASE_URL");
  const { default: postgres } = await import("postgres");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const run = randomBytes(4).toString("hex");
  const fixtures = {} as Record<Fixture, string>;
  let previous: string | null = null;
  for (const fixture of FIXTURES) {
    const name = `citybrain_fixture_${run}_${fixture}`;
    await admin.unsafe(previous ? `create database ${name} template ${previous}` : `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ url: url.toString() });
    if (!previous) await handle.migrate();
    await advanceTo(handle.db, fixture);
    // A template cannot be copied while anyone is connected to it.
    await handle.close();
    fixtures[fixture] = previous = name;
  }
  return {
    fixtures,
    async teardown() {
      for (const name of Object.values(fixtures)) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
