import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, duplicatePairs, resources, scenarios } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { pageInput, toPage, type Page } from "@/server/pagination";
import { addTableSheet, newWorkbook, workbookBytes } from "@/server/spreadsheets/write";
import { formatShanghaiTime } from "@/server/time";
import { z } from "@/server/validation";
import { refreshAllPairs } from "./lookup";
import type { EntryType } from "./schemas";
import { joinedTerms } from "./similarity";

export const ENTRY_TYPES = ["resource", "scenario"] as const satisfies readonly EntryType[];
export const ENTRY_TYPE_LABELS: Record<EntryType, string> = { resource: "资源", scenario: "场景" };

/** The report's three services share one rule: 市大数据局's reviewers oversee the catalogue citywide. */
export const REPORT_ONLY = "只有审核员可以查看集约建设报告";

/** Clusters per page: each is a small table. */
export const CLUSTERS_PER_PAGE = 10;

export const duplicateReportInput = z.object({
  entryType: z.enum(ENTRY_TYPES).catch("resource").default("resource"),
  page: pageInput,
});

/** An entry of a cluster, as the report lists it. */
export interface ClusterEntry {
  id: string;
  version: number;
  /** 资源编码 (resources only). */
  code: string | null;
  name: string;
  departmentId: string;
  departmentName: string;
  status: "published" | "submitted";
  createdAt: Date;
  publishedAt: Date | null;
}

export interface Cluster {
  entryType: EntryType;
  /** The entry the others are alike to (for a cluster of two, the one not in another cluster): it names the cluster. */
  centre: ClusterEntry;
  /** Registered first, first. */
  entries: ClusterEntry[];
  departmentCount: number;
  /** When the second department registered its entry: the duplicate construction began. */
  since: Date;
  topScore: number;
  /** The words its pairs' names share, the most alike pair's first. */
  sharedWords: string[];
}

export interface DepartmentCount {
  departmentId: string;
  departmentName: string;
  resources: number;
  scenarios: number;
  /** In how many clusters the department has an entry. */
  clusters: number;
}

interface Pair {
  lowId: string;
  highId: string;
  score: number;
  sharedTerms: string[];
}


/**
 * Groups pairs into clusters around anchors: the entry most alike to the others not yet grouped
 * (the sum of those pairs' scores) takes them into its cluster, and so on, so every entry of a cluster is
 * alike to its anchor (a city bureau's register and the districts' copies of it). An entry left
 * whose alike entries were all taken joins a cluster when it is alike to at least half of that
 * cluster's entries of other departments; otherwise it is shown with the most alike of them as a
 * cluster of two, as it need not be alike to the rest (医保药品目录 is alike to 药品经营许可, not
 * to 食品经营许可). Joining every connected pair instead chained 食品经营许可 to
 * 药品经营许可 to 燃气经营许可 into one cluster of different things. Pairs naming an entry not in
 * `entries` (retired, merged) are left out first. Largest first, then the most alike, then the oldest.
 */
export function clustersOf(entryType: EntryType, pairs: Pair[], entries: ReadonlyMap<string, ClusterEntry>): Cluster[] {
  const live = pairs.filter((p) => entries.has(p.lowId) && entries.has(p.highId));
  const alike = new Map<string, Pair[]>();
  for (const p of live) for (const id of [p.lowId, p.highId]) alike.set(id, [...(alike.get(id) ?? []), p]);
  const other = (p: Pair, id: string) => (p.lowId === id ? p.highId : p.lowId);
  const grouped = new Set<string>();
  const groups: { centre: string; pairs: Pair[] }[] = [];
  for (;;) {
    let anchor: { id: string; open: Pair[]; weight: number } | null = null;
    for (const [id, ps] of alike) {
      if (grouped.has(id)) continue;
      const open = ps.filter((p) => !grouped.has(other(p, id)));
      if (open.length === 0) continue;
      const weight = open.reduce((sum, p) => sum + p.score, 0);
      if (!anchor || weight > anchor.weight || (weight === anchor.weight && id < anchor.id)) anchor = { id, open, weight };
    }
    if (!anchor) break;
    grouped.add(anchor.id);
    for (const p of anchor.open) grouped.add(other(p, anchor.id));
    groups.push({ centre: anchor.id, pairs: anchor.open });
  }
  for (const [id, ps] of alike) {
    if (grouped.has(id)) continue;
    // Alike to most of a cluster's entries of other departments (pairs are never within one
    // department, so a bureau's second entry of the anchor's data is alike to the districts only).
    const home = groups
      .map((group) => {
        const members = new Set(group.pairs.flatMap((p) => [p.lowId, p.highId]));
        const others = [...members].filter((m) => entries.get(m)!.departmentId !== entries.get(id)!.departmentId);
        const toMembers = ps.filter((p) => members.has(other(p, id)));
        return { group, toMembers, others: others.length };
      })
      .filter((g) => g.toMembers.length * 2 >= g.others && g.toMembers.length > 0)
      .sort((a, b) => b.toMembers.length - a.toMembers.length)[0];
    if (home) home.group.pairs.push(...home.toMembers);
    else groups.push({ centre: id, pairs: [[...ps].sort((a, b) => b.score - a.score)[0]!] });
  }
  const clusters = groups.map(({ centre, pairs: group }): Cluster => {
    const ids = new Set(group.flatMap((p) => [p.lowId, p.highId]));
    const members = [...ids].map((id) => entries.get(id)!).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name, "zh-CN"));
    // Each department's first entry; the second of those is when a second department built it again.
    const firstOfDepartment = new Map<string, Date>();
    for (const e of members) if (!firstOfDepartment.has(e.departmentId)) firstOfDepartment.set(e.departmentId, e.createdAt);
    const byScore = [...group].sort((a, b) => b.score - a.score);
    return {
      entryType,
      centre: entries.get(centre)!,
      entries: members,
      departmentCount: firstOfDepartment.size,
      since: [...firstOfDepartment.values()][1] ?? members[0]!.createdAt,
      topScore: byScore[0]!.score,
      sharedWords: [...new Set(byScore.flatMap((p) => joinedTerms(p.sharedTerms)))]
        .filter((w, _, all) => !all.some((other) => other !== w && other.includes(w)))
        .slice(0, 6),
    };
  });
  return clusters.sort(
    (a, b) => b.entries.length - a.entries.length || b.topScore - a.topScore || a.since.getTime() - b.since.getTime() || a.entries[0]!.id.localeCompare(b.entries[0]!.id),
  );
}

