import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { NOPROOF_DOMAIN_LABELS, type NoProofDomain } from "@/server/no-proof/schemas";
import { pageInput } from "@/server/pagination";
import { firstValues, type SearchParams } from "@/server/validation";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { ReviewQueue } from "../review-queue";
import { ReviewTabs } from "../review-tabs";

export const metadata: Metadata = { title: "无证明场景审核" };

export default async function CaseReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const queue = await (await api()).noProof.reviewQueue({ page: pageInput.parse(params.page) });
  return (
    <>
      <PageHeader title="无证明场景审核" description={`待审核 ${queue.total} 个，按提交时间先后排列。通过后即在公众页面发布。`} />
      <ReviewTabs current="noProof" />
      <ReviewQueue
        kind="noProof"
        rows={queue.rows.map((r) => ({ ...r, kindLabel: NOPROOF_DOMAIN_LABELS[r.domain as NoProofDomain], detail: `证明材料 ${r.proofCount} 项` }))}
      />
      <Pagination basePath="/console/review/no-proof" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
