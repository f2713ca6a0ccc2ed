import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { RESOURCE_KIND_LABELS, reviewQueueSchema } from "@/server/resources/schemas";
import { buttonClass } from "@/app/_components/ui/button";
import { Select } from "@/app/_components/ui/field";
import { PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { ReviewQueue } from "./review-queue";

export const metadata: Metadata = { title: "资源审核" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission(can.reviewResources);
  const params = await searchParams;
  const filter = reviewQueueSchema.parse(params);
  const caller = await api();
  const [queue, departments] = await Promise.all([caller.resource.reviewQueue(filter), caller.organisation.allDepartments()]);
  return (
    <>
      <PageHeader title="资源审核" description={`待审核 ${queue.total} 项，按提交时间先后排列。系统已按管理制度逐项检查。`} />
      <form role="search" action="/console/review" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="departmentId" className="mb-1 block text-xs text-slate-600">
            提交部门
          </label>
          <Select id="departmentId" name="departmentId" defaultValue={filter.departmentId ?? ""}>
            <option value="">全部部门</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block text-xs text-slate-600">
            资源类型
          </label>
          <Select id="kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">全部类型</option>
            {Object.entries(RESOURCE_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <ReviewQueue rows={queue.rows} />
      <Pagination basePath="/console/review" params={params} page={queue.page} pageCount={queue.pageCount} total={queue.total} />
    </>
  );
}
