import { DAY_MS, UTC_OFFSET_MS } from "@/server/time";

/** A Qingdao calendar date, "2026-10-01". */
export type CalendarDate = string;

/** The Qingdao date of an instant, as a UTC midnight (so days step by DAY_MS). */
const dayOf = (instant: Date) => Math.floor((instant.getTime() + UTC_OFFSET_MS) / DAY_MS) * DAY_MS;
const isoDay = (day: number): CalendarDate => new Date(day).toISOString().slice(0, 10);
const dayOfDate = (date: CalendarDate) => Date.parse(`${date}T00:00:00Z`);
/** Monday to Friday among the first `r` days of a week that starts on a Thursday (1970-01-01 did). */
const WEEKDAYS_BEFORE = [0, 1, 2, 2, 2, 3, 4, 5];
/** Monday to Friday among the days before `day` since 1970-01-01 (a day as dayOf gives it). */
const weekdaysBefore = (day: number) => {
  const n = day / DAY_MS;
  return Math.floor(n / 7) * 5 + WEEKDAYS_BEFORE[n - Math.floor(n / 7) * 7]!;
};
const isWeekday = (day: number) => {
  const weekday = new Date(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

export interface Deadline {
  /** 23:59:59 Qingdao time of the last working day. */
  due: Date;
  /** A counted day lies in a year whose 放假和调休 arrangement is not entered: counted Monday to Friday. */
  provisional: boolean;
}

/**
 * Working days as the State Council's yearly notice sets them: Monday to Friday, minus holidays,
 * plus 调休 Saturdays and Sundays. Counting starts the day after (次日起). Built from the bureau's
 * calendar tables for one computation; years without an entry count Monday to Friday, and say so.
 */
export class WorkingCalendar {
  private readonly exceptions: Map<CalendarDate, boolean>;
  /** The exceptions as days (UTC midnights), for counting over a long span without walking it. */
  private readonly exceptionDays: [day: number, working: boolean][];
  private readonly years: Set<number>;

  constructor(years: Iterable<number>, days: Iterable<{ date: CalendarDate; isWorkingDay: boolean }>) {
    this.years = new Set(years);
    this.exceptions = new Map([...days].map((d) => [d.date, d.isWorkingDay]));
    this.exceptionDays = [...this.exceptions].map(([date, working]) => [dayOfDate(date), working]);
  }

  /** Whether the year's arrangement is known. */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: CalendarDate): boolean {
    const exception = this.exceptions.get(date);
    return exception ?? isWeekday(dayOfDate(date));
  }

  private counts(day: number): { working: boolean; known: boolean } {
    const date = isoDay(day);
    return { working: this.isWorkingDay(date), known: this.covers(Number(date.slice(0, 4))) };
  }

  addWorkingDays(from: Date, n: number): Deadline {
    let day = dayOf(from);
    let left = n;
    let provisional = false;
    while (left > 0) {
      day += DAY_MS;
      const { working, known } = this.counts(day);
      if (!known) provisional = true;
      if (working) left -= 1;
    }
    return { due: new Date(day + DAY_MS - 1000 - UTC_OFFSET_MS), provisional };
  }

  /** Working days after `from`'s date up to and including `to`'s: a reply's time, or a delay. */
  workingDaysBetween(from: Date, to: Date): number {
    const first = dayOf(from) + DAY_MS;
    const last = dayOf(to);
    if (last < first) return 0;
    // Monday to Friday, then each holiday or 调休 day in the span where it differs from that rule:
    // a request months overdue is counted in one step, not one per day (the inbox lists many).
    let count = weekdaysBefore(last + DAY_MS) - weekdaysBefore(first);
    for (const [day, working] of this.exceptionDays) if (day >= first && day <= last) count += Number(working) - Number(isWeekday(day));
    return count;
  }

  /** 00:00 Qingdao time of the working day `n` working days before `deadline`'s date. */
  startOfWorkingDayBefore(deadline: Date, n: number): Date {
    let day = dayOf(deadline);
    let left = n;
    while (left > 0) {
      day -= DAY_MS;
      if (this.counts(day).working) left -= 1;
    }
    return new Date(day - UTC_OFFSET_MS);
  }
}
