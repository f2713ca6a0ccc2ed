import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { requireActor } from "@/server/auth/session";
import { AUDIENCE_LABELS, DISPOSITION_LABELS, E_LICENCE_LABELS, LIFE_EVENT_LABELS, NOPROOF_DOMAIN_LABELS, PROOF_KIND_LABELS } from "@/server/no-proof/schemas";
import { EntryActions } from "@/app/_components/entry-actions";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { BackLink, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { SavedNotice } from "@/app/_components/saved-notice";
import { Checklist, ReviewBar } from "@/app/_components/review-bar";
import { WorkingVersionNotice } from "@/app/_components/revision-notice";

export const metadata: Metadata = { title: "无证明场景" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; queue?: string }> };

/** The staff view of a use case: the version under work, its review, and the actions on it. */
export default async function CaseConsolePage({ params, searchParams }: Props) {
  await requireActor();
  const [{ id }, { saved, queue }] = await Promise.all([params, searchParams]);
  const d = await (await api()).noProof.get({ id }).catch(rethrowAsPage);
  const { entry, content: c, working, permissions } = d;
  const showActions = permissions.edit || permissions.submit || permissions.retire;
  return (
    <>
      {permissions.review ? <BackLink href="/console/review/no-proof">无证明场景审核队列</BackLink> : <BackLink href="/console/no-proof">无证明场景</BackLink>}
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ResourceStatusBadge status={entry.status} />
            <span>{d.departmentName}</span>
            <span className="font-mono">{c.itemCode}</span>
            {entry.status === "published" && (
              <a className="text-brand-700 underline" href={`/no-proof/cases/${id}`}>
                公众页面
              </a>
            )}
          </span>
        }
      />
      <div className="space-y-4">
        <SavedNotice saved={saved} listHref={"/console/no-proof"} listLabel="本部门无证明场景" />
        <WorkingVersionNotice working={working} published={!!entry.currentVersionId} shownIn="公众页面" />
        {working && !permissions.review && <Checklist items={working.checklist} title="提交审核前检查" />}
        {showActions && <EntryActions entry="noProof" id={id} version={entry.version} can={{ ...permissions, review: false }} editHref={`/console/no-proof/${id}/edit`} />}
        <Card title="事项">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
            <dt className="text-slate-600">简要说明</dt>
            <dd>{c.summary}</dd>
            <dt className="text-slate-600">领域</dt>
            <dd>{NOPROOF_DOMAIN_LABELS[c.domain]}</dd>
            <dt className="text-slate-600">人生事件</dt>
            <dd>{c.lifeEvents.map((e) => LIFE_EVENT_LABELS[e]).join("、")}</dd>
            <dt className="text-slate-600">服务对象</dt>
            <dd>{c.audiences.map((a) => AUDIENCE_LABELS[a]).join("、")}</dd>
            <dt className="text-slate-600">电子证照</dt>
            <dd>{c.eLicences.map((l) => E_LICENCE_LABELS[l]).join("、") || "—"}</dd>
            <dt className="text-slate-600">办理</dt>
            <dd>
              {c.timeLimit} · {c.fee} · {[c.channels.app && "爱山东·青e办", c.channels.onlineHall && "网上办事大厅", ...c.channels.halls].filter(Boolean).join("、")}
            </dd>
            <dt className="text-slate-600">步骤</dt>
            <dd>{c.steps.join(" → ")}</dd>
            <dt className="text-slate-600">依据</dt>
            <dd>{c.legalBasis}</dd>
            <dt className="text-slate-600">实施日期</dt>
            <dd>
              {c.effectiveDate}
              {c.countsTowardTarget && "（计入今年新增目标）"}
            </dd>
            <dt className="text-slate-600">适用区市</dt>
            <dd>{d.districts.map((x) => x.name).join("、") || "全市通办"}</dd>
            <dt className="text-slate-600">更新时间</dt>
            <dd>{formatDateTime(entry.updatedAt)}</dd>
          </dl>
        </Card>
        <Card title={`证明材料（${c.proofs.length}）`}>
          <Table
            caption="证明材料"
            rows={c.proofs}
            rowKey={(p) => p.name}
            columns={[
              { header: "证明", cell: (p) => p.name },
              { header: "类别", cell: (p) => PROOF_KIND_LABELS[p.kind] },
              { header: "原开具单位", cell: (p) => p.issuer },
              { header: "处理方式", cell: (p) => DISPOSITION_LABELS[p.disposition] },
              { header: "替代方式或保留原因", cell: (p) => p.replacement || p.retainedReason, wrap: true },
            ]}
          />
        </Card>
      </div>
      <ReviewBar kind="noProof" id={id} version={entry.version} reviewable={permissions.review} checklist={working?.checklist} queue={queue} />
    </>
  );
}
