import library from "chinese-days/dist/chinese-days.json";
import { and, asc, count, desc, eq, gte, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { accessRequests, calendarDays, calendarYears } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound, staleVersion } from "@/server/errors";
import { shanghaiInstant, shanghaiYearMonth } from "@/server/time";
import { replyWorkingDays } from "@/server/access/reply-period";
import type { z } from "zod";
import { parseHolidayCnJson, parseHolidayNotice, type CalendarDayInput } from "./notice";
import type { enterNoticeInput, importYearFileInput } from "./schemas";
import { WorkingCalendar, type CalendarDate } from "./working-calendar";

/**
 * The bureau's calendar as it stands: read on every computation, so every instance counts alike.
 * `within`: only the exceptions between these dates (the whole calendar is some 800 rows, read on
 * every page that shows how late a request is).
 */
export async function loadWorkingCalendar(db: Db, within?: { from: CalendarDate; to: CalendarDate }): Promise<WorkingCalendar> {
  // Prepared (db/prepared.ts): the requests inbox reads them whenever it shows a late request.
  const days = (name: string) => {
    const query = db.select({ date: calendarDays.date, isWorkingDay: calendarDays.isWorkingDay }).from(calendarDays);
    return (within ? query.where(and(gte(calendarDays.date, sql.placeholder("from")), lte(calendarDays.date, sql.placeholder("to")))) : query).prepare(name);
  };
  const [years, exceptions] = await Promise.all([
    prepared(db, "calendar_years", (name) => db.select({ year: calendarYears.year }).from(calendarYears).prepare(name)).execute(),
    prepared(db, within ? "calendar_days_within" : "calendar_days", days).execute(within),
  ]);
  return new WorkingCalendar(
    years.map((y) => y.year),
    exceptions,
  );
}

/**
 * The years chinese-days has published, as the notice year each day belongs to: a December 元旦
 * day (2022-12-31) belongs to the next year's notice.
 */
export function libraryYears(): Map<number, CalendarDayInput[]> {
  const years = new Map<number, CalendarDayInput[]>();
  const add = (entries: Record<string, string>, isWorkingDay: boolean) => {
    for (const [date, label] of Object.entries(entries)) {
      const holiday = label.split(",")[1] ?? label;
      const year = Number(date.slice(0, 4)) + (date.slice(5, 7) === "12" && holiday === "元旦" ? 1 : 0);
      years.set(year, [...(years.get(year) ?? []), { date, isWorkingDay, holiday }]);
    }
  };
  add(library.holidays, false);
  add(library.workdays, true);
  return years;
}

/**
 * Adds the years the holiday library knows and the database does not (a fresh database, or a newer
 * library), never touching a year the bureau entered. Idempotent, safe for two instances at once.
 */
export async function syncLibraryCalendar(db: Db): Promise<number> {
  const known = new Set((await db.select({ year: calendarYears.year }).from(calendarYears)).map((y) => y.year));
  const missing = [...libraryYears()].filter(([year]) => !known.has(year));
  if (missing.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const [year, days] of missing) {
      const [inserted] = await tx
        .insert(calendarYears)
        .values({ year, notice: `chinese-days 节假日数据（${year} 年）`, source: "library" })
        .onConflictDoNothing()
        .returning({ year: calendarYears.year });
      if (inserted) await tx.insert(calendarDays).values(days.map((d) => ({ ...d, year }))).onConflictDoNothing();
    }
  });
  return missing.length;
}

/** The years entered, how many pending deadlines wait for a year, and the next year the bureau waits for. */
export async function calendarOverview(db: Db, actor: Actor, now = new Date()) {
  authorize(can.keepCalendar(actor), "只有系统管理员可以维护工作日历");
  const years = await db
    .select({
      year: calendarYears.year,
      notice: calendarYears.notice,
      source: calendarYears.source,
      recordedAt: calendarYears.recordedAt,
      version: calendarYears.version,
      holidays: sql<number>`count(*) filter (where not ${calendarDays.isWorkingDay})`.mapWith(Number),
      workingDays: sql<number>`count(*) filter (where ${calendarDays.isWorkingDay})`.mapWith(Number),
    })
    .from(calendarYears)
    .leftJoin(calendarDays, eq(calendarDays.year, calendarYears.year))
    .groupBy(calendarYears.year)
    .orderBy(desc(calendarYears.year));
  const [provisional] = await db
    .select({ n: count() })
    .from(accessRequests)
    .where(and(eq(accessRequests.status, "pending"), eq(accessRequests.dueProvisional, true)));
  const known = new Set(years.map((y) => y.year));
  let missingYear = shanghaiYearMonth(now).year;
  while (known.has(missingYear)) missingYear += 1;
  return { years, missingYear, provisionalRequests: provisional?.n ?? 0 };
}

export async function calendarYear(db: Db, actor: Actor, year: number) {
  authorize(can.keepCalendar(actor), "只有系统管理员可以维护工作日历");
  const [entry] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  if (!entry) throw notFound(`${year} 年的放假安排`);
  const days = await db.select().from(calendarDays).where(eq(calendarDays.year, year)).orderBy(asc(calendarDays.date));
  return { ...entry, days };
}

