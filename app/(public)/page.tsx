import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { Card } from "@/app/_components/ui/layout";

export const metadata: Metadata = { title: { absolute: "城市云脑 · 场景开放平台" } };

export default async function HomePage() {
  const targets = await (await api()).site.targets();
  return (
    <div className="space-y-8">
      <DemoDataNotice />
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">城市云脑 · 场景开放平台</h1>
        <p className="max-w-3xl text-slate-700">
          汇聚全市部门与区市的数据、接口、算法模型等资源，支撑多跨融合大场景建设，推动“一地创新、全市复用”，并向市民公开“无证明城市”办事指引。
        </p>
      </section>
      <section aria-labelledby="targets-heading" className="space-y-3">
        <h2 id="targets-heading" className="text-xl font-semibold">
          《数字青岛2023年行动方案》目标进度
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {targets.map((t) => {
            const percent = Math.min(100, Math.round((t.current / t.target) * 100));
            return (
              <li key={t.key}>
                <Card className="h-full">
                  <h3 className="text-base font-medium text-slate-800">{t.label}</h3>
                  <p className="mt-2 text-3xl font-semibold text-brand-700" data-testid={`target-${t.key}`}>
                    {t.current}
                    <span className="ml-1 text-base font-normal text-slate-600">/ 目标 ≥{t.target}</span>
                  </p>
                  <div
                    className="mt-3 h-2 rounded bg-slate-200"
                    role="progressbar"
                    aria-label={`${t.label}完成进度`}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={percent}
                  >
                    <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
                  </div>
                  <p className="mt-2 text-xs text-slate-600">{t.source}</p>
                  {!t.tracked && <p className="mt-1 text-xs text-amber-800">该目录建设中，暂未开始统计</p>}
                </Card>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
