import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { scenarioSearchSchema } from "@/server/scenarios/queries";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { ReviewQueue } from "../review-queue";
import { ReviewTabs } from "../review-tabs";

export const metadata: Metadata = { title: "场景审核" };

export default async function ScenarioReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const { page } = readSearchParams(scenarioSearchSchema, params);
  const queue = await (await api()).scenario.reviewQueue({ page });
  return (
    <>
      <PageHeader title="场景审核" description={`待审核 ${queue.total} 个场景，按提交时间先后排列。系统已按管理制度逐项检查。`} />
      <ReviewTabs current="scenario" />
      <ReviewQueue
        kind="scenario"
        rows={queue.rows.map((r) => ({ ...r, kindLabel: scenarioKindLabel(r.kind, r.audience), detail: `使用资源 ${r.resourceCount} 项` }))}
      />
      <Pagination basePath="/console/review/scenarios" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
