import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { recordAudit } from "./audit";

/**
 * `npm run audit:verify` on a database of the engine under test, as an operator runs it: the
 * embedded one in DATA_DIR (which the command opens a copy of), or PostgreSQL by DATABASE_URL.
 */
let target: { env: Record<string, string>; open(): Promise<DatabaseHandle>; dispose(): Promise<void> };

beforeAll(async () => {
  if (process.env.TEST_ENGINE === "postgres") {
    const { default: postgres } = await import("postgres");
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const name = `citybrain_verify_${randomBytes(6).toString("hex")}`;
    await admin.unsafe(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    target = {
      env: { DATABASE_URL: url.toString() },
      open: () => openDatabase({ url: url.toString() }),
      async dispose() {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "audit-verify-test-"));
    target = {
      env: { DATA_DIR: dir, DATABASE_URL: "" },
      open: () => openDatabase({ pgliteDir: path.join(dir, "pglite") }),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
    // The data folder starts as the run's migrated fixture: migrating a folder on disk from nothing
    // takes most of this file's time.
    cpSync(inject("databaseFixtures").migrated, path.join(dir, "pglite"), { recursive: true });
  }
  const handle = await target.open();
  await handle.migrate();
  for (const n of [1, 2, 3])
    await recordAudit(handle.db, { system: "测试" }, { action: "seed.demo", entityType: "seed", entityId: "", summary: `第 ${n} 条` });
  await handle.close();
}, 60_000);
afterAll(() => target.dispose());

function verify() {
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], {
    env: { ...process.env, ...target.env },
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

describe("npm run audit:verify", () => {
  it("says the chain holds and exits 0", () => {
    const { code, out } = verify();
    expect(out).toMatch(/：校验 3 条，未发现篡改\n最新一条：序号 3，哈希 [0-9a-f]{64}/);
    expect(code).toBe(0);
  });

  it("names the first broken row and exits 1", async () => {
    const handle = await target.open();
    const [second] = await handle.db.select().from(auditEvents).where(eq(auditEvents.seq, 2));
    await handle.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await handle.db.update(auditEvents).set({ summary: "改过" }).where(eq(auditEvents.id, second!.id));
    await handle.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    await handle.close();
    const { code, out } = verify();
    expect(out).toContain("：校验 3 条，第 2 条起校验不通过");
    expect(out).toContain(`第一条校验不通过的记录：序号 2，编号 ${second!.id}`);
    expect(code).toBe(1);
  });
});
