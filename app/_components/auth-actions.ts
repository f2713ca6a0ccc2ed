"use server";

import { eq } from "drizzle-orm";
import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { people, sessions } from "@/db/schema";
import { signIn, signOut, type Refusal } from "@/server/auth/config";
import { endSessionUrl, oidcSettings } from "@/server/auth/oidc";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { CHANGE_PASSWORD_PATH, sessionIdOf } from "@/server/auth/session";
import { accountSetup } from "@/server/auth/sessions";
import { getAuthSecret } from "@/server/auth/secret";
import { createChallenge } from "@/server/challenge/challenge";
import { publicOrigin } from "@/server/public-url";
import { z } from "@/server/validation";

export interface SignInState {
  error?: string;
  username?: string;
  /** A text question this address must answer with its next try. */
  challenge?: { question: string; token: string };
  /** The password was right; the form now asks for the 动态口令 with this proof. */
  pendingToken?: string;
}

function refusalMessage(refusal: Refusal): string {
  switch (refusal.reason) {
    case "inactive":
      return "该账号已停用，请联系管理员。";
    case "challenge":
      return "验证题答案不正确或已过期，请重新计算后填写。";
    case "throttled":
      return `登录尝试过于频繁，请 ${refusal.retryAfter ?? 1} 秒后再试。`;
    case "second_factor":
      return "";
    case "code_invalid":
      return "动态口令不正确或已使用过，请输入验证器上新显示的 6 位数字。";
    case "second_factor_expired":
      return "登录已超时，请重新输入用户名和密码。";
    case "unified_required":
      return "本系统已要求使用统一身份认证登录，请点击「统一身份认证登录」。本地密码仅限应急管理员使用。";
    default:
      // The same words for an unknown name, a wrong password and a locked account.
      return "用户名或密码错误，或账号已被暂时锁定。忘记密码请联系管理员重置。";
  }
}

function readRefusal(code: string): Refusal {
  try {
    return JSON.parse(code) as Refusal;
  } catch {
    return { reason: "invalid", challengeNext: false };
  }
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const field = (name: string) => String(formData.get(name) ?? "");
  const username = field("username").trim();
  const pendingToken = field("pendingToken");
  const credentials = pendingToken
    ? { pendingToken, code: field("code").slice(0, 20) }
    : { username, password: field("password"), challengeToken: field("challengeToken"), challengeAnswer: field("challengeAnswer").slice(0, 10) };
  if (!pendingToken && (!username || !field("password"))) return { error: "请输入用户名和密码。", username, challenge: _prev.challenge };
  if (pendingToken && !field("code").trim()) return { error: "请输入 6 位动态口令。", username, pendingToken };
  try {
    await signIn("credentials", { ...credentials, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const refusal = readRefusal(error.code);
      const challenge = refusal.challengeNext ? createChallenge(getAuthSecret(), "sign-in") : undefined;
      return { error: refusalMessage(refusal) || undefined, username, challenge, pendingToken: refusal.pendingToken };
    }
    if (error instanceof AuthError) return { error: "登录失败，请稍后重试。", username };
    throw error;
  }
  // Straight to 我的账号 when the account must be set up first: a redirect from the console's
  // layout, in the middle of the sign-in's own redirect, leaves the page blank.
  const [person] = await (await getDb())
    .select({ mustChangePassword: people.mustChangePassword, passwordChangedAt: people.passwordChangedAt, roles: people.roles, twoFactorAt: people.totpEnabledAt })
    .from(people)
    .where(eq(people.username, username.toLowerCase()));
  const setup = person && Object.values(accountSetup(person)).some(Boolean);
  redirect(setup ? CHANGE_PASSWORD_PATH : safeRedirectPath(formData.get("callbackUrl")));
}

/** 「统一身份认证登录」: off to the platform's own sign-in page, back to where the person was going. */
export async function unifiedSignInAction(formData: FormData) {
  await signIn("oidc", { redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
}

/**
 * Ends the session here and, for a session from the platform that names an end_session_endpoint,
 * the platform's session too (RP-initiated logout), which then sends the browser back home.
 */
export async function signOutAction() {
  const oidc = oidcSettings();
  const sessionId = oidc ? await sessionIdOf(await headers()) : null;
  const [session] = sessionId && z.uuid().safeParse(sessionId).success
    ? await (await getDb()).select({ idToken: sessions.oidcIdToken }).from(sessions).where(eq(sessions.id, sessionId))
    : [];
  if (!oidc || !session?.idToken) {
    await signOut({ redirectTo: "/" });
    return;
  }
  await signOut({ redirect: false });
  redirect((await endSessionUrl(oidc, session.idToken, `${await publicOrigin()}/`)) ?? "/");
}
