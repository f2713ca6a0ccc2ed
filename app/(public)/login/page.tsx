import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { getActor } from "@/server/auth/session";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getAuthSecret } from "@/server/auth/secret";
import { addressState } from "@/server/auth/throttle";
import { createChallenge } from "@/server/challenge/challenge";
import { clientAddress } from "@/server/http/client-address";
import { unifiedSignInAction } from "@/app/_components/auth-actions";
import { Button } from "@/app/_components/ui/button";
import { Card, Notice } from "@/app/_components/ui/layout";
import { oidcSettings } from "@/server/auth/oidc";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

/** The question for the form when this address has failed too often already. */
async function signInChallenge() {
  const { challengeRequired } = await addressState(await getDb(), clientAddress(await headers()));
  return challengeRequired ? createChallenge(getAuthSecret(), "sign-in") : undefined;
}

/** Why the platform's sign-in came back without a session (./server/auth/oidc and Auth.js's error types). */
function unifiedRefusal(error: string | string[] | undefined): string | null {
  if (!error) return null;
  switch (error) {
    case "unknown_department":
      return "统一身份认证平台提供的部门代码在本系统的部门名录中不存在，无法登录。请联系系统管理员先登记您所在的部门。";
    case "inactive":
      return "该账号已在本系统停用，请联系管理员。";
    case "missing_claims":
      return "统一身份认证平台没有提供您的姓名或部门信息，无法登录。请联系系统管理员核对平台配置。";
    default:
      return "统一身份认证登录没有完成，请重试。统一身份认证平台暂时无法使用时，请用本地账号登录。";
  }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const oidc = oidcSettings();
  const refusal = oidc ? unifiedRefusal(params.error) : null;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-1 text-2xl font-semibold">登录</h1>
        <p className="mb-6 text-sm text-slate-600">部门、区市工作人员及评委使用统一分配的账号登录。</p>
        {refusal && (
          <div className="mb-4">
            <Notice tone="error">{refusal}</Notice>
          </div>
        )}
        <LoginForm callbackUrl={callbackUrl} challenge={await signInChallenge()} />
        {oidc && (
          <form action={unifiedSignInAction} className="mt-6 border-t border-slate-200 pt-6">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <Button type="submit" variant="secondary" className="w-full">
              统一身份认证登录
            </Button>
            <p className="mt-2 text-xs text-slate-600">使用{oidc.displayName}的账号登录，无需本系统密码。</p>
          </form>
        )}
      </Card>
    </div>
  );
}
