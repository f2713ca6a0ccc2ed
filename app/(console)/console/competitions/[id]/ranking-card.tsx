import Link from "@/app/_components/link";
import { missingSheetsText } from "@/server/competition/records";
import { AGGREGATION_METHOD_LABELS } from "@/server/competition/schemas";
import { aggregationNote } from "@/app/_components/competition-labels";
import { Badge, Card, Notice } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { AdvanceStage } from "./organiser-actions";
import { score } from "./scores";
import type { Stage, StageRanking } from "./types";

/** One review stage's ranking per track, how it was computed, what is still missing, and advancing to the next stage. */
export function RankingCard({
  stage,
  next,
  ranking,
  tracks,
  published,
}: {
  stage: Stage;
  next: Stage | undefined;
  ranking: StageRanking;
  tracks: string[];
  published: boolean;
}) {
  return (
    <Card title={`${stage.name}：排名`}>
      <div className="space-y-4">
        <div className="text-sm text-slate-700">
          <p>
            排名依据：<strong>{AGGREGATION_METHOD_LABELS[ranking.method]}</strong>
            {stage.status !== "closed" && "（阶段进行中，按已提交的评分计算，仅供参考）"}
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {aggregationNote(ranking.method).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {ranking.method === "normalised" && ranking.normalisedJudgeIds.length === 0 && (
            <Notice tone="warning">本轮每位评委评分少于 5 份，未做标准化：排名与按平均分相同。</Notice>
          )}
          {ranking.panelMean !== null && (
            <p className="mt-1">
              全体评分平均 {score(ranking.panelMean)}，标准差 {score(ranking.panelSd)}；按评委标准化的评委 {ranking.normalisedJudgeIds.length} 位（评分不少于 5 份）。
            </p>
          )}
        </div>
        {ranking.missing.length > 0 && (
          <Notice tone="warning">
            尚有 {ranking.missing.length} 份评分未提交：
            {missingSheetsText(ranking.missing)}
          </Notice>
        )}
        {tracks.map((t) => (
          <div key={t} className="space-y-2">
            <h3 className="font-medium">{t}</h3>
            <Table
              caption={`${t}赛道排名`}
              rows={ranking.entries.filter((e) => e.track === t)}
              rowKey={(e) => e.id}
              empty="本赛道在本阶段没有作品"
              columns={[
                { header: "名次", cell: (e) => e.rank ?? "—" },
                {
                  header: "参赛作品",
                  wrap: true,
                  cell: (e) => (
                    <Link className="text-brand-700 hover:underline" href={`/scenarios/${e.scenarioId}`}>
                      {e.name}
                    </Link>
                  ),
                },
                { header: "申报单位", cell: (e) => e.departmentName },
                { header: "评分份数", className: "text-right tabular-nums", cell: (e) => e.sheetCount },
                { header: "平均分", className: "text-right tabular-nums", cell: (e) => score(e.mean) },
                { header: "去掉最高最低分后平均分", className: "text-right tabular-nums", cell: (e) => score(e.trimmedMean) },
                { header: "标准化得分", className: "text-right tabular-nums", cell: (e) => score(e.normalised) },
                { header: "同分处理", wrap: true, cell: (e) => e.tieBreak ?? "—" },
                { header: "晋级", cell: (e) => (e.advancing ? <Badge tone="success">晋级</Badge> : "—") },
              ]}
            />
          </div>
        ))}
        {next && stage.advancePerTrack && !published && <AdvanceStage stageId={stage.id} stageName={stage.name} nextName={next.name} />}
      </div>
    </Card>
  );
}
