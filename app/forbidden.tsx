import type { Metadata } from "next";
import { ButtonLink } from "./_components/ui/button";

export const metadata: Metadata = { title: "无权访问" };

export default function Forbidden() {
  return (
    // Plain, without the staff header: this boundary wraps the cached citizen pages too, which read no session.
    <main id="main" className="mx-auto max-w-lg flex-1 space-y-4 px-4 py-12 text-center">
      <p className="text-5xl font-semibold text-red-700">403</p>
      <h1 className="text-2xl font-semibold">无权访问此页面</h1>
      <p className="text-slate-600">您的账号没有访问此页面的权限。如确需使用，请联系管理员分配相应角色。</p>
      <ButtonLink href="/console">返回工作台</ButtonLink>
    </main>
  );
}
