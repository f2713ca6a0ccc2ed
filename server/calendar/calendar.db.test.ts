import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessRequests, auditEvents, calendarYears } from "@/db/schema";
import { requestAccess } from "@/server/access/requests";
import type { Actor } from "@/server/auth/permissions";
import { readyApi } from "@/server/testing/content";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refused } from "@/server/testing/refusals";
import { shanghaiDate } from "@/server/time";
import { calendarOverview, enterNotice, importYearFile, syncLibraryCalendar } from "./calendar";

let t: TestDatabase;
let rsj: Actor;
let admin: Actor;
let resourceId: string;

/** A made-up 2027 arrangement for the test, not the State Council's notice. */
const TEST_NOTICE_2027 = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日（周六）至14日（周日）放假调休，共9天。2月20日（周六）上班。";

beforeAll(async () => {
  t = await createSeededTestDatabase();
  [rsj, admin] = (await Promise.all(["publisher", "admin"].map((u) => actorFor(t.db, u)))) as [Actor, Actor];
  const gaj = await actorFor(t.db, "pub.gaj");
  const reviewer = await actorFor(t.db, "reviewer");
  const r = await callerAs(t.db, gaj).resource.create({
    content: readyApi("人口基础信息核验接口", { domain: "public_safety", sharingClass: "conditional", sharingReason: "仅限履职使用" }),
    submit: true,
  });
  await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
  resourceId = r.id;
});
afterAll(() => t.close());

/** Files a request as of `now`, then closes it: one pending request per resource and department. */
const file = async (now: string) => {
  const req = await requestAccess(t.db, rsj, { resourceId, purpose: "核验参保人户籍信息" }, new Date(`${now}+08:00`));
  await t.db.update(accessRequests).set({ status: "rejected" }).where(eq(accessRequests.id, req.id));
  return req;
};

describe("deadlines by the bureau's calendar", () => {
  it("gives a request filed the working day before 国庆 a deadline after the holiday", async () => {
    const req = await file("2026-09-30T15:00:00");
    expect(shanghaiDate(req.dueAt)).toBe("2026-10-20");
    expect(req.dueProvisional).toBe(false);
  });

  it("counts a deadline in a year without its arrangement Monday to Friday, marks it, and counts it again when the year is entered", async () => {
    const req = await requestAccess(t.db, rsj, { resourceId, purpose: "核验参保人户籍信息" }, new Date("2026-12-18T10:00:00+08:00"));
    expect(req).toMatchObject({ dueProvisional: true });
    expect(shanghaiDate(req.dueAt)).toBe("2027-01-01");
    expect(await calendarOverview(t.db, admin, new Date("2026-12-01T10:00:00+08:00"))).toMatchObject({ missingYear: 2027, provisionalRequests: 1 });

    const entered = await enterNotice(t.db, admin, { year: 2027, notice: "测试用通知（非正式）", text: TEST_NOTICE_2027 });
    expect(entered).toEqual({ year: 2027, recounted: 1 });
    const [after] = await t.db.select().from(accessRequests).where(eq(accessRequests.id, req.id));
    expect(after).toMatchObject({ dueProvisional: false });
    expect(shanghaiDate(after!.dueAt)).toBe("2027-01-04");
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, "2027"));
    expect(audit?.summary).toBe("录入 2027 年放假安排（测试用通知（非正式））：放假 12 天，调休上班 1 天；重新计算 1 条申请的答复期限");
    expect(await calendarOverview(t.db, admin, new Date("2026-12-01T10:00:00+08:00"))).toMatchObject({ missingYear: 2028, provisionalRequests: 0 });
    await t.db.update(accessRequests).set({ status: "rejected" }).where(eq(accessRequests.id, req.id));
  });

  it("refuses a second entry of a year, and a correction made on a stale version", async () => {
    await expect(enterNotice(t.db, admin, { year: 2027, notice: "再次录入", text: TEST_NOTICE_2027 })).rejects.toThrow("2027 年的放假安排已经录入");
    const [year] = await t.db.select().from(calendarYears).where(eq(calendarYears.year, 2027));
    await enterNotice(t.db, admin, { year: 2027, notice: "更正", text: TEST_NOTICE_2027, version: year!.version });
    await expect(enterNotice(t.db, admin, { year: 2027, notice: "同时更正", text: TEST_NOTICE_2027, version: year!.version })).rejects.toThrow("该记录已被他人修改");
  });

  it("imports a year file in the holiday-cn format, and names what is wrong with a bad one", async () => {
    const days = [
      { name: "元旦", date: "2028-01-01", isOffDay: true },
      { name: "元旦", date: "2028-01-01", isOffDay: true },
    ];
    await expect(importYearFile(t.db, admin, { text: JSON.stringify({ year: 2028, papers: [], days }), notice: "" })).rejects.toThrow("2028-01-01 出现了两次");
    await expect(importYearFile(t.db, admin, { text: JSON.stringify({ year: 2028, days: [{ name: "元旦", date: "2027-01-01", isOffDay: true }] }), notice: "" })).rejects.toThrow(
      "2027-01-01 不在 2028 年的放假安排范围内",
    );
    await expect(importYearFile(t.db, admin, { text: "not json", notice: "" })).rejects.toThrow("文件不是有效的 JSON");
    // A NUL written as a JSON escape, and an impossible date, are refused by the item they are in.
    const nul = JSON.stringify({ year: 2028, days: [{ name: "元旦\u0000", date: "2028-01-01", isOffDay: true }] });
    expect(nul).toContain("\\u0000");
    await expect(importYearFile(t.db, admin, { text: nul, notice: "" })).rejects.toThrow("第 1 个日期格式不对");
    await expect(importYearFile(t.db, admin, { text: JSON.stringify({ year: 2028, days: [{ name: "元旦", date: "2028-02-30", isOffDay: true }] }), notice: "" })).rejects.toThrow(
      "第 1 个日期格式不对",
    );
    const ok = await importYearFile(t.db, admin, { text: JSON.stringify({ year: 2028, papers: ["https://www.gov.cn/test"], days: days.slice(1) }), notice: "" });
    expect(ok.year).toBe(2028);
  });

  it("keeps the calendar to the system administrator", async () => {
    expect((await refused(enterNotice(t.db, rsj, { year: 2029, notice: "x", text: TEST_NOTICE_2027 }), "FORBIDDEN")).message).toBe("只有系统管理员可以维护工作日历");
    await refused(calendarOverview(t.db, rsj), "FORBIDDEN");
  });

  it("adds the library's years once, and never over a year the bureau entered", async () => {
    expect(await syncLibraryCalendar(t.db)).toBe(0);
    await t.db.delete(calendarYears).where(eq(calendarYears.year, 2025));
    expect(await syncLibraryCalendar(t.db)).toBe(1);
    const [y] = await t.db.select().from(calendarYears).where(eq(calendarYears.year, 2027));
    expect(y?.source).toBe("entered");
  });
});

describe("the calendar overview", () => {
  it("counts each year's days off and 调休 working days", async () => {
    const admin = await actorFor(t.db, "admin");
    const { years } = await calendarOverview(t.db, admin);
    expect(years.find((y) => y.year === 2026)).toMatchObject({ source: "library", holidays: 33, workingDays: 6 });
  });
});
