import { and, count, eq, gte, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, resources, scenarioAdoptions, scenarios } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { getPlanTargets } from "@/server/targets/targets";
import { shanghaiYearMonth, startOfYearInShanghai, TIME_ZONE } from "@/server/time";

/** Year-month in Qingdao, e.g. 2026-03. */
const month = (column: unknown) => sql<string>`to_char(${column} at time zone ${sql.raw(`'${TIME_ZONE}'`)}, 'YYYY-MM')`;

/**
 * The plan's targets against live counts, per department and district, and month by month this
 * year. Every figure is a query over the records; nothing is stored. A past `now` gives the figures
 * as of then (a month's 通报): what was published or confirmed by then and is still so today.
 */
export async function targetsDashboard(db: Db, actor: Actor, now = new Date()) {
  authorize(can.viewDashboard(actor), "只有大赛组织者和审核员可以查看目标看板");
  const yearStart = startOfYearInShanghai(now);
  const newResource = and(eq(resources.status, "published"), gte(resources.publishedAt, yearStart), lte(resources.publishedAt, now));
  const countedNoProof = and(eq(noProofCases.status, "published"), lte(noProofCases.publishedAt, now), eq(noProofCases.countsTowardTarget, true));
  const [plan, resourceRows, scenarioRows, adoptionRows, resourceMonths, scenarioMonths, depts, noProofRows, noProofMonths] = await Promise.all([
    getPlanTargets(db, now),
    db.select({ departmentId: resources.departmentId, n: count() }).from(resources).where(newResource).groupBy(resources.departmentId),
    db
      .select({ departmentId: scenarios.departmentId, kind: scenarios.kind, audience: scenarios.audience, n: count() })
      .from(scenarios)
      .where(and(eq(scenarios.status, "published"), lte(scenarios.publishedAt, now)))
      .groupBy(scenarios.departmentId, scenarios.kind, scenarios.audience),
    db
      .select({ departmentId: scenarios.departmentId, n: count() })
      .from(scenarioAdoptions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioAdoptions.scenarioId))
      .where(and(eq(scenarioAdoptions.status, "confirmed"), lte(scenarioAdoptions.decidedAt, now)))
      .groupBy(scenarios.departmentId),
    db.select({ month: month(resources.publishedAt), n: count() }).from(resources).where(newResource).groupBy(month(resources.publishedAt)),
    db
      .select({ month: month(scenarios.publishedAt), n: count() })
      .from(scenarios)
      .where(and(eq(scenarios.status, "published"), gte(scenarios.publishedAt, yearStart), lte(scenarios.publishedAt, now)))
      .groupBy(month(scenarios.publishedAt)),
    db.select({ id: departments.id, name: departments.name, kind: departments.kind, code: departments.code }).from(departments).orderBy(departments.kind, departments.code),
    db.select({ departmentId: noProofCases.departmentId, n: count() }).from(noProofCases).where(countedNoProof).groupBy(noProofCases.departmentId),
    // Counted in the month the department published it; those published before this year count in January.
    db
      .select({ month: month(sql`greatest(${noProofCases.publishedAt}, ${yearStart.toISOString()}::timestamptz)`), n: count() })
      .from(noProofCases)
      .where(countedNoProof)
      // By position: the bound year start makes the expression differ from the selected one in text.
      .groupBy(sql`1`),
  ]);

  const sum = <T extends { departmentId: string; n: number }>(rows: T[], id: string, keep: (r: T) => boolean = () => true) =>
    rows.filter((r) => r.departmentId === id && keep(r)).reduce((total, r) => total + r.n, 0);
  const byDepartment = depts.map((d) => ({
    id: d.id,
    name: d.name,
    kind: d.kind,
    newResources: sum(resourceRows, d.id),
    bigScenarios: sum(scenarioRows, d.id, (r) => r.kind === "big_scenario"),
    internalOneThing: sum(scenarioRows, d.id, (r) => r.kind === "one_thing" && r.audience === "internal"),
    scenarios: sum(scenarioRows, d.id),
    confirmedAdoptions: sum(adoptionRows, d.id),
    noProofCases: sum(noProofRows, d.id),
  }));

  // Every month of the year with running totals; months still to come have no figures (null), not 0.
  const { year, month: thisMonth } = shanghaiYearMonth(now);
  let resourcesSoFar = 0;
  let scenariosSoFar = 0;
  let noProofSoFar = 0;
  const trend = Array.from({ length: 12 }, (_, i) => {
    const key = `${year}-${String(i + 1).padStart(2, "0")}`;
    if (i + 1 > thisMonth)
      return { month: key, newResources: null, resourcesSoFar: null, newScenarios: null, scenariosSoFar: null, newNoProof: null, noProofSoFar: null };
    const r = resourceMonths.find((m) => m.month === key)?.n ?? 0;
    const s = scenarioMonths.find((m) => m.month === key)?.n ?? 0;
    resourcesSoFar += r;
    scenariosSoFar += s;
    const p = noProofMonths.find((m) => m.month === key)?.n ?? 0;
    noProofSoFar += p;
    return { month: key, newResources: r, resourcesSoFar, newScenarios: s, scenariosSoFar, newNoProof: p, noProofSoFar };
  });
  return { targets: plan.targets, byDepartment, trend, year };
}
