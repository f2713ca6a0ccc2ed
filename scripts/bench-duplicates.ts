/**
 * `npm run bench` (「已有同类」, issue 15 part 4): figures printed, not asserted.
 *  - Quality: precision and recall on the hand-labelled pairs (`server/duplicates/labelled-pairs.ts`)
 *    at the shipped threshold LIKELY_DUPLICATE, once as the product scores them (term rarity from
 *    the demo catalogue's counters, resource or scenario by the pair's kind) and once without a
 *    corpus (every term rarity 1), with the pairs each gets wrong.
 *  - Speed: `findLookalikes` as the registration form calls it, over the 100,000 generated resources
 *    of `bench.ts` (its `loadResources`), for BENCH_LOOKUPS (200) probes a publisher might type —
 *    names that exist, the same with other wording, names that do not exist, names half typed —
 *    after one warm-up pass; on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 *    server, on PostgreSQL. Targets: p95 ≤ 100 ms on PGlite, ≤ 50 ms on PostgreSQL, judged right
 *    after the load, while the GIN index's pending list still holds the last inserts (PGlite has no
 *    autovacuum to merge it); the same probes are measured again after VACUUM.
 * Its own script, not a section of bench.ts: the quality half runs alone in seconds while the
 * vocabulary or threshold is tuned (`BENCH_LOOKUP_ENGINES=none`), and the speed half needs no import.
 * Run it alone: `flock /tmp/build.lock npx tsx scripts/bench-duplicates.ts`.
 */
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { departments } from "@/db/schema";
import { seed } from "@/db/seed";
import { generateResourceSeeds } from "@/db/seed/resources";
import { LABELLED_PAIRS, type LabelledPair } from "@/server/duplicates/labelled-pairs";
import { findLookalikes, rarityOf, resourceComparable } from "@/server/duplicates/lookup";
import type { EntryType } from "@/server/duplicates/schemas";
import { LIKELY_DUPLICATE, similarity, type Comparable, type Rarity } from "@/server/duplicates/similarity";
import { loadResources, onServerDatabase } from "./bench";

const RESOURCE_COUNT = Number(process.env.BENCH_RESOURCES ?? 100_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 200);
/** `pglite,postgres` (default), one of them, or `none` for the quality figures only. */
const ENGINES = (process.env.BENCH_LOOKUP_ENGINES ?? "pglite,postgres").split(",");

const SCENARIO_KINDS = new Set(["one_thing", "big_scenario", "one_scene"]);
const entryTypeOf = (p: LabelledPair): EntryType => (SCENARIO_KINDS.has(p.a.kind) ? "scenario" : "resource");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const fmt = (n: number) => `${n.toFixed(1)} ms`;

// ---------------------------------------------------------------------------------------------
// Quality

interface Scored extends LabelledPair {
  score: number;
}

function report(label: string, scored: Scored[]) {
  const found = (s: Scored) => s.score >= LIKELY_DUPLICATE;
  const tp = scored.filter((s) => s.same && found(s)).length;
  const fp = scored.filter((s) => !s.same && found(s)).length;
  const fn = scored.filter((s) => s.same && !found(s)).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const met = (n: number) => (n >= 0.8 ? "met" : "NOT met");
  console.log(
    `${label}: precision ${precision.toFixed(2)} (${tp}/${tp + fp}, target ≥ 0.8: ${met(precision)})  ` +
      `recall ${recall.toFixed(2)} (${tp}/${tp + fn}, target ≥ 0.8: ${met(recall)})`,
  );
  const wrong = scored.filter((s) => s.same !== found(s)).sort((a, b) => b.score - a.score);
  for (const s of wrong)
    console.log(`  ${s.same ? "missed     " : "false match"}  ${s.a.name} | ${s.b.name} | ${s.score.toFixed(2)}`);
}

