import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import { CompetitionStatusBadge, formatWindow } from "@/app/_components/competition-labels";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { formatDate } from "@/server/time";
import { Badge, PageHeader } from "@/app/_components/ui/layout";

export const metadata: Metadata = {
  title: "城市云脑创新大赛",
  description: "青岛城市云脑创新大赛：历届赛道、报名时间、获奖名单与标杆场景",
};

export async function CompetitionsView({ caller }: { caller: Caller }) {
  const competitions = await caller.competition.list();
  return (
    <>
      <DemoDataNotice />
      <PageHeader title="城市云脑创新大赛" description="以赛促建，一地创新、全市复用：获奖场景设为标杆场景，在全市推广复用" />
      {competitions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">尚未举办创新大赛。</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="创新大赛列表">
          {competitions.map((c) => (
            <li key={c.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-medium break-words">
                  {c.resultsPublishedAt ? (
                    <Link href={`/competitions/${c.id}/results`} className="text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  ) : (
                    c.name
                  )}
                </h2>
                <CompetitionStatusBadge status={c.status} />
                {c.resultsPublishedAt && <Badge tone="warning">成绩已公布</Badge>}
              </div>
              <p className="mt-1 text-sm text-slate-700">
                赛道：{c.tracks.join("、")} · 参赛作品 {c.entryCount} 件
              </p>
              {c.registration && (
                <p className="mt-1 text-sm text-slate-700">报名时间：{formatWindow(c.registration.opensAt, c.registration.closesAt)}（北京时间）</p>
              )}
              {c.currentStage && <p className="mt-1 text-sm text-slate-700">当前阶段：{c.currentStage.name}</p>}
              {c.resultsPublishedAt ? (
                <p className="mt-2 text-sm">
                  <Link href={`/competitions/${c.id}/results`} className="text-brand-700 underline">
                    查看获奖名单
                  </Link>
                  <span className="ml-2 text-slate-600">{formatDate(c.resultsPublishedAt)} 公布</span>
                </p>
              ) : (
                <p className="mt-2 text-sm text-slate-600">成绩尚未公布。</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
