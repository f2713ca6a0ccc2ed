import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, signInAttempts } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { consumeChallenge, spendOnce } from "@/server/challenge/challenge";
import { notFound } from "@/server/errors";
import { decoyPasswordHash, verifyPassword } from "./password";
import { oidcSettings } from "./oidc";
import { authorize, can, type Actor } from "./permissions";
import { loadSignInPolicy, passwordAllowed } from "./sign-in-policy";
import { startSession, type RequestOrigin } from "./sessions";
import { readPending, signPending, verifySecondFactor } from "./two-factor";
import {
  accountFailures,
  addressState,
  CITYWIDE_LOCK_FAILURES,
  CITYWIDE_LOCK_MINUTES,
  clearPairFailures,
  PAIR_LOCK_FAILURES,
  pruneAttempts,
  recordAttempt,
  WINDOW_MINUTES,
} from "./throttle";

export interface SignInRequest {
  username: string;
  password: string;
  /** The text challenge, when the address has to answer one. */
  challengeToken?: string;
  challengeAnswer?: string;
}

/** The second step, for a person with 动态口令: the first step's signed proof and the code. */
export interface SecondFactorRequest {
  pendingToken: string;
  code: string;
}

export type SignInResult =
  | { ok: true; personId: string; sessionId: string }
  /** `invalid` covers unknown names, wrong passwords and locked accounts alike. */
  | { ok: false; reason: "invalid" | "inactive" | "challenge"; challengeNext: boolean }
  /** The password was right, but this account must sign in through 统一身份认证 (./sign-in-policy). */
  | { ok: false; reason: "unified_required"; challengeNext: boolean }
  /** On the second step the first step's proof stays valid while the person waits. */
  | { ok: false; reason: "throttled"; retryAfter: number; challengeNext: boolean; pendingToken?: string }
  /** The password was right; the code from the app comes next (or was wrong: `code_invalid`). */
  | { ok: false; reason: "second_factor" | "code_invalid"; pendingToken: string; challengeNext: boolean }
  | { ok: false; reason: "second_factor_expired"; challengeNext: boolean };

type Origin = RequestOrigin & { secret: string; requestId?: string };

/**
 * Checks a sign-in. Unknown names, wrong passwords and locked accounts get the same answer
 * after the same work (one password hash each), so neither the answer nor its timing tells
 * which accounts exist or are locked; see ./throttle for the limits.
 */
export async function verifySignIn(
  db: Db,
  request: SignInRequest,
  origin: Origin,
  now = new Date(),
): Promise<SignInResult> {
  const username = request.username.trim().toLowerCase();
  const before = await addressState(db, origin.address, now);
  if (before.retryAfter > 0) return { ok: false, reason: "throttled", retryAfter: before.retryAfter, challengeNext: before.challengeRequired };
  if (
    before.challengeRequired &&
    !(await consumeChallenge(db, origin.secret, "sign-in", request.challengeToken ?? "", request.challengeAnswer ?? "", now))
  )
    return { ok: false, reason: "challenge", challengeNext: true };

  const [person] = await db
    .select({ id: people.id, displayName: people.displayName, passwordHash: people.passwordHash, active: people.active, lockedUntil: people.lockedUntil, twoFactor: people.totpEnabledAt })
    .from(people)
    .where(eq(people.username, username));
  // Counted for unknown names too, so that path does the same work.
  const failures = await accountFailures(db, username, origin.address, now);
  const locked = !!person && isLocked(person, failures, now);
  const matches = await verifyPassword(request.password, person?.passwordHash ?? (await decoyPasswordHash()));

  if (!person || !matches || locked) {
    const why = !person ? "无此账号" : locked ? "账号已锁定" : "密码错误";
    const challengeNext = await recordFailure(db, origin, { username, person: person ?? null, why, countsTowardLock: !!person && !locked, failures }, now);
    return { ok: false, reason: "invalid", challengeNext };
  }
  if (!person.active) {
    await recordAttempt(db, { username, address: origin.address, succeeded: false }, now);
    return { ok: false, reason: "inactive", challengeNext: before.challengeRequired };
  }
  // The policy binds only while the platform is configured: otherwise no one could sign in at all.
  if (oidcSettings() && !passwordAllowed(await loadSignInPolicy(db), username)) {
    await recordAudit(db, { system: "登录保护", requestId: origin.requestId, address: origin.address, userAgent: origin.userAgent }, {
      action: "auth.sign_in_failed",
      entityType: "person",
      entityId: person.id,
      summary: `「${person.displayName}」以本地密码登录被拒绝（已要求统一身份认证登录）`,
    });
    return { ok: false, reason: "unified_required", challengeNext: before.challengeRequired };
  }

  if (person.twoFactor) return { ok: false, reason: "second_factor", pendingToken: signPending(origin.secret, person.id, now), challengeNext: false };
  return succeed(db, { ...person, username }, origin, now, "");
}

/**
 * The second step: the code from the app (or a recovery code) for the person whose password the
 * first step accepted. Wrong codes count as failed sign-ins of that account from this address,
 * so the same throttling and locks apply; the first step's proof works once.
 */
