import type { Metadata } from "next";
import { ButtonLink } from "./_components/ui/button";

export const metadata: Metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    // Plain, without the staff header: this boundary wraps the cached citizen pages too, which read no session.
    <main id="main" className="mx-auto max-w-lg flex-1 space-y-4 px-4 py-12 text-center">
      <p className="text-5xl font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">页面不存在</h1>
      <p className="text-slate-600">您访问的页面不存在或已被移除，请检查网址是否正确。</p>
      <ButtonLink href="/">返回首页</ButtonLink>
    </main>
  );
}
