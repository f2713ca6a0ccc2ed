import { and, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { holdsAdministrativeRole } from "@/server/auth/permissions";
import { getAuthSecret } from "@/server/auth/secret";
import { sealSecret } from "@/server/auth/two-factor";
import { DEMO_ACCOUNTS } from "./organisation";

/**
 * The documented 动态口令 secret of the demo accounts whose roles require one (README, 演示账号):
 * add it to any authenticator app, or print the current code with `npm run demo:code`.
 */
export const DEMO_TOTP_SECRET = "QINGDAOCITYBRAINDEMOTOTP";

export async function enrolDemoTwoFactor(tx: Db, now = new Date()) {
  const usernames = DEMO_ACCOUNTS.filter((a) => holdsAdministrativeRole(a.roles)).map((a) => a.username);
  if (!usernames.length) return;
  await tx
    .update(people)
    .set({ totpSecret: sealSecret(getAuthSecret(), DEMO_TOTP_SECRET), totpEnabledAt: now })
    .where(and(inArray(people.username, usernames), isNull(people.totpSecret)));
}
