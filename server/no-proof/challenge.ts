import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * A bot check that needs no outside service and reads as plain text (适老化: no picture or
 * slider puzzles): a small sum. The token carries the expiry and a keyed hash of the answer, so
 * the server keeps no state and the answer is not in the page.
 */
const TTL_MS = 30 * 60 * 1000;
const CHINESE_DIGITS = "零一二三四五六七八九十";

const sign = (secret: string, answer: number, expires: number) =>
  createHmac("sha256", secret).update(`noproof-challenge:${answer}:${expires}`).digest("base64url");

export function createChallenge(secret: string, now = new Date()) {
  const a = randomInt(2, 10);
  const b = randomInt(1, 10);
  const expires = now.getTime() + TTL_MS;
  return { question: `${a} 加 ${b} 等于几？`, token: `${expires}.${sign(secret, a + b, expires)}` };
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

export function verifyChallenge(secret: string, token: string, answer: string, now = new Date()): boolean {
  const [expiresText, signature] = token.split(".");
  const expires = Number(expiresText);
  const value = readNumber(answer);
  if (!signature || !Number.isFinite(expires) || expires < now.getTime() || value === null) return false;
  const expected = Buffer.from(sign(secret, value, expires));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
