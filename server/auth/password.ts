import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from "node:crypto";

// OWASP's scrypt floor (N=2^17 costs 128 MiB per hash; 2^15 with r=8 keeps sign-in fast on 2 cores).
export const PRODUCTION_HASH_PARAMS = { N: 2 ** 15, r: 8, p: 1, keyLength: 64 } as const;
// The server tests (vitest sets VITEST) create and sign in people thousands of times: they hash at a
// 32nd of the work, the same code otherwise. Stored hashes name their N, so either verifies.
const hashParams = () => (process.env.VITEST ? { ...PRODUCTION_HASH_PARAMS, N: 2 ** 10 } : PRODUCTION_HASH_PARAMS);
const MAX_MEMORY = 64 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key`, both base64: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p, keyLength } = hashParams();
  const key = await scrypt(password, salt, keyLength, { N, r, p, maxmem: MAX_MEMORY });
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const actual = await scrypt(password, Buffer.from(salt, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAX_MEMORY,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the username is unknown, so both paths take the same time. */
const decoyHashes = new Map<number, Promise<string>>();
export function decoyPasswordHash(): Promise<string> {
  const { N } = hashParams();
  if (!decoyHashes.has(N)) decoyHashes.set(N, hashPassword(randomBytes(12).toString("hex")));
  return decoyHashes.get(N)!;
}
