import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { DomainError, notFound } from "@/server/errors";
import { z } from "@/server/validation";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { MAX_PASSWORD_LENGTH } from "./password-rules";
import type { Actor } from "./permissions";
import { endSessionsOf } from "./sessions";

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "请填写当前密码").max(MAX_PASSWORD_LENGTH),
    newPassword: z.string().min(1, "请填写新密码").max(MAX_PASSWORD_LENGTH, `密码不超过 ${MAX_PASSWORD_LENGTH} 位`),
    confirmPassword: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] });

/**
 * A person replaces their own password (required after an administrator set it). Their other
 * sessions end; the one they are using stays.
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: z.output<typeof changePasswordInput>) {
  const [person] = await db.select({ passwordHash: people.passwordHash, username: people.username }).from(people).where(eq(people.id, actor.id));
  if (!person) throw notFound("人员");
  if (!(await verifyPassword(input.currentPassword, person.passwordHash)))
    throw new DomainError("BAD_REQUEST", "当前密码不正确", "currentPassword");
  const problem = passwordProblem(input.newPassword, person.username);
  if (problem) throw new DomainError("BAD_REQUEST", problem, "newPassword");
  if (input.newPassword === input.currentPassword) throw new DomainError("BAD_REQUEST", "新密码不能与当前密码相同", "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx.update(people).set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now }).where(eq(people.id, actor.id));
    const ended = await endSessionsOf(tx, actor.id, "password_change", { except: actor.sessionId, now });
    await recordAudit(tx, actor, {
      action: "auth.change_password",
      entityType: "person",
      entityId: actor.id,
      summary: `「${actor.displayName}」修改了自己的密码${ended ? `，其他 ${ended} 个登录会话随之结束` : ""}`,
    });
  });
}
