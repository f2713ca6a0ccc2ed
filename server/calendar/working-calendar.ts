import { DAY_MS, UTC_OFFSET_MS } from "@/server/time";

/** A Qingdao calendar date, "2026-10-01". */
export type CalendarDate = string;

/** The Qingdao date of an instant, as a UTC midnight (so days step by DAY_MS). */
const dayOf = (instant: Date) => Math.floor((instant.getTime() + UTC_OFFSET_MS) / DAY_MS) * DAY_MS;
const isoDay = (day: number): CalendarDate => new Date(day).toISOString().slice(0, 10);

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
  private readonly years: Set<number>;

  constructor(years: Iterable<number>, days: Iterable<{ date: CalendarDate; isWorkingDay: boolean }>) {
    this.years = new Set(years);
    this.exceptions = new Map([...days].map((d) => [d.date, d.isWorkingDay]));
  }

  /** Whether the year's arrangement is known. */
  covers(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: CalendarDate): boolean {
    const exception = this.exceptions.get(date);
    if (exception !== undefined) return exception;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
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
    let count = 0;
    for (let day = dayOf(from) + DAY_MS; day <= dayOf(to); day += DAY_MS) if (this.counts(day).working) count += 1;
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
