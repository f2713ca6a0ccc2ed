import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { ReactNode } from "react";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { getActor } from "@/server/auth/session";
import { PROVISIONAL_DEADLINE } from "@/server/calendar/schemas";
import { classificationText, informationResourceCode, sharingModeText, updateFrequencyText } from "@/server/resources/classification";
import { CONTENT_FIELDS } from "@/server/resources/diff";
import { RESOURCE_KIND_LABELS, type ResourceContent } from "@/server/resources/schemas";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { formatDate, formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { ResourceStatusBadge, SharingBadge, VERSION_STATUS_LABELS } from "@/app/_components/resource-badges";
import { EntryActions } from "@/app/_components/entry-actions";
import { TRPCReactProvider } from "@/app/_components/trpc";
import { BackLink, Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { RequestAccess } from "./request-access";
import { SavedNotice } from "@/app/_components/saved-notice";
import { Checklist, ReviewBar } from "@/app/_components/review-bar";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; queue?: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const detail = await (await api()).resource.get({ id }).catch(() => null);
  return detail ? { title: detail.content.name, description: detail.content.summary.slice(0, 120) } : { title: "资源不存在" };
}

/** Shown in their own card, as the national catalogue names them. */
const CATALOGUE_FIELDS = [
  "catalogueClass",
  "catalogueItem",
  "catalogueSubject",
  "catalogueDetail",
  "sharingChannel",
  "updateFrequency",
  "updateFrequencyNote",
  "linkedCodes",
  "informationSystem",
];

/** The fields worth a row for this kind, skipping empty ones. */
function attributes(c: ResourceContent) {
  const skip = new Set(["name", "summary", "kind", "sharingClass", ...CATALOGUE_FIELDS]);
  return CONTENT_FIELDS.filter(({ field }) => !skip.has(field)).flatMap(({ field, label, show }) => {
    const value = show ? show(c) : String(c[field] ?? "");
    return value ? [{ label, value, link: field === "accessUrl" || field === "docUrl" }] : [];
  });
}

function Dl({ rows }: { rows: { label: string; value: ReactNode; link?: boolean }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map((r) => (
        <div key={r.label} className="contents">
          <dt className="text-slate-600">{r.label}</dt>
          <dd className="break-all text-slate-900">
            {r.link ? (
              <a href={String(r.value)} className="text-brand-700 underline" rel="noopener noreferrer">
                {r.value}
              </a>
            ) : (
              r.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Where the actor's department stands with this resource: what the 资源申请 card shows. */
async function AccessCard({ resourceId, sharingClass }: { resourceId: string; sharingClass: ResourceContent["sharingClass"] }) {
  const access = await (await api()).access.forResource({ resourceId });
  const STATUS = { pending: "已申请，等待提供部门答复", approved: "已获准使用", rejected: "申请未获同意", granted: "已开通使用" } as const;
  return (
    <Card title="申请使用" id="request-access">
      {sharingClass === "none" ? (
        <p className="text-sm text-slate-700">该资源为「不予共享」，不能申请使用。</p>
      ) : access && access.status !== "rejected" ? (
        <div className="space-y-1 text-sm">
          <p>
            <strong>{STATUS[access.status]}</strong>
            {access.status === "pending" && `（答复期限 ${formatDateTime(access.dueAt)}${access.dueProvisional ? `，${PROVISIONAL_DEADLINE}` : ""}）`}
          </p>
          {access.conditions && <p>使用条件：{access.conditions}</p>}
          {access.expiresOn && <p>有效期至：{formatDateTime(access.expiresOn)}</p>}
          <p>
            <Link className="text-brand-700 hover:underline" href="/console/requests?box=sent">
              查看本部门的申请
            </Link>
          </p>
        </div>
      ) : (
        <TRPCReactProvider>
          {access?.status === "rejected" && <p className="mb-2 text-sm text-red-800">上次申请未获同意，可补充用途后重新申请。</p>}
          <RequestAccess resourceId={resourceId} conditional={sharingClass === "conditional"} />
        </TRPCReactProvider>
      )}
    </Card>
  );
}

export default async function ResourcePage({ params, searchParams }: Props) {
  const [{ id }, { saved, queue }] = await Promise.all([params, searchParams]);
  const [detail, actor] = await Promise.all([(await api()).resource.get({ id }).catch(rethrowAsPage), getActor()]);
  const { resource, content, working, history, permissions, linked } = detail;
  const catalogueCode = informationResourceCode(content, resource.code);
  const canSubmit = permissions.edit && !!working && (working.status === "draft" || working.status === "returned");
  const showActions = permissions.edit || permissions.retire;
  return (
    <>
      <DemoDataNotice />
      {permissions.review ? <BackLink href="/console/review">资源审核队列</BackLink> : <BackLink href="/resources">资源目录</BackLink>}
      <PageHeader
        title={content.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="brand">{RESOURCE_KIND_LABELS[content.kind]}</Badge>
            <SharingBadge value={content.sharingClass} />
            <ResourceStatusBadge status={resource.status} />
            <span>{resource.departmentName}</span>
            <span>
              资源编码 <span className="font-mono">{resource.code}</span>
            </span>
            {catalogueCode && (
              <span>
                信息资源代码 <span className="font-mono">{catalogueCode}</span>
              </span>
            )}
          </span>
        }
      />
      <div className="space-y-6">
        <SavedNotice saved={saved} listHref={`/resources?departmentId=${resource.departmentId}&sort=updated`} listLabel="本部门资源" />
        {resource.status === "retired" && (
          <Notice tone="warning">
            该资源已于 {formatDateTime(resource.retiredAt)} 下线：{resource.retiredReason}
            {resource.mergedIntoId && (
              <Link className="ml-1 underline" href={`/resources/${resource.mergedIntoId}`}>
                查看保留的资源
              </Link>
            )}
          </Notice>
        )}
        {working && (
          <Card title={`第 ${working.number} 版（${VERSION_STATUS_LABELS[working.status]}）`}>
            {working.status === "returned" && working.reviewComment && (
              <Notice tone="error">
                审核退回（{working.reviewerName}，{formatDateTime(working.reviewedAt)}）：{working.reviewComment}
              </Notice>
            )}
            {resource.currentVersionId && <p className="mb-3 text-sm text-slate-700">这是对已发布资源的修改；审核通过前，目录中仍显示当前发布版。</p>}
            {!permissions.review && <Checklist items={working.checklist} />}
            {resource.currentVersionId && (
              <p className="mb-3 text-sm">
                <Link className="text-brand-700 hover:underline" href={`/resources/${id}/compare?from=${history.find((v) => v.status === "published")?.number ?? 1}&to=${working.number}`}>
                  查看与发布版的差异
                </Link>
              </p>
            )}
          </Card>
        )}
        {showActions && (
          <TRPCReactProvider>
            <EntryActions entry="resource" id={id} version={resource.version} can={{ ...permissions, submit: canSubmit, review: false }} editHref={`/console/resources/${id}/edit`} />
          </TRPCReactProvider>
        )}
        {actor && can.requestAccess(actor) && actor.departmentId !== resource.departmentId && resource.status === "published" && (
          <AccessCard resourceId={id} sharingClass={content.sharingClass} />
        )}
        <Card title="资源说明">
          <p className="mb-4 whitespace-pre-line text-slate-800">{content.summary}</p>
          <Dl
            rows={[
              ...attributes(content),
              { label: "登记时间", value: formatDateTime(resource.createdAt) },
              { label: "首次发布", value: formatDateTime(resource.publishedAt) },
              { label: "最近更新", value: formatDateTime(resource.updatedAt) },
            ]}
          />
        </Card>
        <Card title="政务信息资源目录">
          <Dl
            rows={[
              { label: "信息资源分类", value: classificationText(content, resource.departmentName) },
              { label: "信息资源代码", value: <span className="font-mono">{catalogueCode || "—"}</span> },
              { label: "信息资源提供方", value: resource.departmentName },
              { label: "信息资源提供方代码", value: <span className="font-mono">{resource.departmentCreditCode || "—"}</span> },
              { label: "共享方式", value: sharingModeText(content) },
              { label: "更新周期", value: updateFrequencyText(content) },
              { label: "发布日期", value: formatDate(resource.publishedAt) },
              {
                label: "关联资源",
                value: linked.length ? (
                  <ul className="space-y-1">
                    {linked.map((l) => (
                      <li key={l.code}>
                        {l.id ? (
                          <Link className="text-brand-700 hover:underline" href={`/resources/${l.id}`}>
                            <span className="font-mono">{l.code}</span> {l.name}
                          </Link>
                        ) : (
                          <span className="font-mono">{l.code}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : (
                  "—"
                ),
              },
              { label: "所属信息系统", value: content.informationSystem || "—" },
            ]}
          />
        </Card>
        {content.dataItems.length > 0 && (
          <Card title={`数据项（${content.dataItems.length}）`}>
            <Table
              caption="数据项"
              rows={content.dataItems.map((d, i) => ({ ...d, i }))}
              rowKey={(d) => String(d.i)}
              columns={[
                { header: "名称", cell: (d) => d.name },
                { header: "类型", cell: (d) => d.type },
                { header: "长度", cell: (d) => d.length ?? "—" },
                { header: "说明", cell: (d) => d.description || "—", wrap: true },
              ]}
            />
          </Card>
        )}
        {history.length > 0 && (
          <Card title="版本历史">
            <Table
              caption="版本历史"
              rows={history}
              rowKey={(v) => v.id}
              columns={[
                { header: "版本", cell: (v) => `第 ${v.number} 版` },
                { header: "名称", cell: (v) => v.name },
                { header: "状态", cell: (v) => VERSION_STATUS_LABELS[v.status] },
                { header: "更新时间", cell: (v) => formatDateTime(v.updatedAt) },
                { header: "审核", cell: (v) => (v.reviewerName ? `${v.reviewerName} ${formatDateTime(v.reviewedAt)}` : "—") },
                {
                  header: "对比",
                  cell: (v) =>
                    v.number > 1 ? (
                      <Link className="text-brand-700 hover:underline" href={`/resources/${id}/compare?from=${v.number - 1}&to=${v.number}`}>
                        与第 {v.number - 1} 版对比
                      </Link>
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
          </Card>
        )}
      </div>
      <ReviewBar kind="resource" id={id} version={resource.version} reviewable={permissions.review}
        checklist={working?.checklist}
        duplicates={working ? { items: working.likelyDuplicates, reason: working.content.duplicateReason } : undefined}
        queue={queue}
      />
    </>
  );
}
