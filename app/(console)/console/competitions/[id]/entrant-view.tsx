import { api } from "@/server/api/server";
import { EntriesTable } from "./entries-table";
import { STAGE_KIND_LABELS } from "@/server/competition/schemas";
import { formatWindow, RegistrationBadge, registrationPhase, StageStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { EntryForm } from "./entry-form";
import type { CompetitionDetail, SearchParams } from "./types";

/** A publisher's page of one competition: the 报名 window, the entry form while it is open, the department's entries. */
export async function EntrantView({ competition: c, searchParams: sp }: { competition: CompetitionDetail; searchParams: SearchParams }) {
  const caller = await api();
  const registration = c.stages.find((s) => s.kind === "registration")!;
  const phase = registrationPhase(registration);
  const [eligible, entries] = await Promise.all([
    c.permissions.enter ? caller.competition.eligibleScenarios({ competitionId: c.id }) : Promise.resolve([]),
    caller.competition.entries({ competitionId: c.id, page: sp.page }),
  ]);
  return (
    <>
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RegistrationBadge stage={registration} />
            <span>
              报名时间：{formatWindow(registration.opensAt, registration.closesAt)}（北京时间）
            </span>
          </span>
        }
      />
      <div className="space-y-6">
        {phase === "closed" && (
          <Notice tone="warning">报名已截止（截止时间 {formatDateTime(registration.closesAt)}，北京时间），不能再报名，参赛作品也不能再修改或撤回。</Notice>
        )}
        {phase === "pending" && <Notice>报名尚未开始，开始时间为 {formatDateTime(registration.opensAt)}（北京时间）。</Notice>}

        {c.permissions.enter && (
          <Card title="报名参赛">
            <p className="mb-4 text-sm text-slate-700">
              以本部门牵头的已发布场景报名，每个场景每届只能报名一次。报名截止（{formatDateTime(registration.closesAt)}，北京时间）前可修改、上传附件或撤回；截止后服务器不再受理。
            </p>
            {eligible.length === 0 ? (
              <p className="text-sm text-slate-600">本部门没有可报名的已发布场景（已报名的场景不再列出）。</p>
            ) : (
              <EntryForm competitionId={c.id} tracks={c.tracks} scenarios={eligible.map((s) => ({ id: s.id, name: s.name }))} />
            )}
          </Card>
        )}

        <Card title={`本部门参赛作品（${entries.total}）`}>
          <EntriesTable competitionId={c.id} rows={entries.rows} caption="本部门参赛作品" empty="本部门尚未报名" withDepartment={false} />
          <Pagination basePath={`/console/competitions/${c.id}`} params={{}} page={entries.page} pageCount={entries.pageCount} total={entries.total} />
        </Card>

        <Card title="赛程">
          <ol className="space-y-2 text-sm">
            {c.stages.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">
                  {s.position}. {s.name}
                </span>
                <span className="text-slate-600">（{STAGE_KIND_LABELS[s.kind]}）</span>
                <StageStatusBadge status={s.status} />
                <span className="text-slate-700">{formatWindow(s.opensAt, s.closesAt)}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm text-slate-600">赛道：{c.tracks.join("、")}</p>
        </Card>
      </div>
    </>
  );
}
