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
import { Card } from "@/app/_components/ui/layout";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

/** The question for the form when this address has failed too often already. */
async function signInChallenge() {
  const { challengeRequired } = await addressState(await getDb(), clientAddress(await headers()));
  return challengeRequired ? createChallenge(getAuthSecret(), "sign-in") : undefined;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-1 text-2xl font-semibold">登录</h1>
        <p className="mb-6 text-sm text-slate-600">部门、区市工作人员及评委使用统一分配的账号登录。</p>
        <LoginForm callbackUrl={callbackUrl} challenge={await signInChallenge()} />
      </Card>
    </div>
  );
}
