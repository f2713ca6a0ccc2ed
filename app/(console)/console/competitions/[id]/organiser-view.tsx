import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { AGGREGATION_METHOD_LABELS } from "@/server/competition/schemas";
import { CompetitionStatusBadge } from "@/app/_components/competition-labels";
import { buttonClass } from "@/app/_components/ui/button";
import { Notice, PageHeader } from "@/app/_components/ui/layout";
import { AssignmentCard } from "./assignment-card";
import { ConflictsCard } from "./conflicts-card";
import { ConsistencyCard } from "./consistency-card";
import { EntriesCard } from "./entries-card";
import { JudgesCard } from "./judges-card";
import { RankingCard } from "./ranking-card";
import { ResultsCard } from "./results-card";
import { StagesCard } from "./stages-card";
import type { CompetitionDetail, SearchParams } from "./types";

/** The organiser's page of one competition: stages, entries, judges, conflicts, then one review stage in detail. */
export async function OrganiserView({ competition: c, searchParams: sp }: { competition: CompetitionDetail; searchParams: SearchParams }) {
  const caller = await api();
  const reviews = c.stages.filter((s) => s.kind === "review");
  const selected =
    reviews.find((s) => s.id === sp.stage) ??
    reviews.find((s) => s.status === "open") ??
    [...reviews].reverse().find((s) => s.status === "closed") ??
    reviews[0];
  const track = sp.track && c.tracks.includes(sp.track) ? sp.track : undefined;
  const published = !!c.resultsPublishedAt;
  const [entries, judges, conflicts, toMatch, candidates, assignments, ranking] = await Promise.all([
    caller.competition.entries({ competitionId: c.id, track, page: sp.page }),
    caller.competition.judgePanel({ competitionId: c.id }),
    caller.competition.conflicts({ competitionId: c.id }),
    caller.competition.declarationsToMatch({ competitionId: c.id }),
    caller.competition.judgeCandidates({ competitionId: c.id }),
    selected ? caller.competition.assignments({ stageId: selected.id }) : null,
    selected ? caller.competition.ranking({ stageId: selected.id }) : null,
  ]);
  const href = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ stage: sp.stage, track, ...params }).filter((e): e is [string, string] => !!e[1]));
    const qs = q.toString();
    return `/console/competitions/${c.id}${qs ? `?${qs}` : ""}`;
  };

  return (
    <>
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <CompetitionStatusBadge status={c.status} />
            <span>{c.year} 年度</span>
            <span>赛道：{c.tracks.join("、")}</span>
            <span>汇总方法：{AGGREGATION_METHOD_LABELS[c.aggregationMethod]}</span>
          </span>
        }
        actions={
          <>
            {published && (
              <Link href={`/competitions/${c.id}/results`} className={buttonClass("secondary")}>
                查看公示成绩
              </Link>
            )}
            {/* A file download, not a page: a plain link. */}
            <a href={`/api/competition/${c.id}/export`} className={buttonClass("secondary")} download>
              导出评分记录（.xlsx）
            </a>
          </>
        }
      />
      <div className="space-y-6">
        {sp.created && <Notice tone="success">大赛已创建。开放报名阶段后，各部门即可看到大赛并报名。</Notice>}
        {c.status === "draft" && !sp.created && <Notice>大赛尚在筹备中，开放报名阶段后各部门才能看到。</Notice>}

        <StagesCard stages={c.stages} published={published} />
        <EntriesCard competition={c} entries={entries} stage={sp.stage} track={track} href={href} />
        <JudgesCard competitionId={c.id} judges={judges} reviews={reviews} candidates={candidates} published={published} />
        <ConflictsCard conflicts={conflicts} toMatch={toMatch} published={published} />

        {selected && assignments && ranking && (
          <section aria-labelledby="stage-heading" className="space-y-6">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="stage-heading" className="text-xl font-semibold">
                评审：{selected.name}
              </h2>
              {reviews.length > 1 && (
                <nav aria-label="评审阶段" className="flex flex-wrap gap-2 text-sm">
                  {reviews.map((s) => (
                    <Link
                      key={s.id}
                      href={href({ stage: s.id, page: undefined })}
                      aria-current={s.id === selected.id ? "page" : undefined}
                      className={`rounded-full border px-3 py-1 ${s.id === selected.id ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300"}`}
                    >
                      {s.name}
                    </Link>
                  ))}
                </nav>
              )}
            </div>
            <AssignmentCard stage={selected} assignments={assignments} judges={judges} published={published} />
            <RankingCard
              stage={selected}
              next={c.stages.find((s) => s.position > selected.position)}
              ranking={ranking}
              tracks={c.tracks}
              published={published}
            />
            <ConsistencyCard stage={selected} consistency={ranking.consistency} />
          </section>
        )}

        <ResultsCard competition={c} />
      </div>
    </>
  );
}
