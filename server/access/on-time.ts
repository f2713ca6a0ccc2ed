import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accessRequests, departments } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { loadWorkingCalendar } from "@/server/calendar/calendar";
import { notFound } from "@/server/errors";

/** How a department answers the requests it receives. */
export interface OnTimeFigures {
  departmentId: string;
  departmentName: string;
  /** Requests answered (同意 or 拒绝), and how many of them by the deadline. */
  answered: number;
  onTime: number;
  /**
   * onTime over the requests whose answer is due by now — those answered and those still waiting past
   * their deadline, so sitting on a request does not keep the rate high; null when none is due yet.
   */
  onTimeRate: number | null;
  /** Mean working days from request to answer (one decimal), or null before the first answer. */
  averageReplyDays: number | null;
  /** Waiting now; of them past the deadline; of them under 督办. */
  pending: number;
  overdue: number;
  escalated: number;
}

/**
 * The figures of every department that has received requests, or of one. Automatic grants (无条件共享)
 * are left out: nobody answered them. Reply time counts the calendar's working days after the day
 * of the request up to the day of the answer, so an answer on the same day takes 0.
 */
async function figures(db: Db, now: Date, departmentId?: string): Promise<OnTimeFigures[]> {
  const [calendar, rows] = await Promise.all([
    loadWorkingCalendar(db),
    db
      .select({
        departmentId: accessRequests.ownerDepartmentId,
        departmentName: departments.name,
        status: accessRequests.status,
        createdAt: accessRequests.createdAt,
        decidedAt: accessRequests.decidedAt,
        dueAt: accessRequests.dueAt,
        escalatedAt: accessRequests.escalatedAt,
      })
      .from(accessRequests)
      .innerJoin(departments, eq(departments.id, accessRequests.ownerDepartmentId))
      .where(and(ne(accessRequests.status, "granted"), departmentId ? eq(accessRequests.ownerDepartmentId, departmentId) : undefined)),
  ]);
  const byDepartment = new Map<string, OnTimeFigures & { replyDays: number }>();
  for (const r of rows) {
    // As of `now`: a later request is left out, a later answer or 督办 had not happened yet (for a past month's 通报).
    if (r.createdAt > now) continue;
    const decidedAt = r.decidedAt && r.decidedAt <= now ? r.decidedAt : null;
    let f = byDepartment.get(r.departmentId);
    if (!f) {
      f = { departmentId: r.departmentId, departmentName: r.departmentName, answered: 0, onTime: 0, onTimeRate: null, averageReplyDays: null, pending: 0, overdue: 0, escalated: 0, replyDays: 0 };
      byDepartment.set(r.departmentId, f);
    }
    if (r.status === "pending" || !decidedAt) {
      f.pending += 1;
      if (r.dueAt < now) f.overdue += 1;
      if (r.escalatedAt && r.escalatedAt <= now) f.escalated += 1;
    } else {
      f.answered += 1;
      if (decidedAt <= r.dueAt) f.onTime += 1;
      f.replyDays += calendar.workingDaysBetween(r.createdAt, decidedAt);
    }
  }
  return [...byDepartment.values()].map(({ replyDays, ...f }) => ({
    ...f,
    onTimeRate: f.answered + f.overdue ? f.onTime / (f.answered + f.overdue) : null,
    averageReplyDays: f.answered ? Math.round((replyDays / f.answered) * 10) / 10 : null,
  }));
}

/** Every department's figures, for the dashboard: those with 督办 and overdue requests first, then the least punctual. */
export async function onTimeByDepartment(db: Db, actor: Actor, now = new Date()): Promise<OnTimeFigures[]> {
  authorize(can.viewDashboard(actor), "只有大赛组织者和审核员可以查看各部门的答复情况");
  const rate = (f: OnTimeFigures) => f.onTimeRate ?? Number.POSITIVE_INFINITY;
  return (await figures(db, now)).sort(
    (a, b) => b.escalated - a.escalated || b.overdue - a.overdue || rate(a) - rate(b) || a.departmentName.localeCompare(b.departmentName, "zh-CN"),
  );
}

/** One department's figures, for its own page: its people, and those who see every department's. */
export async function onTimeOfDepartment(db: Db, actor: Actor, departmentId: string, now = new Date()): Promise<OnTimeFigures> {
  authorize(can.viewDashboard(actor) || can.viewDepartment(actor, departmentId), "只能查看本部门的答复情况");
  const [found] = await figures(db, now, departmentId);
  if (found) return found;
  const [d] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId));
  if (!d) throw notFound("部门");
  return { departmentId, departmentName: d.name, answered: 0, onTime: 0, onTimeRate: null, averageReplyDays: null, pending: 0, overdue: 0, escalated: 0 };
}
