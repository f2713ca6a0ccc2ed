import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { AdoptionDecision } from "@/app/_components/adoption-decision";
import { formatDate, formatDateTime } from "@/server/time";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { ButtonLink } from "@/app/_components/ui/button";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { scenarioSearchSchema } from "@/server/scenarios/queries";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "本部门场景" };

/** The scenarios a department leads or takes part in, and the reuse records waiting for it to confirm. */
export default async function DepartmentScenariosPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = firstValues(await searchParams);
  const { page } = readSearchParams(scenarioSearchSchema, params);
  const caller = await api();
  const [list, pending] = await Promise.all([caller.scenario.list({ departmentId: actor.departmentId, page }), caller.scenario.pendingAdoptions()]);
  return (
    <>
      <PageHeader
        title="本部门场景"
        description={`${actor.departmentName}牵头或参与的场景`}
        actions={can.editScenario(actor, actor.departmentId) && <ButtonLink href="/console/scenarios/new">登记场景</ButtonLink>}
      />
      <div className="space-y-6">
        <Card title={`待确认的复用（${pending.length}）`}>
          {pending.length === 0 ? (
            <p className="text-sm text-slate-600">没有待确认的复用登记。</p>
          ) : (
            <ul className="space-y-4" aria-label="待确认的复用">
              {pending.map((a) => (
                <li key={a.id} className="rounded-md border border-slate-200 p-3">
                  <p className="font-medium">
                    {a.adopterName}复用「
                    <Link className="text-brand-700 hover:underline" href={`/scenarios/${a.scenarioId}`}>
                      {a.scenarioName}
                    </Link>
                    」，{formatDate(a.liveSince)} 上线
                  </p>
                  <p className="text-sm text-slate-700">{a.adaptations}</p>
                  <p className="text-xs text-slate-600">
                    {a.recorderName} 登记于 {formatDateTime(a.createdAt)}
                  </p>
                  {can.editScenario(actor, actor.departmentId) && (
                    <AdoptionDecision id={a.id} version={a.version} adopterName={a.adopterName} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Table
          caption="本部门场景"
          rows={list.rows}
          rowKey={(s) => s.id}
          empty="本部门尚未登记场景"
          columns={[
            {
              header: "场景",
              cell: (s) => (
                <Link className="text-brand-700 hover:underline" href={`/scenarios/${s.id}`}>
                  {s.name}
                </Link>
              ),
            },
            { header: "类型", cell: (s) => scenarioKindLabel(s.kind, s.audience) },
            { header: "牵头部门", cell: (s) => s.departmentName },
            {
              header: "状态",
              cell: (s) => (
                <span className="flex gap-1">
                  <ResourceStatusBadge status={s.status} />
                  {s.benchmark && <Badge tone="warning">标杆</Badge>}
                </span>
              ),
            },
            { header: "复用", cell: (s) => `${s.adoptions} 次` },
            { header: "更新时间", cell: (s) => formatDateTime(s.updatedAt) },
          ]}
        />
        <Pagination basePath="/console/scenarios" params={params} page={list.page} pageCount={list.pageCount} total={list.total} />
      </div>
    </>
  );
}
