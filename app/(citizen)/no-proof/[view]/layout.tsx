import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { VIEWS, type View } from "@/server/no-proof/views";
import { PhoneLink } from "../_components/parts";

export const metadata: Metadata = {
  title: { default: "无证明城市 · 青岛", template: "%s · 无证明城市 · 青岛" },
  description: "青岛市“无证明城市”：哪些事项不再需要开证明、用什么代替、怎么办理",
};

// Pages are rendered on first visit and then served from the cache until a change refreshes them.
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ view: string }> };

/**
 * The citizen frame: no session, no cookies read here (proxy.ts picks the view), so every page
 * under it can be cached. 长辈版 is one click away and remembered.
 */
export default async function CitizenLayout({ children, params }: Props) {
  const { view } = await params;
  if (!VIEWS.includes(view as View)) notFound();
  const elder = view === "elder";
  return (
    <div className={`flex flex-1 flex-col ${elder ? "elder" : ""}`}>
      <header className="bg-brand-700 text-white">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
          跳到主要内容
        </a>
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <a href="/no-proof" className="flex min-h-11 items-center text-lg font-semibold">
            青岛 · 无证明城市
          </a>
          <a
            href={`/api/no-proof/view?mode=${elder ? "standard" : "elder"}`}
            className="flex min-h-11 items-center rounded-md border border-white/70 px-3 font-medium hover:bg-white/10"
          >
            {elder ? "切换到标准版" : "长辈版"}
          </a>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
        <DemoDataNotice />
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-sm text-slate-700">
        <nav aria-label="更多" className="mx-auto flex max-w-4xl flex-wrap gap-x-5 gap-y-1">
          <a className="flex min-h-11 items-center underline" href="/no-proof/places">
            一码亮证
          </a>
          <a className="flex min-h-11 items-center underline" href="/no-proof/open-data">
            开放数据
          </a>
          <a className="flex min-h-11 items-center underline" href="/no-proof/about">
            关于本服务
          </a>
          <a className="flex min-h-11 items-center underline" href="/">
            城市云脑平台
          </a>
        </nav>
        <p className="mx-auto mt-2 max-w-4xl">
          清单之外，不得要求群众和企业提供证明。咨询投诉：<PhoneLink number="12345" /> 政务服务便民热线。
        </p>
      </footer>
    </div>
  );
}
