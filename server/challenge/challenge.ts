import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { usedChallenges } from "@/db/schema";

/**
 * A bot check that needs no outside service and reads as plain text (适老化: no picture or
 * slider puzzles): a small sum. The token carries the expiry, a nonce and a keyed hash of the
 * answer, so the answer is not in the page; an accepted token is written down in the database,
 * so it works once, on whichever instance answers.
 */
const TTL_MS = 30 * 60 * 1000;
const CHINESE_DIGITS = "零一二三四五六七八九十";

/** What a challenge guards: a token made for one form is not accepted by another. */
export type ChallengePurpose = "feedback" | "sign-in";

const sign = (secret: string, purpose: ChallengePurpose, answer: number, expires: number, nonce: string) =>
  createHmac("sha256", secret).update(`challenge:${purpose}:${answer}:${expires}:${nonce}`).digest("base64url");

export function createChallenge(secret: string, purpose: ChallengePurpose, now = new Date()) {
  const a = randomInt(2, 10);
  const b = randomInt(1, 10);
  const expires = now.getTime() + TTL_MS;
  const nonce = randomBytes(9).toString("base64url");
  return { question: `${a} 加 ${b} 等于几？`, token: `${expires}.${nonce}.${sign(secret, purpose, a + b, expires, nonce)}` };
}

/** 「12」「１２」「十二」 all read as 12. */
export function readNumber(text: string): number | null {
  const t = text.normalize("NFKC").trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$|^([零一二三四五六七八九])$/.exec(t);
  if (!m) return null;
  if (m[3]) return CHINESE_DIGITS.indexOf(m[3]);
  return (m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 1) * 10 + (m[2] ? CHINESE_DIGITS.indexOf(m[2]) : 0);
}

function answers(secret: string, purpose: ChallengePurpose, token: string, answer: string, now: Date): number | null {
  const [expiresText, nonce, signature] = token.split(".");
  const expires = Number(expiresText);
  const value = readNumber(answer);
  if (!nonce || !signature || !Number.isFinite(expires) || expires < now.getTime() || value === null) return null;
  const expected = Buffer.from(sign(secret, purpose, value, expires, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? expires : null;
}

/**
 * True once for a right answer to an unexpired token; false for a wrong answer, an expired
 * token, or one already accepted before (here or on another instance).
 */
export async function consumeChallenge(
  db: Db,
  secret: string,
  purpose: ChallengePurpose,
  token: string,
  answer: string,
  now = new Date(),
): Promise<boolean> {
  const expires = answers(secret, purpose, token, answer, now);
  if (expires === null) return false;
  return spendOnce(db, token, new Date(expires), now);
}

/**
 * Marks a signed token as used until it expires; true the first time, on whichever instance.
 * Expired marks are cleared on the way.
 */
export async function spendOnce(db: Db, token: string, expiresAt: Date, now = new Date()): Promise<boolean> {
  const digest = createHash("sha256").update(token).digest("base64url");
  await db.delete(usedChallenges).where(lt(usedChallenges.expiresAt, now));
  const inserted = await db.insert(usedChallenges).values({ digest, expiresAt }).onConflictDoNothing().returning({ digest: usedChallenges.digest });
  return inserted.length === 1;
}