async function quality() {
  console.log(`\n## Quality: ${LABELLED_PAIRS.length} labelled pairs (${LABELLED_PAIRS.filter((p) => p.same).length} the same thing), threshold LIKELY_DUPLICATE = ${LIKELY_DUPLICATE}`);
  const demo = await openDatabase({ pgliteDir: "memory" });
  try {
    await demo.migrate();
    await seed(demo.db);
    const rarity: Record<EntryType, Rarity> = {
      resource: await rarityOf(demo.db, "resource", LABELLED_PAIRS.filter((p) => entryTypeOf(p) === "resource").flatMap((p) => [p.a, p.b])),
      scenario: await rarityOf(demo.db, "scenario", LABELLED_PAIRS.filter((p) => entryTypeOf(p) === "scenario").flatMap((p) => [p.a, p.b])),
    };
    report(
      "with the demo catalogue's term rarity (as shipped)",
      LABELLED_PAIRS.map((p) => ({ ...p, score: similarity(p.a, p.b, rarity[entryTypeOf(p)]).score })),
    );
  } finally {
    await demo.close();
  }
  report("without a corpus (every term rarity 1)", LABELLED_PAIRS.map((p) => ({ ...p, score: similarity(p.a, p.b).score })));
}

// ---------------------------------------------------------------------------------------------
// Speed

