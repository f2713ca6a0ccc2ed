import type { Metadata } from "next";
import { AppShell } from "./_components/app-shell";
import { ButtonLink } from "./_components/ui/button";

export const metadata: Metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <AppShell>
      <div className="mx-auto max-w-lg space-y-4 py-12 text-center">
        <p className="text-5xl font-semibold text-brand-700">404</p>
        <h1 className="text-2xl font-semibold">页面不存在</h1>
        <p className="text-slate-600">您访问的页面不存在或已被移除，请检查网址是否正确。</p>
        <ButtonLink href="/">返回首页</ButtonLink>
      </div>
    </AppShell>
  );
}
