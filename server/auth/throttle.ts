import { and, count, eq, gt, lt, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/**
 * Sign-in throttling, counted in the database so every instance agrees.
 *
 * - Per client address: from the CHALLENGE_AFTER-th failure in WINDOW_MINUTES a text challenge is
 *   asked; from the DELAY_AFTER-th each further try must wait 1, 2, 4 … up to MAX_DELAY_SECONDS
 *   after the previous failure. A whole office signs in from one address, so these start late
 *   enough for a morning's typos and only slow down, never lock.
 * - Per account and address: PAIR_LOCK_FAILURES failures lock that account from that address
 *   for WINDOW_MINUTES; the owner can still sign in from elsewhere.
 * - Per account, citywide: CITYWIDE_LOCK_FAILURES failures within an hour, from however many
 *   addresses, lock the account everywhere for CITYWIDE_LOCK_MINUTES and tell the administrators.
 */
export const WINDOW_MINUTES = 15;
export const CHALLENGE_AFTER = 5;
export const DELAY_AFTER = 10;
export const MAX_DELAY_SECONDS = 60;
export const PAIR_LOCK_FAILURES = 5;
export const CITYWIDE_LOCK_FAILURES = 30;
export const CITYWIDE_LOCK_MINUTES = 30;

export interface AddressState {
  failures: number;
  challengeRequired: boolean;
  /** Seconds to wait before the next try is looked at; 0 when it may go ahead. */
  retryAfter: number;
}

function delaySeconds(failures: number): number {
  return failures < DELAY_AFTER ? 0 : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - DELAY_AFTER));
}

export async function addressState(db: Db, address: string, now = new Date()): Promise<AddressState> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({ failures: count(), last: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.address, address), eq(signInAttempts.succeeded, 0), gt(signInAttempts.at, since)));
  const failures = row?.failures ?? 0;
  const last = row?.last ? new Date(row.last).getTime() : 0;
  const waitMs = last + delaySeconds(failures) * 1000 - now.getTime();
  return { failures, challengeRequired: failures >= CHALLENGE_AFTER, retryAfter: waitMs > 0 ? Math.ceil(waitMs / 1000) : 0 };
}

/** Failures of this account from this address in the window, and from anywhere in the last hour. */
export async function accountFailures(db: Db, username: string, address: string, now = new Date()) {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const hourStart = new Date(now.getTime() - 3600_000);
  const [row] = await db
    .select({
      fromAddress: sql<number>`(count(*) filter (where ${signInAttempts.address} = ${address} and ${signInAttempts.at} > ${windowStart.toISOString()}::timestamptz))::int`,
      citywide: count(),
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.succeeded, 0), gt(signInAttempts.at, hourStart)));
  return { fromAddress: row?.fromAddress ?? 0, citywide: row?.citywide ?? 0 };
}

export async function recordAttempt(db: Db, attempt: { username: string; address: string; succeeded: boolean }, now = new Date()) {
  await db.insert(signInAttempts).values({ username: attempt.username.slice(0, 64), address: attempt.address, succeeded: attempt.succeeded ? 1 : 0, at: now });
}

/** Attempts older than a day count for nothing; removed now and then so the table stays small. */
export async function pruneAttempts(db: Db, now = new Date()) {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - 86_400_000)));
}

/** A successful sign-in clears that account's failures from that address. */
export async function clearPairFailures(db: Db, username: string, address: string) {
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.username, username), eq(signInAttempts.address, address), eq(signInAttempts.succeeded, 0)));
}

