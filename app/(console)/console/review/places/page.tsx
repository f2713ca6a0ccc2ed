import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { pageInput } from "@/server/pagination";
import { firstValues, type SearchParams } from "@/server/validation";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { ReviewQueue } from "../review-queue";
import { ReviewTabs } from "../review-tabs";

export const metadata: Metadata = { title: "亮证场所审核" };

export default async function PlaceReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const queue = await (await api()).place.reviewQueue({ page: pageInput.parse(params.page) });
  return (
    <>
      <PageHeader title="亮证场所审核" description={`待审核 ${queue.total} 个，按提交时间先后排列。通过后即在公众页面“一码亮证”发布。`} />
      <ReviewTabs current="place" />
      <ReviewQueue kind="place" rows={queue.rows.map((r) => ({ ...r, kindLabel: "一码亮证", detail: `示例场所 ${r.venueCount} 个` }))} />
      <Pagination basePath="/console/review/places" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
