import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessRequests, auditEvents, resources, resourceVersions, scenarioAdoptions, scenarios } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { MERGE_ONLY } from "./merge";

let t: TestDatabase;
let reviewer: Actor;
let reviewer2: Actor;
let publisher: Actor;

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [reviewer, reviewer2, publisher] = await Promise.all([actorFor(t.db, "reviewer"), actorFor(t.db, "reviewer2"), actorFor(t.db, "publisher")]);
});
afterAll(() => t.close());

/** A demo entry by its name, as the report shows it (id and version). */
async function demo(table: typeof resources | typeof scenarios, name: string) {
  const rows = await t.db.select({ id: table.id, version: table.version, status: table.status, workingVersionId: table.workingVersionId }).from(table).where(eq(table.name, name));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const auditOf = (entityId: string) => t.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)).orderBy(desc(auditEvents.seq));

describe("集约建设 merge", () => {
  it("retires the merged resource pointing to the kept one, keeps its access requests as history, and audits it", async () => {
    const kept = await demo(resources, "办件进度查询接口");
    const merged = await demo(resources, "市南区办件进度查询接口");
    await callerAs(t.db, publisher).access.request({ resourceId: merged.id, purpose: "用于本部门办件进度统一查询" });
    const fresh = await demo(resources, "市南区办件进度查询接口");

    expect(await callerAs(t.db, reviewer).duplicate.merge({ keepId: kept.id, entries: [fresh] })).toEqual({ entryType: "resource", keptId: kept.id, merged: 1 });

    const [row] = await t.db.select().from(resources).where(eq(resources.id, merged.id));
    expect(row).toMatchObject({ status: "retired", mergedIntoId: kept.id, retiredReason: "已合并至『办件进度查询接口』（青岛市行政审批服务局）", version: fresh.version + 1 });
    expect(row!.retiredAt).toBeInstanceOf(Date);
    const [requests] = await t.db.select({ n: count() }).from(accessRequests).where(eq(accessRequests.resourceId, merged.id));
    expect(requests!.n).toBe(1);
    const [audit] = await auditOf(merged.id);
    expect(audit).toMatchObject({ action: "resource.merge", entityType: "resource", actorId: reviewer.id });
    expect(audit!.summary).toBe(
      "将资源「市南区办件进度查询接口」（市南区）合并至「办件进度查询接口」（青岛市行政审批服务局），原资源下线；其资源申请 1 条留在原条目作为历史",
    );

    // The retired resource's page says where it went: to the bureau and the owner; to visitors it stays unknown.
    expect((await callerAs(t.db, reviewer).resource.get({ id: merged.id })).resource).toMatchObject({ status: "retired", mergedIntoId: kept.id });
    const owner = await actorFor(t.db, "pub.d202");
    expect((await callerAs(t.db, owner).resource.get({ id: merged.id })).resource.mergedIntoId).toBe(kept.id);
    expect((await refusal(callerAs(t.db, null).resource.get({ id: merged.id }))).code).toBe("NOT_FOUND");
  });

  it("merges several at once, each with its own audit row; one in review leaves the review queue", async () => {
    const kept = await demo(resources, "公共停车场信息");
    const inReview = await demo(resources, "市南区公共停车场泊位信息");
    const published = await demo(resources, "崂山区公共停车场泊位信息");
    expect(inReview.status).toBe("submitted");
    const queued = async () => (await callerAs(t.db, reviewer).resource.reviewQueue({ page: 1 })).total;
    const before = await queued();

    await callerAs(t.db, reviewer).duplicate.merge({ keepId: kept.id, entries: [inReview, published] });

    expect(await queued()).toBe(before - 1);
    const [version] = await t.db.select().from(resourceVersions).where(eq(resourceVersions.id, inReview.workingVersionId!));
    expect(version).toMatchObject({ status: "returned", reviewedBy: reviewer.id, reviewComment: "已合并至『公共停车场信息』（青岛市交通运输局）" });
    for (const id of [inReview.id, published.id]) expect((await auditOf(id))[0]!.action).toBe("resource.merge");
    const clusters = (await callerAs(t.db, reviewer).duplicate.clusters({ entryType: "resource", page: 1 })).clusters.rows;
    const parking = clusters.flatMap((c) => c.entries).map((e) => e.id);
    expect(parking).not.toContain(inReview.id);
    expect(parking).not.toContain(published.id);
  });

  it("merges a scenario; its adoptions stay with it", async () => {
    const kept = await demo(scenarios, "新生儿出生一件事");
    const merged = await demo(scenarios, "新生儿出生“一件事”联办");
    const adoptionsOf = async () => (await t.db.select({ n: count() }).from(scenarioAdoptions).where(eq(scenarioAdoptions.scenarioId, merged.id)))[0]!.n;
    const adoptions = await adoptionsOf();

    await callerAs(t.db, reviewer).duplicate.merge({ keepId: kept.id, entries: [merged] });

    expect((await callerAs(t.db, reviewer).scenario.get({ id: merged.id })).scenario).toMatchObject({
      status: "retired",
      mergedIntoId: kept.id,
      retiredReason: "已合并至『新生儿出生一件事』（青岛市卫生健康委员会）",
    });
    expect(await adoptionsOf()).toBe(adoptions);
    expect((await auditOf(merged.id))[0]).toMatchObject({ action: "scenario.merge", entityType: "scenario" });
    const scenarioClusters = (await callerAs(t.db, reviewer).duplicate.clusters({ entryType: "scenario", page: 1 })).clusters.rows;
    expect(scenarioClusters.flatMap((c) => c.entries.map((e) => e.id))).not.toContain(kept.id);
  });

  it("refuses merging into itself, into or from a retired entry, and across entry types", async () => {
    const api = callerAs(t.db, reviewer).duplicate;
    const kept = await demo(resources, "李沧区办件进度查询接口");
    const retired = await demo(resources, "市南区办件进度查询接口");
    const scenario = await demo(scenarios, "安全生产大场景");
    const refusedWith = async (input: Parameters<typeof api.merge>[0]) => (await refusal(api.merge(input))).message;

    expect(await refusedWith({ keepId: kept.id, entries: [kept] })).toBe("不能将条目合并到其自身，请选择另一个保留的条目");
    expect(await refusedWith({ keepId: retired.id, entries: [kept] })).toBe("「市南区办件进度查询接口」已下线，不能合并到已下线的资源");
    expect(await refusedWith({ keepId: kept.id, entries: [retired] })).toBe("「市南区办件进度查询接口」已下线，只能合并已发布或审核中的资源");
    expect(await refusedWith({ keepId: kept.id, entries: [scenario] })).toBe("资源和场景不能相互合并：请选择同一类型的条目");
    expect(await refusedWith({ keepId: scenario.id, entries: [kept] })).toBe("资源和场景不能相互合并：请选择同一类型的条目");
    expect(await refusedWith({ keepId: kept.id, entries: [scenario, scenario] })).toBe("同一条目不能重复选择");
    // Nothing changed.
    expect((await demo(resources, "李沧区办件进度查询接口")).version).toBe(kept.version);
    expect((await demo(scenarios, "安全生产大场景")).status).toBe("published");
  });

  it("refuses the second of two merges of the same entry as someone else's change", async () => {
    const merged = await demo(resources, "黄岛区办件进度查询接口");
    const [intoA, intoB] = [await demo(resources, "办件进度查询接口"), await demo(resources, "李沧区办件进度查询接口")];
    const results = await Promise.allSettled([
      callerAs(t.db, reviewer).duplicate.merge({ keepId: intoA.id, entries: [merged] }),
      callerAs(t.db, reviewer2).duplicate.merge({ keepId: intoB.id, entries: [merged] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [second] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(second!.reason).toMatchObject({ code: "CONFLICT", message: "保存失败：该记录已被他人修改。您的输入已保留，请刷新查看最新内容后再保存。" });
    expect(await t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, merged.id), eq(auditEvents.action, "resource.merge")))).toHaveLength(1);
  });

  it("refuses a publisher", async () => {
    const kept = await demo(resources, "办件进度查询接口");
    const merged = await demo(resources, "即墨区办件进度查询接口");
    expect(await refusal(callerAs(t.db, publisher).duplicate.merge({ keepId: kept.id, entries: [merged] }))).toMatchObject({ code: "FORBIDDEN", message: MERGE_ONLY });
    expect((await demo(resources, "即墨区办件进度查询接口")).status).toBe("published");
  });
});
