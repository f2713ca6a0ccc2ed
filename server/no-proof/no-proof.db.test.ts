import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noProofCases, notifications, people } from "@/db/schema";
import { seedNoProof } from "@/db/seed/no-proof";
import type { Actor } from "@/server/auth/permissions";
import { getPlanTargets } from "@/server/targets/targets";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { createChallenge, readNumber } from "@/server/challenge/challenge";
import { FEEDBACK_PER_HOUR, feedbackInput, submitFeedback } from "./feedback";
import { browseCounts, caseSearchSchema, feedbackCounts, searchCases, targetProgress } from "./queries";
import type { NoProofCaseContentInput } from "./schemas";
import { anyRefusal } from "@/server/testing/refusals";

const SECRET = "test-secret";
let t: TestDatabase;
let jtj: Actor; // 市交通运输局
let scjg: Actor; // 市市场监管局
let reviewer: Actor;

const search = (q: Record<string, string>) => searchCases(t.db, caseSearchSchema.parse(q));

const newCase = (over: Partial<NoProofCaseContentInput> = {}): NoProofCaseContentInput => ({
  name: "巡游出租汽车驾驶员从业资格证补发",
  itemCode: "370200-000501099000-QT-099-01",
  domain: "transport",
  lifeEvents: ["employment"],
  audiences: ["person"],
  summary: "补发从业资格证不再需要登报遗失声明，网上申请即可。",
  proofs: [
    { name: "遗失声明登报证明", kind: "objective_state", issuer: "报社", disposition: "cancelled", replacement: "不再需要，网上申请即可" },
    { name: "机动车驾驶证", kind: "qualification", issuer: "公安交管部门", disposition: "e_licence", replacement: "在爱山东亮证" },
  ],
  eLicences: ["driving_licence"],
  channels: { app: true, onlineHall: true, halls: [] },
  steps: ["在爱山东·青e办搜索「从业资格证补发」", "填写申请并授权调取电子证照"],
  timeLimit: "即办",
  fee: "不收费",
  legalBasis: "《道路运输从业人员管理规定》",
  effectiveDate: "2026-11-01",
  countsTowardTarget: true,
  contactPhone: "0532-12328",
  ...over,
});

