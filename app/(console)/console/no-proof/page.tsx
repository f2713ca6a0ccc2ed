import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { pageInput } from "@/server/pagination";
import { NOPROOF_DOMAIN_LABELS, type NoProofDomain } from "@/server/no-proof/schemas";
import { formatDateTime } from "@/server/time";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { ButtonLink } from "@/app/_components/ui/button";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "无证明场景" };

export default async function DepartmentCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  if (!can.editNoProofCase(actor, actor.departmentId)) forbidden();
  const params = await searchParams;
  const list = await (await api()).noProof.mine({ page: pageInput.parse(params.page) });
  return (
    <>
      <PageHeader
        title="无证明场景"
        description={`${actor.departmentName}负责的无证明场景；审核通过后在公众页面“无证明城市”发布`}
        actions={
          <>
            <ButtonLink href="/console/no-proof/feedback" variant="secondary">
              公众反映
            </ButtonLink>
            <ButtonLink href="/console/no-proof/import" variant="secondary">
              导入与导出
            </ButtonLink>
            <ButtonLink href="/console/no-proof/places" variant="secondary">
              一码亮证场所
            </ButtonLink>
            <ButtonLink href="/console/no-proof/new">登记无证明场景</ButtonLink>
          </>
        }
      />
      <Table
        caption="无证明场景"
        rows={list.rows}
        rowKey={(r) => r.id}
        empty="尚未登记无证明场景"
        columns={[
          {
            header: "事项",
            cell: (r) => (
              <Link className="text-brand-700 hover:underline" href={`/console/no-proof/${r.id}`}>
                {r.name}
              </Link>
            ),
          },
          { header: "领域", cell: (r) => NOPROOF_DOMAIN_LABELS[r.domain as NoProofDomain] },
          {
            header: "状态",
            cell: (r) => (
              <span className="flex gap-1">
                <ResourceStatusBadge status={r.status} />
                {r.hasPendingRevision && <Badge tone="warning">有修改待审</Badge>}
              </span>
            ),
          },
          { header: "计入目标", cell: (r) => (r.countsTowardTarget ? "是" : "否") },
          { header: "待处理反映", cell: (r) => (r.openFeedback ? <Badge tone="danger">{r.openFeedback} 条</Badge> : "—") },
          { header: "部门", cell: (r) => r.departmentName },
          { header: "更新时间", cell: (r) => formatDateTime(r.updatedAt) },
        ]}
      />
      <Pagination basePath="/console/no-proof" params={params} page={list.page} pageCount={list.pageCount} total={list.total} />
    </>
  );
}
