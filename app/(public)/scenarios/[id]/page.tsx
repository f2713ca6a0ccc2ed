import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { DOMAIN_LABELS, RESOURCE_KIND_LABELS } from "@/server/resources/schemas";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { AdoptionDecision } from "@/app/_components/adoption-decision";
import { EntryActions } from "@/app/_components/entry-actions";
import { formatDate, formatDateTime, shanghaiDate } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { ResourceStatusBadge, SharingBadge } from "@/app/_components/resource-badges";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { TRPCReactProvider } from "@/app/_components/trpc";
import { BackLink, Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { getActor } from "@/server/auth/session";
import { BenchmarkToggle } from "./benchmark-toggle";
import { RecordAdoption } from "./record-adoption";
import { SavedNotice } from "@/app/_components/saved-notice";
import { Checklist, ReviewBar } from "@/app/_components/review-bar";
import { WorkingVersionNotice } from "@/app/_components/revision-notice";
import { ReformSheet } from "@/app/_components/reform-sheet";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; queue?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const detail = await (await api()).scenario.get({ id }).catch(() => null);
  return detail ? { title: detail.content.name, description: detail.content.problem.slice(0, 120) } : { title: "场景不存在" };
}

const ADOPTION_STATUS = { pending: "待牵头部门确认", confirmed: "已确认", rejected: "未确认" } as const;

