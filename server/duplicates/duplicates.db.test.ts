import { and, eq, inArray, or, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeRows, type Db } from "@/db/client";
import { departments, duplicatePairs, duplicateTermFrequencies, resources, resourceVersions, scenarios } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import type { ResourceContentInput } from "@/server/resources/schemas";
import { actorFor, callerAs, createSeededTestDatabase, departmentId, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { fillDuplicateTerms, findLookalikes, recordPairs, resourceComparable, retrievalTerms, scenarioComparable } from "./lookup";
import type { EntryType } from "./schemas";

let t: TestDatabase;
let reviewer: Actor;
let transport: Actor; // 市交通运输局
let police: Actor; // 市公安局
let jtj: string;
let dsj: string;
let jimo: string; // 即墨区

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [reviewer, transport, police] = (await Promise.all(["reviewer", "pub.jtj", "pub.gaj"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor];
  [jtj, dsj, jimo] = (await Promise.all(["QD-JTJ", "QD-DSJ", "370215"].map((c) => departmentId(t.db, c)))) as [string, string, string];
});
afterAll(() => t.close());

const dataset = (over: Partial<ResourceContentInput> = {}): ResourceContentInput => ({
  name: "海洋牧场水质在线监测数据",
  summary: "近海海洋牧场浮标在线监测的水温、盐度、溶解氧和叶绿素数据，实时更新，用于养殖风险预警。",
  kind: "dataset",
  domain: "transport",
  sharingClass: "conditional",
  sharingReason: "仅限政务部门履职使用",
  openClass: "closed",
  updateFrequency: "realtime",
  deliveryMethod: "database_table",
  tags: ["海洋牧场", "水质"],
  contactName: "张晓明",
  contactPhone: "0532-85912345",
  dataItems: [
    { name: "监测站点编号", type: "字符串", length: 20, description: "浮标编号" },
    { name: "溶解氧", type: "数值", length: 8, description: "毫克每升" },
  ],
  ...over,
});

/** A demo entry by its name and department. */
async function demoResource(name: string, department: string) {
  const [row] = await t.db
    .select()
    .from(resources)
    .where(and(eq(resources.name, name), eq(resources.departmentId, department)));
  expect(row, `${name} of the demo data`).toBeDefined();
  return row!;
}

async function demoScenario(name: string) {
  const rows = await t.db.select().from(scenarios).where(eq(scenarios.name, name));
  expect(rows, `${name} of the demo data`).toHaveLength(1);
  return rows[0]!;
}

/** What the lookup compares of a demo scenario: the content of the version people see. */
async function scenarioProbe(id: string) {
  const [row] = executeRows<{ content: Parameters<typeof scenarioComparable>[0] }>(
    await t.db.execute(sql`select v.content from scenarios s join scenario_versions v on v.id = coalesce(s.current_version_id, s.working_version_id) where s.id = ${id}`),
  );
  return scenarioComparable(row!.content);
}

const names = (found: { name: string }[]) => found.map((f) => f.name);

describe("「已有同类」 finds the demo's near-duplicates", () => {
  it("a 市交通运输局 publisher typing 「公交车辆实时位置」 sees 市大数据局's 「公交实时到站查询服务」", async () => {
    const found = await findLookalikes(t.db, "resource", { name: "公交车辆实时位置", summary: "", kind: "iot", parts: [] }, { departmentId: jtj });
    const bus = found.find((f) => f.name === "公交实时到站查询服务");
    expect(bus).toMatchObject({ departmentId: dsj, departmentName: "青岛市大数据发展管理局", status: "published", code: expect.stringMatching(/^QDZY-/) });
    expect(bus!.sharedTerms).toContain("公交");
    expect(bus!.score).toBeGreaterThanOrEqual(0.35);
    // Most alike first, at most five.
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found.map((f) => f.score)).toEqual([...found.map((f) => f.score)].sort((a, b) => b - a));
    // The form asks through the same lookup, as the signed-in publisher's department.
    const typed = await callerAs(t.db, transport).duplicate.lookalikes({ entryType: "resource", name: "公交车辆实时位置", kind: "iot" });
    expect(names(typed)).toEqual(names(found));
  });

  it("即墨区's 「新生儿出生“一件事”联办」 pairs with 市卫生健康委's 「新生儿出生一件事」", async () => {
    const district = await demoScenario("新生儿出生“一件事”联办");
    const city = await demoScenario("新生儿出生一件事");
    expect(district.departmentId).toBe(jimo);
    const [low, high] = [district.id, city.id].sort();
    const pairs = await t.db
      .select()
      .from(duplicatePairs)
      .where(and(eq(duplicatePairs.entryType, "scenario"), eq(duplicatePairs.lowId, low!), eq(duplicatePairs.highId, high!)));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.score).toBeGreaterThanOrEqual(0.35);

    const found = await findLookalikes(t.db, "scenario", await scenarioProbe(district.id), { excludeIds: [district.id], departmentId: jimo });
    expect(found[0]).toMatchObject({ entryType: "scenario", id: city.id, name: "新生儿出生一件事", code: null });
  });
});

