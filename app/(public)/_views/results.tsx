import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import { AGGREGATION_METHOD_LABELS } from "@/server/competition/schemas";
import { aggregationNote } from "@/app/_components/competition-labels";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { BackLink, Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

/** The page title: the competition's, once its results are published. */
export async function resultsMetadata(caller: Caller, id: string): Promise<Metadata> {
  const found = await caller.competition.results({ id }).catch(() => null);
  return found
    ? { title: `${found.competition.name}获奖名单`, description: `${found.competition.name}各赛道获奖场景与得分` }
    : { title: "成绩尚未发布" };
}

const AWARD_TONES = { first: "warning", second: "brand", third: "success", merit: "neutral" } as const;

/** The published results of one competition, per track; before publication the 404 page says so. */
export async function ResultsView({ caller, id }: { caller: Caller; id: string }) {
  const [results, competition] = await Promise.all([
    caller.competition.results({ id }).catch(rethrowAsPage),
    caller.competition.get({ id }).catch(rethrowAsPage),
  ]);
  const finalStage = competition.stages.filter((s) => s.kind === "review").at(-1);
  return (
    <>
      <DemoDataNotice />
      <BackLink href="/competitions">城市云脑创新大赛</BackLink>
      <PageHeader
        title={`${results.competition.name}获奖名单`}
        description={`共 ${results.tracks.length} 个赛道 · ${formatDateTime(results.competition.resultsPublishedAt)} 公布`}
      />
      <div className="space-y-6">
        {results.tracks.map((t) => (
          <Card key={t.track} title={`${t.track}赛道`}>
            <Table
              caption={`${t.track}赛道获奖名单`}
              rows={t.results}
              rowKey={(r) => r.entryId}
              empty="本赛道无获奖作品"
              columns={[
                { header: "奖项", cell: (r) => <Badge tone={AWARD_TONES[r.award]}>{r.awardLabel}</Badge> },
                { header: "名次", cell: (r) => r.rank },
                {
                  header: "获奖场景",
                  wrap: true,
                  primary: true,
                  cell: (r) => (
                    <span className="flex flex-wrap items-center gap-2">
                      <Link className="text-brand-700 hover:underline" href={`/scenarios/${r.scenarioId}`}>
                        {r.scenarioName}
                      </Link>
                      {r.benchmark && <Badge tone="warning">标杆场景</Badge>}
                    </span>
                  ),
                },
                { header: "类型", cell: (r) => scenarioKindLabel(r.kind, "") },
                { header: "申报单位", cell: (r) => r.departmentName },
                { header: "参赛团队", wrap: true, cell: (r) => r.team },
                { header: "得分", className: "text-right tabular-nums", metric: true, cell: (r) => r.score.toFixed(2) },
                // A track's places mix stages: finalists by their final score, then those out in earlier stages.
                { header: "得分所在阶段", cell: (r) => r.stageName },
              ]}
            />
          </Card>
        ))}
        <Card title="得分怎么算">
          <p className="mb-2 text-sm text-slate-800">
            汇总方法：<strong>{AGGREGATION_METHOD_LABELS[competition.aggregationMethod]}</strong>
            {finalStage && `；获奖名次以“${finalStage.name}”的得分为准，未进入该阶段的作品按其最后参加阶段的得分排在其后`}。
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {aggregationNote(competition.aggregationMethod).map((line) => (
              <li key={line}>{line}</li>
            ))}
            <li>得分保留两位小数。</li>
          </ul>
          {finalStage && finalStage.rubric.length > 0 && (
            <p className="mt-3 text-sm text-slate-700">
              “{finalStage.name}”评分细则：{finalStage.rubric.map((c) => `${c.label} ${c.weight}%`).join("、")}
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
