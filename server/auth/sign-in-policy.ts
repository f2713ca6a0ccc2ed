import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people, signInPolicy } from "@/db/schema";
import { diffFields, recordAudit } from "@/server/audit/audit";
import { DomainError } from "@/server/errors";
import { z } from "@/server/validation";
import { authorize, can, type Actor } from "./permissions";

export interface SignInPolicy {
  requireUnified: boolean;
  breakGlass: string[];
  version: number;
}

/** The policy as stored; before anyone saved one, local passwords are allowed for everyone. */
export async function loadSignInPolicy(db: Db): Promise<SignInPolicy> {
  const [row] = await db.select({ requireUnified: signInPolicy.requireUnified, breakGlass: signInPolicy.breakGlass, version: signInPolicy.version }).from(signInPolicy).where(eq(signInPolicy.id, 1));
  return row ?? { requireUnified: false, breakGlass: [], version: 0 };
}

const SYSADMIN_ONLY = "只有系统管理员可以设置登录方式";

/** The policy for the console's 登录方式 section. */
export async function getSignInPolicy(db: Db, actor: Actor): Promise<SignInPolicy> {
  authorize(can.manageOrganisation(actor), SYSADMIN_ONLY);
  return loadSignInPolicy(db);
}

/** Whether a local password may still sign this username in (break-glass administrators always may). */
export function passwordAllowed(policy: SignInPolicy, username: string): boolean {
  return !policy.requireUnified || policy.breakGlass.includes(username);
}

export const updateSignInPolicyInput = z.object({
  requireUnified: z.boolean(),
  breakGlass: z.array(z.string().trim().toLowerCase().min(1).max(64)).max(20),
  version: z.number().int().min(0),
});

/**
 * 「要求统一身份认证登录」, by a 系统管理员: the break-glass accounts must exist, hold an
 * administrator's role, and (when the policy is on) there must be at least one, so the
 * administrators are never locked out when the platform is down.
 */
export async function updateSignInPolicy(db: Db, actor: Actor, input: z.output<typeof updateSignInPolicyInput>) {
  authorize(can.manageOrganisation(actor), SYSADMIN_ONLY);
  const breakGlass = [...new Set(input.breakGlass)];
  if (input.requireUnified && breakGlass.length === 0) throw new DomainError("BAD_REQUEST", "要求统一身份认证登录时，请至少保留一个可用本地密码登录的应急管理员账号。");
  return db.transaction(async (tx) => {
    const found = breakGlass.length
      ? await tx.select({ username: people.username, roles: people.roles, active: people.active }).from(people).where(inArray(people.username, breakGlass))
      : [];
    const wrong = breakGlass.filter((name) => !found.some((p) => p.username === name && p.active && p.roles.some((r) => r === "sysadmin" || r === "security_officer" || r === "auditor")));
    if (wrong.length) throw new DomainError("BAD_REQUEST", `应急管理员须为在用的系统管理员、安全管理员或审计管理员账号：${wrong.join("、")} 不符合。`);
    const current = await loadSignInPolicy(tx);
    if (current.version !== input.version) throw new DomainError("CONFLICT", "登录方式刚被其他管理员修改过，请刷新页面后重新设置。");
    const values = { requireUnified: input.requireUnified, breakGlass, version: current.version + 1, updatedAt: new Date(), updatedBy: actor.id };
    await tx.insert(signInPolicy).values({ id: 1, ...values }).onConflictDoUpdate({ target: signInPolicy.id, set: values });
    await recordAudit(tx, actor, {
      action: "auth.policy",
      entityType: "sign_in_policy",
      entityId: "1",
      summary: input.requireUnified
        ? `要求统一身份认证登录，保留本地密码登录的应急管理员：${breakGlass.join("、")}`
        : `允许本地密码登录${breakGlass.length ? `（应急管理员：${breakGlass.join("、")}）` : ""}`,
      changes: diffFields({ requireUnified: current.requireUnified, breakGlass: current.breakGlass }, { requireUnified: input.requireUnified, breakGlass }, ["requireUnified", "breakGlass"]),
    });
    return { ...values };
  });
}
