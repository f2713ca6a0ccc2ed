import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { auditFilterSchema, ACTION_LABELS, ENTITY_TYPE_LABELS } from "@/server/audit/audit";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { buttonClass } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/field";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "审计日志" };

const filterLabel = "mb-1 block text-xs text-slate-600";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.viewAuditTrail);
  const params = firstValues(await searchParams);
  const filter = readSearchParams(auditFilterSchema, params);
  const result = await (await api()).audit.list(filter);
  return (
    <>
      <PageHeader title="审计日志" description="谁在何时对哪条记录做了什么。记录只增不改。" />
      <form role="search" action="/console/audit" className="mb-4 grid items-end gap-2 sm:grid-cols-[1fr_auto_auto_auto_auto]">
        <div>
          <label htmlFor="q" className={filterLabel}>
            关键词
          </label>
          <Input id="q" name="q" type="search" placeholder="操作人、摘要或动作" defaultValue={filter.q} />
        </div>
        <FilterSelect id="entityType" label="对象类型" all="全部" options={ENTITY_TYPE_LABELS} value={filter.entityType} />
        <div>
          <label htmlFor="from" className={filterLabel}>
            起始日期
          </label>
          <Input id="from" name="from" type="date" defaultValue={params.from} />
        </div>
        <div>
          <label htmlFor="to" className={filterLabel}>
            截止日期（不含）
          </label>
          <Input id="to" name="to" type="date" defaultValue={params.to} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <Table
        caption="审计记录"
        rows={result.rows}
        rowKey={(r) => r.id}
        empty="没有符合条件的记录"
        columns={[
          { header: "时间", cell: (r) => <span className="whitespace-nowrap">{formatDateTime(r.at)}</span> },
          { header: "操作人", cell: (r) => r.actorName || "匿名访客" },
          { header: "对象", cell: (r) => <Badge>{ENTITY_TYPE_LABELS[r.entityType] ?? r.entityType}</Badge> },
          { header: "摘要", cell: (r) => r.summary, wrap: true },
          {
            header: "动作",
            cell: (r) => (
              <abbr title={r.action} className="no-underline">
                {ACTION_LABELS[r.action] ?? r.action}
              </abbr>
            ),
          },
        ]}
      />
      <Pagination basePath="/console/audit" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
