import { aliasedTable, and, eq, gt, isNotNull, isNull, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accessRequests, departments, resources } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { loadWorkingCalendar } from "@/server/calendar/calendar";
import { notify, peopleWithRole, type NewNotification } from "@/server/notifications/notify";
import { DAY_MS, formatShanghaiTime } from "@/server/time";

/** 提醒 two working days before the deadline (the 12345 hotline's ladder: 提醒 → 督办 → 再督办). */
export const REMIND_WORKING_DAYS_BEFORE = 2;
/** A 督办 still unanswered this many working days later is escalated again. */
export const ESCALATE_AGAIN_AFTER_WORKING_DAYS = 5;

const SYSTEM = { system: "到期提醒与督办" };
const RECEIVED = "/console/requests?box=received";
const SUPERVISED = "/console/requests?box=overdue";

type Step = "remind" | "escalate" | "escalateAgain";

const MARK: Record<Step, "remindedAt" | "escalatedAt" | "escalatedAgainAt"> = {
  remind: "remindedAt",
  escalate: "escalatedAt",
  escalateAgain: "escalatedAgainAt",
};

interface Candidate {
  id: string;
  dueAt: Date;
  escalatedAt: Date | null;
  resourceName: string;
  ownerDepartmentId: string;
  ownerName: string;
  requesterName: string;
}

const owner = aliasedTable(departments, "owner");
const requester = aliasedTable(departments, "requester");

async function candidates(db: Db, where: SQL | undefined): Promise<Candidate[]> {
  return db
    .select({
      id: accessRequests.id,
      dueAt: accessRequests.dueAt,
      escalatedAt: accessRequests.escalatedAt,
      resourceName: resources.name,
      ownerDepartmentId: accessRequests.ownerDepartmentId,
      ownerName: owner.name,
      requesterName: requester.name,
    })
    .from(accessRequests)
    .innerJoin(resources, eq(resources.id, accessRequests.resourceId))
    .innerJoin(owner, eq(owner.id, accessRequests.ownerDepartmentId))
    .innerJoin(requester, eq(requester.id, accessRequests.requesterDepartmentId))
    .where(and(eq(accessRequests.status, "pending"), where));
}

/**
 * Marks one step on one request and tells the people it concerns, in one transaction. The mark is
 * set only where it is still empty and the request still pending, so a step runs once whatever
 * runs it twice (two instances, a retried tick), and never after an answer.
 */
async function take(db: Db, step: Step, r: Candidate, now: Date, message: (to: "owner" | "bureau") => NewNotification, summary: string): Promise<boolean> {
  const column = accessRequests[MARK[step]];
  return db.transaction(async (tx) => {
    const [marked] = await tx
      .update(accessRequests)
      .set({ [MARK[step]]: now })
      .where(and(eq(accessRequests.id, r.id), eq(accessRequests.status, "pending"), isNull(column)))
      .returning({ id: accessRequests.id });
    if (!marked) return false;
    await notify(tx, await peopleWithRole(tx, "publisher", r.ownerDepartmentId), message("owner"), now);
    if (step !== "remind") await notify(tx, await peopleWithRole(tx, "reviewer"), message("bureau"), now);
    await recordAudit(tx, SYSTEM, { action: `access.${step === "remind" ? "remind" : step === "escalate" ? "escalate" : "escalate_again"}`, entityType: "access_request", entityId: r.id, summary });
    return true;
  });
}

/**
 * One pass of the reply-deadline ladder over pending requests: a reminder from two working days
 * before the deadline, 督办 once it has passed (to the owner's publishers and 市大数据局's reviewers),
 * and a second 督办 five working days after the first. Working days come from the bureau's calendar.
 */
export async function runDeadlineLadder(db: Db, now = new Date()) {
  const calendar = await loadWorkingCalendar(db);
  const done = { reminded: 0, escalated: 0, escalatedAgain: 0 };
  // Two working days before lie within a fortnight, whatever the holidays.
  const soon = await candidates(db, and(isNull(accessRequests.remindedAt), gt(accessRequests.dueAt, now), lt(accessRequests.dueAt, new Date(now.getTime() + 14 * DAY_MS))));
  for (const r of soon) {
    if (calendar.startOfWorkingDayBefore(r.dueAt, REMIND_WORKING_DAYS_BEFORE) > now) continue;
    const subject = `${r.requesterName}对「${r.resourceName}」的使用申请`;
    const due = formatShanghaiTime(r.dueAt);
    const taken = await take(
      db,
      "remind",
      r,
      now,
      () => ({ kind: "deadline_reminder", title: `即将到期：${subject}`, body: `请在 ${due} 前答复，逾期将被督办。`, link: RECEIVED, subjectType: "access_request", subjectId: r.id }),
      `提醒${r.ownerName}：${subject}将于 ${due} 到期`,
    );
    if (taken) done.reminded += 1;
  }
  for (const r of await candidates(db, and(isNull(accessRequests.escalatedAt), lt(accessRequests.dueAt, now)))) {
    const subject = `${r.ownerName}未按期答复${r.requesterName}对「${r.resourceName}」的使用申请`;
    const late = calendar.workingDaysBetween(r.dueAt, now);
    const taken = await take(
      db,
      "escalate",
      r,
      now,
      (to) => ({
        kind: "overdue_escalated",
        title: `督办：${subject}`,
        body: `答复期限 ${formatShanghaiTime(r.dueAt)} 已过${late > 0 ? ` ${late} 个工作日` : ""}。${to === "owner" ? "请立即答复；5 个工作日内仍未答复将再次督办。" : "已通知提供部门。"}`,
        link: to === "owner" ? RECEIVED : SUPERVISED,
        subjectType: "access_request",
        subjectId: r.id,
      }),
      `督办：${subject}`,
    );
    if (taken) done.escalated += 1;
  }
  for (const r of await candidates(db, and(isNotNull(accessRequests.escalatedAt), isNull(accessRequests.escalatedAgainAt), lt(accessRequests.escalatedAt, new Date(now.getTime() - 5 * DAY_MS))))) {
    if (calendar.addWorkingDays(r.escalatedAt!, ESCALATE_AGAIN_AFTER_WORKING_DAYS).due >= now) continue;
    const subject = `${r.ownerName}仍未答复${r.requesterName}对「${r.resourceName}」的使用申请`;
    const late = calendar.workingDaysBetween(r.dueAt, now);
    const taken = await take(
      db,
      "escalateAgain",
      r,
      now,
      (to) => ({
        kind: "overdue_escalated_again",
        title: `二次督办：${subject}`,
        body: `已逾期 ${late} 个工作日，督办后 ${ESCALATE_AGAIN_AFTER_WORKING_DAYS} 个工作日仍未答复。${to === "owner" ? "请部门负责人督促立即办理。" : "请跟进督办。"}`,
        link: to === "owner" ? RECEIVED : SUPERVISED,
        subjectType: "access_request",
        subjectId: r.id,
      }),
      `二次督办：${subject}（逾期 ${late} 个工作日）`,
    );
    if (taken) done.escalatedAgain += 1;
  }
  return done;
}
