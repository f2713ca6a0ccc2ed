import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import type { ResourceContentInput } from "@/server/resources/schemas";
import { readyApi } from "@/server/testing/content";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";

let t: TestDatabase;
let rsj: Actor; // 市人社局 publisher: asks
let gaj: Actor; // 市公安局 publisher: owns
let gajJudge: Actor;
let reviewer: Actor;
/** The system administrator, who keeps people and departments and does no department's business. */
let admin: Actor;
let dsj: Actor;
const ids: Record<string, string> = {};

const content = (name: string, sharingClass: "unconditional" | "conditional" | "none"): ResourceContentInput =>
  readyApi(name, { domain: "public_safety", sharingClass, sharingReason: sharingClass === "unconditional" ? "" : "仅限履职使用" });

beforeAll(async () => {
  t = await createSeededTestDatabase();
  [rsj, gaj, gajJudge, reviewer, admin, dsj] = (await Promise.all(
    ["publisher", "pub.gaj", "judge.gaj", "reviewer", "admin", "pub.dsj"].map((u) => actorFor(t.db, u)),
  )) as [Actor, Actor, Actor, Actor, Actor, Actor];
  for (const [key, name, sharing] of [
    ["open", "居民身份证核验接口", "unconditional"],
    ["conditional", "人口基础信息查询接口", "conditional"],
    ["closed", "重点人员管控信息", "none"],
  ] as const) {
    const r = await callerAs(t.db, gaj).resource.create({ content: content(name, sharing), submit: true });
    await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
    ids[key] = r.id;
  }
  ids.draft = (await callerAs(t.db, gaj).resource.create({ content: content("未发布的接口", "conditional") })).id;
});
afterAll(() => t.close());

describe("access requests", () => {
  it("grants an unconditional resource at once, and records it", async () => {
    const req = await callerAs(t.db, rsj).access.request({ resourceId: ids.open!, purpose: "社保参保一件事核验身份" });
    expect(req.status).toBe("granted");
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, req.id));
    expect(audit?.summary).toContain("已自动开通");
  });

  it("sends a conditional request to the owner, with a 10-working-day deadline and unread counts on both sides", async () => {
    const req = await callerAs(t.db, rsj).access.request({ resourceId: ids.conditional!, purpose: "核验参保人户籍信息" });
    expect(req.status).toBe("pending");
    const days = (req.dueAt.getTime() - req.createdAt.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(13);
    expect(days).toBeLessThan(17);
    expect(await callerAs(t.db, gaj).access.unread()).toMatchObject({ received: 1 });
    const inbox = await callerAs(t.db, gaj).access.list({ box: "received" });
    expect(inbox.rows[0]).toMatchObject({ resourceName: "人口基础信息查询接口", requesterName: "青岛市人力资源和社会保障局", unread: true, canDecide: true });
    await callerAs(t.db, gaj).access.markRead({ box: "received" });
    expect(await callerAs(t.db, gaj).access.unread()).toMatchObject({ received: 0 });
  });

  it("refuses what cannot be requested, with a clear reason", async () => {
    const none = await refusal(callerAs(t.db, rsj).access.request({ resourceId: ids.closed!, purpose: "测试不予共享" }));
    expect(none.message).toBe("该资源为「不予共享」，不能申请使用");
    const draft = await refusal(callerAs(t.db, rsj).access.request({ resourceId: ids.draft!, purpose: "测试未发布" }));
    expect(draft.message).toContain("只能申请已发布的资源");
    const own = await refusal(callerAs(t.db, gaj).access.request({ resourceId: ids.conditional!, purpose: "本部门自用" }));
    expect(own.message).toBe("这是本部门的资源，无需申请");
    const twice = await refusal(callerAs(t.db, rsj).access.request({ resourceId: ids.conditional!, purpose: "再申请一次" }));
    expect(twice.message).toBe("本部门已申请过该资源，正在等待答复");
    for (const notPublisher of [gajJudge, admin])
      expect((await refusal(callerAs(t.db, notPublisher).access.request({ resourceId: ids.open!, purpose: "不是发布员想申请使用" }))).code).toBe("FORBIDDEN");
  });

  it("only the owning department decides, a rejection needs a reason, and exactly one decision counts", async () => {
    const [pending] = (await callerAs(t.db, gaj).access.list({ box: "received", status: "pending" })).rows;
    const decision = { id: pending!.id, version: pending!.version };
    for (const outsider of [rsj, admin]) {
      const refused = await refusal(callerAs(t.db, outsider).access.decide({ ...decision, decision: "approve" }));
      expect(refused.code).toBe("FORBIDDEN");
      expect(refused.message).toBe("只有资源提供部门可以答复该申请");
    }
    const noReason = await refusal(callerAs(t.db, gaj).access.decide({ ...decision, decision: "reject" }));
    expect(noReason.message).toBe("拒绝申请须说明理由");

    const results = await Promise.allSettled([
      callerAs(t.db, gaj).access.decide({ ...decision, decision: "approve", conditions: "仅用于参保核验，不得留存", expiresOn: "2027-06-30" }),
      callerAs(t.db, gaj).access.decide({ ...decision, decision: "reject", reason: "重复申请" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const again = await refusal(callerAs(t.db, gaj).access.decide({ ...decision, decision: "approve" }));
    expect(again.code).toBe("CONFLICT");
    const decisions = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, pending!.id));
    expect(decisions.filter((a) => a.action === "access.approve" || a.action === "access.reject")).toHaveLength(1);
    expect(await callerAs(t.db, rsj).access.unread()).toMatchObject({ sent: 1 });
  });

  it("shows reviewers the overdue requests citywide, and nobody else", async () => {
    const req = await callerAs(t.db, dsj).access.request({ resourceId: ids.conditional!, purpose: "市大数据局申请" });
    const later = new Date(req.dueAt.getTime() + 86_400_000);
    const { listRequests } = await import("./requests");
    const overdue = await listRequests(t.db, reviewer, { box: "overdue", page: 1 }, later);
    expect(overdue.rows.map((r) => r.id)).toContain(req.id);
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
    for (const other of [rsj, admin]) expect((await refusal(callerAs(t.db, other).access.list({ box: "overdue" }))).code).toBe("FORBIDDEN");
  });
});