/** A deterministic pseudo-random sequence, so every run types the same probes. */
function prng(seedValue: number) {
  let s = seedValue >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

type ProbeKind = "existing name" | "reworded" | "new name" | "half typed";
interface Probe {
  kind: ProbeKind;
  comparable: Comparable;
}

/** How a publisher words an existing resource differently: other endings, a place, another synonym. */
const ENDINGS = ["信息", "数据", "查询接口", "信息库", "服务", "明细", "台账", "核验接口", "清单"];
const PLACES = ["全市", "青岛市", "市级", "全域"];
const REWORDINGS: [RegExp, string][] = [
  [/社保/, "社会保险"],
  [/社会保险/, "社保"],
  [/医保/, "医疗保险"],
  [/公交车辆/, "公交车"],
  [/驾驶证/, "驾照"],
  [/统一社会信用代码/, "信用代码"],
  [/企业/, "市场主体"],
  [/户籍/, "户口"],
  [/监控/, "摄像头"],
];
/** Names no department registered, in the words departments use. */
const NEW_NAMES = [
  "海洋牧场水质在线监测数据",
  "渔船进出港报告信息",
  "校外培训机构白名单",
  "养老机构床位实时空余",
  "港口集装箱吞吐量统计",
  "城市内涝积水点监测",
  "农村饮水工程水源地信息",
  "冷链食品追溯信息",
  "电动自行车上牌登记数据",
  "夜间经济消费热力分析",
  "婴幼儿托育机构备案信息",
  "户外广告设施设置许可",
  "老旧小区改造项目清单",
  "景区实时客流预警接口",
  "燃气泄漏报警物联感知数据",
  "新就业形态劳动者权益保障信息",
];

export function buildProbes(count = LOOKUPS): Probe[] {
  const rng = prng(15);
  const templates = generateResourceSeeds().map((s) => s.content);
  const labelled = LABELLED_PAIRS.flatMap((p) => [p.a, p.b]).filter((c) => !SCENARIO_KINDS.has(c.kind));
  const probes: Probe[] = [];
  for (let i = 0; i < count; i++) {
    const t = rng.pick(templates);
    const base = resourceComparable({ name: t.name, summary: t.summary, kind: t.kind });
    const roll = i % 10;
    if (roll < 2) probes.push({ kind: "existing name", comparable: base });
    else if (roll < 5) {
      let name = t.name;
      const rewording = REWORDINGS.find(([from]) => from.test(name));
      if (rewording && rng.next() < 0.7) name = name.replace(rewording[0], rewording[1]);
      else if (rng.next() < 0.5) name = `${rng.pick(PLACES)}${name}`;
      else name = name.replace(/(信息|数据|接口|查询接口|服务|清单|名录|统计数据)$/, "") + rng.pick(ENDINGS);
      probes.push({ kind: "reworded", comparable: { ...base, name } });
    } else if (roll < 8) {
      const fresh = i % 2 === 0 ? rng.pick(labelled) : { name: rng.pick(NEW_NAMES), summary: "", kind: "dataset", parts: [] };
      probes.push({ kind: "new name", comparable: fresh });
    } else {
      // The form asks as the name is typed: the first few characters, no summary yet.
      const chars = [...t.name];
      probes.push({ kind: "half typed", comparable: { name: chars.slice(0, Math.min(chars.length, 3 + Math.floor(rng.next() * 4))).join(""), summary: "", kind: t.kind, parts: [] } });
    }
  }
  return probes;
}

interface Measured {
  times: number[];
  byKind: Map<ProbeKind, number[]>;
  shown: number;
  slowest: { ms: number; name: string }[];
}

/** Every probe once to warm up (plans, caches, JIT), then once measured, as a publisher of a department in turn. */
async function measure(handle: DatabaseHandle, probes: Probe[], depts: string[]): Promise<Measured> {
  const call = (p: Probe, i: number) => findLookalikes(handle.db, "resource", p.comparable, { departmentId: depts[i % depts.length]!, limit: 5 });
  for (const [i, p] of probes.entries()) await call(p, i);
  const m: Measured = { times: [], byKind: new Map(), shown: 0, slowest: [] };
  for (const [i, p] of probes.entries()) {
    const t0 = performance.now();
    const found = await call(p, i);
    const ms = performance.now() - t0;
    m.times.push(ms);
    m.byKind.set(p.kind, [...(m.byKind.get(p.kind) ?? []), ms]);
    m.shown += found.length;
    m.slowest.push({ ms, name: p.comparable.name });
  }
  m.times.sort((a, b) => a - b);
  m.slowest.sort((a, b) => b.ms - a.ms);
  return m;
}

async function lookups(label: string, handle: DatabaseHandle, target: number) {
  await handle.migrate();
  await seed(handle.db, { catalogue: false });
  console.log(`\n## Lookup (${label})`);
  const loadMs = await loadResources(handle, RESOURCE_COUNT);
  console.log(`loaded ${RESOURCE_COUNT.toLocaleString()} resources in ${(loadMs / 1000).toFixed(1)} s`);
  const depts = (await handle.db.select({ id: departments.id }).from(departments).orderBy(departments.code)).map((d) => d.id);
  const probes = buildProbes();
  // As loaded: the GIN index's pending list still holds the last inserts (PGlite has no autovacuum to merge it).
  const m = await measure(handle, probes, depts);
  const p95 = percentile(m.times, 95);
  console.log(
    `findLookalikes, ${m.times.length} probes over ${RESOURCE_COUNT.toLocaleString()} resources (avg ${(m.shown / m.times.length).toFixed(1)} shown): ` +
      `p50 ${fmt(percentile(m.times, 50))}  p95 ${fmt(p95)}  max ${fmt(m.times[m.times.length - 1]!)}  — target p95 ≤ ${target} ms: ${p95 <= target ? "met" : "NOT met"}`,
  );
  for (const [kind, ms] of m.byKind) {
    ms.sort((a, b) => a - b);
    console.log(`  ${kind.padEnd(14)} ${String(ms.length).padStart(4)} probes  p50 ${fmt(percentile(ms, 50)).padStart(9)}  p95 ${fmt(percentile(ms, 95)).padStart(9)}`);
  }
  console.log(`  slowest: ${m.slowest.slice(0, 3).map((s) => `${s.name} ${fmt(s.ms)}`).join("; ")}`);
  await handle.db.execute("vacuum resources" as never);
  const v = await measure(handle, probes, depts);
  console.log(`  after VACUUM (GIN pending list merged): p50 ${fmt(percentile(v.times, 50))}  p95 ${fmt(percentile(v.times, 95))}  max ${fmt(v.times[v.times.length - 1]!)}`);
}

async function main() {
  console.log(`# 已有同类 benchmark (${new Date().toISOString()}, Node ${process.version})`);
  await quality();
  if (ENGINES.includes("pglite")) {
    const pglite = await openDatabase({ pgliteDir: "memory" });
    try {
      await lookups("PGlite, embedded, in memory", pglite, 100);
    } finally {
      await pglite.close();
    }
  }
  if (!ENGINES.includes("postgres")) return;
  await onServerDatabase((pg) => lookups("PostgreSQL server", pg, 50));
}

if (process.argv[1]?.endsWith("bench-duplicates.ts"))
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
