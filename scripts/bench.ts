/**
 * `npm run bench`: speed figures for the resource catalogue, printed, not asserted.
 *  - search with facets at the service, over 100,000 generated resources, on PGlite and (when
 *    BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server) on PostgreSQL;
 *  - importing a 10,000-row .xlsx (preview + commit) on the same engines.
 * Targets (issue 3): search p95 ≤ 150 ms on PGlite and ≤ 50 ms on PostgreSQL; import ≤ 20 s.
 * BENCH_SKIP_SEARCH=1 measures the import alone (BENCH_SKIP_PGLITE=1 the server alone).
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { departments, resources } from "@/db/schema";
import { seed } from "@/db/seed";
import { generateResourceSeeds } from "@/db/seed/resources";
import { actorFor } from "@/server/testing/database";
import { catalogueFields, nextResourceCodes } from "@/server/resources/catalogue";
import { commitImport, previewImport } from "@/server/resources/import";
import { searchResources } from "@/server/resources/queries";
import { resourceContentSchema, resourceSearchSchema, RESOURCE_STATUSES, type ResourceContent } from "@/server/resources/schemas";
import { resourceToCells } from "@/server/resources/spreadsheet";
import { newWorkbook, workbookBytes } from "@/server/spreadsheets/write";
import { describeMachineSpeed } from "./machine-speed.mjs";

const RESOURCE_COUNT = Number(process.env.BENCH_RESOURCES ?? 100_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 300);

const templates = generateResourceSeeds().map((s) => ({ code: s.departmentCode, content: resourceContentSchema.parse(s.content) }));

/** The n-th generated resource: a template's content under a name made unique by a serial number. */
function variant(n: number): { departmentCode: string; content: ResourceContent } {
  const t = templates[n % templates.length]!;
  const round = Math.floor(n / templates.length);
  return { departmentCode: t.code, content: round === 0 ? t.content : { ...t.content, name: `${t.content.name}（${round}）` } };
}

export async function loadResources(handle: DatabaseHandle, count: number) {
  const { db } = handle;
  const depts = new Map((await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]));
  const started = Date.now();
  for (let start = 0; start < count; start += 2000) {
    const batch = Array.from({ length: Math.min(2000, count - start) }, (_, i) => variant(start + i));
    const codes = await nextResourceCodes(db, batch.map((b) => b.content.kind));
    const rows: PgInsertValue<typeof resources>[] = batch.map((b, i) => ({
      id: randomUUID(),
      code: codes[i]!,
      departmentId: depts.get(b.departmentCode)!,
      // Mostly published, as a mature catalogue is.
      status: (start + i) % 10 < 8 ? "published" : RESOURCE_STATUSES[(start + i) % RESOURCE_STATUSES.length]!,
      updatedAt: new Date(Date.now() - ((start + i) % 400) * 86_400_000),
      ...catalogueFields(b.content),
    }));
    await db.insert(resources).values(rows);
  }
  await db.execute("analyze resources" as never);
  return Date.now() - started;
}

const QUERIES: Record<string, string | undefined>[] = [
  { q: "证照" },
  { q: "社保" },
  { q: "交通" },
  { q: "消防" },
  { q: "电子证照" },
  { q: "公交实时到站" },
  { q: "企业登记信息" },
  { q: "视频监控点位" },
  { q: "证照", kind: "api" },
  { q: "社保", sharingClass: "conditional" },
  { q: "数据", sort: "name" },
  { kind: "dataset" },
  { domain: "transport", sort: "name" },
  {},
  { q: "人口基础信息", status: "published" },
  { q: "不存在的资源名称" },
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function benchSearch(handle: DatabaseHandle) {
  const viewers = [null, await actorFor(handle.db, "publisher"), await actorFor(handle.db, "reviewer")];
  for (const q of QUERIES) await searchResources(handle.db, null, resourceSearchSchema.parse(q)); // warm-up
  const times: number[] = [];
  const perQuery = new Map<string, number[]>();
  let matched = 0;
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const t0 = performance.now();
    const result = await searchResources(handle.db, viewers[i % viewers.length]!, resourceSearchSchema.parse({ ...q, page: String(1 + (i % 3)) }));
    const ms = performance.now() - t0;
    times.push(ms);
    const key = JSON.stringify(q);
    perQuery.set(key, [...(perQuery.get(key) ?? []), ms]);
    matched += result.total;
  }
  times.sort((a, b) => a - b);
  return { times, perQuery, avgMatched: Math.round(matched / SEARCH_RUNS) };
}

/** A department's own sheet: a title row, its own column names, one column unknown, 所属领域 missing. */
const DEPARTMENT_HEADERS: Record<string, string> = { 资源名称: "信息资源名称", 更新频率: "更新周期", 资源摘要: "资源说明", 共享属性: "共享类型" };

