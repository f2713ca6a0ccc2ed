import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import type { PlanTarget } from "@/server/targets/targets";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { TargetProgress } from "@/app/_components/target-progress";

export const metadata: Metadata = { title: { absolute: "城市云脑 · 场景开放平台" } };

/** Where each target's records are listed. The citizen pages are left with a full page load (plain <a>). */
const TARGET_LINKS: Record<PlanTarget["key"], string> = {
  resources: "/resources",
  bigScenarios: "/scenarios?kind=big_scenario",
  noProofCases: "/no-proof",
  internalOneThing: "/scenarios?kind=one_thing",
};

export async function HomeView({ caller }: { caller: Caller }) {
  const { year, targets } = await caller.site.targets();
  return (
    <div className="space-y-8">
      <DemoDataNotice />
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">城市云脑 · 场景开放平台</h1>
        <p className="max-w-3xl text-slate-700">
          汇聚全市部门与区市的数据、接口、算法模型等资源，支撑多跨融合大场景建设，推动“一地创新、全市复用”，并向市民公开“无证明城市”办事指引。
        </p>
      </section>
      <a
        href="/no-proof"
        className="flex min-h-16 items-center justify-between gap-3 rounded-lg bg-brand-700 px-5 py-4 text-white shadow-sm hover:bg-brand-800"
      >
        <span>
          <span className="block text-xl font-semibold">查一查：办事还要不要开证明</span>
          <span className="block text-sm text-white/90">无证明城市 · 哪些证明不用再交、用什么代替、去哪里办</span>
        </span>
        <span aria-hidden="true" className="shrink-0 text-2xl">
          →
        </span>
      </a>
      <section aria-labelledby="targets-heading" className="space-y-3">
        <h2 id="targets-heading" className="text-xl font-semibold">
          《数字青岛2023年行动方案》目标 · {year} 年进度
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {targets.map((t) => {
            const href = TARGET_LINKS[t.key];
            const title =
              href === "/no-proof" ? (
                <a href={href} className="text-brand-700 underline underline-offset-2 after:absolute after:inset-0 after:content-['']">
                  {t.label}
                </a>
              ) : (
                <Link href={href} className="text-brand-700 underline underline-offset-2 after:absolute after:inset-0 after:content-['']">
                  {t.label}
                </Link>
              );
            return (
              <li key={t.key} className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 sm:p-6">
                <TargetProgress target={t} title={title} />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
