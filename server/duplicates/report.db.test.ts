import ExcelJS from "exceljs";
import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows } from "@/db/client";
import { auditEvents, duplicatePairs, resources } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal, refused } from "@/server/testing/refusals";
import { CLUSTERS_PER_PAGE, exportDuplicateReport, REPORT_ONLY, type Cluster } from "./report";

let t: TestDatabase;
let reviewer: Actor;
let publisher: Actor;

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [reviewer, publisher] = await Promise.all([actorFor(t.db, "reviewer"), actorFor(t.db, "publisher")]);
});
afterAll(() => t.close());

/** Every cluster of one type, all pages. */
async function allClusters(entryType: "resource" | "scenario"): Promise<Cluster[]> {
  const api = callerAs(t.db, reviewer).duplicate;
  const first = await api.clusters({ entryType, page: 1 });
  const rest = await Promise.all(Array.from({ length: first.clusters.pageCount - 1 }, (_, i) => api.clusters({ entryType, page: i + 2 })));
  return [first, ...rest].flatMap((r) => r.clusters.rows);
}

describe("集约建设 report", () => {
  it("lists the demo's likely duplicates across departments, largest and most alike first", async () => {
    const report = await callerAs(t.db, reviewer).duplicate.clusters({ entryType: "scenario", page: 1 });
    const births = report.clusters.rows.find((c) => c.entries.some((e) => e.name === "新生儿出生一件事"))!;
    expect(births.entries.map((e) => e.departmentName).sort()).toEqual(["即墨区", "青岛市卫生健康委员会"]);
    // The later of the two registrations is when a second department built it again.
    expect(births.since).toEqual(new Date(Math.max(...births.entries.map((e) => e.createdAt.getTime()))));
    expect(births.sharedWords).toContain("新生儿出生");

    const clusters = await allClusters("resource");
    expect(clusters.length).toBe(report.totals.resource.clusters);
    expect(clusters.length).toBeGreaterThan(CLUSTERS_PER_PAGE);
    for (const c of clusters) expect(c.departmentCount).toBeGreaterThanOrEqual(2);
    const order = clusters.map((c) => [c.entries.length, c.topScore] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
  });

  it("counts each department's entries in clusters, of both types", async () => {
    const report = await callerAs(t.db, reviewer).duplicate.clusters({ entryType: "resource", page: 1 });
    const sum = (key: "resources" | "scenarios") => report.departments.reduce((n, d) => n + d[key], 0);
    expect(sum("resources")).toBe(report.totals.resource.entries);
    expect(sum("scenarios")).toBe(report.totals.scenario.entries);
    const jimo = report.departments.find((d) => d.departmentName === "即墨区")!;
    const inJimo = (list: Cluster[]) => list.flatMap((c) => c.entries).filter((e) => e.departmentName === "即墨区").length;
    expect(jimo.resources).toBe(inJimo(await allClusters("resource")));
    expect(jimo.scenarios).toBe(inJimo(await allClusters("scenario")));
  });

  it("joins pairs that share an entry into one cluster, and drops entries once retired", async () => {
    // Three published resources of three departments that no pair names yet.
    const [a, b, c] = executeRows<{ id: string }>(
      await t.db.execute(sql`
        select distinct on (department_id) id from resources
        where status = 'published' and id not in (select low_id from duplicate_pairs union select high_id from duplicate_pairs)
        order by department_id, id limit 3`),
    ).map((r) => r.id) as [string, string, string];
    const pair = (x: string, y: string, score: number) => ({ entryType: "resource" as const, lowId: x < y ? x : y, highId: x < y ? y : x, score, sharedTerms: ["测试"] });
    await t.db.insert(duplicatePairs).values([pair(a, b, 0.99), pair(b, c, 0.98)]);
    const find = async () => (await allClusters("resource")).find((cl) => cl.entries.some((e) => e.id === b));

    expect((await find())!.entries.map((e) => e.id).sort()).toEqual([a, b, c].sort());
    expect((await find())!.topScore).toBeCloseTo(0.99);
    await t.db.update(resources).set({ status: "retired" }).where(eq(resources.id, c));
    expect((await find())!.entries.map((e) => e.id).sort()).toEqual([a, b].sort());
    await t.db.update(resources).set({ status: "retired" }).where(eq(resources.id, a));
    expect(await find()).toBeUndefined();
  });

  it("exports clusters and per-department counts as .xlsx, marked as the platform's analysis", async () => {
    const report = await callerAs(t.db, reviewer).duplicate.clusters({ entryType: "resource", page: 1 });
    const { name, body } = await exportDuplicateReport(t.db, reviewer);
    expect(name).toMatch(/^集约建设分析-\d{12}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["说明", "重复集群", "部门统计"]);
    expect(String(workbook.getWorksheet("说明")!.getCell("A2").value)).toContain("本表为平台分析结果");

    const rowsOf = (sheet: string) => {
      const ws = workbook.getWorksheet(sheet)!;
      const [head, ...rows] = (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1).map((v) => (v == null ? "" : String(v))));
      return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ""])));
    };
    const clusterRows = rowsOf("重复集群");
    expect(Object.keys(clusterRows[0]!)).toEqual(["集群", "类型", "集群条目数", "涉及部门数", "重复起始", "最高相似度", "相同词", "名称", "资源编码", "部门", "状态", "登记日期", "发布日期"]);
    expect(clusterRows).toHaveLength(report.totals.resource.entries + report.totals.scenario.entries);
    expect(clusterRows.filter((r) => r.类型 === "场景").map((r) => r.名称)).toContain("新生儿出生一件事");
    const departments = rowsOf("部门统计");
    expect(departments.map((d) => d.部门)).toEqual(report.departments.map((d) => d.departmentName));
    expect(departments[0]).toEqual({
      部门: report.departments[0]!.departmentName,
      重复资源: String(report.departments[0]!.resources),
      重复场景: String(report.departments[0]!.scenarios),
      合计: String(report.departments[0]!.resources + report.departments[0]!.scenarios),
      涉及集群数: String(report.departments[0]!.clusters),
    });
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "duplicate.export"));
    expect(audit).toMatchObject({ actorId: reviewer.id, entityType: "duplicate" });
  });

  it("refuses a publisher the report, the export and 重新检查", async () => {
    expect(await refusal(callerAs(t.db, publisher).duplicate.clusters({ entryType: "resource", page: 1 }))).toMatchObject({ code: "FORBIDDEN", message: REPORT_ONLY });
    expect((await refused(exportDuplicateReport(t.db, publisher), "FORBIDDEN")).message).toBe(REPORT_ONLY);
    expect(await refusal(callerAs(t.db, publisher).duplicate.recheck())).toMatchObject({ code: "FORBIDDEN", message: REPORT_ONLY });
  });

  it("重新检查 finds every pair again and is audited", async () => {
    const byHand = sql`'测试' = any(${duplicatePairs.sharedTerms})`;
    const hand = await t.db.select().from(duplicatePairs).where(byHand);
    expect(hand).toHaveLength(2);
    const { checked, pairs } = await callerAs(t.db, reviewer).duplicate.recheck();
    expect(checked).toBeGreaterThan(100);
    expect(pairs).toBeGreaterThan(20);
    // The pairs made by hand above are not what the comparison finds.
    expect(await t.db.select().from(duplicatePairs).where(byHand)).toEqual([]);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "duplicate.refresh")).orderBy(desc(auditEvents.seq));
    expect(audit!.summary).toBe(`重新检查已有同类：比对已发布和审核中的资源、场景 ${checked} 个，找到可能重复 ${pairs} 对`);
  });
});
