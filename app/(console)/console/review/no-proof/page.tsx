import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { pageInput } from "@/server/pagination";
import { NOPROOF_DOMAIN_LABELS, type NoProofDomain } from "@/server/noproof/schemas";
import { formatDateTime } from "@/server/time";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { ReviewTabs } from "../review-tabs";
import { firstValues, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "无证明场景审核" };

export default async function CaseReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const queue = await (await api()).noProof.reviewQueue({ page: pageInput.parse(params.page) });
  return (
    <>
      <PageHeader title="无证明场景审核" description={`待审核 ${queue.total} 个，按提交时间先后排列。通过后即在公众页面发布。`} />
      <ReviewTabs current="noProof" />
      <Table
        caption="待审核无证明场景"
        rows={queue.rows}
        rowKey={(r) => `${r.id}-${r.number}`}
        empty="没有待审核的无证明场景。"
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
          { header: "负责部门", cell: (r) => r.departmentName },
          { header: "证明材料", cell: (r) => `${r.proofCount} 项` },
          { header: "版本", cell: (r) => (r.number > 1 ? `第 ${r.number} 版修改` : "新登记") },
          { header: "提交", cell: (r) => `${r.submitterName ?? "—"} ${formatDateTime(r.submittedAt)}` },
        ]}
      />
      <Pagination basePath="/console/review/no-proof" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
