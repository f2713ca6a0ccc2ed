import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { accessRequests, auditEvents, notifications, scheduledRuns, webhookDeliveries } from "@/db/schema";
import { listRequests, requestAccess } from "@/server/access/requests";
import { runDeadlineLadder } from "@/server/access/escalation";
import type { Actor } from "@/server/auth/permissions";
import { openNotification } from "@/server/notifications/centre";
import { deliverDue, MAX_ATTEMPTS, signature } from "@/server/notifications/delivery";
import { sendDailyDigests } from "@/server/notifications/digest";
import { checkWebhookUrl, registerWebhook, sendTestMessage } from "@/server/notifications/webhooks";
import { schedulerTick } from "@/server/scheduler/scheduler";
import { readyApi } from "@/server/testing/content";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal, refused } from "@/server/testing/refusals";
import { shanghaiInstant } from "@/server/time";

const SECRET = "test-auth-secret-for-webhooks";

let t: TestDatabase;
let rsj: Actor; // 市人社局 publisher: asks
let gaj: Actor; // 市公安局 publisher: owns and answers
let reviewer: Actor;
let admin: Actor;
const resourceIds: string[] = [];

/** A conditional resource of 市公安局, published, that 市人社局 can ask for. */
async function conditionalResource(name: string): Promise<string> {
  const r = await callerAs(t.db, gaj).resource.create({
    content: readyApi(name, { domain: "public_safety", sharingClass: "conditional", sharingReason: "仅限履职使用" }),
    submit: true,
  });
  await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
  resourceIds.push(r.id);
  return r.id;
}

const notesAbout = (db: Db, subjectId: string, kind?: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.subjectId, subjectId), kind ? sql`${notifications.kind} = ${kind}` : undefined));

const at = (text: string) => shanghaiInstant(text);

// The test's receivers listen on 127.0.0.1, which a deployment refuses unless told otherwise.
beforeEach(() => {
  vi.stubEnv("WEBHOOK_ALLOW_LOOPBACK", "true");
});

beforeAll(async () => {
  t = await createSeededTestDatabase();
  [rsj, gaj, reviewer, admin] = (await Promise.all(["publisher", "pub.gaj", "reviewer", "admin"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor, Actor];
});
afterAll(() => t.close());

describe("通知中心", () => {
  it("tells the owner's publishers of a request, and the requester of the answer; each opens only their own", async () => {
    const resourceId = await conditionalResource("常住人口信息核验接口");
    const req = await callerAs(t.db, rsj).access.request({ resourceId, purpose: "就业补贴发放前核验户籍" });
    const toOwner = await notesAbout(t.db, req.id, "request_received");
    expect(toOwner.map((n) => n.recipientId)).toContain(gaj.id);
    expect(toOwner[0]).toMatchObject({ title: "青岛市人力资源和社会保障局申请使用「常住人口信息核验接口」", link: "/console/requests?box=received" });

    const owner = callerAs(t.db, gaj);
    expect(await owner.notification.unread()).toBeGreaterThanOrEqual(1);
    const mine = toOwner.find((n) => n.recipientId === gaj.id)!;
    // Nobody else reads it, or learns it exists.
    expect((await refused(openNotification(t.db, rsj, mine.id), "NOT_FOUND")).message).toContain("通知不存在");
    expect((await callerAs(t.db, rsj).notification.list({ show: "all", page: 1 })).rows.map((n) => n.id)).not.toContain(mine.id);
    expect(await openNotification(t.db, gaj, mine.id)).toBe("/console/requests?box=received");
    expect((await owner.notification.list({ show: "unread", page: 1 })).rows.map((n) => n.id)).not.toContain(mine.id);

    await owner.access.decide({ id: req.id, version: req.version, decision: "reject", reason: "请通过市大数据局共享平台申请批量核验" });
    const [answer] = await notesAbout(t.db, req.id, "request_decided");
    expect(answer).toMatchObject({ recipientId: rsj.id, link: "/console/requests?box=sent" });
    expect(answer!.title).toContain("拒绝了您对「常住人口信息核验接口」的使用申请");
    expect(answer!.body).toContain("请通过市大数据局共享平台申请批量核验");

    const requester = callerAs(t.db, rsj);
    expect(await requester.notification.markAllRead()).toBeGreaterThanOrEqual(1);
    expect(await requester.notification.unread()).toBe(0);
  });

  it("tells the submitter when a reviewer returns or approves a submission", async () => {
    const r = await callerAs(t.db, gaj).resource.create({ content: readyApi("交通违法处理记录接口", { domain: "public_safety" }), submit: true });
    const back = await callerAs(t.db, reviewer).resource.return({ id: r.id, version: r.version, reason: "请补充更新频率说明" });
    const [returned] = await notesAbout(t.db, r.id, "review_returned");
    expect(returned).toMatchObject({ recipientId: gaj.id, link: `/resources/${r.id}`, body: "退回理由：请补充更新频率说明" });
    const again = await callerAs(t.db, gaj).resource.submit({ id: r.id, version: back.version });
    await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: again.version });
    const [approved] = await notesAbout(t.db, r.id, "review_approved");
    expect(approved).toMatchObject({ recipientId: gaj.id, title: "资源「交通违法处理记录接口」审核通过，已发布" });
  });

  it("keeps the daily digest choice per person", async () => {
    const me = callerAs(t.db, rsj);
    expect(await me.notification.preferences()).toEqual({ dailyDigest: false, departmentHasWebhook: false });
    await me.notification.setDailyDigest({ dailyDigest: true });
    expect((await me.notification.preferences()).dailyDigest).toBe(true);
    expect((await callerAs(t.db, gaj).notification.preferences()).dailyDigest).toBe(false);
    await me.notification.setDailyDigest({ dailyDigest: false });
  });
});

