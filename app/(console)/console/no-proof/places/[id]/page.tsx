import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { requireActor } from "@/server/auth/session";
import { E_LICENCE_LABELS } from "@/server/no-proof/schemas";
import { formatDateTime } from "@/server/time";
import { EntryActions } from "@/app/_components/entry-actions";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { Checklist, ReviewBar } from "@/app/_components/review-bar";
import { SavedNotice } from "@/app/_components/saved-notice";
import { BackLink, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { WorkingVersionNotice } from "@/app/_components/revision-notice";

export const metadata: Metadata = { title: "亮证场所" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; queue?: string }> };

/** One kind of 一码亮证 place for its department and reviewers: the version under work and what can be done to it. */
export default async function PlaceConsolePage({ params, searchParams }: Props) {
  await requireActor();
  const [{ id }, { saved, queue }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const [d, departments] = await Promise.all([caller.place.get({ id }).catch(rethrowAsPage), caller.organisation.allDepartments()]);
  const { entry, content: c, working, permissions } = d;
  const districtName = new Map(departments.map((x) => [x.code, x.name]));
  const showActions = permissions.edit || permissions.submit || permissions.retire;
  return (
    <>
      {permissions.review ? <BackLink href="/console/review/places">亮证场所审核队列</BackLink> : <BackLink href="/console/no-proof/places">一码亮证场所</BackLink>}
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ResourceStatusBadge status={entry.status} />
            <span>{d.departmentName}维护</span>
            {entry.status === "published" && (
              <a className="text-brand-700 underline" href="/no-proof/places">
                公众页面
              </a>
            )}
          </span>
        }
      />
      <div className="space-y-4">
        <SavedNotice saved={saved} listHref="/console/no-proof/places" listLabel="一码亮证场所" />
        <WorkingVersionNotice working={working} published={!!entry.currentVersionId} shownIn="公众页面" />
        {working && !permissions.review && (permissions.edit || permissions.submit) && <Checklist items={working.checklist} title="提交审核前检查" />}
        {showActions && <EntryActions entry="place" id={id} version={entry.version} can={{ ...permissions, review: false }} editHref={`/console/no-proof/places/${id}/edit`} />}
        <Card title="场所说明">
          <p className="text-slate-800">{c.description}</p>
          <p className="mt-2 text-sm text-slate-700">可出示：{c.acceptedLicences.map((l) => E_LICENCE_LABELS[l]).join("、")}</p>
          <p className="mt-1 text-sm text-slate-600">更新于 {formatDateTime(entry.updatedAt)}</p>
        </Card>
        <Card title={`示例场所（${c.venues.length}）`}>
          <Table
            caption="示例场所"
            rows={c.venues.map((v, i) => ({ ...v, i }))}
            rowKey={(v) => String(v.i)}
            empty="尚未列出示例场所"
            columns={[
              { header: "名称", cell: (v) => v.name, primary: true, wrap: true },
              { header: "区市", cell: (v) => districtName.get(v.districtCode) ?? v.districtCode, metric: true },
              { header: "地址", cell: (v) => v.address, wrap: true },
            ]}
          />
        </Card>
      </div>
      <ReviewBar kind="place" id={id} version={entry.version} reviewable={permissions.review} checklist={working?.checklist} queue={queue} />
    </>
  );
}
