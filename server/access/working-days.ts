import { DAY_MS, UTC_OFFSET_MS as ZONE_OFFSET_MS } from "@/server/time";

/**
 * The end (23:59:59, Qingdao time) of the `n`-th working day after `from`, counting Monday to
 * Friday. Public holidays and their make-up working days are not modelled: the deadline can be
 * a few days early around 春节 and 国庆.
 */
export function addWorkingDays(from: Date, n: number): Date {
  // Work on the Shanghai calendar date, as a UTC midnight.
  let day = Math.floor((from.getTime() + ZONE_OFFSET_MS) / DAY_MS) * DAY_MS;
  let left = n;
  while (left > 0) {
    day += DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(day + DAY_MS - 1000 - ZONE_OFFSET_MS);
}

/** The reply period for access requests, in working days (provincial data-sharing rules: 10). */
export function replyWorkingDays(): number {
  const configured = Number(process.env.ACCESS_REQUEST_REPLY_DAYS);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}