describe("到期提醒与督办", () => {
  // 2026-03-02 is a Monday; March has no holidays: ten working days end on Monday 16 March.
  const filed = at("2026-03-02 10:00");
  let pendingId: string;
  let answeredId: string;

  beforeAll(async () => {
    pendingId = (await requestAccess(t.db, rsj, { resourceId: await conditionalResource("出入境证件信息查询接口"), purpose: "人才引进核验出入境记录" }, filed)).id;
    const answered = await requestAccess(t.db, rsj, { resourceId: await conditionalResource("机动车登记信息接口"), purpose: "创业补贴核验车辆信息" }, filed);
    answeredId = answered.id;
    await callerAs(t.db, gaj).access.decide({ id: answered.id, version: answered.version, decision: "approve" });
  });

  const marks = async (id: string) => (await t.db.select().from(accessRequests).where(eq(accessRequests.id, id)))[0]!;

  it("reminds two working days before the deadline, once", async () => {
    expect((await marks(pendingId)).dueAt).toEqual(at("2026-03-16 23:59:59"));
    await runDeadlineLadder(t.db, at("2026-03-11 18:00"));
    expect((await marks(pendingId)).remindedAt).toBeNull();
    await runDeadlineLadder(t.db, at("2026-03-12 09:00"));
    await runDeadlineLadder(t.db, at("2026-03-13 09:00"));
    expect((await marks(pendingId)).remindedAt).toEqual(at("2026-03-12 09:00"));
    const reminders = await notesAbout(t.db, pendingId, "deadline_reminder");
    expect(reminders.map((n) => n.recipientId)).toContain(gaj.id);
    expect(reminders.map((n) => n.recipientId)).not.toContain(reviewer.id);
    expect(new Set(reminders.map((n) => n.recipientId)).size).toBe(reminders.length);
    expect(reminders[0]!.body).toContain("2026-03-16 23:59");
  });

  it("marks 督办 once the deadline has passed, for the owner's publishers and the bureau's reviewers, once", async () => {
    await runDeadlineLadder(t.db, at("2026-03-16 23:00"));
    expect((await marks(pendingId)).escalatedAt).toBeNull();
    await runDeadlineLadder(t.db, at("2026-03-17 09:00"));
    await runDeadlineLadder(t.db, at("2026-03-17 09:01"));
    expect((await marks(pendingId)).escalatedAt).toEqual(at("2026-03-17 09:00"));
    const escalations = await notesAbout(t.db, pendingId, "overdue_escalated");
    const toReviewer = escalations.filter((n) => n.recipientId === reviewer.id);
    const toOwner = escalations.filter((n) => n.recipientId === gaj.id);
    expect(toReviewer).toHaveLength(1);
    expect(toOwner).toHaveLength(1);
    expect(toReviewer[0]!.link).toBe("/console/requests?box=overdue");
    expect(toOwner[0]!.title).toBe("督办：青岛市公安局未按期答复青岛市人力资源和社会保障局对「出入境证件信息查询接口」的使用申请");
    const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, pendingId), eq(auditEvents.action, "access.escalate")));
    expect(audit?.actorName).toBe("到期提醒与督办");
  });

  it("escalates again after five more working days, once; an answered request never", async () => {
    await runDeadlineLadder(t.db, at("2026-03-24 20:00"));
    expect((await marks(pendingId)).escalatedAgainAt).toBeNull();
    await runDeadlineLadder(t.db, at("2026-03-25 09:00"));
    await runDeadlineLadder(t.db, at("2026-03-26 09:00"));
    expect((await marks(pendingId)).escalatedAgainAt).toEqual(at("2026-03-25 09:00"));
    const again = await notesAbout(t.db, pendingId, "overdue_escalated_again");
    expect(again.filter((n) => n.recipientId === reviewer.id)).toHaveLength(1);
    expect(again[0]!.body).toContain("已逾期 7 个工作日");
    // The bureau's 「全市逾期未答复」 shows each 督办 with its level and age.
    const supervised = await listRequests(t.db, reviewer, { box: "overdue", page: 1 }, at("2026-03-26 09:00"));
    expect(supervised.rows.find((r) => r.id === pendingId)).toMatchObject({
      escalatedAt: at("2026-03-17 09:00"),
      escalatedAgainAt: at("2026-03-25 09:00"),
      overdueWorkingDays: 8,
    });
    const answered = await marks(answeredId);
    expect([answered.remindedAt, answered.escalatedAt, answered.escalatedAgainAt]).toEqual([null, null, null]);
    expect(await notesAbout(t.db, answeredId, "overdue_escalated")).toHaveLength(0);
  });

  it("two instances ticking at once create one 督办", async () => {
    const id = (await requestAccess(t.db, rsj, { resourceId: await conditionalResource("驾驶人信息核验接口"), purpose: "公交驾驶员招聘核验驾驶资格" }, filed)).id;
    const now = at("2026-03-18 10:00:30");
    // Another instance: on PostgreSQL a second connection pool to the same database, on PGlite (one
    // instance by design) the same handle.
    const other =
      t.engine === "postgres"
        ? await (async () => {
            const [{ name }] = (await t.db.execute<{ name: string }>(sql`select current_database() as name`)) as unknown as [{ name: string }];
            const url = new URL(process.env.TEST_DATABASE_URL!);
            url.pathname = `/${name}`;
            return openDatabase({ url: url.toString() });
          })()
        : null;
    try {
      const runs = await Promise.all([schedulerTick(t.db, SECRET, now), schedulerTick(other?.db ?? t.db, SECRET, now)]);
      expect(runs.filter((r) => r.deadlines !== null)).toHaveLength(1);
      // Even the ladder run twice at once (no tick claimed) marks it once.
      await Promise.all([runDeadlineLadder(t.db, now), runDeadlineLadder(other?.db ?? t.db, now)]);
    } finally {
      await other?.close();
    }
    expect((await notesAbout(t.db, id, "overdue_escalated")).filter((n) => n.recipientId === reviewer.id)).toHaveLength(1);
    const ticks = await t.db.select().from(scheduledRuns).where(eq(scheduledRuns.job, "deadlines"));
    expect(ticks.filter((r) => r.tick.getTime() === at("2026-03-18 10:00").getTime())).toHaveLength(1);
  });
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 that answers with the next status of `answers` (the last one repeats). */
async function receiver(answers: number[]): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      got.push({ headers: request.headers, body });
      response.statusCode = answers.length > 1 ? answers.shift()! : answers[0]!;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?key=robot-token`, got, server };
}

describe("消息推送 (webhooks)", () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  const deliveriesOf = (webhookId: string) => t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId));

  it("refuses addresses that are not http(s), carry credentials, or reach link-local addresses", () => {
    expect(checkWebhookUrl("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc#x")).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc");
    for (const bad of ["file:///etc/passwd", "gopher://10.0.0.1/", "https://user:pass@example.gov.cn/hook", "http://169.254.169.254/latest/meta-data", "not a url"])
      expect(() => checkWebhookUrl(bad)).toThrow();
    vi.stubEnv("WEBHOOK_ALLOW_LOOPBACK", "false");
    expect(() => checkWebhookUrl("http://127.0.0.1:8080/")).toThrow(/本机/);
    vi.stubEnv("WEBHOOK_ALLOW_LOOPBACK", "true");
  });

  it("lets a department's publishers and the system administrator register, and nobody else", async () => {
    const gajCaller = callerAs(t.db, gaj);
    expect((await refusal(callerAs(t.db, rsj).notification.registerWebhook({ departmentId: gaj.departmentId, name: "冒名", url: "https://example.gov.cn/x" }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(t.db, reviewer).notification.webhooks({ departmentId: gaj.departmentId }))).code).toBe("FORBIDDEN");
    const { webhook, secret } = await gajCaller.notification.registerWebhook({ departmentId: gaj.departmentId, name: "公安局政务微信群", url: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRETKEY" });
    expect(secret).toMatch(/^whsec_/);
    expect(webhook.url).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…");
    const listed = await callerAs(t.db, admin).notification.webhooks({ departmentId: gaj.departmentId });
    expect(listed.map((w) => w.url)).toEqual(["https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"]);
    expect(JSON.stringify(listed)).not.toContain("SECRETKEY");
    expect((await refusal(callerAs(t.db, rsj).notification.deliveries({ webhookId: webhook.id, page: 1 }))).code).toBe("FORBIDDEN");
    await gajCaller.notification.setWebhookActive({ id: webhook.id, version: webhook.version, active: false });
  });

  it("POSTs a signed notification to the department's receiver; a 500 is retried after a minute and delivered", async () => {
    const good = await receiver([500, 200]);
    servers.push(good.server);
    const resourceId = await conditionalResource("户籍迁移信息接口");
    const { webhook, secret } = await registerWebhook(t.db, gaj, { departmentId: gaj.departmentId, name: "值班群机器人", url: good.url }, SECRET);
    await callerAs(t.db, rsj).access.request({ resourceId, purpose: "人才落户核验迁移记录" });
    const [queued] = await deliveriesOf(webhook.id);
    expect(queued).toMatchObject({ status: "pending", attempts: 0, event: "request_received" });

    const now = new Date();
    expect(await deliverDue(t.db, SECRET, now)).toMatchObject({ delivered: 0, retrying: 1 });
    expect(good.got).toHaveLength(1);
    const first = good.got[0]!;
    const timestamp = Number(first.headers["x-citybrain-timestamp"]);
    expect(first.headers["x-citybrain-signature"]).toBe(signature(secret, timestamp, first.body));
    expect(first.headers["x-citybrain-delivery"]).toBe(queued!.id);
    const payload = JSON.parse(first.body);
    expect(payload).toMatchObject({ id: queued!.id, event: "request_received", label: "待答复申请", department: "青岛市公安局", msgtype: "text" });
    expect(payload.recipients.map((r: { username: string }) => r.username)).toContain("pub.gaj");
    expect(payload.text.content).toContain("【待答复申请】青岛市人力资源和社会保障局申请使用「户籍迁移信息接口」");

    let [row] = await deliveriesOf(webhook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "接收方返回 HTTP 500" });
    expect(row!.nextAttemptAt).toEqual(new Date(now.getTime() + 60_000));
    expect(await deliverDue(t.db, SECRET, new Date(now.getTime() + 30_000))).toMatchObject({ delivered: 0, retrying: 0 });
    expect(await deliverDue(t.db, SECRET, new Date(now.getTime() + 61_000))).toMatchObject({ delivered: 1 });
    [row] = await deliveriesOf(webhook.id);
    expect(row).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, lastError: null });
    expect(good.got).toHaveLength(2);
    // A second signature, over the second attempt's timestamp, from the same secret.
    const second = good.got[1]!;
    expect(second.headers["x-citybrain-signature"]).toBe(signature(secret, Number(second.headers["x-citybrain-timestamp"]), second.body));

    const log = await callerAs(t.db, gaj).notification.deliveries({ webhookId: webhook.id, page: 1 });
    expect(log.rows[0]).toMatchObject({ status: "delivered", attempts: 2, title: "青岛市人力资源和社会保障局申请使用「户籍迁移信息接口」" });
    await callerAs(t.db, gaj).notification.setWebhookActive({ id: webhook.id, version: webhook.version, active: false });
  });

  it("gives up on a receiver that keeps failing after the last attempt, and the log shows the attempts", async () => {
    const bad = await receiver([503]);
    servers.push(bad.server);
    const { webhook } = await registerWebhook(t.db, gaj, { departmentId: gaj.departmentId, name: "坏掉的中转服务", url: bad.url }, SECRET);
    await callerAs(t.db, gaj).notification.sendTestMessage({ id: webhook.id });
    let now = new Date();
    const waits = [0, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
    for (const wait of waits) {
      now = new Date(now.getTime() + wait + 1);
      await deliverDue(t.db, SECRET, now);
    }
    expect(bad.got).toHaveLength(MAX_ATTEMPTS);
    const [row] = await deliveriesOf(webhook.id);
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastStatusCode: 503, lastError: "接收方返回 HTTP 503" });
    await deliverDue(t.db, SECRET, new Date(now.getTime() + 86_400_000));
    expect(bad.got).toHaveLength(MAX_ATTEMPTS);
    const log = await callerAs(t.db, admin).notification.deliveries({ webhookId: webhook.id, page: 1 });
    expect(log.rows[0]).toMatchObject({ status: "failed", attempts: 5, event: "test" });
    await callerAs(t.db, gaj).notification.setWebhookActive({ id: webhook.id, version: webhook.version, active: false });
  });

  it("says so in the log when the secret was sealed under another AUTH_SECRET", async () => {
    const { webhook } = await registerWebhook(t.db, gaj, { departmentId: gaj.departmentId, name: "换过密钥", url: "http://127.0.0.1:9/hook" }, SECRET);
    await sendTestMessage(t.db, gaj, webhook.id);
    await deliverDue(t.db, "another-auth-secret", new Date());
    const [row] = await deliveriesOf(webhook.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "签名密钥无法解开（AUTH_SECRET 已更换），请停用该地址并重新登记" });
    await callerAs(t.db, gaj).notification.setWebhookActive({ id: webhook.id, version: webhook.version, active: false });
    await deliverDue(t.db, SECRET, new Date(Date.now() + 120_000));
    expect((await deliveriesOf(webhook.id))[0]).toMatchObject({ status: "failed", lastError: "推送地址已停用，未发送" });
  });

  it("two instances sending at once deliver each message once", async () => {
    const slow = await receiver([200]);
    servers.push(slow.server);
    const { webhook } = await registerWebhook(t.db, gaj, { departmentId: gaj.departmentId, name: "并发测试", url: slow.url }, SECRET);
    for (let i = 0; i < 3; i++) await callerAs(t.db, gaj).notification.sendTestMessage({ id: webhook.id });
    const now = new Date();
    await Promise.all([deliverDue(t.db, SECRET, now), deliverDue(t.db, SECRET, now)]);
    expect(slow.got).toHaveLength(3);
    expect(new Set(slow.got.map((g) => g.headers["x-citybrain-delivery"])).size).toBe(3);
    await callerAs(t.db, gaj).notification.setWebhookActive({ id: webhook.id, version: webhook.version, active: false });
  });

  it("sends one daily digest instead of each message to a person who chose it", async () => {
    const hub = await receiver([200]);
    servers.push(hub.server);
    const { webhook } = await registerWebhook(t.db, gaj, { departmentId: gaj.departmentId, name: "摘要群", url: hub.url }, SECRET);
    await callerAs(t.db, gaj).notification.setDailyDigest({ dailyDigest: true });
    await callerAs(t.db, rsj).access.request({ resourceId: await conditionalResource("出租房屋登记信息接口"), purpose: "租房补贴核验租赁登记" });
    const queued = await deliveriesOf(webhook.id);
    // Other publishers of the department may still be told one by one; pub.gaj is not named.
    for (const d of queued) expect(JSON.stringify(d.payload)).not.toContain("pub.gaj");
    const before = queued.length;
    const digest = await sendDailyDigests(t.db, new Date(Date.now() + 1000));
    expect(digest.sent).toBeGreaterThanOrEqual(1);
    const after = await deliveriesOf(webhook.id);
    const sent = after.find((d) => d.event === "digest")!;
    expect(after).toHaveLength(before + 1);
    expect(sent.payload).toMatchObject({ label: "每日摘要", recipients: [{ username: "pub.gaj" }] });
    expect(String(sent.payload.body)).toContain("出租房屋登记信息接口");
    // The next digest covers what came after this one: nothing.
    expect((await sendDailyDigests(t.db, new Date(Date.now() + 2000))).sent).toBe(0);
  });
});
