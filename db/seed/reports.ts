import { count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, monthlyReports, people } from "@/db/schema";
import { actorColumns } from "@/server/auth/sessions";
import { drawReportCharts } from "@/server/reports/charts";
import { computeReportFigures, monthBounds } from "@/server/reports/figures";
import { reportTitle } from "@/server/reports/reports";
import { shanghaiYearMonth } from "@/server/time";

const DAY = 86_400_000;

/**
 * The two months before this one, issued by the demo reviewer on the fifth of the month after, so
 * 月度通报 has a list to browse. Their figures are taken from the demo data as of each month's end.
 */
export async function seedReports(tx: Db, now = new Date()): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(monthlyReports);
  if (existing!.n > 0) return 0;
  const [reviewer] = await tx.select(actorColumns).from(people).innerJoin(departments, eq(departments.id, people.departmentId)).where(eq(people.username, "reviewer"));
  if (!reviewer) return 0;
  const { year, month } = shanghaiYearMonth(now);
  const months = [2, 1].map((back) => {
    const m = month - back;
    return m > 0 ? `${year}-${String(m).padStart(2, "0")}` : `${year - 1}-${String(m + 12).padStart(2, "0")}`;
  });
  const numbers = new Map<number, number>();
  for (const m of months) {
    const issuedAt = new Date(Math.min(now.getTime() - DAY, monthBounds(m).end.getTime() + 4 * DAY + 2 * 3_600_000));
    const figures = await computeReportFigures(tx, reviewer, m, issuedAt);
    // Numbers run within the year of issue, as 签发 gives them.
    const issueYear = shanghaiYearMonth(issuedAt).year;
    numbers.set(issueYear, (numbers.get(issueYear) ?? 0) + 1);
    await tx.insert(monthlyReports).values({
      month: m,
      year: issueYear,
      number: numbers.get(issueYear)!,
      title: reportTitle(m),
      figures,
      charts: drawReportCharts(figures),
      issuedAt,
      issuedById: reviewer.id,
      issuedByName: reviewer.displayName,
      issuedByDepartment: reviewer.departmentName,
    });
  }
  return months.length;
}
