import { and, asc, count, eq, gte, isNotNull, lt, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofFeedback, scenarios } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { onTimeByDepartment } from "@/server/access/on-time";
import { targetsDashboard } from "@/server/dashboard/dashboard";
import { DomainError } from "@/server/errors";
import { REFORM_MEASURE_LABELS, REFORM_MEASURES } from "@/server/reform/comparison";
import { publishedReformTotals } from "@/server/reform/figures";
import type { PlanTarget } from "@/server/targets/targets";
import { shanghaiInstant, shanghaiYearMonth } from "@/server/time";

/** One department's or district's line in the 通报's tables. */
export interface UnitFigures {
  id: string;
  name: string;
  kind: "municipal" | "district";
  newResources: number;
  scenarios: number;
  confirmedAdoptions: number;
  noProofCases: number;
  /** Requests answered, of them by the deadline, the rate over those due (null: none due), waiting past the deadline, 督办. */
  answered: number;
  onTime: number;
  onTimeRate: number | null;
  averageReplyDays: number | null;
  overdue: number;
  escalated: number;
  /** Citizens' reports on its no-proof cases received by the month's end, and of them answered by then. */
  feedbackReceived: number;
  feedbackAnswered: number;
}

export interface ReportFigures {
  /** "2026-11" and its label 「2026年11月」. */
  month: string;
  monthLabel: string;
  /** The instant the figures are taken at: the month's last moment, or the moment of issue within the month. */
  asOf: string;
  year: number;
  targets: PlanTarget[];
  /** The year's months up to this one, running totals as on the dashboard. */
  trend: { month: string; newResources: number; resourcesSoFar: number; newScenarios: number; scenariosSoFar: number; newNoProof: number; noProofSoFar: number }[];
  thisMonth: { newResources: number; newScenarios: number; newNoProof: number };
  units: UnitFigures[];
  /** Named units: most new resources; 督办 and overdue requests still waiting (点名). */
  leaders: { name: string; newResources: number }[];
  laggards: { name: string; overdue: number; escalated: number }[];
  /** 标杆场景 named during the month. */
  benchmarks: { name: string; department: string; at: string }[];
  /**
   * Sums over the reform sheets of the scenarios published by then (环节、材料、时限、跑动、表单), each
   * sheet as its scenario's current version holds it.
   */
  reform: ReformTotals;
}

export interface ReformTotals {
  /** Published scenarios with a reform sheet. */
  sheets: number;
  rows: { label: string; unit: string; before: number; after: number; cut: number; rate: number | null }[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month's first instant and the instant after its end, in Qingdao. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const m = MONTH.exec(month);
  if (!m) throw new DomainError("BAD_REQUEST", "月份格式应为 2026-11");
  const year = Number(m[1]);
  const next = Number(m[2]) === 12 ? `${year + 1}-01` : `${year}-${String(Number(m[2]) + 1).padStart(2, "0")}`;
  return { start: shanghaiInstant(`${month}-01`), end: shanghaiInstant(`${next}-01`) };
}

export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
}

/** The months a 通报 can be made for: from January of last year to this month, newest first. */
export function reportableMonths(now = new Date()): string[] {
  const { year, month } = shanghaiYearMonth(now);
  const months: string[] = [];
  for (let y = year, m = month; y >= year - 1; m === 1 ? ((m = 12), (y -= 1)) : (m -= 1)) months.push(`${y}-${String(m).padStart(2, "0")}`);
  return months;
}

/**
 * The figures of a month's 通报, taken as of its end (or now, for the month under way) with the same
 * functions as 目标看板 and the on-time table, so the current month's 通报 shows the dashboard's
 * numbers. A past month is reconstructed from publication, answer and 督办 timestamps; what has been
 * retired or withdrawn since no longer counts, overdue requests are judged by their deadlines, and a
 * reform sheet edited since counts as it is now.
 */
