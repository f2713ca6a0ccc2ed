"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/server/auth/config";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS } from "@/server/auth/sign-in";

export interface SignInState {
  error?: string;
  username?: string;
}

function refusalMessage(code: string): string {
  if (code === "inactive") return "该账号已停用，请联系管理员。";
  if (code.startsWith("locked:")) {
    const minutes = Math.max(1, Math.ceil((new Date(code.slice(7)).getTime() - Date.now()) / 60_000));
    return `密码连续错误 ${MAX_FAILED_SIGN_INS} 次，账号已锁定，请 ${minutes} 分钟后再试（锁定时长 ${LOCK_MINUTES} 分钟），或联系管理员重置密码。`;
  }
  return `用户名或密码错误。连续错误 ${MAX_FAILED_SIGN_INS} 次将锁定账号 ${LOCK_MINUTES} 分钟。`;
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const username = String(formData.get("username") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!username || !password) return { error: "请输入用户名和密码。", username };
  try {
    await signIn("credentials", { username, password, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: refusalMessage(error.code), username };
    if (error instanceof AuthError) return { error: "登录失败，请稍后重试。", username };
    throw error; // the redirect after a successful sign-in
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