describe("what 「已有同类」 leaves out", () => {
  it("shows an entry while in review and once published, never as a draft or once retired", async () => {
    const probe = resourceComparable(dataset());
    const shown = async () => names(await findLookalikes(t.db, "resource", probe, { departmentId: jtj })).includes(dataset().name);
    let r = await callerAs(t.db, police).resource.create({ content: dataset() });
    expect(await shown()).toBe(false);
    r = await callerAs(t.db, police).resource.submit({ id: r.id, version: r.version });
    expect(r.status).toBe("submitted");
    expect(await shown()).toBe(true);
    r = await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
    expect(await shown()).toBe(true);
    r = await callerAs(t.db, police).resource.retire({ id: r.id, version: r.version, reason: "已并入全市海洋监测资源" });
    expect(r.status).toBe("retired");
    expect(await shown()).toBe(false);
  });

  it("never shows the entry itself", async () => {
    const own = await demoResource("公交实时到站查询服务", dsj);
    const probe = resourceComparable(own);
    expect(names(await findLookalikes(t.db, "resource", probe, { departmentId: dsj }))).toContain(own.name);
    const found = await findLookalikes(t.db, "resource", probe, { excludeIds: [own.id], departmentId: dsj });
    expect(found.map((f) => f.id)).not.toContain(own.id);
    expect(found.length).toBeGreaterThan(0);
  });

  it("a district's data of its own area is not a duplicate of another district's; a city department's would be", async () => {
    const laoshan = await demoResource("崂山区公共停车场泊位信息", await departmentId(t.db, "370212"));
    const probe = resourceComparable({ ...laoshan, name: "即墨区公共停车场泊位信息" });
    const districts = new Set((await t.db.select({ id: departments.id }).from(departments).where(eq(departments.kind, "district"))).map((d) => d.id));
    const byDistrict = await findLookalikes(t.db, "resource", probe, { departmentId: jimo });
    // Its own district's entry of that name is shown (built twice within one department); no other district's.
    expect(byDistrict.filter((f) => f.departmentId !== jimo && districts.has(f.departmentId))).toEqual([]);
    const byCity = await findLookalikes(t.db, "resource", probe, { departmentId: jtj });
    expect(names(byCity)).toContain("崂山区公共停车场泊位信息");
  });

  it("the 行政许可决定信息 each department keeps of its own acts are not duplicates of each other", async () => {
    const own = await demoResource("行政许可决定信息", jtj);
    const found = await findLookalikes(t.db, "resource", resourceComparable(own), { excludeIds: [own.id], departmentId: jtj });
    expect(found.filter((f) => f.departmentId !== jtj && f.name.includes("行政许可决定"))).toEqual([]);
    const permits = (await t.db.select({ id: resources.id }).from(resources).where(eq(resources.name, "行政许可决定信息"))).map((r) => r.id);
    expect(permits.length).toBeGreaterThan(2);
    const paired = await t.db
      .select()
      .from(duplicatePairs)
      .where(and(inArray(duplicatePairs.lowId, permits), inArray(duplicatePairs.highId, permits)));
    expect(paired).toEqual([]);
  });
});

