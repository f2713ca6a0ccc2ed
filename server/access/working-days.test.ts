import { describe, expect, it } from "vitest";
import { addWorkingDays } from "./working-days";

describe("working days", () => {
  it("skips weekends and ends the last day at midnight in Qingdao", () => {
    // Friday 2026-11-27 10:00 in Qingdao → 10 working days → Friday 2026-12-11, 23:59:59 +08:00.
    expect(addWorkingDays(new Date("2026-11-27T10:00:00+08:00"), 10).toISOString()).toBe("2026-12-11T15:59:59.000Z");
    // Saturday → the first working day counted is Monday.
    expect(addWorkingDays(new Date("2026-11-28T09:00:00+08:00"), 1).toISOString()).toBe("2026-11-30T15:59:59.000Z");
  });

  it("uses the Qingdao date, not the UTC one", () => {
    // 2026-11-27 01:00 in Qingdao is still 26 November in UTC.
    expect(addWorkingDays(new Date("2026-11-27T01:00:00+08:00"), 1).toISOString()).toBe("2026-11-30T15:59:59.000Z");
  });
});
