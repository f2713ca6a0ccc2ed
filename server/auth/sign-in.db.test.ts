import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, people, sessions } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/organisation";
import { createChallenge } from "@/server/challenge/challenge";
import { anyRefusal } from "@/server/testing/refusals";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { changeOwnPassword } from "./account";
import { hashPassword, PRODUCTION_HASH_PARAMS, verifyPassword } from "./password";
import { endOwnSessionAtSignOut, idleMinutes, loadSession, SESSION_HOURS, startSession } from "./sessions";
import { verifySignIn, type SignInRequest } from "./sign-in";
import { CHALLENGE_AFTER, CITYWIDE_LOCK_FAILURES, DELAY_AFTER, PAIR_LOCK_FAILURES, WINDOW_MINUTES } from "./throttle";

const SECRET = "test-secret-test-secret-test-secret";
let t: TestDatabase;
beforeAll(async () => {
  t = await createSeededTestDatabase();
});
afterAll(() => t.close());

const origin = (address: string) => ({ address, userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0", secret: SECRET, requestId: "req-sign-in" });
const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

/** Signs in as a person would: answering the text question whenever the address has to. */
async function attempt(request: SignInRequest, address: string, now = new Date()) {
  const { question, token } = createChallenge(SECRET, "sign-in", now);
  const [a, b] = question.match(/\d+/g)!.map(Number);
  return verifySignIn(t.db, { ...request, challengeToken: token, challengeAnswer: String(a! + b!) }, origin(address), now);
}

async function signedIn(username: string, address = "10.1.0.1", now = new Date()) {
  const result = await attempt({ username, password: DEMO_PASSWORD }, address, now);
  if (!result.ok) throw new Error(`expected ${username} to sign in: ${result.reason}`);
  return result;
}

describe("password hashing", () => {
  it("stores a salted scrypt hash, never the password, and verifies only the right password", async () => {
    expect(PRODUCTION_HASH_PARAMS).toMatchObject({ N: 32768, r: 8, p: 1 });
    const hash = await hashPassword("Haier2023qd");
    // Tests hash at a lower N (see password.ts); the format and the rest are production's.
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(hash).not.toContain("Haier2023qd");
    expect(await hashPassword("Haier2023qd")).not.toBe(hash);
    expect(await verifyPassword("Haier2023qd", hash)).toBe(true);
    expect(await verifyPassword("haier2023qd", hash)).toBe(false);
    expect(await verifyPassword("Haier2023qd", "plain-text")).toBe(false);
  });
});

describe("sign-in", () => {
  it("accepts the right password with a case-insensitive username, opens a session and records where from", async () => {
    const result = await verifySignIn(t.db, { username: " Reviewer ", password: DEMO_PASSWORD }, origin("10.0.0.7"));
    expect(result).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.sign_in"), eq(auditEvents.address, "10.0.0.7")));
    expect(row).toMatchObject({ summary: "「李思雨」登录（本地密码）", userAgent: origin("").userAgent, requestId: "req-sign-in" });
    const [session] = await t.db.select().from(sessions).where(eq(sessions.id, result.ok ? result.sessionId : ""));
    expect(session).toMatchObject({ address: "10.0.0.7", endedAt: null });
  });

  it("answers an unknown name, a wrong password and a locked account alike, in similar time", async () => {
    // At the production cost, as the comparison is about the hash: every path must do one.
    vi.stubEnv("VITEST", "");
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await t.db.update(people).set({ passwordHash }).where(inArray(people.username, ["judge", "pub.yjj"]));
    await t.db.update(people).set({ lockedUntil: new Date(Date.now() + 3600_000) }).where(eq(people.username, "pub.yjj"));
    const timed = async (request: SignInRequest, address: string) => {
      const started = performance.now();
      const result = await verifySignIn(t.db, request, origin(address));
      return { result, ms: performance.now() - started };
    };
    const runs = [] as { result: unknown; ms: number }[][];
    for (let i = 0; i < 3; i++)
      runs.push([
        await timed({ username: "nobody.here", password: "Wrong-pass-1" }, `10.2.0.${i}`),
        await timed({ username: "judge", password: "Wrong-pass-1" }, `10.3.0.${i}`),
        await timed({ username: "pub.yjj", password: DEMO_PASSWORD }, `10.4.0.${i}`),
      ]);
    for (const run of runs) for (const { result } of run) expect(result).toEqual({ ok: false, reason: "invalid", challengeNext: false });
    // Each path hashes once; medians within a small factor (the hash dominates, ~50 ms).
    const median = (k: number) => runs.map((r) => r[k]!.ms).sort((a, b) => a - b)[1]!;
    const medians = [0, 1, 2].map(median);
    vi.unstubAllEnvs();
    expect(Math.max(...medians) / Math.min(...medians)).toBeLessThan(4);
    const failures = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in_failed"));
    expect(failures.map((f) => f.summary)).toEqual(
      expect.arrayContaining(["用户名「nobody.here」登录失败（无此账号）", "用户名「judge」登录失败（密码错误）", "用户名「pub.yjj」登录失败（账号已锁定）"]),
    );
    await t.db.update(people).set({ lockedUntil: null }).where(eq(people.username, "pub.yjj"));
  });

  it("asks one address for a text answer after a few failures, then makes it wait longer and longer", async () => {
    const address = "10.5.0.1";
    const start = new Date("2026-11-30T02:00:00Z");
    for (let i = 0; i < CHALLENGE_AFTER; i++)
      expect(await verifySignIn(t.db, { username: `guess${i}`, password: "Wrong-pass-1" }, origin(address), minutes(start, 0))).toMatchObject({
        reason: "invalid",
        challengeNext: i + 1 >= CHALLENGE_AFTER,
      });
    // Without the answer, the password is not even looked at.
    expect(await verifySignIn(t.db, { username: "judge", password: DEMO_PASSWORD }, origin(address), start)).toMatchObject({ reason: "challenge" });
    for (let i = CHALLENGE_AFTER; i < DELAY_AFTER; i++) await attempt({ username: `guess${i}`, password: "Wrong-pass-1" }, address, start);
    const waits = [];
    let now = start;
    for (let i = 0; i < 3; i++) {
      const refused = await attempt({ username: "judge", password: DEMO_PASSWORD }, address, now);
      expect(refused).toMatchObject({ reason: "throttled" });
      const retryAfter = (refused as { retryAfter: number }).retryAfter;
      waits.push(retryAfter);
      now = new Date(now.getTime() + retryAfter * 1000);
      expect(await attempt({ username: `guess-late${i}`, password: "Wrong-pass-1" }, address, now)).toMatchObject({ reason: "invalid" });
    }
    expect(waits).toEqual([1, 2, 4]);
    // Another address is not slowed down by this one.
    expect(await verifySignIn(t.db, { username: "judge", password: DEMO_PASSWORD }, origin("10.5.0.2"), now)).toMatchObject({ ok: true });
  });

  it(`locks an account from one address after ${PAIR_LOCK_FAILURES} wrong passwords, while its owner signs in from elsewhere`, async () => {
    const start = new Date("2026-11-30T03:00:00Z");
    let now = start;
    for (let i = 0; i < PAIR_LOCK_FAILURES; i++) {
      const result = await attempt({ username: "pub.jtj", password: `Wrong-pass-${i}` }, "10.6.0.1", now);
      expect(result).toMatchObject({ reason: "invalid" });
      now = minutes(now, 1);
    }
    expect(await attempt({ username: "pub.jtj", password: DEMO_PASSWORD }, "10.6.0.1", now)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await attempt({ username: "pub.jtj", password: DEMO_PASSWORD }, "10.6.0.2", now)).toMatchObject({ ok: true });
    const [lock] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.lock_address"));
    expect(lock?.summary).toContain("从 10.6.0.1 连续 5 次密码错误");
    expect(await attempt({ username: "pub.jtj", password: DEMO_PASSWORD }, "10.6.0.1", minutes(now, WINDOW_MINUTES + 1))).toMatchObject({ ok: true });
  });

  it(`locks an account citywide after ${CITYWIDE_LOCK_FAILURES} failures from many addresses; the security officer lifts it, a publisher or the system administrator cannot`, async () => {
    const now = new Date();
    for (let i = 0; i < CITYWIDE_LOCK_FAILURES; i++) await attempt({ username: "pub.cgj", password: `Wrong-pass-${i}` }, `10.7.${i}.1`, now);
    expect(await attempt({ username: "pub.cgj", password: DEMO_PASSWORD }, "10.7.200.1", now)).toMatchObject({ reason: "invalid" });
    const [lock] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.lock"));
    expect(lock?.summary).toContain(`累计 ${CITYWIDE_LOCK_FAILURES} 次密码错误，账号全市锁定`);
    const target = await actorFor(t.db, "pub.cgj");
    const publisher = await actorFor(t.db, "pub.jtj");
    for (const refused of [publisher, await actorFor(t.db, "admin")])
      expect(await anyRefusal(callerAs(t.db, refused).account.unlock({ personId: target.id }))).toMatchObject({ code: "FORBIDDEN", message: "只有安全管理员可以解除账号锁定" });
    await callerAs(t.db, await actorFor(t.db, "security")).account.unlock({ personId: target.id });
    expect(await attempt({ username: "pub.cgj", password: DEMO_PASSWORD }, "10.7.200.1", now)).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("sign-out ends the session for good: a copy of its cookie no longer works", async () => {
    const { sessionId } = await signedIn("pub.zjj");
    expect(await loadSession(t.db, sessionId)).toMatchObject({ username: "pub.zjj", sessionId });
    await endOwnSessionAtSignOut(t.db, sessionId, { address: "10.1.0.1" });
    expect(await loadSession(t.db, sessionId)).toBeNull();
    const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_out"));
    expect(row?.address).toBe("10.1.0.1");
  });

  it(`ends after ${idleMinutes()} idle minutes, and after ${SESSION_HOURS} hours however busy`, async () => {
    const start = new Date();
    const idle = await signedIn("pub.zjj", "10.1.0.2", start);
    expect(await loadSession(t.db, idle.sessionId, minutes(start, idleMinutes() - 1))).not.toBeNull();
    expect(await loadSession(t.db, idle.sessionId, minutes(start, 2 * idleMinutes()))).toBeNull();
    const busy = await signedIn("pub.zjj", "10.1.0.3", start);
    let now = start;
    for (let m = 10; m < SESSION_HOURS * 60; m += 10) {
      now = minutes(start, m);
      expect(await loadSession(t.db, busy.sessionId, now)).not.toBeNull();
    }
    expect(await loadSession(t.db, busy.sessionId, minutes(start, SESSION_HOURS * 60))).toBeNull();
    const reasons = await t.db.select({ id: sessions.id, reason: sessions.endedReason }).from(sessions).where(eq(sessions.personId, (await actorFor(t.db, "pub.zjj")).id));
    expect(reasons).toEqual(expect.arrayContaining([{ id: idle.sessionId, reason: "idle" }, { id: busy.sessionId, reason: "expired" }]));
  });

  it("deactivation ends every session of the person, and re-activation does not revive them", async () => {
    const admin = await actorFor(t.db, "admin");
    const target = await actorFor(t.db, "pub.gaj");
    const { sessionId } = await signedIn("pub.gaj");
    await callerAs(t.db, admin).organisation.setPersonActive({ id: target.id, active: false });
    expect(await loadSession(t.db, sessionId)).toBeNull();
    expect(await attempt({ username: "pub.gaj", password: DEMO_PASSWORD }, "10.1.0.4")).toMatchObject({ reason: "inactive" });
    await callerAs(t.db, admin).organisation.setPersonActive({ id: target.id, active: true });
    expect(await loadSession(t.db, sessionId)).toBeNull();
  });

  it("the security officer sees a person's sessions and ends them; others, the system administrator too, may only see and end their own", async () => {
    // A session opened directly: signing in with 动态口令 is two-factor.db.test.ts's business.
    const person = await actorFor(t.db, "security");
    const officer = { ...person, sessionId: await startSession(t.db, person.id, origin("10.8.0.9")) };
    const target = await actorFor(t.db, "pub.gxj");
    const first = await signedIn("pub.gxj", "10.8.0.1");
    const second = await signedIn("pub.gxj", "10.8.0.2");
    const listed = await callerAs(t.db, officer).account.sessions({ personId: target.id });
    expect(listed.map((s) => s.address).sort()).toEqual(["10.8.0.1", "10.8.0.2"]);

    for (const other of [await actorFor(t.db, "pub.jtj"), await actorFor(t.db, "admin")]) {
      expect(await anyRefusal(callerAs(t.db, other).account.sessions({ personId: target.id }))).toMatchObject({ code: "FORBIDDEN", message: "只能查看自己的登录会话" });
      expect(await anyRefusal(callerAs(t.db, other).account.endSession({ sessionId: first.sessionId }))).toMatchObject({ code: "FORBIDDEN", message: "只能结束自己的登录会话" });
      expect(await anyRefusal(callerAs(t.db, other).account.endAllSessions({ personId: target.id }))).toMatchObject({ code: "FORBIDDEN", message: "只有安全管理员可以强制他人下线" });
    }

    await callerAs(t.db, officer).account.endSession({ sessionId: first.sessionId });
    expect(await loadSession(t.db, first.sessionId)).toBeNull();
    const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "auth.end_session"), eq(auditEvents.entityId, target.id)));
    expect(audit?.summary).toBe("强制「" + target.displayName + "」来自 10.8.0.1 的登录会话下线");
    // The person ends their other session themself.
    const self = { ...target, sessionId: second.sessionId };
    const third = await signedIn("pub.gxj", "10.8.0.3");
    await callerAs(t.db, self).account.endSession({ sessionId: third.sessionId });
    expect(await loadSession(t.db, third.sessionId)).toBeNull();
    expect(await loadSession(t.db, second.sessionId)).not.toBeNull();
    expect(await callerAs(t.db, officer).account.endAllSessions({ personId: target.id })).toEqual({ count: 1 });
    expect(await loadSession(t.db, second.sessionId)).toBeNull();
  });
});

describe("passwords an administrator sets", () => {
  it("a reset ends the person's sessions, lifts a lock, and the person must choose their own password before anything else", async () => {
    const admin = await actorFor(t.db, "admin");
    const target = await actorFor(t.db, "pub.wjw");
    const before = await signedIn("pub.wjw");
    await t.db.update(people).set({ lockedUntil: new Date(Date.now() + 3600_000) }).where(eq(people.id, target.id));

    const weak = await anyRefusal(callerAs(t.db, admin).organisation.resetPassword({ id: target.id, password: "Pub.wjw2026" }));
    expect(weak.message).toBe("密码不能包含用户名");
    await callerAs(t.db, admin).organisation.resetPassword({ id: target.id, password: "Fushan-Bay-2026" });
    expect(await loadSession(t.db, before.sessionId)).toBeNull();

    const after = await attempt({ username: "pub.wjw", password: "Fushan-Bay-2026" }, "10.9.0.1");
    if (!after.ok) throw new Error("expected sign-in");
    const actor = (await loadSession(t.db, after.sessionId))!;
    expect(actor.mustChangePassword).toBe(true);
    expect(await anyRefusal(callerAs(t.db, actor).noProof.mine({ page: 1 }))).toMatchObject({ code: "FORBIDDEN", message: "请先修改管理员设置的初始密码，再进行其他操作" });

    const change = (newPassword: string, currentPassword = "Fushan-Bay-2026") =>
      callerAs(t.db, actor).account.changePassword({ currentPassword, newPassword, confirmPassword: newPassword });
    expect((await anyRefusal(change("Xiaoyu-Hill-2026", "wrong"))).message).toBe("当前密码不正确");
    expect((await anyRefusal(change("qwerty123"))).message).toBe("密码须包含大写字母、小写字母、数字、符号中的至少三类");
    expect((await anyRefusal(change("Fushan-Bay-2026"))).message).toBe("新密码不能与当前密码相同");
    const otherDevice = await attempt({ username: "pub.wjw", password: "Fushan-Bay-2026" }, "10.9.0.2");
    await change("Xiaoyu-Hill-2026");
    const now = await loadSession(t.db, after.sessionId);
    expect(now).toMatchObject({ mustChangePassword: false });
    expect(await loadSession(t.db, otherDevice.ok ? otherDevice.sessionId : "")).toBeNull();
    expect(await callerAs(t.db, now!).noProof.mine({ page: 1 })).toHaveProperty("rows");
  });

  it("a person an administrator creates must change the password at first sign-in", async () => {
    const admin = await actorFor(t.db, "admin");
    const created = await callerAs(t.db, admin).organisation.createPerson({
      username: "new.clerk",
      password: "Taidong-Road-88",
      displayName: "新同事",
      departmentId: admin.departmentId,
      roles: [],
    });
    const result = await attempt({ username: "new.clerk", password: "Taidong-Road-88" }, "10.9.1.1");
    if (!result.ok) throw new Error("expected sign-in");
    expect(await loadSession(t.db, result.sessionId)).toMatchObject({ mustChangePassword: true });
    await expect(changeOwnPassword(t.db, { ...(await actorFor(t.db, "new.clerk")) }, { currentPassword: "Taidong-Road-88", newPassword: "Zhanqiao-Pier-1", confirmPassword: "Zhanqiao-Pier-1" })).resolves.toBeUndefined();
    const [row] = await t.db.select({ must: people.mustChangePassword }).from(people).where(eq(people.id, created.id));
    expect(row?.must).toBe(false);
  });
});
