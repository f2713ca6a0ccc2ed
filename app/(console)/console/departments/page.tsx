import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { DEPARTMENT_KIND_LABELS } from "@/server/organisation/labels";
import { departmentFilterSchema } from "@/server/organisation/schemas";
import { ButtonLink, buttonClass } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/field";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = { title: "部门管理" };

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.manageOrganisation);
  const params = firstValues(await searchParams);
  const filter = readSearchParams(departmentFilterSchema, params);
  const result = await (await api()).organisation.departments(filter);
  return (
    <>
      <PageHeader
        title="部门管理"
        description="市直部门与区市，以及各自的人员数"
        actions={<ButtonLink href="/console/departments/new">新建部门</ButtonLink>}
      />
      <form role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/console/departments">
        <div className="min-w-48 flex-1">
          <label htmlFor="q" className="sr-only">
            搜索部门
          </label>
          <Input id="q" name="q" type="search" placeholder="名称、简称或编码" defaultValue={filter.q} />
        </div>
        <FilterSelect id="kind" label="类型" all="全部类型" options={DEPARTMENT_KIND_LABELS} value={filter.kind} hideLabel />
        <button type="submit" className={buttonClass("secondary")}>
          筛选
        </button>
      </form>
      <Table
        caption="部门列表"
        rows={result.rows}
        rowKey={(r) => r.id}
        empty="没有符合条件的部门"
        columns={[
          {
            header: "名称",
            cell: (r) => (
              <Link className="text-brand-700 underline-offset-2 hover:underline" href={`/console/departments/${r.id}`}>
                {r.name}
              </Link>
            ),
          },
          { header: "简称", cell: (r) => r.shortName },
          { header: "编码", cell: (r) => <span className="font-mono">{r.code}</span> },
          { header: "类型", cell: (r) => <Badge tone={r.kind === "district" ? "brand" : "neutral"}>{DEPARTMENT_KIND_LABELS[r.kind]}</Badge> },
          { header: "人员", cell: (r) => r.memberCount, className: "text-right" },
        ]}
      />
      <Pagination basePath="/console/departments" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
    </>
  );
}