/** How many of each department's entries are in clusters, the most first. */
export function departmentCounts(clusters: Cluster[]): DepartmentCount[] {
  const counts = new Map<string, DepartmentCount>();
  for (const cluster of clusters) {
    const seen = new Set<string>();
    for (const e of cluster.entries) {
      const c = counts.get(e.departmentId) ?? { departmentId: e.departmentId, departmentName: e.departmentName, resources: 0, scenarios: 0, clusters: 0 };
      if (cluster.entryType === "resource") c.resources += 1;
      else c.scenarios += 1;
      if (!seen.has(e.departmentId)) c.clusters += 1;
      seen.add(e.departmentId);
      counts.set(e.departmentId, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.resources + b.scenarios - (a.resources + a.scenarios) || a.departmentName.localeCompare(b.departmentName, "zh-CN"));
}

/** The published and in-review entries named by a pair of this type. */
async function pairedLiveEntries(db: Db, entryType: EntryType): Promise<Map<string, ClusterEntry>> {
  const paired = sql`(select low_id from ${duplicatePairs} where entry_type = ${entryType} union select high_id from ${duplicatePairs} where entry_type = ${entryType})`;
  const t = entryType === "resource" ? resources : scenarios;
  const rows = await db
    .select({
      id: t.id,
      version: t.version,
      code: entryType === "resource" ? resources.code : sql<null>`null`,
      name: t.name,
      departmentId: t.departmentId,
      departmentName: departments.name,
      status: t.status,
      createdAt: t.createdAt,
      publishedAt: t.publishedAt,
    })
    .from(t)
    .innerJoin(departments, eq(departments.id, t.departmentId))
    .where(and(inArray(t.id, paired), inArray(t.status, ["published", "submitted"])));
  return new Map(rows.map((r) => [r.id, r as ClusterEntry]));
}

async function loadClusters(db: Db, entryType: EntryType): Promise<Cluster[]> {
  const [entries, pairs] = await Promise.all([
    pairedLiveEntries(db, entryType),
    db
      .select({ lowId: duplicatePairs.lowId, highId: duplicatePairs.highId, score: duplicatePairs.score, sharedTerms: duplicatePairs.sharedTerms })
      .from(duplicatePairs)
      .where(eq(duplicatePairs.entryType, entryType)),
  ]);
  return clustersOf(entryType, pairs, entries);
}

export interface DuplicateReport {
  entryType: EntryType;
  clusters: Page<Cluster>;
  totals: Record<EntryType, { clusters: number; entries: number }>;
  departments: DepartmentCount[];
}

/** 集约建设: likely duplicate clusters across departments, one entry type a page, and counts per department of both. */
export async function duplicateReport(db: Db, actor: Actor, input: z.output<typeof duplicateReportInput>): Promise<DuplicateReport> {
  authorize(can.reviewResources(actor), REPORT_ONLY);
  const [resourceClusters, scenarioClusters] = await Promise.all(ENTRY_TYPES.map((type) => loadClusters(db, type)));
  const byType = { resource: resourceClusters!, scenario: scenarioClusters! };
  const shown = byType[input.entryType];
  const start = (input.page - 1) * CLUSTERS_PER_PAGE;
  const totalOf = (list: Cluster[]) => ({ clusters: list.length, entries: list.reduce((n, c) => n + c.entries.length, 0) });
  return {
    entryType: input.entryType,
    clusters: toPage(shown.slice(start, start + CLUSTERS_PER_PAGE), shown.length, input.page, CLUSTERS_PER_PAGE),
    totals: { resource: totalOf(byType.resource), scenario: totalOf(byType.scenario) },
    departments: departmentCounts([...byType.resource, ...byType.scenario]),
  };
}

/** 「重新检查」: every pair found again (after the synonym list or the threshold changed), audited. */
export async function recheckPairs(db: Db, actor: Actor): Promise<{ checked: number; pairs: number }> {
  authorize(can.reviewResources(actor), REPORT_ONLY);
  return db.transaction(async (tx) => {
    const checked = await refreshAllPairs(tx);
    const [found] = await tx.select({ n: count() }).from(duplicatePairs);
    const pairs = found?.n ?? 0;
    await recordAudit(tx, actor, {
      action: "duplicate.refresh",
      entityType: "duplicate",
      entityId: "",
      summary: `重新检查已有同类：比对已发布和审核中的资源、场景 ${checked} 个，找到可能重复 ${pairs} 对`,
    });
    return { checked, pairs };
  });
}

const STATUS_LABELS = { published: "已发布", submitted: "待审核" } as const;

/** Said on the workbook's first sheet: the figures are the platform's own finding, not the departments' word. */
export const ANALYSIS_NOTE = [
  "本表为平台分析结果：由青岛城市云脑资源目录根据各部门已发布和审核中的资源、场景的名称、摘要等自动比对得出，并非部门填报的数据。",
  "相似度为平台算法的估计值，集群中的条目可能重复建设，须由市大数据局核实后再决定合并或下线。",
  "集群：以与最多条目相似的条目为中心，与它相似的条目为一组（如市级部门的目录与各区市的同类目录）；与一组中半数以上其他部门条目相似的条目也归入该组，只与个别成员相似的条目与该成员另列一组。“重复起始”为第二个部门登记同类条目的日期。",
];

/**
 * The whole report as .xlsx: 说明 (marked as the platform's analysis), 重复集群 (one row per entry,
 * its cluster's figures beside it) and 部门统计. Audited like other exports.
 */
export async function exportDuplicateReport(db: Db, actor: Actor): Promise<{ name: string; body: Buffer }> {
  authorize(can.reviewResources(actor), REPORT_ONLY);
  const byType = await Promise.all(ENTRY_TYPES.map((type) => loadClusters(db, type)));
  const clusters = byType.flat();
  const now = new Date();
  const workbook = newWorkbook();
  workbook.subject = "集约建设分析（平台分析结果）";
  const note = workbook.addWorksheet("说明");
  note.getColumn(1).width = 100;
  for (const line of [`集约建设分析 · 生成于 ${formatShanghaiTime(now)}`, ...ANALYSIS_NOTE]) note.addRow([line]).getCell(1).alignment = { wrapText: true };
  note.getRow(1).font = { bold: true };
  const rows = byType.flatMap((list) =>
    list.flatMap((c, i) =>
      c.entries.map((e) => ({
        集群: `${ENTRY_TYPE_LABELS[c.entryType]}-${i + 1}`,
        类型: ENTRY_TYPE_LABELS[c.entryType],
        集群条目数: String(c.entries.length),
        涉及部门数: String(c.departmentCount),
        重复起始: formatShanghaiTime(c.since).slice(0, 10),
        最高相似度: `${Math.round(c.topScore * 100)}%`,
        相同词: c.sharedWords.join("、"),
        名称: e.name,
        资源编码: e.code ?? "",
        部门: e.departmentName,
        状态: STATUS_LABELS[e.status],
        登记日期: formatShanghaiTime(e.createdAt).slice(0, 10),
        发布日期: e.publishedAt ? formatShanghaiTime(e.publishedAt).slice(0, 10) : "",
      })),
    ),
  );
  const clusterHeaders = ["集群", "类型", "集群条目数", "涉及部门数", "重复起始", "最高相似度", "相同词", "名称", "资源编码", "部门", "状态", "登记日期", "发布日期"];
  addTableSheet(workbook, "重复集群", clusterHeaders, rows, new Map([["名称", { width: 36 }], ["部门", { width: 24 }], ["相同词", { width: 24 }], ["资源编码", { text: true, width: 16 }]]));
  const perDepartment = departmentCounts(clusters).map((d) => ({
    部门: d.departmentName,
    重复资源: String(d.resources),
    重复场景: String(d.scenarios),
    合计: String(d.resources + d.scenarios),
    涉及集群数: String(d.clusters),
  }));
  addTableSheet(workbook, "部门统计", ["部门", "重复资源", "重复场景", "合计", "涉及集群数"], perDepartment, new Map([["部门", { width: 28 }]]));
  const body = await workbookBytes(workbook);
  await recordAudit(db, actor, {
    action: "duplicate.export",
    entityType: "duplicate",
    entityId: "",
    summary: `导出集约建设分析：资源集群 ${byType[0]!.length} 个、场景集群 ${byType[1]!.length} 个`,
  });
  return { name: `集约建设分析-${formatShanghaiTime(now).replace(/[-: ]/g, "")}.xlsx`, body };
}
