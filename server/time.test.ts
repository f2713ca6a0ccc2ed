import { describe, expect, it } from "vitest";
import { formatDateTime, formatShanghaiSeconds, shanghaiDate, shanghaiInputValue, shanghaiInstant, shanghaiYearMonth } from "./time";

describe("Qingdao's clock", () => {
  it("reads an instant as the Asia/Shanghai zone does, for every date the app holds", () => {
    const zone = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    // Every 3 days 13 minutes (so every hour of the day comes round) from 1992 (China's last daylight saving time ended in 1991) to 2100.
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2100, 0, 1); t += 259_980_000) {
      const d = new Date(t);
      expect(formatDateTime(d)).toBe(zone.format(d).replaceAll("-", "/"));
    }
  });

  it("turns the day at 16:00 UTC", () => {
    expect(shanghaiDate(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(shanghaiDate(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(shanghaiYearMonth(new Date("2026-12-31T16:00:00Z"))).toEqual({ year: 2027, month: 1 });
    expect(formatShanghaiSeconds(new Date("2026-12-31T16:00:05Z"))).toBe("2027-01-01 00:00:05");
  });

  it("reads back what it writes", () => {
    const instant = shanghaiInstant("2026-11-27 08:30");
    expect(instant.toISOString()).toBe("2026-11-27T00:30:00.000Z");
    expect(shanghaiInputValue(instant)).toBe("2026-11-27T08:30");
    expect(formatDateTime(null)).toBe("—");
  });

  it("refuses an invalid date rather than printing one", () => {
    expect(() => shanghaiDate(new Date("not a date"))).toThrow(RangeError);
  });
});
