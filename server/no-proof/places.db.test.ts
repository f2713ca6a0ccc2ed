import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { refusal } from "@/server/testing/refusals";
import { publishedPlaces } from "./places";
import type { PlaceContentInput } from "./schemas";

let t: TestDatabase;
let gaj: Actor; // 市公安局, keeps 酒店入住 in the demo
let jtj: Actor; // 市交通运输局
let reviewer: Actor;

const venue = { name: "某物流园区快递网点（示例）", districtCode: "370281", address: "胶州市某路 88 号（示例地址）" };

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [gaj, jtj, reviewer] = (await Promise.all(["pub.gaj", "pub.jtj", "reviewer"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor];
});
afterAll(() => t.close());

describe("一码亮证 places", () => {
  it("are kept by their department through review: an edit shows publicly only once approved, and others cannot edit", async () => {
    const hotel = (await callerAs(t.db, gaj).place.list()).find((p) => p.kind === "hotel")!;
    expect(hotel).toMatchObject({ status: "published", own: true, name: "酒店入住" });
    const detail = await callerAs(t.db, gaj).place.get({ id: hotel.id });
    const content: PlaceContentInput = { ...detail.content, venues: [...detail.content.venues, { name: "崂山区某民宿（示例）", districtCode: "370212", address: "崂山区某路 1 号（示例地址）" }] };

    const foreign = await refusal(callerAs(t.db, jtj).place.update({ id: hotel.id, version: hotel.version, content }));
    expect(foreign).toMatchObject({ code: "FORBIDDEN", message: "只能修改本部门登记的亮证场所" });
    const saved = await callerAs(t.db, gaj).place.update({ id: hotel.id, version: hotel.version, content, submit: true });
    const before = (await publishedPlaces(t.db)).find((p) => p.kind === "hotel")!;
    expect(before.content.venues).toHaveLength(detail.content.venues.length);

    const queue = await callerAs(t.db, reviewer).place.reviewQueue({ page: 1 });
    expect(queue.rows.map((r) => r.id)).toContain(hotel.id);
    expect((await refusal(callerAs(t.db, gaj).place.approve({ id: hotel.id, version: saved.version }))).code).toBe("FORBIDDEN");
    await callerAs(t.db, reviewer).place.approve({ id: hotel.id, version: saved.version });
    const after = (await publishedPlaces(t.db)).find((p) => p.kind === "hotel")!;
    expect(after.content.venues.map((v) => v.name)).toContain("崂山区某民宿（示例）");
    const actions = (await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, hotel.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["noproof_place.update", "noproof_place.submit", "noproof_place.approve"]));
  });

  it("keeps one entry per kind citywide, needs a venue to go to review, and leaves the public page when retired", async () => {
    const taken = await refusal(
      callerAs(t.db, jtj).place.create({ content: { kind: "hotel", acceptedLicences: ["id_card"], description: "入住时出示电子身份证。", venues: [venue] } }),
    );
    expect(taken).toMatchObject({ code: "CONFLICT", message: "「酒店入住」已由青岛市公安局登记，请联系该部门修改" });

    const courier = (await callerAs(t.db, jtj).place.list()).find((p) => p.kind === "courier")!;
    expect(courier.own).toBe(false);
    const dsj = await actorFor(t.db, "pub.dsj");
    const bare = { kind: "courier" as const, acceptedLicences: ["id_card" as const], description: "寄件实名验视时出示电子身份证。", venues: [] };
    const notReady = await refusal(callerAs(t.db, dsj).place.update({ id: courier.id, version: courier.version, content: bare, submit: true }));
    expect(notReady.message).toBe("提交审核前请补全：列出了至少一个示例场所（市民要知道去哪里可以亮证）。可先保存草稿");

    const current = await callerAs(t.db, dsj).place.get({ id: courier.id });
    await callerAs(t.db, dsj).place.retire({ id: courier.id, version: current.entry.version, reason: "并入政务服务大厅场所" });
    expect((await publishedPlaces(t.db)).map((p) => p.kind)).not.toContain("courier");
  });
});
