/**
 * Qingdao's clock, in one place. China keeps UTC+8 all year (no daylight saving), so a local date
 * or time becomes an instant by appending "+08:00", and an instant becomes a local date by adding
 * eight hours (the same rule both ways; Intl's zone lookup cost several microseconds per date on
 * pages listing many). Every date people type or read goes through here, whatever the server's zone.
 * Pure functions: pages, services, the seed and client components all use them.
 */

export const TIME_ZONE = "Asia/Shanghai";
export const UTC_OFFSET = "+08:00";
export const UTC_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** The instant's wall clock in Qingdao, "2026-11-27T08:30:05"; a RangeError for an invalid date. */
const wallClock = (d: Date) => new Date(d.getTime() + UTC_OFFSET_MS).toISOString().slice(0, 19);

function clock(d: Date) {
  const t = wallClock(d);
  return { year: t.slice(0, 4), month: t.slice(5, 7), day: t.slice(8, 10), hour: t.slice(11, 13), minute: t.slice(14, 16) };
}

/** "2026-11-27" or "2026-11-27 08:30" / "2026-11-27T08:30" in Qingdao → the instant. */
export function shanghaiInstant(text: string): Date {
  const [date, time = "00:00"] = text.trim().split(/[ T]/);
  return new Date(`${date}T${time.length === 5 ? `${time}:00` : time}${UTC_OFFSET}`);
}

/** The end of a Qingdao calendar day (23:59:59), e.g. for an expiry date. */
export function endOfShanghaiDay(date: string): Date {
  return shanghaiInstant(`${date} 23:59:59`);
}

/** The Qingdao calendar date of an instant: "2026-11-27". */
export function shanghaiDate(d: Date = new Date()): string {
  const c = clock(d);
  return `${c.year}-${c.month}-${c.day}`;
}

/** "2026-11-27 08:30", for files and messages. */
export function formatShanghaiTime(d: Date): string {
  const c = clock(d);
  return `${c.year}-${c.month}-${c.day} ${c.hour}:${c.minute}`;
}

/** "2026-11-27 08:30:05": to the second, for records such as the audit trail's export. */
export function formatShanghaiSeconds(d: Date): string {
  return wallClock(d).replace("T", " ");
}

/** "2026-11-27T08:30", the value of a datetime-local field on Qingdao's clock. */
export function shanghaiInputValue(value: Date | string): string {
  return formatShanghaiTime(new Date(value)).replace(" ", "T");
}

/** "2026/11/27 08:30", as pages show times. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return formatShanghaiTime(typeof value === "string" ? new Date(value) : value).replaceAll("-", "/");
}

/** "2026/11/27", as pages show dates. */
export function formatDate(value: Date | string | null | undefined): string {
  return formatDateTime(value).slice(0, 10);
}

/** The calendar year and month in Qingdao. */
export function shanghaiYearMonth(now = new Date()): { year: number; month: number } {
  const c = clock(now);
  return { year: Number(c.year), month: Number(c.month) };
}

/** 1 January of this year, midnight in Qingdao. */
export function startOfYearInShanghai(now = new Date()): Date {
  return shanghaiInstant(`${shanghaiYearMonth(now).year}-01-01`);
}