beforeAll(async () => {
  t = await createSeededTestDatabase();
  await seedNoProof(t.db);
  [jtj, scjg, reviewer] = (await Promise.all(["pub.jtj", "pub.scjgj", "reviewer"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor];
});
afterAll(() => t.close());

describe("public catalogue", () => {
  it("understands how people ask", async () => {
    const company = await search({ q: "开公司要带什么" });
    expect(company.rows.map((r) => r.name)).toContain("企业开办（有限责任公司设立登记）");
    const licence = await search({ q: "驾驶证" });
    expect(licence.total).toBeGreaterThan(3);
    expect(licence.rows.every((r) => r.domain === "transport" || r.eLicences.includes("driving_licence") || r.name.includes("驾驶"))).toBe(true);
    const retire = await search({ q: "退休" });
    expect(retire.total).toBeGreaterThan(0);
    expect((await search({ q: "怎么办" })).total).toBe((await search({})).total);
    expect((await search({ q: "火星移民" })).total).toBe(0);
  });

  it("browses by life event, e-licence and district, and shows only published cases", async () => {
    const counts = await browseCounts(t.db);
    const birth = await search({ event: "birth" });
    expect(birth.total).toBe(counts.events.birth);
    const driving = await search({ licence: "driving_licence" });
    expect(driving.total).toBe(counts.licences.driving_licence);
    const all = await search({});
    const published = await t.db.select({ id: noProofCases.id }).from(noProofCases).where(eq(noProofCases.status, "published"));
    expect(all.total).toBe(published.length);
    const jimo = await search({ district: "370215" });
    expect(jimo.total).toBeGreaterThan(0);
    expect(jimo.total).toBeLessThanOrEqual(all.total);
    expect((await search({ district: "370299" })).total).toBe(0);
  });
});

describe("keeping use cases", () => {
  it("publishes through review; the plan count and the public progress move; only the department edits", async () => {
    const before = await targetProgress(t.db);
    const target = async () => (await getPlanTargets(t.db)).targets.find((x) => x.key === "noProofCases")!;
    const planBefore = await target();
    expect(planBefore).toMatchObject({ current: before.total, met: before.total >= 40, gap: Math.max(0, 40 - before.total) });
    expect(before.total).toBeGreaterThanOrEqual(45);

    const created = await callerAs(t.db, jtj).noProof.create({ content: newCase(), submit: true });
    expect((await targetProgress(t.db)).total).toBe(before.total);
    expect((await anyRefusal(callerAs(t.db, scjg).noProof.update({ id: created.id, version: created.version, content: newCase() }))).code).toBe("FORBIDDEN");
    expect((await anyRefusal(callerAs(t.db, jtj).noProof.approve({ id: created.id, version: created.version }))).code).toBe("FORBIDDEN");
    const queue = await callerAs(t.db, reviewer).noProof.reviewQueue({ page: 1 });
    expect(queue.rows.map((r) => r.id)).toContain(created.id);
    await callerAs(t.db, reviewer).noProof.approve({ id: created.id, version: created.version });
    const after = await targetProgress(t.db);
    expect(after.total).toBe(before.total + 1);
    expect((await target()).current).toBe(planBefore.current + 1);
    expect((await search({ q: "从业资格证补发" })).rows.map((r) => r.id)).toContain(created.id);
    const page = await callerAs(t.db, null).noProof.get({ id: created.id });
    expect(page.content.proofs[0]).toMatchObject({ name: "遗失声明登报证明", disposition: "cancelled" });
  });

  it("refuses a taken item code, a kept proof without its reason, and a 告知承诺 without 承诺书", async () => {
    const dup = await anyRefusal(callerAs(t.db, scjg).noProof.create({ content: newCase({ name: "另一个事项" }) }));
    expect(dup.message).toBe("事项编码 370200-000501099000-QT-099-01 已用于「巡游出租汽车驾驶员从业资格证补发」");
    const kept = await anyRefusal(
      callerAs(t.db, jtj).noProof.create({
        content: newCase({ itemCode: "370200-000501099000-QT-098-01", proofs: [...newCase().proofs, { name: "体检证明", kind: "objective_state", issuer: "医院", disposition: "retained" }] }),
      }),
    );
    expect(kept.message).toBe("保留的证明须说明保留原因");
    const promise = await anyRefusal(
      callerAs(t.db, jtj).noProof.create({
        content: newCase({ itemCode: "370200-000501099000-QT-097-01", proofs: [{ name: "无犯罪记录证明", kind: "objective_state", issuer: "公安机关", disposition: "commitment", replacement: "签署承诺书" }] }),
      }),
    );
    expect(promise.message).toBe("「告知承诺」须提供承诺书文本");
  });
});

describe("feedback", () => {
  const client = { key: "client-a", secret: SECRET };
  const report = async (caseId: string, key = client.key, text = "在窗口办理时仍被要求提供纸质证明。") => {
    const { token, question } = createChallenge(SECRET, "feedback");
    const [a, b] = question.match(/\d+/g)!.map(Number);
    return submitFeedback(t.db, feedbackInput.parse({ caseId, text, challengeToken: token, challengeAnswer: String(a! + b!) }), { ...client, key });
  };

  it("reads answers as people type them", () => {
    expect([readNumber("12"), readNumber("１２"), readNumber("十二"), readNumber("七"), readNumber("二十"), readNumber("abc")]).toEqual([12, 12, 12, 7, 20, null]);
  });

  it("takes a report with the right answer, refuses a wrong one, a bot, and a repeat from the same client", async () => {
    const [c] = (await search({ q: "驾驶证" })).rows;
    const before = await feedbackCounts(t.db, c!.id);
    const { token } = createChallenge(SECRET, "feedback");
    const wrong = await anyRefusal(submitFeedback(t.db, feedbackInput.parse({ caseId: c!.id, text: "仍被要求提供证明材料。", challengeToken: token, challengeAnswer: "999" }), client));
    expect(wrong.message).toBe("验证题答案不正确或已过期，请重新计算后填写");
    const expired = createChallenge(SECRET, "feedback", new Date(Date.now() - 3600_000));
    expect((await anyRefusal(submitFeedback(t.db, feedbackInput.parse({ caseId: c!.id, text: "仍被要求提供证明材料。", challengeToken: expired.token, challengeAnswer: "5" }), client))).code).toBe("BAD_REQUEST");
    const bot = await anyRefusal(submitFeedback(t.db, feedbackInput.parse({ caseId: c!.id, text: "仍被要求提供证明材料。", website: "http://spam", challengeToken: token }), client));
    expect(bot.code).toBe("BAD_REQUEST");

    const sent = await report(c!.id);
    expect((await feedbackCounts(t.db, c!.id)).open).toBe(before.open + 1);
    // The department's publishers find it in 通知中心, linked to their inbox of reports.
    const told = await t.db.select().from(notifications).where(eq(notifications.subjectId, sent.id));
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]).toMatchObject({ kind: "feedback_received", link: "/console/no-proof/feedback" });
    const again = await anyRefusal(report(c!.id));
    expect(again).toMatchObject({ code: "TOO_MANY_REQUESTS", message: "您今天已经反映过这个事项，部门正在处理，请勿重复提交；可在本页查看处理进度" });
    expect(await report(c!.id, "client-b")).toHaveProperty("id");
  });

  it("accepts each challenge once, on any instance, and only for the form it was made for", async () => {
    const [first, second] = (await search({})).rows;
    const { token, question } = createChallenge(SECRET, "feedback");
    const [a, b] = question.match(/\d+/g)!.map(Number);
    const answered = (caseId: string, key: string) =>
      submitFeedback(t.db, feedbackInput.parse({ caseId, text: "在窗口办理时仍被要求提供纸质证明。", challengeToken: token, challengeAnswer: String(a! + b!) }), { ...client, key });
    await answered(first!.id, "client-replay-1");
    // The same answer again, from "another address" and about another item: already used.
    const replayed = await anyRefusal(answered(second!.id, "client-replay-2"));
    expect(replayed.message).toBe("验证题答案不正确或已过期，请重新计算后填写");
    const signInToken = createChallenge(SECRET, "sign-in");
    const [c, d] = signInToken.question.match(/\d+/g)!.map(Number);
    const misused = await anyRefusal(
      submitFeedback(t.db, feedbackInput.parse({ caseId: second!.id, text: "在窗口办理时仍被要求提供纸质证明。", challengeToken: signInToken.token, challengeAnswer: String(c! + d!) }), { ...client, key: "client-replay-3" }),
    );
    expect(misused.code).toBe("BAD_REQUEST");
  });

  it("limits a client to a few reports an hour, even when they arrive at once", async () => {
    const ids = (await search({})).rows.slice(0, FEEDBACK_PER_HOUR + 2).map((r) => r.id);
    const results = await Promise.allSettled(ids.map((id) => report(id, "client-burst")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(FEEDBACK_PER_HOUR);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.message).toBe("提交过于频繁，请一小时后再试");
  });

  it("the responsible department replies and closes; others cannot; a stale answer is refused", async () => {
    const [c] = (await search({ q: "驾驶证" })).rows;
    const [entry] = await t.db.select({ departmentId: noProofCases.departmentId }).from(noProofCases).where(eq(noProofCases.id, c!.id));
    const [publisher] = await t.db
      .select({ username: people.username })
      .from(people)
      .where(and(eq(people.departmentId, entry!.departmentId), like(people.username, "pub.%")));
    const ownerApi = callerAs(t.db, await actorFor(t.db, publisher!.username));
    expect(await ownerApi.noProof.unreadFeedback()).toBeGreaterThan(0);
    const item = (await ownerApi.noProof.feedback({ status: "open", page: 1 })).rows.find((r) => r.caseId === c!.id)!;
    expect(item.text).toBe("在窗口办理时仍被要求提供纸质证明。");
    // The department's list counts each use case's own open reports.
    const mine = (await ownerApi.noProof.mine({ page: 1 })).rows;
    expect(mine.find((r) => r.id === c!.id)?.openFeedback).toBe((await feedbackCounts(t.db, c!.id)).open);
    expect(mine.filter((r) => r.openFeedback > 0).length).toBeLessThan(mine.length);
    const outsider = await anyRefusal(callerAs(t.db, scjg).noProof.answerFeedback({ id: item.id, version: item.version, reply: "已处理" }));
    expect(outsider).toMatchObject({ code: "FORBIDDEN", message: "只有该事项的负责部门可以处理这条反映" });
    const noReply = await anyRefusal(ownerApi.noProof.answerFeedback({ id: item.id, version: item.version, reply: "", close: true }));
    expect(noReply.message).toBe("办结前须先答复群众");
    const replied = await ownerApi.noProof.answerFeedback({ id: item.id, version: item.version, reply: "已通知窗口按新规办理，不再索要纸质证明。" });
    expect(replied.status).toBe("replied");
    expect((await anyRefusal(ownerApi.noProof.answerFeedback({ id: item.id, version: item.version, reply: "重复答复" }))).code).toBe("CONFLICT");
    const closed = await ownerApi.noProof.answerFeedback({ id: item.id, version: replied.version, close: true });
    expect(closed).toMatchObject({ status: "closed", reply: "已通知窗口按新规办理，不再索要纸质证明。" });
    expect((await anyRefusal(ownerApi.noProof.answerFeedback({ id: item.id, version: closed.version, reply: "再答复" }))).message).toBe("这条反映已办结，不能再修改");
  });
});