/** The counters as the triggers keep them, and as counted from the table now (the empty term: entries). */
async function counters(db: Db, entryType: EntryType) {
  const table = sql.raw(entryType === "resource" ? "resources" : "scenarios");
  const counted = executeRows<{ term: string; n: number }>(
    await db.execute(sql`select term, count(*)::int as n from (select unnest(duplicate_terms) as term from ${table} union all select '' from ${table}) t group by term`),
  );
  const kept = await db
    .select({ term: duplicateTermFrequencies.term, n: duplicateTermFrequencies.entries })
    .from(duplicateTermFrequencies)
    .where(eq(duplicateTermFrequencies.entryType, entryType));
  const asMap = (rows: { term: string; n: number }[]) => Object.fromEntries(rows.filter((r) => r.n !== 0).map((r) => [r.term, r.n]));
  return { kept: asMap(kept), counted: asMap(counted) };
}

describe("term counters", () => {
  it("stay exact as resources are inserted, renamed, emptied and refilled by one statement, and deleted", async () => {
    const exact = async () => {
      const { kept, counted } = await counters(t.db, "resource");
      expect(kept).toEqual(counted);
      return kept;
    };
    const before = await exact();
    const api = callerAs(t.db, police);
    let r = await api.resource.create({ content: dataset({ name: "渔船进出港报告信息" }) });
    const inserted = await exact();
    expect(inserted[""]).toBe(before[""]! + 1);
    expect(inserted["渔船"]).toBe((before["渔船"] ?? 0) + 1);
    // A draft's rename changes its catalogue name, so its terms move.
    r = await api.resource.update({ id: r.id, version: r.version, content: dataset({ name: "渔港船舶进出港登记数据" }) });
    const renamed = await exact();
    expect(renamed["渔船"]).toBe(before["渔船"]);
    // One statement over many rows (a changed synonym list clears the terms), then startup fills them again.
    const some = (await t.db.select({ id: resources.id }).from(resources).limit(25)).map((x) => x.id);
    await t.db.update(resources).set({ duplicateTerms: null }).where(inArray(resources.id, some));
    await exact();
    expect(await fillDuplicateTerms(t.db)).toBeGreaterThanOrEqual(some.length);
    expect(await exact()).toEqual(renamed);
    await t.db.delete(resources).where(eq(resources.id, r.id));
    expect(await exact()).toEqual(before);
  });

  it("stay exact for scenarios as a statement inserts, changes and deletes several at once", async () => {
    const exact = async () => {
      const { kept, counted } = await counters(t.db, "scenario");
      expect(kept).toEqual(counted);
      return kept;
    };
    const before = await exact();
    const row = (name: string) => ({ departmentId: jimo, name, kind: "one_scene" as const, domain: "livelihood", duplicateTerms: retrievalTerms(name) });
    const added = await t.db
      .insert(scenarios)
      .values([row("海洋牧场智慧养殖一个场景"), row("海洋牧场赤潮预警一个场景"), row("渔港智慧监管一个场景")])
      .returning({ id: scenarios.id });
    const ids = added.map((a) => a.id);
    const inserted = await exact();
    expect(inserted[""]).toBe(before[""]! + 3);
    expect(inserted["牧场"]).toBe((before["牧场"] ?? 0) + 2);
    await t.db.update(scenarios).set({ duplicateTerms: retrievalTerms("渔港船舶进出港管理") }).where(inArray(scenarios.id, ids));
    const changed = await exact();
    expect(changed["牧场"] ?? 0).toBe(before["牧场"] ?? 0);
    expect(changed["渔港"]).toBe((before["渔港"] ?? 0) + 3);
    await t.db.delete(scenarios).where(inArray(scenarios.id, ids));
    expect(await exact()).toEqual(before);
  });
});

