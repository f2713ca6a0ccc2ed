import { describe, expect, it } from "vitest";
import { libraryYears } from "./calendar";
import { parseHolidayNotice } from "./notice";
import { WorkingCalendar } from "./working-calendar";

const years = libraryYears();
const published = new WorkingCalendar(years.keys(), [...years.values()].flat());
const at = (text: string) => new Date(`${text}+08:00`);
const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The State Council's 2026 notice (国办发明电〔2025〕7号), as its text reads. */
const NOTICE_2026 = `
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

describe("the official working-day calendar", () => {
  it("puts a request filed the working day before 国庆 after the holiday, counting the 调休 Saturday", () => {
    // Filed Wednesday 30 September 2026: 1–7 October are off, Saturday 10 October is worked.
    const { due, provisional } = published.addWorkingDays(at("2026-09-30T16:00:00"), 10);
    expect(day(due)).toBe("2026-10-20");
    expect(due.toISOString()).toBe("2026-10-20T15:59:59.000Z");
    expect(provisional).toBe(false);
    // Monday to Friday alone would have said 14 October, six days early.
    expect(new WorkingCalendar([2026], []).addWorkingDays(at("2026-09-30T16:00:00"), 10).due < due).toBe(true);
  });

  it("counts 春节's two 调休 Saturdays as working days and the nine days off as none", () => {
    expect(published.isWorkingDay("2026-02-14")).toBe(true);
    expect(published.isWorkingDay("2026-02-16")).toBe(false);
    expect(published.isWorkingDay("2026-02-28")).toBe(true);
    // Friday 13 February: 14th (Sat, worked), 24–27, 28 (Sat, worked), 2–5 March.
    expect(day(published.addWorkingDays(at("2026-02-13T10:00:00"), 10).due)).toBe("2026-03-05");
  });

  it("counts from the next day, by the Qingdao date", () => {
    // 01:00 on Monday 30 November in Qingdao is still Sunday in UTC.
    expect(day(published.addWorkingDays(at("2026-11-30T01:00:00"), 1).due)).toBe("2026-12-01");
    expect(day(published.addWorkingDays(at("2026-11-28T09:00:00"), 1).due)).toBe("2026-11-30");
  });

  it("marks a deadline that runs into a year without an arrangement, and counts it again once the year is entered", () => {
    // Friday 18 December 2026: nine working days are left in 2026; the tenth falls in 2027.
    const before = published.addWorkingDays(at("2026-12-18T10:00:00"), 10);
    expect(published.covers(2027)).toBe(false);
    expect(before).toMatchObject({ provisional: true });
    expect(day(before.due)).toBe("2027-01-01");
    // A test notice for 2027 (not the real one): 元旦 1–3 January off.
    const entered = [...years.values()].flat().concat(parseHolidayNotice(2027, "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"));
    const after = new WorkingCalendar([...years.keys(), 2027], entered).addWorkingDays(at("2026-12-18T10:00:00"), 10);
    expect(after.provisional).toBe(false);
    expect(day(after.due)).toBe("2027-01-04");
  });

  it("keeps a notice's day of the year before (2022-12-31 in the 2023 notice) with its notice year", () => {
    expect(years.get(2023)).toContainEqual({ date: "2022-12-31", isWorkingDay: false, holiday: "元旦" });
    expect(years.get(2022)?.some((d) => d.date === "2022-12-31")).toBe(false);
    expect(published.isWorkingDay("2022-12-31")).toBe(false);
  });

  it("measures reply times and finds the day to remind, in working days", () => {
    // Filed 29 September, answered 9 October: 30 September, 8 and 9 October → 3 working days.
    expect(published.workingDaysBetween(at("2026-09-29T10:00:00"), at("2026-10-09T15:00:00"))).toBe(3);
    expect(published.workingDaysBetween(at("2026-10-09T10:00:00"), at("2026-10-09T15:00:00"))).toBe(0);
    // A long span (a request a year and more overdue) counts as walking it day by day does.
    const walk = (from: string, to: string) => {
      let n = 0;
      for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) < to; ) {
        d = new Date(d.getTime() + 86_400_000);
        if (published.isWorkingDay(d.toISOString().slice(0, 10))) n += 1;
      }
      return n;
    };
    for (const [from, to] of [["2022-12-30", "2024-02-18"], ["2024-09-28", "2026-10-11"], ["2025-01-04", "2025-01-05"], ["2023-06-21", "2023-06-25"]] as const)
      expect(published.workingDaysBetween(at(`${from}T09:00:00`), at(`${to}T18:00:00`))).toBe(walk(from, to));
    // Due Tuesday 13 October: two working days before is Saturday 10 October (调休) — remind then.
    expect(published.startOfWorkingDayBefore(at("2026-10-13T23:59:59"), 2).toISOString()).toBe("2026-10-09T16:00:00.000Z");
  });
});

describe("the State Council notice, as published", () => {
  it("reads the 2026 notice into exactly the days the holiday library has for 2026", () => {
    const parsed = parseHolidayNotice(2026, NOTICE_2026);
    const library = [...years.get(2026)!].sort((a, b) => a.date.localeCompare(b.date));
    expect(parsed.map((d) => [d.date, d.isWorkingDay])).toEqual(library.map((d) => [d.date, d.isWorkingDay]));
    expect(parsed.find((d) => d.date === "2026-10-10")).toEqual({ date: "2026-10-10", isWorkingDay: true, holiday: "国庆节" });
  });

  it("reads a 元旦 that starts in the year before, and a single day off", () => {
    const parsed = parseHolidayNotice(2023, "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。\n三、清明节：4月5日放假，共1天。");
    expect(parsed.map((d) => d.date)).toEqual(["2022-12-31", "2023-01-01", "2023-01-02", "2023-04-05"]);
  });

  it("names the line it cannot read instead of guessing", () => {
    expect(() => parseHolidayNotice(2027, "一、元旦：1月1日至3日放假。1月6日（周三）上班。")).toThrow("第 1 行（元旦）：调休上班日 2027-01-06 不是周六或周日");
    expect(() => parseHolidayNotice(2027, "二、春节：放假调休，共9天。")).toThrow("第 1 行（春节）：看不出放假的起止日期");
    expect(() => parseHolidayNotice(2027, "一、元旦：2月30日放假")).toThrow("「2月30日」不是有效日期");
    expect(() => parseHolidayNotice(2027, "元旦放假三天")).toThrow("没有读到任何放假安排");
    expect(() => parseHolidayNotice(2027, "一、元旦：2026年1月1日放假")).toThrow("2026-01-01 不在 2027 年的放假安排范围内");
  });
});

describe("答复期限试算's date", () => {
  it("takes real calendar dates only", async () => {
    const { deadlineInput } = await import("./schemas");
    expect(deadlineInput.safeParse({ filedOn: "2024-02-29" }).success).toBe(true);
    for (const filedOn of ["2026-02-30", "9999-99-99", "2026-09-30\u0000"]) expect(deadlineInput.safeParse({ filedOn }).success).toBe(false);
  });
});
