import { DomainError } from "@/server/errors";
import { hasUnreadable, z } from "@/server/validation";
import type { CalendarDate } from "./working-calendar";

export interface CalendarDayInput {
  date: CalendarDate;
  isWorkingDay: boolean;
  holiday: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const isCalendarDate = (text: string) => z.iso.date().safeParse(text).success;

/** "1月1日", "2022年12月31日", or "3日" (the month of the date before it). */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

function datesIn(text: string, year: number, line: number): CalendarDate[] {
  let month: number | undefined;
  let inYear = year;
  return [...text.matchAll(DATE)].map((m) => {
    if (m[1]) inYear = Number(m[1]);
    if (m[2]) month = Number(m[2]);
    if (!month) throw new DomainError("BAD_REQUEST", `第 ${line} 行：「${m[0]}」没有月份`, "text");
    const date = `${inYear}-${pad(month)}-${pad(Number(m[3]))}`;
    if (!isCalendarDate(date))
      throw new DomainError("BAD_REQUEST", `第 ${line} 行：「${m[0]}」不是有效日期`, "text");
    return date;
  });
}

function* daysFrom(first: CalendarDate, last: CalendarDate) {
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}

/**
 * The days of a State Council 放假和调休 notice as it is published (国办发明电), one holiday per line:
 * 「一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。」 Parenthesised weekdays
 * and lunar dates are ignored; a range may cross into the year before (2022年12月31日至2023年1月2日).
 * Refuses, naming the line, whatever it cannot read, rather than guess.
 */
export function parseHolidayNotice(year: number, text: string): CalendarDayInput[] {
  const days = new Map<CalendarDate, CalendarDayInput>();
  const lines = text.split(/\r?\n/).map((l, i) => ({ text: l.trim(), line: i + 1 }));
  for (const { text: raw, line } of lines) {
    const heading = /^[一二三四五六七八九十]+、\s*([^：:]{1,10})[：:](.*)$/.exec(raw);
    if (!heading) continue;
    const holiday = heading[1]!.trim();
    const body = heading[2]!.replace(/（[^）]*）|\([^)]*\)/g, "");
    let offFound = false;
    for (const sentence of body.split(/[。；;]/)) {
      if (sentence.includes("放假")) {
        const dates = datesIn(sentence.split("放假")[0]!, year, line);
        if (dates.length === 0 || dates.length > 2) throw new DomainError("BAD_REQUEST", `第 ${line} 行（${holiday}）：看不出放假的起止日期`, "text");
        const [first, last = first] = dates as [CalendarDate, CalendarDate?];
        if (last < first) throw new DomainError("BAD_REQUEST", `第 ${line} 行（${holiday}）：放假结束日期早于开始日期`, "text");
        for (const date of daysFrom(first, last)) days.set(date, { date, isWorkingDay: false, holiday });
        offFound = true;
      } else if (sentence.includes("上班")) {
        for (const date of datesIn(sentence, year, line)) {
          const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
          if (weekday !== 0 && weekday !== 6) throw new DomainError("BAD_REQUEST", `第 ${line} 行（${holiday}）：调休上班日 ${date} 不是周六或周日`, "text");
          days.set(date, { date, isWorkingDay: true, holiday });
        }
      }
    }
    if (!offFound) throw new DomainError("BAD_REQUEST", `第 ${line} 行（${holiday}）：没有找到「放假」的日期`, "text");
  }
  if (days.size === 0)
    throw new DomainError("BAD_REQUEST", "没有读到任何放假安排：请粘贴通知正文中「一、元旦：……」起的各条", "text");
  checkWithinYear(year, [...days.values()]);
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** A notice sets days of its own year, and at most the last days of the year before (元旦). */
export function checkWithinYear(year: number, days: CalendarDayInput[]): void {
  const outside = days.find((d) => !(d.date.startsWith(`${year}-`) || d.date >= `${year - 1}-12-25`) || d.date > `${year}-12-31`);
  if (outside) throw new DomainError("BAD_REQUEST", `${outside.date} 不在 ${year} 年的放假安排范围内，请检查年份`, "text");
}

/**
 * The holiday-cn JSON a year is published as (github.com/NateScarlet/holiday-cn, updated from the
 * State Council's site): {"year": 2027, "papers": [...], "days": [{"name", "date", "isOffDay"}]}.
 */
export function parseHolidayCnJson(text: string): { year: number; notice: string; days: CalendarDayInput[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new DomainError("BAD_REQUEST", "文件不是有效的 JSON：请上传 holiday-cn 格式的年度文件（如 2027.json）", "file");
  }
  const shape = data as { year?: unknown; papers?: unknown; days?: unknown };
  if (!Number.isInteger(shape.year) || !Array.isArray(shape.days))
    throw new DomainError("BAD_REQUEST", "文件缺少 year 或 days：请上传 holiday-cn 格式的年度文件（如 2027.json）", "file");
  const year = shape.year as number;
  const days = (shape.days as unknown[]).map((d, i) => {
    const day = d as { name?: unknown; date?: unknown; isOffDay?: unknown };
    // A JSON escape (\u0000) brings in what the raw text check cannot see.
    if (typeof day.date !== "string" || !isCalendarDate(day.date) || typeof day.isOffDay !== "boolean" || typeof day.name !== "string" || hasUnreadable(day.name))
      throw new DomainError("BAD_REQUEST", `第 ${i + 1} 个日期格式不对：每项须有 name、date（YYYY-MM-DD）和 isOffDay`, "file");
    return { date: day.date, isWorkingDay: !day.isOffDay, holiday: day.name.slice(0, 20) };
  });
  checkWithinYear(year, days);
  const papers = Array.isArray(shape.papers) ? shape.papers.filter((p): p is string => typeof p === "string" && !hasUnreadable(p)) : [];
  return { year, notice: papers[0]?.slice(0, 200) ?? `${year} 年放假安排`, days };
}