describe("submitting a likely duplicate", () => {
  const bus = dataset({
    name: "公交车辆实时位置",
    summary: "全市公交车辆车载终端回传的实时定位数据，按线路汇聚，用于公交到站预测和客流分析。",
    kind: "iot",
    tags: ["公交", "实时位置"],
  });

  it("asks for a reason naming the match, goes to review with one, and the version keeps what was found", async () => {
    const api = callerAs(t.db, police);
    let r = await api.resource.create({ content: bus });
    const gaj = r.departmentId;
    const [first] = await findLookalikes(t.db, "resource", resourceComparable(bus), { excludeIds: [r.id], departmentId: gaj });
    expect(first).toBeDefined();
    expect(names(await findLookalikes(t.db, "resource", resourceComparable(bus), { excludeIds: [r.id], departmentId: gaj }))).toContain("公交实时到站查询服务");

    const refused = await refusal(api.resource.submit({ id: r.id, version: r.version }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toBe(
      `与${first!.departmentName}的「${first!.name}」可能重复（相似度 ${Math.round(first!.score * 100)}%）：请在「与已有同类的区别」中说明区别或为何不能复用`,
    );
    expect((await t.db.select().from(resources).where(eq(resources.id, r.id)))[0]!.status).toBe("draft");

    const reason = "本局需按派出所辖区汇总公交车辆位置用于治安巡防，交通运输局接口不提供辖区字段";
    r = await api.resource.update({ id: r.id, version: r.version, content: { ...bus, duplicateReason: reason }, submit: true });
    expect(r.status).toBe("submitted");
    const [version] = await t.db.select().from(resourceVersions).where(eq(resourceVersions.id, r.workingVersionId!));
    expect(version!.content.duplicateReason).toBe(reason);
    expect(version!.likelyDuplicates?.[0]).toMatchObject({ id: first!.id, name: first!.name, score: first!.score, departmentName: first!.departmentName });
    expect(version!.likelyDuplicates!.map((d) => d.name)).toContain("公交实时到站查询服务");

    // Its pairs for the 集约建设 report: with other departments' entries only.
    const pairs = await t.db
      .select()
      .from(duplicatePairs)
      .where(and(eq(duplicatePairs.entryType, "resource"), or(eq(duplicatePairs.lowId, r.id), eq(duplicatePairs.highId, r.id))));
    expect(pairs.length).toBeGreaterThan(0);
    const bureau = await demoResource("公交实时到站查询服务", dsj);
    expect(pairs.some((p) => p.lowId === bureau.id || p.highId === bureau.id)).toBe(true);
  });

  it("a resource like nothing else goes to review without a reason, with no likely duplicates recorded", async () => {
    const r = await callerAs(t.db, police).resource.create({ content: dataset({ name: "渔船进出港报告信息", summary: "海洋渔船进出渔港的报告时间、船名船号和船员人数。" }), submit: true });
    expect(r.status).toBe("submitted");
    const [version] = await t.db.select().from(resourceVersions).where(eq(resourceVersions.id, r.workingVersionId!));
    expect(version!.likelyDuplicates).toBeNull();
  });
});

describe("recordPairs", () => {
  const pairsOf = (id: string) =>
    t.db
      .select()
      .from(duplicatePairs)
      .where(and(eq(duplicatePairs.entryType, "scenario"), or(eq(duplicatePairs.lowId, id), eq(duplicatePairs.highId, id))));

  it("keeps one row per pair, whichever side records it and however often, and drops pairs no longer alike", async () => {
    const district = await demoScenario("新生儿出生“一件事”联办");
    const city = await demoScenario("新生儿出生一件事");
    const districtProbe = await scenarioProbe(district.id);
    const cityProbe = await scenarioProbe(city.id);
    await recordPairs(t.db, "scenario", district, districtProbe);
    await recordPairs(t.db, "scenario", district, districtProbe);
    await recordPairs(t.db, "scenario", city, cityProbe);
    const rows = await pairsOf(district.id);
    const between = rows.filter((p) => [p.lowId, p.highId].includes(city.id));
    expect(between).toHaveLength(1);
    expect(between[0]!.lowId < between[0]!.highId).toBe(true);
    const keys = rows.map((p) => `${p.lowId}/${p.highId}`);
    expect(new Set(keys).size).toBe(keys.length);

    // Renamed into something else, its pairs go.
    await recordPairs(t.db, "scenario", district, { ...districtProbe, name: "即墨区古城夜间经济消费券", summary: "夜间消费券发放与核销。", parts: [] });
    expect(await pairsOf(district.id)).toEqual([]);
  });
});
