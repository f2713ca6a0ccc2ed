import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import type { ScenarioContentInput } from "@/server/scenarios/schemas";
import { readyApi, scenarioReadiness } from "@/server/testing/content";
import { actorFor, callerAs, createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { publishedReformTotals, reformFigures } from "./figures";
import type { ReformSheetInput } from "./schemas";

let t: TestDatabase;
let rsj: Actor;
let reviewer: Actor;
let resourceId: string;

const sheet = (departmentId: string, beforeDays: number): ReformSheetInput => ({
  items: [{ name: "职工参保登记", code: "370200-000201001000-qr-001-01", departmentId, change: "merged" }],
  stepsBefore: [
    { title: "人社窗口登记", actor: "申请人", materials: ["营业执照", "身份证"], forms: ["参保登记表"], days: beforeDays, inPerson: true },
    { title: "医保窗口登记", actor: "申请人", materials: ["身份证", "劳动合同"], forms: ["医保登记表"], days: 5, inPerson: true },
  ],
  stepsAfter: [{ title: "一网申报", actor: "申请人", place: "爱山东·青e办", materials: ["劳动合同"], forms: ["一件事申请表"], days: 1 }],
});

const content = (name: string, reform?: ReformSheetInput): ScenarioContentInput => ({
  name,
  kind: "one_thing",
  audience: "public",
  domain: "social_security",
  problem: "企业为新员工办理参保需要分别到人社、医保窗口，重复提交材料。",
  howItWorks: "一次申报，通过数据共享并联办理。",
  resourceIds: [resourceId],
  reform,
  ...scenarioReadiness,
});

beforeAll(async () => {
  t = await createTestDatabase("organisation");
  [rsj, reviewer] = await Promise.all([actorFor(t.db, "publisher"), actorFor(t.db, "reviewer")]);
  const r = await callerAs(t.db, rsj).resource.create({ content: readyApi("参保登记接口"), submit: true });
  await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
  resourceId = r.id;
});
afterAll(() => t.close());

describe("reform figures", () => {
  it("sums the current version of published sheets only", async () => {
    const api = callerAs(t.db, rsj);
    const start = await publishedReformTotals(t.db);
    const a = await api.scenario.create({ content: content("社保参保一件事", sheet(rsj.departmentId, 3)), submit: true });
    await callerAs(t.db, reviewer).scenario.approve({ id: a.id, version: a.version });
    // A draft and a scenario without a sheet add nothing.
    await api.scenario.create({ content: content("退休一件事", sheet(rsj.departmentId, 10)) });
    const plain = await api.scenario.create({ content: content("失业登记一件事"), submit: true });
    await callerAs(t.db, reviewer).scenario.approve({ id: plain.id, version: plain.version });

    const totals = await publishedReformTotals(t.db);
    expect(totals.sheets - start.sheets).toBe(1);
    const mine = totals.scenarios.find((s) => s.id === a.id)!;
    expect(mine.figures.days).toEqual({ before: 8, after: 1, cut: 7, rate: 88 });
    expect(mine.figures.materials).toEqual({ before: 3, after: 1, cut: 2, rate: 67 });
    expect(totals.figures.trips.before - start.figures.trips.before).toBe(2);

    // A revision under review does not count until it is approved.
    const detail = await api.scenario.get({ id: a.id });
    const revised = await api.scenario.update({ id: a.id, version: detail.scenario.version, content: content("社保参保一件事", sheet(rsj.departmentId, 13)), submit: true });
    expect((await publishedReformTotals(t.db)).scenarios.find((s) => s.id === a.id)!.figures.days.before).toBe(8);
    await callerAs(t.db, reviewer).scenario.approve({ id: a.id, version: revised.version });
    const after = await publishedReformTotals(t.db);
    expect(after.scenarios.find((s) => s.id === a.id)!.figures.days.before).toBe(18);
    expect(reformFigures((await api.scenario.get({ id: a.id })).content)?.steps).toEqual({ before: 2, after: 1, cut: 1, rate: 50 });
    expect((await publishedReformTotals(t.db, { publishedBy: new Date(0) })).sheets).toBe(0);
  });

  it("refuses an item whose department does not exist", async () => {
    const e = await refusal(callerAs(t.db, rsj).scenario.create({ content: content("公积金一件事", sheet("00000000-0000-4000-8000-000000000009", 3)) }));
    expect(e.message).toBe("改革清单中的实施部门不存在");
  });
});
