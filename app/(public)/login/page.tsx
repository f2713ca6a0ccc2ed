import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeRedirectPath } from "@/server/auth/safe-redirect";
import { getActor } from "@/server/auth/session";
import { Card } from "@/app/_components/ui/layout";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-1 text-2xl font-semibold">登录</h1>
        <p className="mb-6 text-sm text-slate-600">部门、区市工作人员及评委使用统一分配的账号登录。</p>
        <LoginForm callbackUrl={callbackUrl} />
      </Card>
    </div>
  );
}