export async function computeReportFigures(
  db: Db,
  actor: Actor,
  month: string,
  now = new Date(),
): Promise<ReportFigures> {
  const { start, end } = monthBounds(month);
  if (start > now) throw new DomainError("BAD_REQUEST", `${monthLabel(month)}尚未开始，不能生成通报`);
  const asOf = end <= now ? new Date(end.getTime() - 1) : now;
  const [dashboard, onTime, feedback, benchmarkRows, reform] = await Promise.all([
    targetsDashboard(db, actor, asOf),
    onTimeByDepartment(db, actor, asOf),
    feedbackByDepartment(db, asOf),
    db
      .select({ name: scenarios.name, department: departments.name, at: scenarios.benchmarkAt })
      .from(scenarios)
      .innerJoin(departments, eq(departments.id, scenarios.departmentId))
      .where(and(eq(scenarios.benchmark, true), isNotNull(scenarios.benchmarkAt), gte(scenarios.benchmarkAt, start), lt(scenarios.benchmarkAt, end)))
      .orderBy(asc(scenarios.benchmarkAt)),
    publishedReformTotals(db, { publishedBy: asOf }),
  ]);
  const trend = dashboard.trend.filter((t): t is ReportFigures["trend"][number] => t.resourcesSoFar !== null);
  const current = trend.find((t) => t.month === month);
  const units: UnitFigures[] = dashboard.byDepartment.map((d) => {
    const o = onTime.find((f) => f.departmentId === d.id);
    const f = feedback.get(d.id);
    return {
      id: d.id,
      name: d.name,
      kind: d.kind,
      newResources: d.newResources,
      scenarios: d.scenarios,
      confirmedAdoptions: d.confirmedAdoptions,
      noProofCases: d.noProofCases,
      answered: o?.answered ?? 0,
      onTime: o?.onTime ?? 0,
      onTimeRate: o?.onTimeRate ?? null,
      averageReplyDays: o?.averageReplyDays ?? null,
      overdue: o?.overdue ?? 0,
      escalated: o?.escalated ?? 0,
      feedbackReceived: f?.received ?? 0,
      feedbackAnswered: f?.answered ?? 0,
    };
  });
  return {
    month,
    monthLabel: monthLabel(month),
    asOf: asOf.toISOString(),
    year: dashboard.year,
    targets: dashboard.targets,
    trend,
    thisMonth: { newResources: current?.newResources ?? 0, newScenarios: current?.newScenarios ?? 0, newNoProof: current?.newNoProof ?? 0 },
    units,
    leaders: [...units]
      .filter((u) => u.newResources > 0)
      .sort((a, b) => b.newResources - a.newResources || a.name.localeCompare(b.name, "zh-CN"))
      .slice(0, 5)
      .map((u) => ({ name: u.name, newResources: u.newResources })),
    // Same order as the on-time table: 督办 first, then overdue.
    laggards: onTime.filter((o) => o.overdue > 0).map((o) => ({ name: o.departmentName, overdue: o.overdue, escalated: o.escalated })),
    benchmarks: benchmarkRows.map((b) => ({ name: b.name, department: b.department, at: b.at!.toISOString() })),
    reform: {
      sheets: reform.sheets,
      rows: REFORM_MEASURES.map((m) => ({ ...REFORM_MEASURE_LABELS[m], ...reform.figures[m] })),
    },
  };
}

async function feedbackByDepartment(db: Db, asOf: Date): Promise<Map<string, { received: number; answered: number }>> {
  const received = db
    .select({ departmentId: noProofCases.departmentId, n: count() })
    .from(noProofFeedback)
    .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
    .where(lte(noProofFeedback.createdAt, asOf))
    .groupBy(noProofCases.departmentId);
  const answered = db
    .select({ departmentId: noProofCases.departmentId, n: count() })
    .from(noProofFeedback)
    .innerJoin(noProofCases, eq(noProofCases.id, noProofFeedback.caseId))
    .where(and(lte(noProofFeedback.createdAt, asOf), lte(noProofFeedback.repliedAt, asOf)))
    .groupBy(noProofCases.departmentId);
  const [r, a] = await Promise.all([received, answered]);
  const byDepartment = new Map<string, { received: number; answered: number }>();
  for (const row of r) byDepartment.set(row.departmentId, { received: row.n, answered: a.find((x) => x.departmentId === row.departmentId)?.n ?? 0 });
  return byDepartment;
}
