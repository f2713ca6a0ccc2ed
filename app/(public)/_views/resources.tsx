import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import { can, type Actor } from "@/server/auth/permissions";
import {
  DOMAIN_LABELS,
  RESOURCE_KIND_LABELS,
  RESOURCE_STATUS_LABELS,
  resourceSearchSchema,
  SEARCH_MAX,
  SHARING_CLASS_LABELS,
  SORTS,
} from "@/server/resources/schemas";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { formatDateTime } from "@/server/time";
import { ResourceStatusBadge, SharingBadge } from "@/app/_components/resource-badges";
import { ButtonLink, buttonClass } from "@/app/_components/ui/button";
import { Input, Select } from "@/app/_components/ui/field";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { firstValues, readSearchParams, wasShortened, type SearchParams } from "@/server/validation";

export const metadata: Metadata = {
  title: "资源目录",
  description: "青岛城市云脑资源目录：数据、接口、算法模型、组件、物联感知、视频、算力和应用资源检索",
};

type Params = Record<string, string | undefined>;

/** The same search with one filter changed (or removed), page reset. */
function withParam(params: Params, key: string, value: string | undefined): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== "page" && k !== key) sp.set(k, v);
  if (value) sp.set(key, value);
  const qs = sp.toString();
  return qs ? `/resources?${qs}` : "/resources";
}