export async function verifySecondStep(db: Db, request: SecondFactorRequest, origin: Origin, now = new Date()): Promise<SignInResult> {
  const before = await addressState(db, origin.address, now);
  if (before.retryAfter > 0)
    return { ok: false, reason: "throttled", retryAfter: before.retryAfter, challengeNext: before.challengeRequired, pendingToken: request.pendingToken };
  const pending = readPending(origin.secret, request.pendingToken, now);
  const [person] = pending
    ? await db.select({ id: people.id, username: people.username, displayName: people.displayName, active: people.active, lockedUntil: people.lockedUntil }).from(people).where(eq(people.id, pending.personId))
    : [];
  if (!pending || !person || !person.active) return { ok: false, reason: "second_factor_expired", challengeNext: before.challengeRequired };
  const failures = await accountFailures(db, person.username, origin.address, now);
  const locked = isLocked(person, failures, now);
  const used = locked ? null : await verifySecondFactor(db, person.id, origin.secret, request.code, now);
  if (!used) {
    const why = locked ? "账号已锁定" : "动态口令错误或已使用";
    const challengeNext = await recordFailure(db, origin, { username: person.username, person, why, countsTowardLock: !locked, failures }, now);
    return { ok: false, reason: "code_invalid", pendingToken: request.pendingToken, challengeNext };
  }
  if (!(await spendOnce(db, request.pendingToken, pending.expiresAt, now))) return { ok: false, reason: "second_factor_expired", challengeNext: false };
  return succeed(db, person, origin, now, used === "recovery" ? "，使用恢复码" : "，动态口令");
}

const isLocked = (person: { lockedUntil: Date | null }, failures: { fromAddress: number }, now: Date) =>
  (person.lockedUntil !== null && person.lockedUntil > now) || failures.fromAddress >= PAIR_LOCK_FAILURES;

/**
 * A failed sign-in (either step): counted for throttling, written to the audit trail, and, when it
 * is a wrong secret for an unlocked account, possibly the one that locks it. Returns whether the
 * address must now answer the text question.
 */
async function recordFailure(
  db: Db,
  origin: Origin,
  failure: { username: string; person: { id: string; displayName: string } | null; why: string; countsTowardLock: boolean; failures: { fromAddress: number; citywide: number } },
  now: Date,
): Promise<boolean> {
  const actor = { system: "登录保护", requestId: origin.requestId, address: origin.address, userAgent: origin.userAgent };
  const username = failure.username.slice(0, 64);
  await db.transaction(async (tx) => {
    await recordAttempt(tx, { username, address: origin.address, succeeded: false }, now);
    await recordAudit(tx, actor, {
      action: "auth.sign_in_failed",
      entityType: "person",
      entityId: failure.person?.id ?? username,
      summary: `用户名「${username}」登录失败（${failure.why}）`,
    });
    if (failure.person && failure.countsTowardLock) await lockWhenTooMany(tx, failure.person, failure.failures, origin.address, actor, now);
  });
  return (await addressState(db, origin.address, now)).challengeRequired;
}

async function succeed(db: Db, person: { id: string; username: string; displayName: string }, origin: Origin, now: Date, how: string): Promise<SignInResult> {
  const sessionId = await db.transaction(async (tx) => {
    await clearPairFailures(tx, person.username, origin.address);
    await recordAttempt(tx, { username: person.username, address: origin.address, succeeded: true }, now);
    await tx.update(people).set({ lastSignInAt: now }).where(eq(people.id, person.id));
    const id = await startSession(tx, person.id, origin, now);
    await recordAudit(tx, { id: person.id, displayName: person.displayName, requestId: origin.requestId, address: origin.address, userAgent: origin.userAgent }, {
      action: "auth.sign_in",
      entityType: "person",
      entityId: person.id,
      summary: `「${person.displayName}」登录（本地密码${how}）`,
    });
    return id;
  });
  await pruneAttempts(db, now);
  return { ok: true, personId: person.id, sessionId };
}

/** The failure just recorded may be the one that locks the account from this address, or citywide. */
async function lockWhenTooMany(
  tx: Db,
  person: { id: string; displayName: string },
  before: { fromAddress: number; citywide: number },
  address: string,
  actor: { system: string; requestId?: string; address: string; userAgent: string },
  now: Date,
) {
  if (before.citywide + 1 >= CITYWIDE_LOCK_FAILURES) {
    const until = new Date(now.getTime() + CITYWIDE_LOCK_MINUTES * 60_000);
    const [locked] = await tx
      .update(people)
      .set({ lockedUntil: until })
      .where(and(eq(people.id, person.id), sql`(${people.lockedUntil} is null or ${people.lockedUntil} < ${now.toISOString()}::timestamptz)`))
      .returning({ id: people.id });
    if (locked)
      await recordAudit(tx, actor, {
        action: "auth.lock",
        entityType: "person",
        entityId: person.id,
        summary: `「${person.displayName}」一小时内从多个地址累计 ${CITYWIDE_LOCK_FAILURES} 次密码错误，账号全市锁定 ${CITYWIDE_LOCK_MINUTES} 分钟，请管理员核实`,
      });
  } else if (before.fromAddress + 1 === PAIR_LOCK_FAILURES) {
    await recordAudit(tx, actor, {
      action: "auth.lock_address",
      entityType: "person",
      entityId: person.id,
      summary: `「${person.displayName}」从 ${address} 连续 ${PAIR_LOCK_FAILURES} 次密码错误，该地址暂停登录此账号 ${WINDOW_MINUTES} 分钟`,
    });
  }
}


/** Lifts a citywide lock before it runs out (the person called and was recognised). */
export async function unlockPerson(db: Db, actor: Actor, input: { personId: string }) {
  authorize(can.manageSessions(actor), "只有安全管理员可以解除账号锁定");
  await db.transaction(async (tx) => {
    const [person] = await tx.update(people).set({ lockedUntil: null }).where(eq(people.id, input.personId)).returning({ displayName: people.displayName, username: people.username });
    if (!person) throw notFound("人员");
    await tx.delete(signInAttempts).where(and(eq(signInAttempts.username, person.username), eq(signInAttempts.succeeded, 0)));
    await recordAudit(tx, actor, { action: "auth.unlock", entityType: "person", entityId: input.personId, summary: `解除「${person.displayName}」的账号锁定` });
  });
}
