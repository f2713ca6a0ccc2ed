import Link from "next/link";
import { api } from "@/server/api/server";
import { EntriesTable } from "./entries-table";
import { round2 } from "@/server/competition/aggregation";
import {
  AGGREGATION_METHOD_LABELS,
  CONFLICT_DECLARER_LABELS,
  CONFLICT_TYPE_LABELS,
  STAGE_KIND_LABELS,
} from "@/server/competition/schemas";
import {
  aggregationNote,
  CompetitionStatusBadge,
  ConflictStatusBadge,
  formatWindow,
  JudgeStatusBadge,
  SheetStatusBadge,
  StageStatusBadge,
} from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { AdvanceStage, AssignStage, ConflictDecision, InviteJudges, PromoteWinners, PublishResults, ReopenSheet, SwapJudge } from "./organiser-actions";
import { StageActions } from "./stage-actions";
import type { CompetitionDetail, SearchParams } from "./types";

type Caller = Awaited<ReturnType<typeof api>>;

/** Every active person with the judge role, over as many pages as there are (a few dozen at most). */
async function judgeAccounts(caller: Caller) {
  const filter = { role: "judge" as const, status: "active" as const };
  const first = await caller.organisation.people({ ...filter, page: 1 });
  const rest = await Promise.all(
    Array.from({ length: Math.min(first.pageCount, 10) - 1 }, (_, i) => caller.organisation.people({ ...filter, page: i + 2 })),
  );
  return [first, ...rest].flatMap((p) => p.rows);
}

const score = (v: number | null) => (v === null ? "—" : round2(v).toFixed(2));
/** 「作品“A”（评委甲、乙）；作品“B”（评委丙）」 */
function missingByEntry(missing: { entryName: string; judgeName: string }[]): string {
  const byEntry = new Map<string, string[]>();
  for (const m of missing) byEntry.set(m.entryName, [...(byEntry.get(m.entryName) ?? []), m.judgeName]);
  return [...byEntry].map(([entry, judges]) => `作品“${entry}”（评委${judges.join("、")}）`).join("；");
}

