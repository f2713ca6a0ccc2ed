/** The reply period for access requests, in working days (provincial data-sharing rules: 10). */
export function replyWorkingDays(): number {
  const configured = Number(process.env.ACCESS_REQUEST_REPLY_DAYS);
  return Number.isInteger(configured) && configured > 0 ? configured : 10;
}
