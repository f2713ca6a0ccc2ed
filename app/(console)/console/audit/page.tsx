import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { auditFilterSchema, ACTION_LABELS, ENTITY_TYPE_LABELS } from "@/server/audit/audit";
import { MAX_AUDIT_EXPORT_ROWS } from "@/server/audit/export";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { describeBrowser } from "@/server/http/user-agent";
import { formatDateTime } from "@/server/time";
import { buttonClass } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/field";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";
import { IntegrityCheck } from "./integrity-check";

export const metadata: Metadata = { title: "审计日志" };

const filterLabel = "mb-1 block text-xs text-slate-600";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.viewAuditTrail);
  const params = firstValues(await searchParams);
  const filter = readSearchParams(auditFilterSchema, params);
  const result = await (await api()).audit.list(filter);
  // The export takes the filters the page applied (a value the page ignored is left out too).
  const exportQuery = new URLSearchParams(
    Object.entries({ q: filter.q, entityType: filter.entityType, actorId: filter.actorId, from: filter.from && params.from, to: filter.to && params.to })
      .filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return (
    <>
      <PageHeader
        title="审计日志"
        description="谁在何时、从哪里对哪条记录做了什么，包括登录、导出下载和被拒绝的越权操作。记录只增不改、不可删除，依《网络安全法》至少留存六个月。"
        actions={
          result.total <= MAX_AUDIT_EXPORT_ROWS ? (
            <a href={`/api/audit/export?${exportQuery}`} className={buttonClass("secondary")} download>
              导出 Excel
            </a>
          ) : (
            <p className="max-w-xs text-sm text-slate-600">
              符合条件的记录超过 {MAX_AUDIT_EXPORT_ROWS.toLocaleString("zh-CN")} 条，请缩短日期范围后导出 Excel。
            </p>
          )
        }
      />
      <Card title="完整性校验" className="mb-6">
        <IntegrityCheck />
      </Card>
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
          { header: "来源地址", cell: (r) => r.address || "—" },
          {
            header: "浏览器",
            cell: (r) => (r.userAgent ? <span title={r.userAgent}>{describeBrowser(r.userAgent)}</span> : "—"),
          },
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
