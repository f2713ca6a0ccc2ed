import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, people } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/organisation";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { hashPassword, verifyPassword } from "./password";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, loadActor, verifySignIn } from "./sign-in";

let t: TestDatabase;
beforeAll(async () => {
  t = await createSeededTestDatabase();
});
afterAll(() => t.close());

describe("password hashing", () => {
  it("stores a salted scrypt hash, never the password, and verifies only the right password", async () => {
    const hash = await hashPassword("Haier2023qd");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain("Haier2023qd");
    expect(await hashPassword("Haier2023qd")).not.toBe(hash);
    expect(await verifyPassword("Haier2023qd", hash)).toBe(true);
    expect(await verifyPassword("haier2023qd", hash)).toBe(false);
    expect(await verifyPassword("Haier2023qd", "plain-text")).toBe(false);
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitive username, and records the sign-in", async () => {
    const result = await verifySignIn(t.db, { username: " Admin ", password: DEMO_PASSWORD });
    expect(result.ok).toBe(true);
    const rows = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.sign_in"));
    expect(rows.some((r) => r.summary.includes("王海峰"))).toBe(true);
  });

  it("refuses an unknown username the same way as a wrong password", async () => {
    expect(await verifySignIn(t.db, { username: "nobody", password: DEMO_PASSWORD })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySignIn(t.db, { username: "judge", password: "wrong-password1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account for ${LOCK_MINUTES} minutes after ${MAX_FAILED_SIGN_INS} wrong passwords, even against the right one`, async () => {
    const now = new Date("2026-11-27T02:00:00Z");
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++)
      expect(await verifySignIn(t.db, { username: "pub.jtj", password: `wrong${i}xxxxx` }, now)).toMatchObject({ reason: "invalid" });
    const locked = await verifySignIn(t.db, { username: "pub.jtj", password: "wrong-last-1" }, now);
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    expect(await verifySignIn(t.db, { username: "pub.jtj", password: DEMO_PASSWORD }, new Date(now.getTime() + 60_000))).toMatchObject({
      reason: "locked",
    });
    const [lockAudit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "auth.lock"));
    expect(lockAudit?.summary).toContain(`连续 ${MAX_FAILED_SIGN_INS} 次密码错误`);
    const later = new Date(now.getTime() + (LOCK_MINUTES + 1) * 60_000);
    expect(await verifySignIn(t.db, { username: "pub.jtj", password: DEMO_PASSWORD }, later)).toMatchObject({ ok: true });
  });

  it("refuses a deactivated person, and their existing session stops working", async () => {
    const admin = await actorFor(t.db, "admin");
    const target = await actorFor(t.db, "pub.gaj");
    const before = await verifySignIn(t.db, { username: "pub.gaj", password: DEMO_PASSWORD });
    if (!before.ok) throw new Error("expected sign-in");
    expect(await loadActor(t.db, target.id, before.authVersion)).not.toBeNull();

    await callerAs(t.db, admin).organisation.setPersonActive({ id: target.id, active: false });
    expect(await verifySignIn(t.db, { username: "pub.gaj", password: DEMO_PASSWORD })).toEqual({ ok: false, reason: "inactive" });
    expect(await loadActor(t.db, target.id, before.authVersion)).toBeNull();

    await callerAs(t.db, admin).organisation.setPersonActive({ id: target.id, active: true });
    const after = await verifySignIn(t.db, { username: "pub.gaj", password: DEMO_PASSWORD });
    expect(after.ok).toBe(true);
    // The session issued before deactivation stays revoked after re-activation.
    expect(await loadActor(t.db, target.id, before.authVersion)).toBeNull();
  });

  it("a password reset unlocks the account and revokes earlier sessions", async () => {
    const admin = await actorFor(t.db, "admin");
    const target = await actorFor(t.db, "pub.wjw");
    const session = await verifySignIn(t.db, { username: "pub.wjw", password: DEMO_PASSWORD });
    if (!session.ok) throw new Error("expected sign-in");
    await t.db.update(people).set({ lockedUntil: new Date(Date.now() + 3600_000) }).where(eq(people.id, target.id));

    await callerAs(t.db, admin).organisation.resetPassword({ id: target.id, password: "NewPass2024qd" });
    expect(await loadActor(t.db, target.id, session.authVersion)).toBeNull();
    expect(await verifySignIn(t.db, { username: "pub.wjw", password: DEMO_PASSWORD })).toMatchObject({ reason: "invalid" });
    expect(await verifySignIn(t.db, { username: "pub.wjw", password: "NewPass2024qd" })).toMatchObject({ ok: true });
  });
});
