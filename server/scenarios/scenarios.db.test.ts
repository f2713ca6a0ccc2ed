import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import type { ResourceContentInput } from "@/server/resources/schemas";
import { actorFor, callerAs, createSeededTestDatabase, departmentId, type TestDatabase } from "@/server/testing/database";
import type { ScenarioContentInput } from "./schemas";
import { readyApi, scenarioReadiness } from "@/server/testing/content";
import { refusal } from "@/server/testing/refusals";

let t: TestDatabase;
let rsj: Actor; // 市人社局: leads
let gaj: Actor; // 市公安局: owns a conditional resource
let jimo: Actor; // 即墨区: adopts
let reviewer: Actor;
let organiser: Actor;
let admin: Actor;
const res: Record<string, string> = {};
const dept: Record<string, string> = {};

async function publishedResource(owner: Actor, name: string, sharingClass: "unconditional" | "conditional" | "none") {
  const content: ResourceContentInput = readyApi(name, { sharingClass, sharingReason: sharingClass === "unconditional" ? "" : "仅限履职使用" });
  const r = await callerAs(t.db, owner).resource.create({ content, submit: true });
  await callerAs(t.db, reviewer).resource.approve({ id: r.id, version: r.version });
  return r.id;
}

const scenario = (over: Partial<ScenarioContentInput> = {}): ScenarioContentInput => ({
  name: "社保参保一件事",
  kind: "one_thing",
  audience: "public",
  domain: "social_security",
  participatingDepartmentIds: [dept.gaj!],
  problem: "企业为新员工办理参保需要分别到人社、医保、公积金窗口，重复提交材料。",
  howItWorks: "整合参保登记流程，通过数据共享核验身份和户籍，一次申报、并联办理。",
  resourceIds: [res.own!, res.conditional!],
  liveDistrictIds: [dept.shinan!],
  ...scenarioReadiness,
  ...over,
});

beforeAll(async () => {
  t = await createSeededTestDatabase();
  [rsj, gaj, jimo, reviewer, organiser, admin] = (await Promise.all(
    ["publisher", "pub.gaj", "pub.d215", "reviewer", "organiser", "admin"].map((u) => actorFor(t.db, u)),
  )) as [Actor, Actor, Actor, Actor, Actor, Actor];
  dept.gaj = gaj.departmentId;
  dept.shinan = await departmentId(t.db, "370202");
  res.own = await publishedResource(rsj, "参保登记接口", "unconditional");
  res.conditional = await publishedResource(gaj, "户籍信息核验接口", "conditional");
  res.none = await publishedResource(gaj, "重点人员信息", "none");
  res.jimoOwn = await publishedResource(jimo, "即墨区参保服务网点", "unconditional");
});
afterAll(() => t.close());

