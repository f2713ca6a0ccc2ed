import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { departments, people, sessions, type Role } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { DomainError, notFound } from "@/server/errors";
import { z } from "@/server/validation";
import { authorize, can, holdsAdministrativeRole, type Actor } from "./permissions";

const SESSION_ID = z.uuid();

/** The absolute lifetime of a session: activity does not extend it. */
export const SESSION_HOURS = 8;
/** Activity is written at most this often, so a busy page does not write on every request. */
const TOUCH_SECONDS = 60;

/** 「登录超时自动退出」: minutes without a request after which a session ends (SESSION_IDLE_MINUTES, default 30). */
export function idleMinutes(): number {
  const configured = Number(process.env.SESSION_IDLE_MINUTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 30;
}

/** PASSWORD_MAX_AGE_DAYS: passwords older than this must be changed at next use; unset, they never expire. */
function passwordMaxAgeDays(): number | null {
  const configured = Number(process.env.PASSWORD_MAX_AGE_DAYS);
  return Number.isFinite(configured) && configured > 0 ? configured : null;
}

/**
 * What a person must set up before anything else: a password of their own (set by an
 * administrator, or older than PASSWORD_MAX_AGE_DAYS), and 动态口令 where the role requires it.
 */
export function accountSetup(
  person: { mustChangePassword: boolean; passwordChangedAt: Date; twoFactorAt: Date | null; roles: Role[] },
  now = new Date(),
): { mustChangePassword: boolean; mustEnrolTwoFactor: boolean } {
  const maxAge = passwordMaxAgeDays();
  return {
    mustChangePassword: person.mustChangePassword || (maxAge !== null && person.passwordChangedAt.getTime() + maxAge * 86_400_000 <= now.getTime()),
    mustEnrolTwoFactor: !person.twoFactorAt && holdsAdministrativeRole(person.roles),
  };
}

/** What an Actor is made of, as the session (and a test's stand-in for it) reads it. */
export const actorColumns = {
  id: people.id,
  username: people.username,
  displayName: people.displayName,
  roles: people.roles,
  departmentId: people.departmentId,
  departmentName: departments.name,
};

export type EndReason = "sign_out" | "admin" | "deactivated" | "password_reset" | "password_change" | "idle" | "expired" | "oidc_revoked";

export const END_REASON_LABELS: Record<EndReason, string> = {
  sign_out: "本人退出",
  // Stored as "admin" since before 三权分立; a 安全管理员 does it now.
  admin: "安全管理员强制下线",
  deactivated: "账号停用",
  password_reset: "管理员重置密码",
  password_change: "本人修改密码",
  idle: "长时间未操作",
  expired: "超过最长登录时长",
  oidc_revoked: "统一身份认证平台不再认可",
};

export interface RequestOrigin {
  address: string;
  userAgent: string;
}

export async function startSession(tx: Db, personId: string, origin: RequestOrigin, now = new Date()): Promise<string> {
  const [row] = await tx
    .insert(sessions)
    .values({
      personId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
      address: origin.address.slice(0, 100),
      userAgent: origin.userAgent.slice(0, 500),
    })
    .returning({ id: sessions.id });
  return row!.id;
}

/** The session row with its person and department: read on every request that carries a session. */
const sessionStatement = (db: Db) =>
  prepared(db, "load_session", (name) =>
    db
      .select({
        ...actorColumns,
        active: people.active,
        mustChangePassword: people.mustChangePassword,
        passwordChangedAt: people.passwordChangedAt,
        twoFactorAt: people.totpEnabledAt,
        endedAt: sessions.endedAt,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        method: sessions.method,
        oidcCheckedAt: sessions.oidcCheckedAt,
      })
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .innerJoin(departments, eq(departments.id, people.departmentId))
      .where(eq(sessions.id, sql.placeholder("sessionId")))
      .prepare(name),
  );

/**
 * The person behind a session, re-read on every request: null once the session was ended
 * (here or on another instance), has been idle too long, passed its absolute end, or the
 * person was deactivated. Idle and expired sessions are marked ended on the way.
 */
export async function loadSession(
  db: Db,
  sessionId: string,
  now = new Date(),
): Promise<(Actor & { sessionId: string; signedInWith: "password" | "oidc"; oidcCheckedAt: Date | null }) | null> {
  if (!SESSION_ID.safeParse(sessionId).success) return null;
  const [row] = await sessionStatement(db).execute({ sessionId });
  if (!row || row.endedAt || !row.active) return null;
  const lapsed: EndReason | null =
    row.expiresAt <= now ? "expired" : row.lastSeenAt.getTime() + idleMinutes() * 60_000 <= now.getTime() ? "idle" : null;
  if (lapsed) {
    await db.update(sessions).set({ endedAt: now, endedReason: lapsed }).where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_SECONDS * 1000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  const { active: _a, endedAt: _e, expiresAt: _x, lastSeenAt: _l, passwordChangedAt: _p, mustChangePassword: _m, twoFactorAt: _t, method, ...actor } = row;
  const setup = accountSetup(row, now);
  const signedInWith = method === "oidc" ? "oidc" : "password";
  // Signed in through the platform, the person has no password here to change.
  return { ...actor, sessionId, signedInWith, ...setup, mustChangePassword: signedInWith === "password" && setup.mustChangePassword };
}

/** Ends the sessions of a person still open (all, or all but one); returns how many. */
export async function endSessionsOf(
  tx: Db,
  personId: string,
  reason: EndReason,
  options: { by?: string; except?: string; now?: Date } = {},
): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ endedAt: options.now ?? new Date(), endedReason: reason, endedBy: options.by ?? null })
    .where(and(eq(sessions.personId, personId), isNull(sessions.endedAt), options.except ? ne(sessions.id, options.except) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Sign-out: the session ends for good, whoever still holds a copy of its cookie. */
export async function endOwnSessionAtSignOut(db: Db, sessionId: string, origin: Partial<RequestOrigin> & { requestId?: string }) {
  if (!SESSION_ID.safeParse(sessionId).success) return;
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endedReason: "sign_out" })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)))
      .returning({ personId: sessions.personId });
    if (!ended) return;
    const [person] = await tx.select({ displayName: people.displayName }).from(people).where(eq(people.id, ended.personId));
    await recordAudit(tx, { id: ended.personId, displayName: person?.displayName ?? "", ...origin }, {
      action: "auth.sign_out",
      entityType: "person",
      entityId: ended.personId,
      summary: `「${person?.displayName ?? ""}」退出登录`,
    });
  });
}

