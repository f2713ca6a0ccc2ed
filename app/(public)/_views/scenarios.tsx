import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import { DOMAIN_LABELS } from "@/server/resources/schemas";
import { scenarioSearchSchema } from "@/server/scenarios/queries";
import { SCENARIO_KIND_LABELS } from "@/server/scenarios/schemas";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { scenarioKindLabel } from "@/app/_components/scenario-labels";
import { buttonClass } from "@/app/_components/ui/button";
import { FilterSelect } from "@/app/_components/ui/filter-select";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";

export const metadata: Metadata = {
  title: "场景目录",
  description: "青岛城市云脑多跨融合大场景、“一件事”和“一个场景”，标杆场景与复用情况",
};

export async function ScenariosView({ caller, searchParams }: { caller: Caller; searchParams: SearchParams }) {
  const params = firstValues(searchParams);
  const filter = readSearchParams(scenarioSearchSchema, params);
  const [list, departments] = await Promise.all([caller.scenario.list(filter), caller.site.departments()]);
  return (
    <>
      <DemoDataNotice />
      <PageHeader
        title="场景目录"
        description="一地创新、全市复用：各部门、区市共建的应用场景，标杆场景在前"
        actions={
          <Link href="/scenarios/leaderboard" className={buttonClass("secondary")}>
            复用排行榜
          </Link>
        }
      />
      <form role="search" action="/scenarios" className="mb-6 grid gap-2 sm:grid-cols-[repeat(4,minmax(0,1fr))_auto] sm:items-end">
        <FilterSelect id="kind" label="场景类型" all="全部类型" options={SCENARIO_KIND_LABELS} value={filter.kind} />
        <FilterSelect id="domain" label="所属领域" all="全部领域" options={DOMAIN_LABELS} value={filter.domain} />
        <FilterSelect id="departmentId" label="建设部门" all="全部部门" options={departments.filter((d) => d.kind === "municipal")} value={filter.departmentId} />
        <FilterSelect id="districtId" label="上线区市" all="全部区市" options={departments.filter((d) => d.kind === "district")} value={filter.districtId} />
        <button type="submit" className={buttonClass()}>
          筛选
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-700" aria-live="polite">
        共 {list.total} 个场景
      </p>
      <ul className="grid gap-3 md:grid-cols-2" aria-label="场景列表">
        {list.rows.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-lg font-medium">
                <Link href={`/scenarios/${s.id}`} className="text-brand-700 hover:underline">
                  {s.name}
                </Link>
              </h2>
              {s.benchmark && <Badge tone="warning">标杆场景</Badge>}
              {s.status !== "published" && <ResourceStatusBadge status={s.status} />}
            </div>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-700">
              <span>{scenarioKindLabel(s.kind, s.audience)}</span>
              <span>{DOMAIN_LABELS[s.domain as keyof typeof DOMAIN_LABELS] ?? s.domain}</span>
              <span>{s.departmentName}牵头</span>
            </p>
            <p className="mt-1 text-sm text-slate-600">
              已复用 <strong>{s.adoptions}</strong> 次
            </p>
          </li>
        ))}
      </ul>
      {list.rows.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">没有符合条件的场景。</p>}
      <Pagination basePath="/scenarios" params={params} page={list.page} pageCount={list.pageCount} total={list.total} />
    </>
  );
}
