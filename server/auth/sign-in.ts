import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { decoyPasswordHash, verifyPassword } from "./password";
import type { Actor } from "./permissions";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; personId: string; authVersion: number }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

/**
 * Checks a username and password. Each wrong password for a known account counts; the
 * fifth in a row locks the account for LOCK_MINUTES, and a locked account is refused even
 * with the right password. The count lives in the database, so it holds across instances.
 */
export async function verifySignIn(
  db: Db,
  credentials: { username: string; password: string },
  now = new Date(),
): Promise<SignInResult> {
  const username = credentials.username.trim().toLowerCase();
  const [person] = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      passwordHash: people.passwordHash,
      active: people.active,
      lockedUntil: people.lockedUntil,
      authVersion: people.authVersion,
    })
    .from(people)
    .where(eq(people.username, username));

  if (!person) {
    await verifyPassword(credentials.password, await decoyPasswordHash());
    return { ok: false, reason: "invalid" };
  }
  if (person.lockedUntil && person.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: person.lockedUntil };

  const matches = await verifyPassword(credentials.password, person.passwordHash);
  if (!matches) {
    const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    // One statement, so concurrent wrong guesses each count; locking restarts the count.
    const reachesLimit = sql`${people.failedSignIns} + 1 >= ${MAX_FAILED_SIGN_INS}`;
    const lockedUntil = await db.transaction(async (tx) => {
      const [after] = await tx
        .update(people)
        .set({
          failedSignIns: sql`case when ${reachesLimit} then 0 else ${people.failedSignIns} + 1 end`,
          lockedUntil: sql`case when ${reachesLimit} then ${lockUntil.toISOString()}::timestamptz else null end`,
        })
        .where(eq(people.id, person.id))
        .returning({ lockedUntil: people.lockedUntil });
      if (after?.lockedUntil)
        await recordAudit(tx, { system: "登录保护" }, {
          action: "auth.lock",
          entityType: "person",
          entityId: person.id,
          summary: `「${person.displayName}」连续 ${MAX_FAILED_SIGN_INS} 次密码错误，账号锁定 ${LOCK_MINUTES} 分钟`,
        });
      return after?.lockedUntil ?? null;
    });
    if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };
    return { ok: false, reason: "invalid" };
  }
  if (!person.active) return { ok: false, reason: "inactive" };

  await db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now })
      .where(eq(people.id, person.id));
    await recordAudit(tx, { id: person.id, displayName: person.displayName }, {
      action: "auth.sign_in",
      entityType: "person",
      entityId: person.id,
      summary: `「${person.displayName}」登录`,
    });
  });
  return { ok: true, personId: person.id, authVersion: person.authVersion };
}

/** The person behind a session, or null when they were deactivated or their sessions revoked since. */
export async function loadActor(db: Db, personId: string, authVersion: number): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: people.id,
      username: people.username,
      displayName: people.displayName,
      roles: people.roles,
      departmentId: people.departmentId,
      departmentName: departments.name,
      active: people.active,
      authVersion: people.authVersion,
    })
    .from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(eq(people.id, personId));
  if (!row || !row.active || row.authVersion !== authVersion) return null;
  const { active: _active, authVersion: _v, ...actor } = row;
  return actor;
}