export default async function ScenarioPage({ params, searchParams }: Props) {
  const [{ id }, { saved, queue }] = await Promise.all([params, searchParams]);
  const [d, actor] = await Promise.all([(await api()).scenario.get({ id }).catch(rethrowAsPage), getActor()]);
  const { scenario, content, working, permissions } = d;
  const reform = content.reform ? await (await api()).scenario.reformSheet({ id }) : null;
  const live = d.coverage.filter((c) => c.live);
  const showActions = permissions.edit || permissions.submit || permissions.retire;
  return (
    <>
      <DemoDataNotice />
      {permissions.review ? <BackLink href="/console/review/scenarios">场景审核队列</BackLink> : <BackLink href="/scenarios">场景目录</BackLink>}
      <PageHeader
        title={content.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {scenario.benchmark && <Badge tone="warning">标杆场景</Badge>}
            <Badge tone="brand">{scenarioKindLabel(content.kind, content.audience)}</Badge>
            {scenario.status !== "published" && <ResourceStatusBadge status={scenario.status} />}
            <span>{DOMAIN_LABELS[content.domain]}</span>
            <span>
              {d.leadName}牵头{d.participants.length > 0 && `，${d.participants.map((p) => p.name).join("、")}参与`}
            </span>
          </span>
        }
      />
      <div className="mb-6 space-y-4 empty:hidden">
        <SavedNotice saved={saved} listHref={"/console/scenarios"} listLabel="本部门场景" />
        {scenario.status === "retired" && (
          <Notice tone="warning">
            该场景已于 {formatDateTime(scenario.retiredAt)} 下线：{scenario.retiredReason}
            {scenario.mergedIntoId && (
              <Link className="ml-1 underline" href={`/scenarios/${scenario.mergedIntoId}`}>
                查看保留的场景
              </Link>
            )}
          </Notice>
        )}
        <WorkingVersionNotice working={working} published={!!scenario.currentVersionId} shownIn="目录中" />
        {working && !permissions.review && (permissions.edit || permissions.submit) && <Checklist items={working.checklist} title="提交审核前检查" />}
        {(showActions || permissions.benchmark) && (
          <TRPCReactProvider>
            <div className="flex flex-wrap items-start gap-2">
              {showActions && (
                <EntryActions entry="scenario" id={id} version={scenario.version} can={{ ...permissions, review: false }} editHref={`/console/scenarios/${id}/edit`} />
              )}
              {permissions.benchmark && <BenchmarkToggle id={id} benchmark={scenario.benchmark} />}
            </div>
          </TRPCReactProvider>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card title="为群众和企业解决什么">
            <p className="whitespace-pre-line text-slate-800">{content.problem}</p>
          </Card>
          <Card title="怎么做到的">
            <p className="whitespace-pre-line text-slate-800">{content.howItWorks}</p>
          </Card>
          {content.results.length > 0 && (
            <Card title="成效指标（部门填报）">
              {content.reform && <p className="mb-3 text-sm text-slate-600">由部门填报的业务成效；环节、材料、时限、跑动和表单的压减见按办理流程计算的「改革对比表」。</p>}
              <ul className="grid gap-3 sm:grid-cols-2">
                {content.results.map((r) => (
                  <li key={r.metric} className="rounded-md bg-green-50 p-3">
                    <p className="text-sm text-slate-700">{r.metric}</p>
                    <p className="text-lg font-semibold text-green-900">
                      {r.before} {r.unit} → {r.after} {r.unit}
                    </p>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title={`使用的资源（${d.resources.length}）`}>
            <Table
              caption="场景使用的资源"
              rows={d.resources}
              rowKey={(r) => r.id}
              empty="未登记使用的资源"
              columns={[
                {
                  header: "资源",
                  cell: (r) => (
                    <Link className="text-brand-700 hover:underline" href={`/resources/${r.id}`}>
                      {r.name}
                    </Link>
                  ),
                },
                { header: "类型", cell: (r) => RESOURCE_KIND_LABELS[r.kind] },
                { header: "提供部门", cell: (r) => r.departmentName },
                { header: "共享属性", cell: (r) => <SharingBadge value={r.sharingClass} /> },
              ]}
            />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card title="在哪些区市上线">
            <p className="mb-3 text-sm text-slate-700">
              已在 <strong>{live.length}</strong> / 10 个区市上线，已被复用 <strong>{d.confirmedAdoptions}</strong> 次
            </p>
            <ul className="grid grid-cols-2 gap-2" aria-label="区市覆盖">
              {d.coverage.map((c) => (
                <li
                  key={c.id}
                  className={`rounded-md border px-2 py-2 text-sm ${c.live ? "border-green-300 bg-green-50 text-green-900" : "border-slate-200 bg-white text-slate-600"}`}
                >
                  <span className="font-medium">{c.name}</span>
                  <span className="block text-xs">{c.live ? (c.via === "adoption" ? `复用上线 ${formatDate(c.liveSince)}` : "已上线") : "未上线"}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="复用时间线">
            {d.adoptions.length === 0 ? (
              <p className="text-sm text-slate-600">尚无复用记录。</p>
            ) : (
              <ol className="space-y-3 border-l-2 border-brand-100 pl-4">
                {d.adoptions.map((a) => (
                  <li key={a.id}>
                    <p className="text-sm font-medium">
                      {formatDate(a.liveSince)} {a.adopterName}上线
                      {a.status !== "confirmed" && <span className="ml-1 text-xs text-amber-800">（{ADOPTION_STATUS[a.status]}）</span>}
                    </p>
                    <p className="text-sm text-slate-700">{a.adaptations}</p>
                    {a.status === "pending" && permissions.decideAdoptions && (
                      <TRPCReactProvider>
                        <AdoptionDecision id={a.id} version={a.version} adopterName={a.adopterName} />
                      </TRPCReactProvider>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {permissions.recordAdoption && actor && (
            <Card title="登记复用" id="record-adoption">
              <p className="mb-3 text-sm text-slate-700">{actor.departmentName}已上线该场景？登记后由牵头部门确认，确认后计入复用排行。</p>
              <TRPCReactProvider>
                <RecordAdoption scenarioId={id} today={shanghaiDate()} departmentId={actor.departmentId} />
              </TRPCReactProvider>
            </Card>
          )}
          {d.ownAdoption?.status === "pending" && (
            <Notice>本部门已登记复用（{formatDate(d.ownAdoption.liveSince)} 上线），等待牵头部门确认。</Notice>
          )}
          {content.contactName && (
            <Card title="联系人">
              <p className="text-sm">
                {content.contactName} {content.contactPhone}
              </p>
            </Card>
          )}
        </div>
      </div>
      {reform && <ReformSheet view={reform} />}
      <ReviewBar kind="scenario" id={id} version={scenario.version} reviewable={permissions.review}
        checklist={working?.checklist}
        duplicates={working ? { items: working.likelyDuplicates, reason: working.duplicateReason } : undefined}
        queue={queue}
      />
    </>
  );
}