function FacetList({ title, facet, params, values, label }: {
  title: string;
  facet: string;
  params: Params;
  values: { value: string; count: number }[];
  label: (value: string) => string;
}) {
  if (values.length === 0) return null;
  const selected = params[facet];
  return (
    <section aria-label={title}>
      <h2 className="mb-1 text-sm font-semibold text-slate-700">{title}</h2>
      <ul className="space-y-0.5 text-sm">
        {values.slice(0, 12).map((v) => (
          <li key={v.value}>
            <Link
              href={withParam(params, facet, selected === v.value ? undefined : v.value)}
              aria-current={selected === v.value ? "true" : undefined}
              className={`flex justify-between gap-2 rounded px-2 py-1 hover:bg-brand-50 ${selected === v.value ? "bg-brand-100 font-medium text-brand-800" : "text-slate-700"}`}
            >
              {label(v.value)}
              <span className="text-slate-600">{v.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function ResourcesView({ caller, actor, searchParams }: { caller: Caller; actor: Actor | null; searchParams: SearchParams }) {
  const params = firstValues(searchParams);
  const filter = readSearchParams(resourceSearchSchema, params);
  const result = await caller.resource.search(filter);
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1] && e[0] !== "page")).toString();
  const lookup = (map: Record<string, string>) => (v: string) => map[v] ?? v;
  const facetLists = (
    <>
      <FacetList title="资源类型" facet="kind" params={params} values={result.facets.kind} label={lookup(RESOURCE_KIND_LABELS)} />
      <FacetList title="所属领域" facet="domain" params={params} values={result.facets.domain} label={lookup(DOMAIN_LABELS)} />
      <FacetList title="共享属性" facet="sharingClass" params={params} values={result.facets.sharingClass} label={lookup(SHARING_CLASS_LABELS)} />
      {actor && <FacetList title="状态" facet="status" params={params} values={result.facets.status} label={lookup(RESOURCE_STATUS_LABELS)} />}
      <FacetList title="所属部门" facet="departmentId" params={params} values={result.facets.departmentId} label={lookup(result.departmentNames)} />
    </>
  );
  return (
    <>
      <DemoDataNotice />
      <PageHeader
        title="资源目录"
        description="城市云脑汇聚的数据、接口、算法模型、组件、物联感知、视频、算力和应用资源"
        actions={
          actor &&
          can.registerResources(actor) && (
            <>
              <ButtonLink href="/console/resources/import" variant="secondary">
                批量导入
              </ButtonLink>
              <ButtonLink href="/console/resources/new">登记资源</ButtonLink>
            </>
          )
        }
      />
      <form role="search" action="/resources" className="mb-6 flex flex-wrap gap-2">
        {(["kind", "domain", "sharingClass", "status", "departmentId"] as const).map(
          (k) => params[k] && <input key={k} type="hidden" name={k} value={params[k]} />,
        )}
        <div className="min-w-56 flex-1">
          <label htmlFor="q" className="sr-only">
            搜索资源
          </label>
          <Input id="q" name="q" type="search" defaultValue={filter.q} maxLength={SEARCH_MAX} placeholder="名称、标签或数据项，如：证照" />
        </div>
        <div>
          <label htmlFor="sort" className="sr-only">
            排序
          </label>
          <Select id="sort" name="sort" defaultValue={result.sort}>
            {Object.entries(SORTS).map(([v, l]) => (
              <option key={v} value={v}>
                按{l}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass()}>
          搜索
        </button>
      </form>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        {/* On a phone the filters fold away above the results, no script needed; on a wide screen
            they stay open beside them (globals.css). Rendered once: the signed-in list is live. */}
        <aside aria-label="筛选">
          <details className="filters-panel rounded-lg border border-slate-200 bg-white p-3 lg:border-0 lg:bg-transparent lg:p-0">
            <summary className="cursor-pointer font-medium">筛选条件</summary>
            <div className="mt-3 space-y-4 lg:mt-0">{facetLists}</div>
          </details>
        </aside>
        <div>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
            <p aria-live="polite">
              共找到 <strong>{result.total}</strong> 项资源{filter.q && <>，关键词「{filter.q}」</>}
              {wasShortened(params, "q", SEARCH_MAX) && <span className="block text-amber-800">搜索词过长，已按前 {SEARCH_MAX} 个字查找</span>}
            </p>
            {actor && (
              <p className="flex flex-wrap gap-x-3 gap-y-1">
                <a className="text-brand-700 hover:underline" href={`/api/resources/export?format=xlsx&${exportQuery}`}>
                  导出 Excel
                </a>
                <a className="text-brand-700 hover:underline" href={`/api/resources/export?format=csv&${exportQuery}`}>
                  导出 CSV
                </a>
                <a
                  className="text-brand-700 hover:underline"
                  href={`/api/resources/export?format=xlsx&layout=national&${exportQuery}`}
                  title="按政务信息资源目录编制指南的列（信息资源分类、信息资源代码、提供方代码……）导出 Excel；按所属部门筛选即为该部门的目录"
                >
                  导出国家目录格式
                </a>
              </p>
            )}
          </div>
          <ul className="space-y-3" aria-label="搜索结果">
            {result.rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-medium">
                    <Link href={`/resources/${r.id}`} className="text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                  </h2>
                  <Badge tone="brand">{RESOURCE_KIND_LABELS[r.kind]}</Badge>
                  <SharingBadge value={r.sharingClass} />
                  {(actor || r.status !== "published") && <ResourceStatusBadge status={r.status} />}
                  {r.hasPendingRevision && actor && <Badge tone="warning">有修改待审</Badge>}
                </div>
                <p className="mt-1 line-clamp-2 text-sm text-slate-700">{r.summary}</p>
                {/* One line of text around the code: a list page renders this twenty times. */}
                <p className="mt-2 text-xs text-slate-600">
                  {`${r.departmentName} · ${DOMAIN_LABELS[r.domain as keyof typeof DOMAIN_LABELS] ?? r.domain} · `}
                  <span className="font-mono">{r.code}</span>
                  {` · 更新于 ${formatDateTime(r.updatedAt)}${r.tags.length > 0 ? ` · 标签：${r.tags.join("、")}` : ""}`}
                </p>
              </li>
            ))}
          </ul>
          {result.rows.length === 0 && <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">没有找到符合条件的资源，请换个关键词或减少筛选条件。</p>}
          <Pagination basePath="/resources" params={params} page={result.page} pageCount={result.pageCount} total={result.total} />
        </div>
      </div>
    </>
  );
}
