import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/db/client";

/** The generated secret of each data folder, once read. */
const secrets = new Map<string, string>();

/**
 * AUTH_SECRET from the environment; otherwise one generated on first use and kept in the data
 * folder, so a quick start needs no settings and sessions survive restarts. Several instances
 * behind a load balancer must share AUTH_SECRET through the environment.
 */
export function getAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir(), "auth-secret");
  // Read once per folder: it is written once and never changed, and every page asks for it. An
  // empty read (another process between creating the file and writing it) is not kept.
  const known = secrets.get(file);
  if (known) return known;
  const secret = readOrCreate(file);
  if (secret) secrets.set(file, secret);
  return secret;
}

function readOrCreate(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return readFileSync(file, "utf8").trim();
    }
  }
}
