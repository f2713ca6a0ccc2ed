import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { CLUSTERS_PER_PAGE, duplicateReportInput, ENTRY_TYPE_LABELS, ENTRY_TYPES, type Cluster } from "@/server/duplicates/report";
import { formatDate } from "@/server/time";
import { firstValues, readSearchParams, z, type SearchParams } from "@/server/validation";
import { ResourceStatusBadge } from "@/app/_components/resource-badges";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";
import { MergeCluster } from "./merge-cluster";
import { RecheckButton } from "./recheck-button";

export const metadata: Metadata = { title: "集约建设" };

const BASE = "/console/duplicates";

/** After a merge: the kept entry, by the id the merge answered (never text from the address). */
async function MergedNotice({ entryType, id, count }: { entryType: Cluster["entryType"]; id: string; count: number }) {
  const caller = await api();
  const kept = await (entryType === "resource" ? caller.resource.get({ id }).then((d) => d.content.name) : caller.scenario.get({ id }).then((d) => d.content.name)).catch(() => null);
  if (!kept) return null;
  return (
    <Notice tone="success">
      已将 {count} 项合并至
      <Link className="mx-1 underline" href={`/${entryType}s/${id}`}>
        「{kept}」
      </Link>
      ，原条目已下线。
    </Notice>
  );
}

function ClusterItem({ cluster, n, returnTo }: { cluster: Cluster; n: number; returnTo: string }) {
  const noun = ENTRY_TYPE_LABELS[cluster.entryType];
  const label = `集群 ${n}`;
  const keepFirst = (cluster.centre.status === "published" ? cluster.centre : (cluster.entries.find((e) => e.status === "published") ?? cluster.centre)).id;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 className="text-lg font-semibold text-slate-900">
        {label}：「{cluster.centre.name}」等 {cluster.entries.length} 个{noun}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-700">
        涉及 {cluster.departmentCount} 个部门 · 自 {formatDate(cluster.since)} 起重复 · 最高相似度 {Math.round(cluster.topScore * 100)}%
        {cluster.sharedWords.length > 0 && ` · 相同词：${cluster.sharedWords.join("、")}`}
      </p>
      <Table
        caption={`${label}的${noun}`}
        rows={cluster.entries}
        rowKey={(e) => e.id}
        columns={[
          {
            header: "名称",
            primary: true,
            cell: (e) => (
              <Link className="text-brand-700 hover:underline" href={`/${cluster.entryType}s/${e.id}`}>
                {e.name}
              </Link>
            ),
          },
          ...(cluster.entryType === "resource" ? [{ header: "资源编码", cell: (e: Cluster["entries"][number]) => <span className="font-mono">{e.code}</span> }] : []),
          { header: "部门", cell: (e) => e.departmentName },
          { header: "状态", cell: (e) => <ResourceStatusBadge status={e.status} /> },
          { header: "登记日期", cell: (e) => formatDate(e.createdAt) },
          { header: "发布日期", cell: (e) => formatDate(e.publishedAt) },
        ]}
      />
      <MergeCluster label={label} noun={noun} entries={cluster.entries} keepFirst={keepFirst} returnTo={returnTo} />
    </li>
  );
}

export default async function DuplicatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.reviewResources);
  const params = firstValues(await searchParams);
  const input = readSearchParams(duplicateReportInput, params);
  const report = await (await api()).duplicate.clusters(input);
  const { entryType, clusters, totals } = report;
  const noun = ENTRY_TYPE_LABELS[entryType];
  const merged = z.uuid().safeParse(params.merged).data;
  const returnTo = `${BASE}?entryType=${entryType}${input.page > 1 ? `&page=${input.page}` : ""}`;
  return (
    <>
      <PageHeader
        title="集约建设"
        description="各部门已发布和审核中的资源、场景中可能重复建设的集群：核实后保留一项，其余合并下线，推动一次建设、全市复用。"
        actions={
          <>
            <a href="/api/duplicates/export" className={buttonClass("secondary")} download>
              导出 Excel
            </a>
            <RecheckButton />
          </>
        }
      />
      <div className="space-y-6">
        {merged && <MergedNotice entryType={entryType} id={merged} count={Number(params.count) || 1} />}
        <Notice>本页为平台分析结果：按名称、摘要、类型等自动比对，相似度为估计值，合并前请与相关部门核实。同义词表调整后，可「重新检查」全部条目。</Notice>
        <nav aria-label="条目类型" className="flex flex-wrap gap-2">
          {ENTRY_TYPES.map((type) => (
            <Link
              key={type}
              href={`${BASE}?entryType=${type}`}
              aria-current={entryType === type ? "page" : undefined}
              className={`rounded-full border px-4 py-1.5 text-sm ${entryType === type ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
            >
              {ENTRY_TYPE_LABELS[type]}（{totals[type].clusters} 个集群，{totals[type].entries} 项）
            </Link>
          ))}
        </nav>
        {clusters.rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">暂未发现跨部门可能重复的{noun}。</p>
        ) : (
          <div>
            <ol aria-label={`可能重复的${noun}集群`} className="space-y-4">
              {clusters.rows.map((cluster, i) => (
                <ClusterItem key={cluster.centre.id} cluster={cluster} n={(clusters.page - 1) * CLUSTERS_PER_PAGE + i + 1} returnTo={returnTo} />
              ))}
            </ol>
            <Pagination page={clusters.page} pageCount={clusters.pageCount} total={clusters.total} params={{ entryType }} basePath={BASE} />
          </div>
        )}
        <Card title="各部门重复条目">
          <Table
            caption="各部门在重复集群中的条目数"
            rows={report.departments}
            rowKey={(d) => d.departmentId}
            empty="暂无"
            columns={[
              { header: "部门", cell: (d) => d.departmentName, primary: true },
              { header: "合计", cell: (d) => d.resources + d.scenarios, className: "text-right", metric: true },
              { header: "重复资源", cell: (d) => d.resources, className: "text-right" },
              { header: "重复场景", cell: (d) => d.scenarios, className: "text-right" },
              { header: "涉及集群", cell: (d) => d.clusters, className: "text-right" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