const signed = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${round2(v).toFixed(2)}`);

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
  const [entries, judgeList, conflicts, accounts, assignments, ranking] = await Promise.all([
    caller.competition.entries({ competitionId: c.id, track, page: sp.page }),
    caller.competition.judges({ competitionId: c.id }),
    caller.competition.conflicts({ competitionId: c.id }),
    judgeAccounts(caller),
    selected ? caller.competition.assignments({ stageId: selected.id }) : null,
    selected ? caller.competition.ranking({ stageId: selected.id }) : null,
  ]);
  // Organisers get each judge's status and loads (listJudges); its inferred union collapses to the public shape.
  const judges = judgeList as ((typeof judgeList)[number] & { status: "invited" | "accepted" | "declined"; loads: Record<string, number> })[];
  const invited = new Set(judges.map((j) => j.id));
  const accepted = judges.filter((j) => j.status === "accepted");
  const next = selected ? c.stages.find((s) => s.position > selected.position) : undefined;
  const href = (params: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ stage: sp.stage, track, ...params }).filter((e): e is [string, string] => !!e[1]));
    const qs = q.toString();
    return `/console/competitions/${c.id}${qs ? `?${qs}` : ""}`;
  };
  const totalEntries = Object.values(c.entriesByTrack).reduce((a, b) => a + b, 0);

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

        <Card title="阶段">
          <ol className="space-y-3">
            {c.stages.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-medium">
                    {s.position}. {s.name}
                  </h3>
                  <Badge tone="brand">{STAGE_KIND_LABELS[s.kind]}</Badge>
                  <StageStatusBadge status={s.status} />
                </div>
                <p className="mt-1 text-sm text-slate-700">{formatWindow(s.opensAt, s.closesAt)}（北京时间）</p>
                {s.kind === "review" && (
                  <p className="text-sm text-slate-700">
                    每件作品 {s.judgesPerEntry} 位评委
                    {s.advancePerTrack ? `，每赛道晋级 ${s.advancePerTrack} 件` : "，最后阶段"}
                    {s.rubric.length > 0 && `；评分细则：${s.rubric.map((r) => `${r.label} ${r.weight}%（${r.min}–${r.max} 分）`).join("、")}`}
                  </p>
                )}
                <div className="mt-2">
                  <StageActions stage={s} locked={published} />
                </div>
              </li>
            ))}
          </ol>
        </Card>

        <Card title={`参赛作品（${totalEntries}）`}>
          <nav aria-label="按赛道筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
            <Link href={href({ track: undefined, page: undefined })} aria-current={!track ? "page" : undefined} className={`rounded-full border px-3 py-1 ${!track ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300"}`}>
              全部赛道（{totalEntries}）
            </Link>
            {c.tracks.map((t) => (
              <Link
                key={t}
                href={href({ track: t, page: undefined })}
                aria-current={track === t ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${track === t ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300"}`}
              >
                {t}（{c.entriesByTrack[t] ?? 0}）
              </Link>
            ))}
          </nav>
          <EntriesTable competitionId={c.id} rows={entries.rows} caption="参赛作品" empty="尚无参赛作品" withDepartment={true} />
          <Pagination basePath={`/console/competitions/${c.id}`} params={{ stage: sp.stage, track }} page={entries.page} pageCount={entries.pageCount} total={entries.total} />
        </Card>

        <Card title={`评委（${judges.length}）`}>
          <div className="space-y-4">
            <Table
              caption="本届评委"
              rows={judges}
              rowKey={(j) => j.id}
              empty="尚未邀请评委"
              columns={[
                { header: "评委", cell: (j) => j.displayName },
                { header: "职务", cell: (j) => j.title || "—" },
                { header: "所属部门", cell: (j) => j.departmentName },
                { header: "状态", cell: (j) => <JudgeStatusBadge status={j.status} /> },
                ...reviews.map((s) => ({ header: `${s.name}分配`, cell: (j: (typeof judges)[number]) => `${j.loads[s.id] ?? 0} 件` })),
              ]}
            />
            {!published && (
              <InviteJudges
                competitionId={c.id}
                candidates={accounts.filter((p) => !invited.has(p.id)).map((p) => ({ id: p.id, label: `${p.displayName}（${p.departmentName}）` }))}
              />
            )}
          </div>
        </Card>

        <Card title={`利益冲突申报（${conflicts.length}）`}>
          {conflicts.length === 0 ? (
            <p className="text-sm text-slate-600">尚无利益冲突申报。评委所在部门是作品牵头或参与部门的，分配时自动回避，无需申报。</p>
          ) : (
            <ul className="space-y-3" aria-label="利益冲突申报">
              {conflicts.map((k) => (
                <li key={k.id} className="rounded-md border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    评委{k.judgeName}与作品「{k.entryName}」
                    <Badge>{CONFLICT_TYPE_LABELS[k.type]}</Badge>
                    <ConflictStatusBadge status={k.status} />
                  </p>
                  <p className="text-sm text-slate-700">
                    {CONFLICT_DECLARER_LABELS[k.declaredBy]}（{k.declarerName}，{formatDateTime(k.createdAt)}）{k.note && `：${k.note}`}
                  </p>
                  {k.decisionNote && <p className="text-sm text-slate-700">处理意见：{k.decisionNote}</p>}
                  {k.status === "declared" && !published && <ConflictDecision id={k.id} version={k.version} label={`评委${k.judgeName}与作品「${k.entryName}」`} />}
                </li>
              ))}
            </ul>
          )}
        </Card>

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

            <Card title={`${selected.name}：评委分配`}>
              <div className="space-y-4">
                <p className="text-sm text-slate-700">
                  每件作品 {selected.judgesPerEntry} 位评委；评委不评审本部门牵头或参与的作品，也不评审已确认回避的作品；各评委分配数相差不超过 1。
                </p>
                {selected.status !== "closed" && !published && (
                  <AssignStage stageId={selected.id} stageName={selected.name} assigned={assignments.entries.some((e) => e.judges.length > 0)} />
                )}
                <Table
                  caption={`${selected.name}评委分配`}
                  rows={assignments.entries}
                  rowKey={(e) => e.id}
                  empty="本阶段尚无参赛作品"
                  columns={[
                    { header: "参赛作品", wrap: true, cell: (e) => e.name },
                    { header: "赛道", cell: (e) => e.track },
                    { header: "申报单位", cell: (e) => e.departmentName },
                    {
                      header: "评委",
                      wrap: true,
                      cell: (e) =>
                        e.judges.length === 0 ? (
                          <span className="text-slate-500">未分配</span>
                        ) : (
                          <ul className="space-y-1">
                            {e.judges.map((j) => (
                              <li key={j.judgeId} className="flex flex-wrap items-center gap-x-2">
                                <span>
                                  {j.judgeName}（{j.departmentName}）
                                </span>
                                <SheetStatusBadge status={j.status} />
                                {j.status === "submitted" && j.sheetId && selected.status === "open" && !published && (
                                  <ReopenSheet id={j.sheetId} version={j.sheetVersion!} label={`${j.judgeName}对「${e.name}」的评分`} />
                                )}
                              </li>
                            ))}
                          </ul>
                        ),
                    },
                  ]}
                />
                {selected.status !== "closed" && !published && assignments.entries.some((e) => e.judges.length > 0) && (
                  <SwapJudge
                    stageId={selected.id}
                    entries={assignments.entries.map((e) => ({ id: e.id, name: e.name, judges: e.judges.map((j) => ({ judgeId: j.judgeId, judgeName: j.judgeName })) }))}
                    judges={accepted.map((j) => ({ id: j.id, label: `${j.displayName}（${j.departmentName}）` }))}
                  />
                )}
              </div>
            </Card>

            <Card title={`${selected.name}：排名`}>
              <div className="space-y-4">
                <div className="text-sm text-slate-700">
                  <p>
                    排名依据：<strong>{AGGREGATION_METHOD_LABELS[ranking.method]}</strong>
                    {selected.status !== "closed" && "（阶段进行中，按已提交的评分计算，仅供参考）"}
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
                    {missingByEntry(ranking.missing)}
                  </Notice>
                )}
                {c.tracks.map((t) => {
                  const rows = ranking.entries.filter((e) => e.track === t);
                  return (
                    <div key={t} className="space-y-2">
                      <h3 className="font-medium">{t}</h3>
                      <Table
                        caption={`${t}赛道排名`}
                        rows={rows}
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
                  );
                })}
                {next && selected.advancePerTrack && !published && <AdvanceStage stageId={selected.id} stageName={selected.name} nextName={next.name} />}
              </div>
            </Card>

            <Card title={`${selected.name}：评委一致性`}>
              <p className="mb-3 text-sm text-slate-700">
                每位评委的平均分、标准差，以及与评审同一作品的其他评委相比平均高出或低出多少分（百分制）。明显偏离评委组的标为“偏严”或“偏松”，供组织者关注，不改变任何分数。
              </p>
              <Table
                caption={`${selected.name}评委一致性`}
                rows={ranking.consistency}
                rowKey={(j) => j.judgeId}
                empty="尚无已提交的评分"
                columns={[
                  { header: "评委", cell: (j) => j.name },
                  { header: "所属部门", cell: (j) => j.departmentName },
                  { header: "评分份数", className: "text-right tabular-nums", cell: (j) => j.sheetCount },
                  { header: "平均分", className: "text-right tabular-nums", cell: (j) => score(j.mean) },
                  { header: "标准差", className: "text-right tabular-nums", cell: (j) => score(j.sd) },
                  { header: "与其他评委平均差", className: "text-right tabular-nums", cell: (j) => signed(j.bias) },
                  {
                    header: "标记",
                    cell: (j) =>
                      j.flag === "harsh" ? <Badge tone="danger">偏严</Badge> : j.flag === "lenient" ? <Badge tone="warning">偏松</Badge> : "—",
                  },
                ]}
              />
            </Card>
          </section>
        )}

        <Card title="成绩发布">
          {published ? (
            <div className="space-y-4">
              <Notice tone="success">
                成绩已于 {formatDateTime(c.resultsPublishedAt)} 发布。
                <Link className="ml-1 underline" href={`/competitions/${c.id}/results`}>
                  查看公示的获奖名单
                </Link>
              </Notice>
              <PromoteWinners competitionId={c.id} />
            </div>
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                所有阶段结束、最后阶段的评分全部提交后可发布成绩。每个赛道设一等奖 {c.awardQuota.first} 个、二等奖 {c.awardQuota.second} 个、三等奖{" "}
                {c.awardQuota.third} 个、优秀奖 {c.awardQuota.merit} 个。
              </p>
              <PublishResults competitionId={c.id} version={c.version} />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
