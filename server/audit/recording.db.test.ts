import { asc, desc, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, competitionAttachments, competitionEntries, competitions } from "@/db/schema";
import { createHandler } from "@/server/api/http";
import type { Actor } from "@/server/auth/permissions";
import { readAttachment } from "@/server/competition/attachments";
import { exportScores } from "@/server/competition/results";
import { forbidden } from "@/server/errors";
import { exportCases } from "@/server/no-proof/import-export";
import { recordOpenDataDownload } from "@/server/no-proof/open-data";
import { exportResources } from "@/server/resources/export";
import { resourceSearchSchema } from "@/server/resources/schemas";
import type { FileStorage } from "@/server/storage";
import { actorFor, callerAs, createSeededTestDatabase, type TestDatabase, REQUEST_ORIGIN } from "@/server/testing/database";
import { refusal, refused } from "@/server/testing/refusals";
import { recordAudit } from "./audit";
import { verifyAuditChain } from "./integrity";

let t: TestDatabase;
let organiser: Actor;
let publisher: Actor;
const origin = REQUEST_ORIGIN;
beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [organiser, publisher] = await Promise.all([actorFor(t.db, "organiser"), actorFor(t.db, "publisher")]);
  organiser = { ...organiser, ...origin };
  publisher = { ...publisher, ...origin };
});
afterAll(() => t.close());

/** The rows written since `seq`, oldest first. */
const since = (seq: number) => t.db.select().from(auditEvents).where(gt(auditEvents.seq, seq)).orderBy(asc(auditEvents.seq));
async function lastSeq(): Promise<number> {
  const [row] = await t.db.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
  return row?.seq ?? 0;
}

describe("exports and downloads", () => {
  it("each leave one row with who, from where and with which browser", async () => {
    const start = await lastSeq();
    const { rowCount } = await exportResources(t.db, publisher, resourceSearchSchema.parse({ q: "社保", kind: "dataset" }), "xlsx");
    await exportCases(t.db, publisher);
    await recordOpenDataDownload(t.db, publisher, "cases.csv");
    const [competition] = await t.db.select().from(competitions).orderBy(asc(competitions.createdAt)).limit(1);
    await exportScores(t.db, organiser, competition!.id);

    const rows = await since(start);
    expect(rows.map((r) => r.action)).toEqual(["resource.export", "noproof_case.export", "noproof_case.export", "competition.export"]);
    for (const row of rows) expect(row).toMatchObject({ address: origin.address, userAgent: origin.userAgent, requestId: origin.requestId });
    expect(rows[0]!.summary).toBe(`导出资源目录 ${rowCount} 条（本平台模板，XLSX，筛选条件：q=社保，kind=dataset）`);
    expect(rows[1]).toMatchObject({ actorId: publisher.id, entityType: "noproof_case", entityId: publisher.departmentId });
    expect(rows[2]!.summary).toBe("下载开放数据 cases.csv");
    expect(rows[3]).toMatchObject({ actorId: organiser.id, entityType: "competition", entityId: competition!.id });
    expect(rows[3]!.summary).toContain(competition!.name);
  });

  it("records an attachment download, file or video link, on its entry", async () => {
    const [entry] = await t.db.select().from(competitionEntries).limit(1);
    const files = new Map([["competition/deck.pdf", new Uint8Array([37, 80, 68, 70])]]);
    const storage: FileStorage = { put: async () => {}, get: async (key) => files.get(key) ?? null, delete: async () => {} };
    const [deck, video] = await t.db
      .insert(competitionAttachments)
      .values([
        { entryId: entry!.id, kind: "pdf", originalName: "路演材料.pdf", mimeType: "application/pdf", size: 4, storageKey: "competition/deck.pdf", uploadedBy: organiser.id },
        { entryId: entry!.id, kind: "video_link", originalName: "演示视频", url: "https://video.example.com/a.mp4", uploadedBy: organiser.id },
      ])
      .returning();
    const start = await lastSeq();
    await readAttachment(t.db, organiser, storage, deck!.id);
    await readAttachment(t.db, organiser, storage, video!.id);
    const rows = await since(start);
    expect(rows.map((r) => [r.action, r.entityType, r.entityId, r.summary])).toEqual([
      ["competition.attachment.download", "competition_entry", entry!.id, "下载参赛作品附件「路演材料.pdf」"],
      ["competition.attachment.download", "competition_entry", entry!.id, "打开参赛作品视频链接「演示视频」"],
    ]);
    expect(rows[0]!.address).toBe(origin.address);
  });
});

describe("refused attempts", () => {
  it("record a signed-in person refused by a permission rule, naming the procedure and the message", async () => {
    const start = await lastSeq();
    expect((await refusal(callerAs(t.db, publisher).audit.list({}))).code).toBe("FORBIDDEN");
    const [row, ...rest] = await since(start);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      action: "auth.refused",
      actorId: publisher.id,
      entityType: "endpoint",
      entityId: "audit.list",
      summary: "audit.list：只有审计管理员可以查看审计日志",
      address: origin.address,
      userAgent: origin.userAgent,
    });
  });

  it("are not recorded for anonymous callers, nor for other failures", async () => {
    const start = await lastSeq();
    await callerAs(t.db, null).audit.list({}).catch(() => null);
    await callerAs(t.db, publisher).resource.get({ id: "00000000-0000-4000-8000-000000000000" }).catch(() => null);
    expect(await since(start)).toEqual([]);
  });

  it("in a route handler, are kept although the refused call's transaction rolled back", async () => {
    const start = await lastSeq();
    const route = createHandler(async () => publisher, async () => t.db)({ auth: "required" }, async () =>
      t.db.transaction(async (tx) => {
        await recordAudit(tx, publisher, { action: "department.update", entityType: "department", entityId: "x", summary: "不该留下" });
        throw forbidden("只有大赛组织者可以这样做");
      }),
    );
    const response = await route(new Request("http://localhost/api/competition/abc/export", { headers: { "x-request-id": "req-route" } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(403);
    const rows = await since(start);
    expect(rows.map((r) => [r.action, r.entityId, r.summary, r.requestId])).toEqual([
      ["auth.refused", "GET /api/competition/abc/export", "GET /api/competition/abc/export：只有大赛组织者可以这样做", "req-route"],
    ]);
    expect((await verifyAuditChain(t.db)).firstBroken).toBeNull();
  });
});