/** When a request filed on `filedOn` (during office hours) would be due, by the calendar as it stands. */
export async function trialDeadline(db: Db, filedOn: string) {
  const deadline = (await loadWorkingCalendar(db)).addWorkingDays(shanghaiInstant(`${filedOn} 10:00`), replyWorkingDays());
  return { ...deadline, workingDays: replyWorkingDays() };
}

interface EnterYearInput {
  year: number;
  notice: string;
  days: CalendarDayInput[];
  /** The year's version when it was shown, to replace an existing year; absent for a new one. */
  version?: number;
}

/**
 * Records a year's 放假和调休 arrangement (new, or replacing one), then counts again every pending
 * request's deadline that was counted Monday to Friday for want of it. One transaction, audited.
 */
async function enterCalendarYear(db: Db, actor: Actor, input: EnterYearInput) {
  const clash = input.days.find((d, i) => input.days.findIndex((e) => e.date === d.date) !== i);
  if (clash) throw new DomainError("BAD_REQUEST", `${clash.date} 出现了两次`, "text");
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(calendarYears).where(eq(calendarYears.year, input.year));
    if (existing) {
      if (input.version === undefined)
        throw new DomainError("CONFLICT", `${input.year} 年的放假安排已经录入（${existing.notice}）。如需更正，请在该年份页面修改。`, "year");
      const [updated] = await tx
        .update(calendarYears)
        .set({ notice: input.notice, source: "entered", recordedBy: actor.id, recordedAt: new Date(), version: existing.version + 1 })
        .where(and(eq(calendarYears.year, input.year), eq(calendarYears.version, input.version)))
        .returning();
      if (!updated) throw staleVersion();
      await tx.delete(calendarDays).where(eq(calendarDays.year, input.year));
    } else {
      await tx.insert(calendarYears).values({ year: input.year, notice: input.notice, source: "entered", recordedBy: actor.id });
    }
    const taken = await tx
      .select({ date: calendarDays.date })
      .from(calendarDays)
      .where(sql`${calendarDays.date} in ${input.days.map((d) => d.date)}`);
    if (taken.length > 0) throw new DomainError("BAD_REQUEST", `${taken[0]!.date} 已属于另一年份的放假安排`, "text");
    await tx.insert(calendarDays).values(input.days.map((d) => ({ ...d, year: input.year })));
    const recounted = await recountDeadlines(tx, input.year);
    const off = input.days.filter((d) => !d.isWorkingDay).length;
    await recordAudit(tx, actor, {
      action: existing ? "calendar.correct" : "calendar.enter",
      entityType: "calendar_year",
      entityId: String(input.year),
      summary: `${existing ? "更正" : "录入"} ${input.year} 年放假安排（${input.notice}）：放假 ${off} 天，调休上班 ${input.days.length - off} 天；重新计算 ${recounted} 条申请的答复期限`,
    });
    return { year: input.year, recounted };
  });
}

/** The notice pasted as published (国办发明电), read into its days. */
export async function enterNotice(db: Db, actor: Actor, input: z.output<typeof enterNoticeInput>) {
  authorize(can.keepCalendar(actor), "只有系统管理员可以维护工作日历");
  return enterCalendarYear(db, actor, { year: input.year, notice: input.notice, version: input.version, days: parseHolidayNotice(input.year, input.text) });
}

/** A year file in the holiday-cn format. */
export async function importYearFile(db: Db, actor: Actor, input: z.output<typeof importYearFileInput>) {
  authorize(can.keepCalendar(actor), "只有系统管理员可以维护工作日历");
  const parsed = parseHolidayCnJson(input.text);
  return enterCalendarYear(db, actor, { ...parsed, notice: input.notice || parsed.notice, version: input.version });
}

/**
 * Pending requests counted again: those counted Monday to Friday for want of a year, and those whose
 * reply period runs through `year` (its arrangement was corrected).
 */
async function recountDeadlines(tx: Db, year: number): Promise<number> {
  const calendar = await loadWorkingCalendar(tx);
  const pending = await tx
    .select({ id: accessRequests.id, createdAt: accessRequests.createdAt })
    .from(accessRequests)
    .where(
      and(
        eq(accessRequests.status, "pending"),
        or(
          eq(accessRequests.dueProvisional, true),
          and(lt(accessRequests.createdAt, new Date(`${year + 1}-01-01T00:00:00+08:00`)), gte(accessRequests.dueAt, new Date(`${year - 1}-12-25T00:00:00+08:00`))),
        ),
      ),
    );
  for (const r of pending) {
    const { due, provisional } = calendar.addWorkingDays(r.createdAt, replyWorkingDays());
    await tx.update(accessRequests).set({ dueAt: due, dueProvisional: provisional }).where(eq(accessRequests.id, r.id));
  }
  return pending.length;
}
