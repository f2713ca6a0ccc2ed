import { eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, people } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/organisation";
import { DEMO_TOTP_SECRET } from "@/db/seed/two-factor";
import { anyRefusal } from "@/server/testing/refusals";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { getAuthSecret } from "./secret";
import { loadSession } from "./sessions";
import { verifySecondStep, verifySignIn } from "./sign-in";
import { beginEnrolment, confirmEnrolment } from "./two-factor";

let t: TestDatabase;
beforeAll(async () => {
  t = await createSeededTestDatabase();
});
afterAll(() => t.close());

const SECRET = getAuthSecret();
const origin = (address: string) => ({ address, userAgent: "test", secret: SECRET });
const codeAt = (base32: string, at: Date) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(base32) }).generate({ timestamp: at.getTime() });

async function firstStep(username: string, address: string, now: Date) {
  const result = await verifySignIn(t.db, { username, password: DEMO_PASSWORD }, origin(address), now);
  if (result.ok || result.reason !== "second_factor") throw new Error(`expected the second step, got ${JSON.stringify(result)}`);
  return result.pendingToken;
}

describe("动态口令 (two factors)", () => {
  it("an administrator must bind it before anything else; the demo administrator has it already", async () => {
    const now = new Date();
    const pendingToken = await firstStep("admin", "10.30.0.1", now);
    const signedIn = await verifySecondStep(t.db, { pendingToken, code: codeAt(DEMO_TOTP_SECRET, now) }, origin("10.30.0.1"), now);
    expect(signedIn).toMatchObject({ ok: true });
    expect(await loadSession(t.db, signedIn.ok ? signedIn.sessionId : "")).toMatchObject({ mustEnrolTwoFactor: false });

    // An administrator without it: signed in, but nothing works until it is bound.
    await t.db.update(people).set({ roles: ["security_officer"] }).where(eq(people.username, "reviewer2"));
    const bare = await verifySignIn(t.db, { username: "reviewer2", password: DEMO_PASSWORD }, origin("10.30.0.2"), now);
    if (!bare.ok) throw new Error("expected sign-in");
    const actor = (await loadSession(t.db, bare.sessionId))!;
    expect(actor.mustEnrolTwoFactor).toBe(true);
    expect(await anyRefusal(callerAs(t.db, actor).account.sessions({ personId: actor.id }))).toMatchObject({
      code: "FORBIDDEN",
      message: "您的角色须使用动态口令：请先在「我的账号」绑定，再进行其他操作",
    });
    const { secret, qrSvg } = await callerAs(t.db, actor).account.beginTwoFactor();
    expect(qrSvg).toContain("<svg");
    const base32 = secret.replace(/\s/g, "");
    // The database holds it sealed, never as it is shown.
    const [row] = await t.db.select({ pending: people.totpPendingSecret }).from(people).where(eq(people.username, "reviewer2"));
    expect(row?.pending).not.toContain(base32);
    expect((await anyRefusal(callerAs(t.db, actor).account.confirmTwoFactor({ code: "000000" }))).message).toContain("动态口令不正确");
    const { recoveryCodes } = await callerAs(t.db, actor).account.confirmTwoFactor({ code: codeAt(base32, new Date()) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await loadSession(t.db, bare.sessionId)).toMatchObject({ mustEnrolTwoFactor: false });
    expect((await anyRefusal(callerAs(t.db, { ...actor, mustEnrolTwoFactor: false }).account.disableTwoFactor({ password: DEMO_PASSWORD }))).message).toBe("您的角色必须使用动态口令，不能关闭");
  });

  it("accepts each code once, refuses a wrong one as a failed sign-in, and takes each recovery code once", async () => {
    const publisher = await actorFor(t.db, "pub.jtj");
    const start = new Date();
    await beginEnrolment(t.db, publisher, SECRET);
    const [row] = await t.db.select({ pending: people.totpPendingSecret }).from(people).where(eq(people.id, publisher.id));
    const { openSecret } = await import("./two-factor");
    const base32 = openSecret(SECRET, row!.pending!);
    const { recoveryCodes } = await confirmEnrolment(t.db, publisher, SECRET, { code: codeAt(base32, start) }, start);

    // The code that confirmed enrolment is spent: the next sign-in needs the next one.
    const later = new Date(start.getTime() + 30_000);
    const token = await firstStep("pub.jtj", "10.31.0.1", later);
    const wrong = await verifySecondStep(t.db, { pendingToken: token, code: "123456" }, origin("10.31.0.1"), later);
    expect(wrong).toMatchObject({ ok: false, reason: "code_invalid", pendingToken: token });
    const [failure] = await t.db.select().from(auditEvents).where(eq(auditEvents.summary, "用户名「pub.jtj」登录失败（动态口令错误或已使用）"));
    expect(failure?.address).toBe("10.31.0.1");
    const replayed = await verifySecondStep(t.db, { pendingToken: token, code: codeAt(base32, start) }, origin("10.31.0.1"), later);
    expect(replayed).toMatchObject({ reason: "code_invalid" });
    const ok = await verifySecondStep(t.db, { pendingToken: token, code: codeAt(base32, later) }, origin("10.31.0.1"), later);
    expect(ok).toMatchObject({ ok: true });
    // The first step's proof is spent too, and the same code does not open a second session.
    expect(await verifySecondStep(t.db, { pendingToken: token, code: codeAt(base32, later) }, origin("10.31.0.1"), later)).toMatchObject({ ok: false });
    const again = await firstStep("pub.jtj", "10.31.0.2", later);
    expect(await verifySecondStep(t.db, { pendingToken: again, code: codeAt(base32, later) }, origin("10.31.0.2"), later)).toMatchObject({ reason: "code_invalid" });

    const recovery = recoveryCodes[0]!;
    expect(await verifySecondStep(t.db, { pendingToken: again, code: recovery.toLowerCase() }, origin("10.31.0.2"), later)).toMatchObject({ ok: true });
    const third = await firstStep("pub.jtj", "10.31.0.3", later);
    expect(await verifySecondStep(t.db, { pendingToken: third, code: recovery }, origin("10.31.0.3"), later)).toMatchObject({ reason: "code_invalid" });
    // A forged or expired proof of the first step leads back to the start.
    expect(await verifySecondStep(t.db, { pendingToken: `${publisher.id}.${later.getTime() + 60_000}.nonce.forged`, code: codeAt(base32, later) }, origin("10.31.0.3"), later)).toMatchObject({ reason: "second_factor_expired" });
    expect(await verifySecondStep(t.db, { pendingToken: third, code: codeAt(base32, later) }, origin("10.31.0.3"), new Date(later.getTime() + 6 * 60_000))).toMatchObject({ reason: "second_factor_expired" });
  });

  it("a publisher may turn it off with the password; resetting someone else's is for the security officer", async () => {
    const publisher = await actorFor(t.db, "pub.jtj");
    const other = await actorFor(t.db, "pub.gaj");
    expect(await anyRefusal(callerAs(t.db, other).account.resetTwoFactor({ personId: publisher.id }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await anyRefusal(callerAs(t.db, publisher).account.disableTwoFactor({ password: "wrong" }))).message).toBe("当前密码不正确");
    await callerAs(t.db, publisher).account.disableTwoFactor({ password: DEMO_PASSWORD });
    expect(await verifySignIn(t.db, { username: "pub.jtj", password: DEMO_PASSWORD }, origin("10.32.0.1"))).toMatchObject({ ok: true });
  });
});
