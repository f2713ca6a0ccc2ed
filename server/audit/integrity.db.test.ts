import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows, type Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, createEmptyDatabase, createSeededTestDatabase, createTestDatabase, migrateAcross, type TestDatabase } from "@/server/testing/database";
import { refused } from "@/server/testing/refusals";
import { recordAudit, type AuditActor } from "./audit";
import { auditRowHash, checkAuditChain, verifyAuditChain } from "./integrity";

let t: TestDatabase;
let admin: Actor;
beforeAll(async () => {
  t = await createSeededTestDatabase();
  admin = await actorFor(t.db, "admin");
});
afterAll(() => t.close());

const origin = { requestId: "req-chain", address: "203.0.113.7", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0.0.0" };
const system: AuditActor = { system: "测试", ...origin };
const entry = (summary: string) => ({ action: "department.update", entityType: "department", entityId: "d1", summary });

const chain = (db: Db) => db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

/** What the test's superuser can do and the application cannot: write past the append-only trigger. */
async function tamper(db: Db, change: (db: Db) => Promise<unknown>) {
  await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  try {
    await change(db);
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
  }
}

describe("the audit table", () => {
  it("numbers each new row after the last and chains it to that row's hash", async () => {
    const before = (await chain(t.db)).at(-1)!;
    await recordAudit(t.db, system, entry("第一条"));
    await recordAudit(t.db, { ...admin, ...origin }, { ...entry("第二条"), changes: { name: { from: "甲", to: "乙" } } });
    // Several rows in one statement, as an import writes them.
    await t.db.insert(auditEvents).values([1, 2, 3].map((n) => ({ actorName: "测试", ...entry(`批量 ${n}`) })));
    const rows = (await chain(t.db)).filter((r) => r.seq > before.seq);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5].map((n) => before.seq + n));
    expect(rows.map((r) => r.summary)).toEqual(["第一条", "第二条", "批量 1", "批量 2", "批量 3"]);
    let previous = before;
    for (const row of rows) {
      expect(row.prevHash).toBe(previous.hash);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      previous = row;
    }
    expect(rows[1]).toMatchObject({ actorId: admin.id, address: "203.0.113.7", requestId: "req-chain" });
  });

  it("hashes the documented canonical text, the same on every engine and in every time zone", async () => {
    const fixed = {
      seq: 7,
      id: "5b0c3c1e-3f4a-4c8e-9d6b-2a1f0e9c8b7a",
      at: "2026-11-27T08:30:00.123456Z",
      actor_name: "王海峰",
      action: "department.update",
      entity_type: "department",
      entity_id: "d1",
      summary: '修改部门「市大数据局」：名称\n"简称"',
      changes: { name: { from: "甲", to: 1.5 } },
    };
    const hash = await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'Asia/Shanghai'`);
      const result = await tx.execute(sql`select audit_event_hash(jsonb_populate_record(null::audit_events, ${JSON.stringify(fixed)}::jsonb)) as hash`);
      return executeRows<{ hash: string }>(result)[0]?.hash;
    });
    const computed = auditRowHash({
      seq: fixed.seq,
      id: fixed.id,
      atUtc: fixed.at,
      actorId: null,
      actorName: fixed.actor_name,
      action: fixed.action,
      entityType: fixed.entity_type,
      entityId: fixed.entity_id,
      summary: fixed.summary,
      changes: '{"name": {"to": 1.5, "from": "甲"}}',
      requestId: null,
      address: null,
      userAgent: null,
      prevHash: null,
    });
    expect(hash).toBe(computed);
    // Pinned: a change to the canonical text would leave every existing row unverifiable.
    expect(computed).toBe("ab7988666436a8bb3101990715a227b490d28128a696d0cc9d87686eb15b5bef");
  });

  it("refuses UPDATE, DELETE and TRUNCATE, whoever asks", async () => {
    for (const statement of [
      sql`update audit_events set summary = '改写'`,
      sql`delete from audit_events where action = 'department.update'`,
      sql`truncate audit_events`,
    ]) {
      const error = await t.db.execute(statement).then(() => null, (e: unknown) => e as Error & { cause?: Error });
      expect(error?.cause?.message ?? error?.message).toMatch(/audit_events is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
    }
    expect((await verifyAuditChain(t.db)).firstBroken).toBeNull();
  });

  it("keeps one unbroken chain when many transactions write at once", async () => {
    const before = (await verifyAuditChain(t.db)).rows;
    // Each transaction writes two rows with a pause between: rows of other transactions must not
    // come between them, nor take numbers in another order than the chain's.
    await Promise.all(
      Array.from({ length: 24 }, (_, n) =>
        t.db.transaction(async (tx) => {
          await recordAudit(tx, system, entry(`并发 ${n} 之一`));
          await tx.execute(sql`select pg_sleep(0.002)`);
          await recordAudit(tx, system, entry(`并发 ${n} 之二`));
        }),
      ),
    );
    const check = await verifyAuditChain(t.db);
    expect(check).toMatchObject({ rows: before + 48, firstBroken: null });
    const rows = (await chain(t.db)).slice(-48);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => rows[0]!.seq + i));
    for (let i = 0; i < rows.length; i += 2) expect(rows[i + 1]!.summary).toBe(rows[i]!.summary.replace("之一", "之二"));
  });

  it("a database upgraded from before the chain gets its existing rows chained in order", async () => {
    const blank = await createEmptyDatabase();
    try {
      await migrateAcross(blank.db, "audit_events_chain", () =>
        blank.db.insert(auditEvents).values(["旧记录一", "旧记录二", "旧记录三"].map((s) => ({ actorName: "系统", ...entry(s) }))),
      );
      const rows = await chain(blank.db);
      expect(rows.map((r) => [r.seq, r.summary])).toEqual([
        [1, "旧记录一"],
        [2, "旧记录二"],
        [3, "旧记录三"],
      ]);
      expect(await verifyAuditChain(blank.db)).toMatchObject({ rows: 3, firstBroken: null, head: { seq: 3, hash: rows[2]!.hash } });
      await recordAudit(blank.db, system, entry("升级后第一条"));
      expect(await verifyAuditChain(blank.db)).toMatchObject({ rows: 4, firstBroken: null });
    } finally {
      await blank.close();
    }
  });
});

describe("verifying the chain", () => {
  it("finds nothing wrong with an untouched trail, and reads it in batches", async () => {
    const whole = await verifyAuditChain(t.db);
    expect(whole.rows).toBeGreaterThan(10);
    expect(whole.firstBroken).toBeNull();
    expect(await verifyAuditChain(t.db, 3)).toEqual(whole);
  });

  it("names the first row whose fields were changed behind the trigger's back", async () => {
    const rows = await chain(t.db);
    const victim = rows[Math.floor(rows.length / 2)]!;
    await tamper(t.db, (db) => db.update(auditEvents).set({ summary: "看不出来的修改" }).where(eq(auditEvents.id, victim.id)));
    const check = await verifyAuditChain(t.db, 7);
    expect(check.rows).toBe(rows.length);
    expect(check.firstBroken).toEqual({ seq: victim.seq, id: victim.id, at: victim.at });
    await tamper(t.db, (db) => db.update(auditEvents).set({ summary: victim.summary }).where(eq(auditEvents.id, victim.id)));
    expect((await verifyAuditChain(t.db)).firstBroken).toBeNull();
  });

  it("names the row after one that was rehashed to hide a change", async () => {
    const rows = await chain(t.db);
    const [victim, next] = [rows[3]!, rows[4]!];
    const rewrite = (summary: string) =>
      tamper(t.db, async (db) => {
        await db.update(auditEvents).set({ summary }).where(eq(auditEvents.id, victim.id));
        await db.execute(sql`update audit_events e set hash = audit_event_hash(e) where id = ${victim.id}`);
      });
    await rewrite("改过");
    expect((await verifyAuditChain(t.db)).firstBroken).toMatchObject({ seq: next.seq, id: next.id });
    await rewrite(victim.summary);
    expect((await verifyAuditChain(t.db)).firstBroken).toBeNull();
  });

  it("names the row after one that was deleted", async () => {
    const own = await createTestDatabase("migrated");
    try {
      for (const n of [1, 2, 3]) await recordAudit(own.db, system, entry(`第 ${n} 条`));
      const [, second, third] = await chain(own.db);
      await tamper(own.db, (db) => db.delete(auditEvents).where(eq(auditEvents.id, second!.id)));
      expect(await verifyAuditChain(own.db)).toMatchObject({ rows: 2, firstBroken: { seq: third!.seq, id: third!.id } });
    } finally {
      await own.close();
    }
  });

  it("is for the auditor alone, and the check is itself recorded", async () => {
    for (const username of ["publisher", "admin", "security"])
      expect((await refused(checkAuditChain(t.db, await actorFor(t.db, username)), "FORBIDDEN")).message).toBe("只有审计管理员可以查看审计日志");
    const auditor = await actorFor(t.db, "auditor");
    const result = await checkAuditChain(t.db, { ...auditor, ...origin });
    expect(result.firstBroken).toBeNull();
    const [recorded] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "audit.verify"));
    expect(recorded).toMatchObject({ actorId: auditor.id, address: origin.address, userAgent: origin.userAgent });
    expect(recorded?.summary).toBe(`完整性校验：校验 ${result.rows.toLocaleString("zh-CN")} 条，未发现篡改`);
  });
});
