import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { scenarioSearchSchema } from "@/server/scenarios/queries";
import { formatDateTime } from "@/server/time";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { ReviewTabs } from "../review-tabs";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "场景审核" };

export default async function ScenarioReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const { page } = readSearchParams(scenarioSearchSchema, params);
  const queue = await (await api()).scenario.reviewQueue({ page });
  return (
    <>
      <PageHeader title="场景审核" description={`待审核 ${queue.total} 个场景，按提交时间先后排列。打开场景查看内容后通过或退回。`} />
      <ReviewTabs current="scenarios" />
      <Table
        caption="待审核场景"
        rows={queue.rows}
        rowKey={(r) => `${r.id}-${r.number}`}
        empty="没有待审核的场景。"
        columns={[
          {
            header: "场景",
            cell: (r) => (
              <Link className="text-brand-700 hover:underline" href={`/scenarios/${r.id}`}>
                {r.name}
              </Link>
            ),
          },
          { header: "类型", cell: (r) => scenarioKindLabel(r.kind, r.audience) },
          { header: "牵头部门", cell: (r) => r.departmentName },
          { header: "版本", cell: (r) => (r.number > 1 ? `第 ${r.number} 版修改` : "新登记") },
          { header: "使用资源", cell: (r) => `${r.resourceCount} 项` },
          { header: "提交", cell: (r) => `${r.submitterName ?? "—"} ${formatDateTime(r.submittedAt)}` },
        ]}
      />
      <Pagination basePath="/console/review/scenarios" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