describe("scenarios", () => {
  it("refuses a 大场景 with one department, a retired or not-shared resource, and a non-district as live place", async () => {
    const api = callerAs(t.db, rsj);
    const lonely = await refusal(api.scenario.create({ content: scenario({ name: "出行服务大场景", kind: "big_scenario", audience: "", participatingDepartmentIds: [] }) }));
    expect(lonely.message).toBe("多跨融合大场景须至少由两个部门共同建设，请添加参与部门");
    const unshared = await refusal(api.scenario.create({ content: scenario({ resourceIds: [res.none!] }) }));
    expect(unshared.message).toBe("资源「重点人员信息」为不予共享，不能用于其他部门的场景");
    const notDistrict = await refusal(api.scenario.create({ content: scenario({ liveDistrictIds: [dept.gaj!] }) }));
    expect(notDistrict.message).toBe("上线区市只能选择区市");
    const noAudience = await refusal(api.scenario.create({ content: scenario({ audience: "" }) }));
    expect(noAudience.message).toBe("「一件事」须标明面向群众企业还是机关内部");
  });

  it("cannot go to review while a conditional resource of another department is not granted; can once it is", async () => {
    const api = callerAs(t.db, rsj);
    const s = await api.scenario.create({ content: scenario() });
    const blocked = await refusal(api.scenario.submit({ id: s.id, version: s.version }));
    expect(blocked.message).toContain("以下有条件共享资源尚未获得提供部门同意：「户籍信息核验接口」");

    const draftView = await api.scenario.get({ id: s.id });
    expect(draftView.permissions).toMatchObject({ edit: true, submit: true, review: false, retire: false });
    expect(draftView.working).toMatchObject({ number: 1, status: "draft" });
    expect((await refusal(callerAs(t.db, null).scenario.get({ id: s.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(callerAs(t.db, jimo).scenario.get({ id: s.id }))).code).toBe("NOT_FOUND");

    const req = await callerAs(t.db, rsj).access.request({ resourceId: res.conditional!, purpose: "社保参保一件事核验户籍" });
    const statuses = () => callerAs(t.db, rsj).access.forResources({ resourceIds: [res.conditional!, res.own!] });
    expect(await statuses()).toEqual({ [res.conditional!]: expect.objectContaining({ status: "pending" }) });
    await callerAs(t.db, gaj).access.decide({ id: req.id, version: req.version, decision: "approve", conditions: "仅用于参保核验" });
    expect((await statuses())[res.conditional!]).toMatchObject({ status: "approved", conditions: "仅用于参保核验" });
    const submitted = await api.scenario.submit({ id: s.id, version: s.version });
    expect(submitted.status).toBe("submitted");

    expect((await refusal(api.scenario.reviewQueue({ page: 1 }))).code).toBe("FORBIDDEN");
    const queue = await callerAs(t.db, reviewer).scenario.reviewQueue({ page: 1 });
    expect(queue.rows).toContainEqual(expect.objectContaining({ id: s.id, name: "社保参保一件事", number: 1, resourceCount: 2 }));
    expect((await api.scenario.get({ id: s.id })).permissions).toMatchObject({ edit: false, submit: false, review: false });
    expect((await callerAs(t.db, reviewer).scenario.get({ id: s.id })).permissions.review).toBe(true);
    const published = await callerAs(t.db, reviewer).scenario.approve({ id: s.id, version: submitted.version });
    expect(published.status).toBe("published");
    expect((await callerAs(t.db, reviewer).scenario.reviewQueue({ page: 1 })).rows.map((r) => r.id)).not.toContain(s.id);
    expect((await callerAs(t.db, organiser).scenario.get({ id: s.id })).permissions.benchmark).toBe(true);
    expect((await callerAs(t.db, admin).scenario.get({ id: s.id })).permissions.benchmark).toBe(false);
    res.scenario = s.id;
  });

  it("moves the plan's 一件事 target when an internal one is published", async () => {
    const target = async () => (await callerAs(t.db, null).site.targets()).targets.find((x) => x.key === "internalOneThing")!;
    const before = await target();
    expect(before).toMatchObject({ target: 12, met: before.current >= 12 });
    const s = await callerAs(t.db, rsj).scenario.create({
      content: scenario({ name: "人员调动一件事", audience: "internal", resourceIds: [res.own!], participatingDepartmentIds: [] }),
      submit: true,
    });
    expect((await target()).current).toBe(before.current);
    await callerAs(t.db, reviewer).scenario.approve({ id: s.id, version: s.version });
    expect(await target()).toMatchObject({ current: before.current + 1, gap: Math.max(0, 12 - before.current - 1) });
  });

  it("only organisers set the benchmark flag, and only on published scenarios", async () => {
    expect((await refusal(callerAs(t.db, rsj).scenario.setBenchmark({ id: res.scenario!, benchmark: true }))).code).toBe("FORBIDDEN");
    for (const other of [reviewer, admin])
      expect((await refusal(callerAs(t.db, other).scenario.setBenchmark({ id: res.scenario!, benchmark: true }))).code).toBe("FORBIDDEN");
    const marked = await callerAs(t.db, organiser).scenario.setBenchmark({ id: res.scenario!, benchmark: true });
    expect(marked.benchmark).toBe(true);
  });

  it("records reuse by a district, confirmed by the lead department only; coverage and leaderboard follow", async () => {
    expect((await callerAs(t.db, jimo).scenario.get({ id: res.scenario! })).permissions.recordAdoption).toBe(true);
    expect((await callerAs(t.db, gaj).scenario.get({ id: res.scenario! })).permissions.recordAdoption).toBe(false);
    const before = await callerAs(t.db, null).scenario.coverage({ id: res.scenario! });
    expect(before.filter((d) => d.live).map((d) => d.name)).toEqual(["市南区"]);
    const adoption = await callerAs(t.db, jimo).scenario.recordAdoption({
      scenarioId: res.scenario!,
      liveSince: "2026-10-08",
      adaptations: "接入即墨区参保服务网点，窗口受理改为网上受理",
      connectedResourceIds: [res.jimoOwn!],
    });
    const twice = await refusal(callerAs(t.db, jimo).scenario.recordAdoption({ scenarioId: res.scenario!, liveSince: "2026-10-09", adaptations: "重复登记" }));
    expect(twice.message).toBe("本部门已登记复用该场景，正在等待牵头部门确认");
    const foreign = await refusal(
      callerAs(t.db, await actorFor(t.db, "pub.d211")).scenario.recordAdoption({ scenarioId: res.scenario!, liveSince: "2026-10-09", adaptations: "接入他区资源", connectedResourceIds: [res.jimoOwn!] }),
    );
    expect(foreign.message).toBe("接入的资源须为本部门的资源");
    const jimoView = await callerAs(t.db, jimo).scenario.get({ id: res.scenario! });
    expect(jimoView.permissions.recordAdoption).toBe(false);
    expect(jimoView.ownAdoption).toMatchObject({ status: "pending" });
    expect(jimoView.adoptions).toHaveLength(0);
    expect((await callerAs(t.db, rsj).scenario.pendingAdoptions()).map((a) => a.id)).toEqual([adoption.id]);
    expect(await callerAs(t.db, gaj).scenario.pendingAdoptions()).toEqual([]);
    const outsider = await refusal(callerAs(t.db, gaj).scenario.decideAdoption({ id: adoption.id, version: adoption.version, confirm: true }));
    expect(outsider.message).toBe("只有场景牵头部门可以确认复用");

    const results = await Promise.allSettled([
      callerAs(t.db, rsj).scenario.decideAdoption({ id: adoption.id, version: adoption.version, confirm: true }),
      callerAs(t.db, rsj).scenario.decideAdoption({ id: adoption.id, version: adoption.version, confirm: true }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await callerAs(t.db, rsj).scenario.pendingAdoptions()).toEqual([]);
    const after = await callerAs(t.db, null).scenario.coverage({ id: res.scenario! });
    expect(after.filter((d) => d.live).map((d) => d.name)).toEqual(["市南区", "即墨区"]);
    const again = await refusal(callerAs(t.db, jimo).scenario.recordAdoption({ scenarioId: res.scenario!, liveSince: "2026-11-01", adaptations: "再登记一次" }));
    expect(again.message).toBe("本区市已上线该场景，无需重复登记");
    const board = await callerAs(t.db, null).scenario.leaderboard();
    expect(board.byScenario[0]).toMatchObject({ name: "社保参保一件事", adoptions: 1, benchmark: true });
    expect(board.byDepartment[0]).toMatchObject({ name: "青岛市人力资源和社会保障局", adoptions: 1 });
    // The catalogue counts each scenario's own confirmed reuse.
    const listed = (await callerAs(t.db, null).scenario.list({})).rows;
    expect(listed.find((r) => r.id === res.scenario)?.adoptions).toBe(1);
    expect(listed.filter((r) => r.id !== res.scenario).every((r) => r.adoptions === 0)).toBe(true);
    const audits = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, adoption.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["adoption.confirm", "adoption.record"]);
  });

  it("refuses reuse of an unpublished scenario and reuse by its own departments", async () => {
    const draft = await callerAs(t.db, rsj).scenario.create({ content: scenario({ name: "退休一件事", resourceIds: [res.own!] }) });
    const unpublished = await refusal(callerAs(t.db, jimo).scenario.recordAdoption({ scenarioId: draft.id, liveSince: "2026-10-01", adaptations: "复用草稿" }));
    expect(unpublished.message).toBe("只能复用已发布的场景");
    const own = await refusal(callerAs(t.db, gaj).scenario.recordAdoption({ scenarioId: res.scenario!, liveSince: "2026-10-01", adaptations: "参与部门复用" }));
    expect(own.message).toBe("本部门是该场景的建设部门，无需登记复用");
  });
});
