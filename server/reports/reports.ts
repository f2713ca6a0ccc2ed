import { and, desc, eq, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { monthlyReports, type MonthlyReport } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { notFound } from "@/server/errors";
import { shanghaiYearMonth } from "@/server/time";
import { drawReportCharts, type ReportChart } from "./charts";
import { computeReportFigures, monthLabel, type ReportFigures } from "./figures";

export interface IssuedReport extends Omit<MonthlyReport, "figures" | "charts"> {
  figures: ReportFigures;
  charts: ReportChart[];
  /** 「2026年第11期」 */
  numberLabel: string;
}

const READ_REFUSED = "只有审核员和大赛组织者可以查看月度通报";

export const reportTitle = (month: string) => `关于${monthLabel(month)}全市数据资源共享与场景建设工作情况的通报`;
export const numberLabel = (r: Pick<MonthlyReport, "year" | "number">) => `${r.year}年第${r.number}期`;

function figuresFor(db: Db, actor: Actor, month: string, now: Date): Promise<ReportFigures> {
  return computeReportFigures(db, actor, month, now);
}

/** A month's figures and charts as they stand now, before anyone issues them. */
export async function previewReport(db: Db, actor: Actor, month: string, now = new Date()) {
  authorize(can.readReports(actor), READ_REFUSED);
  const figures = await figuresFor(db, actor, month, now);
  return { title: reportTitle(month), figures, charts: drawReportCharts(figures) };
}

/**
 * 签发: keeps the month's figures and charts as they are now. Issuing a month again is a correction
 * (更正): a new number that supersedes the earlier issue, which stays readable as it was.
 */
export async function issueReport(db: Db, actor: Actor, month: string, now = new Date()): Promise<IssuedReport> {
  authorize(can.issueReports(actor), "只有市大数据局审核员可以签发月度通报");
  const figures = await figuresFor(db, actor, month, now);
  const charts = drawReportCharts(figures);
  const { year } = shanghaiYearMonth(now);
  const issued = await db.transaction(async (tx) => {
    // Numbers run on within the year of issue; two people issuing at once take turns here.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('monthly_reports'))`);
    const [last] = await tx.select({ n: max(monthlyReports.number) }).from(monthlyReports).where(eq(monthlyReports.year, year));
    const [previous] = await tx
      .select({ id: monthlyReports.id, year: monthlyReports.year, number: monthlyReports.number })
      .from(monthlyReports)
      .where(and(eq(monthlyReports.month, month), eq(monthlyReports.superseded, false)));
    const [row] = await tx
      .insert(monthlyReports)
      .values({
        month,
        year,
        number: (last?.n ?? 0) + 1,
        title: previous ? `${reportTitle(month)}（更正）` : reportTitle(month),
        correctsId: previous?.id ?? null,
        figures,
        charts,
        issuedAt: now,
        issuedById: actor.id,
        issuedByName: actor.displayName,
        issuedByDepartment: actor.departmentName,
      })
      .returning();
    if (previous)
      await tx
        .update(monthlyReports)
        .set({ superseded: true, version: sql`${monthlyReports.version} + 1` })
        .where(eq(monthlyReports.id, previous.id));
    await recordAudit(tx, actor, {
      action: previous ? "report.correct" : "report.issue",
      entityType: "monthly_report",
      entityId: row!.id,
      summary: `签发${monthLabel(month)}月度通报（${numberLabel(row!)}）${previous ? `，更正${numberLabel(previous)}` : ""}`,
    });
    return row!;
  });
  return withLabel(issued);
}

function withLabel(row: MonthlyReport): IssuedReport {
  return { ...row, figures: row.figures as ReportFigures, charts: row.charts, numberLabel: numberLabel(row) };
}

/** The issued reports, newest first, without their figures. */
export async function listReports(db: Db, actor: Actor) {
  authorize(can.readReports(actor), READ_REFUSED);
  const rows = await db
    .select({
      id: monthlyReports.id,
      month: monthlyReports.month,
      year: monthlyReports.year,
      number: monthlyReports.number,
      title: monthlyReports.title,
      superseded: monthlyReports.superseded,
      correctsId: monthlyReports.correctsId,
      issuedAt: monthlyReports.issuedAt,
      issuedByName: monthlyReports.issuedByName,
    })
    .from(monthlyReports)
    .orderBy(desc(monthlyReports.issuedAt), desc(monthlyReports.number));
  return rows.map((r) => ({ ...r, numberLabel: numberLabel(r) }));
}

/** One issued report exactly as issued. */
export async function getReport(db: Db, actor: Actor, id: string): Promise<IssuedReport> {
  authorize(can.readReports(actor), READ_REFUSED);
  const [row] = await db.select().from(monthlyReports).where(eq(monthlyReports.id, id));
  if (!row) throw notFound("通报");
  return withLabel(row);
}