export const sessionListInput = z.object({ personId: z.uuid() });
export const endSessionInput = z.object({ sessionId: z.uuid() });

/** Open sessions of a person, newest first: for a 安全管理员, or for the person themself. */
export async function listOpenSessions(db: Db, actor: Actor, input: z.output<typeof sessionListInput>, now = new Date()) {
  authorize(actor.id === input.personId || can.manageSessions(actor), "只能查看自己的登录会话");
  const idleSince = new Date(now.getTime() - idleMinutes() * 60_000);
  return db
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, address: sessions.address, userAgent: sessions.userAgent })
    .from(sessions)
    .where(and(eq(sessions.personId, input.personId), isNull(sessions.endedAt), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)))
    .orderBy(desc(sessions.lastSeenAt));
}

/**
 * 「强制下线」 by a 安全管理员, or a person ending one of their own sessions (e.g. one left
 * open on another computer). Takes effect on every instance at the next request.
 */
export async function endSession(db: Db, actor: Actor, input: z.output<typeof endSessionInput>) {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ personId: sessions.personId, endedAt: sessions.endedAt, displayName: people.displayName, address: sessions.address })
      .from(sessions)
      .innerJoin(people, eq(people.id, sessions.personId))
      .where(eq(sessions.id, input.sessionId));
    if (!target) throw notFound("登录会话");
    const own = target.personId === actor.id;
    authorize(own || can.manageSessions(actor), "只能结束自己的登录会话");
    if (target.endedAt) throw new DomainError("CONFLICT", "该会话已经结束");
    await tx
      .update(sessions)
      .set({ endedAt: new Date(), endedReason: own ? "sign_out" : "admin", endedBy: actor.id })
      .where(eq(sessions.id, input.sessionId));
    await recordAudit(tx, actor, {
      action: own ? "auth.end_own_session" : "auth.end_session",
      entityType: "person",
      entityId: target.personId,
      summary: own ? `「${target.displayName}」结束了自己来自 ${target.address || "未知地址"} 的登录会话` : `强制「${target.displayName}」来自 ${target.address || "未知地址"} 的登录会话下线`,
    });
  });
}

/** 「全部下线」: every open session of a person, by a 安全管理员. */
export async function endAllSessions(db: Db, actor: Actor, input: z.output<typeof sessionListInput>) {
  authorize(can.manageSessions(actor), "只有安全管理员可以强制他人下线");
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ displayName: people.displayName }).from(people).where(eq(people.id, input.personId));
    if (!person) throw notFound("人员");
    const count = await endSessionsOf(tx, input.personId, "admin", { by: actor.id, except: actor.sessionId });
    await recordAudit(tx, actor, {
      action: "auth.end_session",
      entityType: "person",
      entityId: input.personId,
      summary: `强制「${person.displayName}」的全部 ${count} 个登录会话下线`,
    });
    return { count };
  });
}

