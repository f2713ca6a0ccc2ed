import { and, count, eq, gte, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noProofCases, resources, scenarios } from "@/db/schema";
import { shanghaiYearMonth, startOfYearInShanghai } from "@/server/time";

export interface PlanTarget {
  key: "resources" | "bigScenarios" | "noProofCases" | "internalOneThing";
  label: string;
  /** The plan's wording, shown under the figure. */
  source: string;
  target: number;
  current: number;
  met: boolean;
  /** How many are still missing (0 once met). */
  gap: number;
  /** How many a month, this month included, finish the target by the end of the year. */
  monthlyPace: number;
}

const PLAN_TARGETS: Omit<PlanTarget, "current" | "met" | "gap" | "monthlyPace">[] = [
  { key: "resources", label: "今年新增资源", source: "城市云脑新增各类资源总量不少于 1000 项（统计今年首次发布、仍在目录中的资源）", target: 1000 },
  { key: "bigScenarios", label: "多跨融合大场景", source: "打造 5 个以上多跨融合应用“大场景”", target: 5 },
  { key: "noProofCases", label: "无证明城市新增场景", source: "围绕交通出行、市场监管等领域新增应用场景不少于 40 个", target: 40 },
  { key: "internalOneThing", label: "机关内部“一件事”", source: "打造不少于 12 个机关协同业务事项“一件事”", target: 12 },
];

/** Resources first published this year and still in the catalogue. */
export async function countNewResources(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(resources)
    .where(and(eq(resources.status, "published"), gte(resources.publishedAt, startOfYearInShanghai(now)), lte(resources.publishedAt, now)));
  return row?.n ?? 0;
}

/** Published scenarios of a kind (and, for 一件事, an audience), published by `now`. */
export async function countPublishedScenarios(db: Db, kind: "big_scenario" | "one_thing", audience?: "internal", now = new Date()) {
  const [row] = await db
    .select({ n: count() })
    .from(scenarios)
    .where(and(eq(scenarios.status, "published"), lte(scenarios.publishedAt, now), eq(scenarios.kind, kind), audience ? eq(scenarios.audience, audience) : undefined));
  return row?.n ?? 0;
}

/** Published no-proof use cases their departments count as new toward the plan's 40, published by `now`. */
export async function countNoProofCases(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(noProofCases)
    .where(and(eq(noProofCases.status, "published"), lte(noProofCases.publishedAt, now), eq(noProofCases.countsTowardTarget, true)));
  return row?.n ?? 0;
}

/**
 * Live counts against the Digital Qingdao 2023 plan's four targets, tracked in the current year
 * (`year`): what is met, what is missing and the monthly pace that would still meet it by December.
 * A past `now` gives the counts as of then (a month's 通报), from what is still published today.
 */
export async function getPlanTargets(db: Db, now = new Date()): Promise<{ year: number; month: number; targets: PlanTarget[] }> {
  const [newResources, bigScenarios, internalOneThing, newNoProofCases] = await Promise.all([
    countNewResources(db, now),
    countPublishedScenarios(db, "big_scenario", undefined, now),
    countPublishedScenarios(db, "one_thing", "internal", now),
    countNoProofCases(db, now),
  ]);
  const counts: Record<PlanTarget["key"], number> = { resources: newResources, bigScenarios, internalOneThing, noProofCases: newNoProofCases };
  const { year, month } = shanghaiYearMonth(now);
  const monthsLeft = 12 - month + 1;
  const targets = PLAN_TARGETS.map((t) => {
    const current = counts[t.key];
    const gap = Math.max(0, t.target - current);
    return { ...t, current, met: gap === 0, gap, monthlyPace: Math.ceil(gap / monthsLeft) };
  });
  return { year, month, targets };
}