async function benchImport(handle: DatabaseHandle) {
  const publisher = await actorFor(handle.db, "publisher");
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i): Record<string, string> => {
    const { content } = variant(i);
    const cells = resourceToCells({ code: "", departmentName: "", status: "", updatedAt: new Date(), content: { ...content, name: `导入测试${i}·${content.name}` } });
    const { 所属领域: _domain, 所属部门: _department, 状态: _status, 更新时间: _updated, ...kept } = cells;
    return { ...Object.fromEntries(Object.entries(kept).map(([h, v]) => [DEPARTMENT_HEADERS[h] ?? h, v])), 备注: `第 ${i + 1} 项` };
  });
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("资源清单");
  sheet.addRow(["某局政务信息资源目录（2026 年）"]);
  const headers = Object.keys(rows[0]!);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h]));
  const file = await workbookBytes(workbook);
  const choices = { mapping: { 资源说明: "资源摘要", 备注: "" }, defaults: { 所属领域: "交通出行" } };
  const t0 = performance.now();
  const preview = await previewImport(handle.db, publisher, { fileName: "bench.xlsx", bytes: new Uint8Array(file) }, choices);
  const t1 = performance.now();
  if (preview.stage !== "preview") throw new Error(`the bench file still needs mapping: ${JSON.stringify(preview.unmatched)}`);
  const result = await commitImport(handle.db, publisher, { id: preview.id, submit: false });
  const t2 = performance.now();
  return { bytes: file.byteLength, valid: preview.validCount, created: result.created, previewMs: t1 - t0, commitMs: t2 - t1 };
}

async function reportSearch(handle: DatabaseHandle, target: number) {
  const { times, perQuery, avgMatched } = await benchSearch(handle);
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  const p95 = percentile(times, 95);
  console.log(
    `search + 5 facets, ${times.length} runs over ${RESOURCE_COUNT.toLocaleString()} rows (avg ${avgMatched.toLocaleString()} matches): ` +
      `p50 ${fmt(percentile(times, 50))}  p95 ${fmt(p95)}  max ${fmt(times[times.length - 1]!)}  — target p95 ≤ ${target} ms: ${p95 <= target ? "met" : "NOT met"}`,
  );
  for (const [q, ms] of perQuery) {
    ms.sort((a, b) => a - b);
    console.log(`  ${q.padEnd(48)} p50 ${fmt(percentile(ms, 50)).padStart(9)}  max ${fmt(ms[ms.length - 1]!).padStart(9)}`);
  }
}

async function run(label: string, handle: DatabaseHandle, target: number) {
  await handle.migrate();
  await seed(handle.db, { catalogue: false });
  console.log(`\n## ${label}`);
  const loadMs = await loadResources(handle, RESOURCE_COUNT);
  console.log(`loaded ${RESOURCE_COUNT.toLocaleString()} resources in ${(loadMs / 1000).toFixed(1)} s`);
  if (process.env.BENCH_SKIP_SEARCH !== "1") await reportSearch(handle, target);
  const imp = await benchImport(handle);
  const total = (imp.previewMs + imp.commitMs) / 1000;
  console.log(
    `import ${IMPORT_ROWS.toLocaleString()}-row .xlsx in a department's own layout (title row, 4 other column names, 1 column mapped, 1 ignored, 所属领域 by default) (${(imp.bytes / 1024).toFixed(0)} KiB): preview ${(imp.previewMs / 1000).toFixed(1)} s + commit ${(imp.commitMs / 1000).toFixed(1)} s = ${total.toFixed(1)} s, ` +
      `${imp.created.toLocaleString()} created — target ≤ 20 s: ${total <= 20 ? "met" : "NOT met"}`,
  );
}

async function main() {
  console.log(`# Catalogue benchmark (${new Date().toISOString()}, Node ${process.version})`);
  console.log(describeMachineSpeed());
  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    const pglite = await openDatabase({ pgliteDir: "memory" });
    await run("PGlite (embedded, in memory)", pglite, 150);
    await pglite.close();
  }

  await onServerDatabase((pg) => run("PostgreSQL server", pg, 50));
}

/**
 * Runs `work` on a fresh database of the PostgreSQL server in BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, dropped afterwards; says so and skips when neither is set.
 */
export async function onServerDatabase(work: (db: DatabaseHandle) => Promise<void>) {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    console.log("\n(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)");
    return;
  }
  const { default: postgres } = await import("postgres");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `citybrain_bench_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pg = await openDatabase({ url: url.toString() });
  try {
    await work(pg);
  } finally {
    await pg.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (process.argv[1]?.endsWith("bench.ts"))
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
