import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { RESOURCE_KIND_LABELS, reviewQueueSchema } from "@/server/resources/schemas";
import { buttonClass } from "@/app/_components/ui/button";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { ReviewQueue } from "./review-queue";
import { ReviewTabs } from "./review-tabs";
import { queueFilters } from "@/server/versioning/review-kinds";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "资源审核" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const filter = readSearchParams(reviewQueueSchema, params);
  const caller = await api();
  const [queue, departments] = await Promise.all([caller.resource.reviewQueue(filter), caller.organisation.allDepartments()]);
  return (
    <>
      <PageHeader title="资源审核" description={`待审核 ${queue.total} 项，按提交时间先后排列。系统已按管理制度逐项检查。`} />
      <ReviewTabs current="resource" />
      <form role="search" action="/console/review" className="mb-4 flex flex-wrap items-end gap-2">
        <FilterSelect id="departmentId" label="提交部门" all="全部部门" options={departments} value={filter.departmentId} />
        <FilterSelect id="kind" label="资源类型" all="全部类型" options={RESOURCE_KIND_LABELS} value={filter.kind} />
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <ReviewQueue
        kind="resource"
        filters={queueFilters(new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString())}
        rows={queue.rows.map((r) => ({ ...r, kindLabel: RESOURCE_KIND_LABELS[r.kind] }))}
      />
      <Pagination basePath="/console/review" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
