import { and, eq } from "drizzle-orm";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, monthlyReports, resources, scenarios } from "@/db/schema";
import { onTimeByDepartment } from "@/server/access/on-time";
import type { Actor } from "@/server/auth/permissions";
import { targetsDashboard } from "@/server/dashboard/dashboard";
import { REFORM_MEASURE_LABELS, REFORM_MEASURES } from "@/server/reform/comparison";
import { publishedReformTotals } from "@/server/reform/figures";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { shanghaiInstant, shanghaiYearMonth } from "@/server/time";
import { reportDocx } from "./docx";
import { computeReportFigures } from "./figures";
import { getReport, issueReport } from "./reports";

let t: TestDatabase;
let reviewer: Actor;
let organiser: Actor;
const now = new Date();
const { year, month: m } = shanghaiYearMonth(now);
const thisMonth = `${year}-${String(m).padStart(2, "0")}`;

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [reviewer, organiser] = (await Promise.all(["reviewer", "organiser"].map((u) => actorFor(t.db, u)))) as [Actor, Actor];
});
afterAll(() => t.close());

describe("月度通报", () => {
  it("the month under way shows the dashboard's figures, per department and district, with the on-time table's", async () => {
    const [f, dashboard, onTime] = await Promise.all([
      computeReportFigures(t.db, reviewer, thisMonth, now),
      targetsDashboard(t.db, reviewer, now),
      onTimeByDepartment(t.db, reviewer, now),
    ]);
    expect(f.targets).toEqual(dashboard.targets);
    expect(f.units.map((u) => [u.name, u.newResources, u.scenarios, u.confirmedAdoptions, u.noProofCases])).toEqual(
      dashboard.byDepartment.map((d) => [d.name, d.newResources, d.scenarios, d.confirmedAdoptions, d.noProofCases]),
    );
    for (const o of onTime) expect(f.units.find((u) => u.id === o.departmentId)).toMatchObject({ answered: o.answered, onTime: o.onTime, overdue: o.overdue, escalated: o.escalated });
    expect(f.units.some((u) => u.kind === "district")).toBe(true);
    expect(f.trend.at(-1)!.month).toBe(thisMonth);
    // 改革成效: the reform sheets' own totals, five measures.
    const reform = await publishedReformTotals(t.db, { publishedBy: now });
    expect(f.reform.sheets).toBe(reform.sheets);
    expect(f.reform.rows.map((r) => [r.label, r.before, r.after])).toEqual(REFORM_MEASURES.map((m) => [REFORM_MEASURE_LABELS[m].label, reform.figures[m].before, reform.figures[m].after]));
  });

  it("a past month is counted as of its end: what was published later is left out; a month to come is refused", async () => {
    const [res] = await t.db.select({ id: resources.id, publishedAt: resources.publishedAt }).from(resources).where(eq(resources.status, "published")).limit(1);
    const before = await computeReportFigures(t.db, reviewer, "2026-01", now);
    await t.db.update(resources).set({ publishedAt: shanghaiInstant("2026-01-15 10:00") }).where(eq(resources.id, res!.id));
    const inJanuary = await computeReportFigures(t.db, reviewer, "2026-01", now);
    expect(inJanuary.asOf).toBe(new Date(shanghaiInstant("2026-02-01").getTime() - 1).toISOString());
    expect(inJanuary.trend).toHaveLength(1);
    expect(inJanuary.thisMonth.newResources).toBe(before.thisMonth.newResources + (res!.publishedAt! < shanghaiInstant("2026-01-01") || res!.publishedAt! >= shanghaiInstant("2026-02-01") ? 1 : 0));
    await t.db.update(resources).set({ publishedAt: res!.publishedAt }).where(eq(resources.id, res!.id));
    expect((await refusal(callerAs(t.db, reviewer).report.preview({ month: `${year + 1}-01` }))).code).toBe("BAD_REQUEST");
  });

  it("a reviewer issues it; the issued report keeps its figures after new data arrives, and issuing again is a numbered correction", async () => {
    // The demo data holds the two months before this one, issued on the fifth of the month after.
    const seeded = await callerAs(t.db, reviewer).report.list();
    expect(seeded.map((r) => r.numberLabel)).toHaveLength(2);
    const issued = await callerAs(t.db, reviewer).report.issue({ month: thisMonth });
    expect(issued).toMatchObject({ month: thisMonth, year, issuedByName: reviewer.displayName, superseded: false, correctsId: null });
    expect(issued.numberLabel).toBe(`${year}年第${issued.number}期`);
    expect(issued.charts.map((c) => c.key)).toEqual(["targets", "trend", "units"]);
    expect(issued.charts[0]!.svg).toMatch(/^<svg/);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, issued.id));
    expect(audit).toMatchObject({ action: "report.issue", actorId: reviewer.id });

    // New data: a 标杆场景 named and a draft published now; the preview counts them, the issued report does not.
    const [plain] = await t.db.select({ id: scenarios.id, name: scenarios.name }).from(scenarios).where(and(eq(scenarios.status, "published"), eq(scenarios.benchmark, false))).limit(1);
    await callerAs(t.db, organiser).scenario.setBenchmark({ id: plain!.id, benchmark: true });
    const [draft] = await t.db.select({ id: resources.id }).from(resources).where(eq(resources.status, "draft")).limit(1);
    await t.db.update(resources).set({ status: "published", publishedAt: new Date() }).where(eq(resources.id, draft!.id));
    const preview = await callerAs(t.db, organiser).report.preview({ month: thisMonth });
    const kept = await callerAs(t.db, organiser).report.get({ id: issued.id });
    expect(preview.figures.targets[0]!.current).toBe(issued.figures.targets[0]!.current + 1);
    expect(preview.figures.benchmarks.map((b) => b.name)).toContain(plain!.name);
    expect(kept.figures).toEqual(issued.figures);
    expect(kept.charts).toEqual(issued.charts);

    const correction = await issueReport(t.db, reviewer, thisMonth);
    expect(correction).toMatchObject({ number: issued.number + 1, correctsId: issued.id });
    expect(correction.title).toMatch(/（更正）$/);
    expect(await getReport(t.db, reviewer, issued.id)).toMatchObject({ superseded: true, version: 2 });
    const list = await callerAs(t.db, organiser).report.list();
    expect(list.slice(0, 2).map((r) => r.id)).toEqual([correction.id, issued.id]);
  });

  it("reviewers issue; organisers read but do not issue; publishers and the administrators neither", async () => {
    expect((await refusal(callerAs(t.db, organiser).report.issue({ month: thisMonth }))).code).toBe("FORBIDDEN");
    for (const username of ["publisher", "admin", "security", "auditor", "judge"]) {
      const caller = callerAs(t.db, await actorFor(t.db, username));
      expect((await refusal(caller.report.list())).code).toBe("FORBIDDEN");
      expect((await refusal(caller.report.preview({ month: thisMonth }))).code).toBe("FORBIDDEN");
      expect((await refusal(caller.report.issue({ month: thisMonth }))).code).toBe("FORBIDDEN");
    }
    const [any] = await t.db.select({ id: monthlyReports.id }).from(monthlyReports).limit(1);
    expect((await refusal(callerAs(t.db, await actorFor(t.db, "publisher")).report.get({ id: any!.id }))).code).toBe("FORBIDDEN");
  });

  it("downloads as Word with the figures in the text and each chart as SVG with a PNG beside it", async () => {
    const issued = await issueReport(t.db, reviewer, thisMonth);
    const files = unzipSync(new Uint8Array(await reportDocx(issued)));
    const xml = strFromU8(files["word/document.xml"]!);
    expect(xml).toContain(issued.title);
    expect(xml).toContain(issued.numberLabel);
    expect(xml).toContain("五、改革成效");
    const resourcesTarget = issued.figures.targets[0]!;
    expect(xml).toContain(`${resourcesTarget.label}：${resourcesTarget.current}（目标 ≥${resourcesTarget.target}`);
    const media = Object.keys(files).filter((k) => k.startsWith("word/media/"));
    expect(media.filter((k) => k.endsWith(".svg"))).toHaveLength(3);
    expect(media.filter((k) => k.endsWith(".png"))).toHaveLength(3);
    const png = files[media.find((k) => k.endsWith(".png"))!]!;
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  });
});
