import { and, count, eq, gte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noProofCases, resources, scenarios } from "@/db/schema";

export interface PlanTarget {
  key: "resources" | "bigScenarios" | "noProofScenarios" | "internalOneThing";
  label: string;
  /** The plan's wording, shown under the figure. */
  source: string;
  target: number;
  current: number;
  /** False while the catalogue that holds these records is not yet open. */
  tracked: boolean;
}

const PLAN_TARGETS: Omit<PlanTarget, "current" | "tracked">[] = [
  { key: "resources", label: "今年新增资源", source: "城市云脑新增各类资源总量不少于 1000 项（统计今年首次发布、仍在目录中的资源）", target: 1000 },
  { key: "bigScenarios", label: "多跨融合大场景", source: "打造 5 个以上多跨融合应用“大场景”", target: 5 },
  { key: "noProofScenarios", label: "无证明城市新增场景", source: "围绕交通出行、市场监管等领域新增应用场景不少于 40 个", target: 40 },
  { key: "internalOneThing", label: "机关内部“一件事”", source: "打造不少于 12 个机关协同业务事项“一件事”", target: 12 },
];

/** The calendar year and month in Qingdao. */
export function shanghaiYearMonth(now = new Date()): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric" }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part("year"), month: part("month") };
}

/** 1 January of this year, midnight in Qingdao. */
export function startOfYearInShanghai(now = new Date()): Date {
  return new Date(`${shanghaiYearMonth(now).year}-01-01T00:00:00+08:00`);
}

/** Resources first published this year and still in the catalogue. */
export async function countNewResources(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(resources)
    .where(and(eq(resources.status, "published"), gte(resources.publishedAt, startOfYearInShanghai(now))));
  return row?.n ?? 0;
}

/** Published scenarios of a kind (and, for 一件事, an audience). */
export async function countPublishedScenarios(db: Db, kind: "big_scenario" | "one_thing", audience?: "internal") {
  const [row] = await db
    .select({ n: count() })
    .from(scenarios)
    .where(and(eq(scenarios.status, "published"), eq(scenarios.kind, kind), audience ? eq(scenarios.audience, audience) : undefined));
  return row?.n ?? 0;
}

/** Published no-proof use cases their departments count as new toward the plan's 40. */
export async function countNoProofScenarios(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(noProofCases)
    .where(and(eq(noProofCases.status, "published"), eq(noProofCases.countsTowardTarget, true)));
  return row?.n ?? 0;
}

/**
 * Live counts against the Digital Qingdao 2023 plan's four targets. Each catalogue adds its
 * count here as it opens; until then its target shows as not yet tracked, with zero.
 */
export async function getPlanTargets(db: Db, now = new Date()): Promise<PlanTarget[]> {
  const [newResources, bigScenarios, internalOneThing, noProofScenarios] = await Promise.all([
    countNewResources(db, now),
    countPublishedScenarios(db, "big_scenario"),
    countPublishedScenarios(db, "one_thing", "internal"),
    countNoProofScenarios(db),
  ]);
  const counts: Partial<Record<PlanTarget["key"], number>> = { resources: newResources, bigScenarios, internalOneThing, noProofScenarios };
  return PLAN_TARGETS.map((t) => ({ ...t, current: counts[t.key] ?? 0, tracked: counts[t.key] !== undefined }));
}
