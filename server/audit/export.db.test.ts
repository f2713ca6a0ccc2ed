import ExcelJS from "exceljs";
import { and, count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { exportResources } from "@/server/resources/export";
import { resourceSearchSchema } from "@/server/resources/schemas";
import { actorFor, createSeededTestDatabase, type TestDatabase, REQUEST_ORIGIN } from "@/server/testing/database";
import { refused } from "@/server/testing/refusals";
import { auditFilterSchema } from "./audit";
import { AUDIT_EXPORT_COLUMNS, exportAuditEvents } from "./export";

let t: TestDatabase;
let auditor: Actor;
let admin: Actor;
let security: Actor;
let publisher: Actor;
const origin = REQUEST_ORIGIN;
beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [auditor, admin, security, publisher] = (await Promise.all(["auditor", "admin", "security", "publisher"].map((u) => actorFor(t.db, u)))) as [Actor, Actor, Actor, Actor];
  auditor = { ...auditor, ...origin };
  publisher = { ...publisher, ...origin };
  // Something for the auditor to find: an export with address and browser.
  await exportResources(t.db, publisher, resourceSearchSchema.parse({ q: "社保" }), "csv");
});
afterAll(() => t.close());

const audited = (action: string) => t.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)).then(([r]) => r?.n ?? 0);

describe("exporting the audit trail", () => {
  it("gives auditors the page's rows as .xlsx with address, browser, position and hash, and records the export", async () => {
    const filter = auditFilterSchema.parse({ q: "导出" });
    const expected = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, publisher.id), eq(auditEvents.action, "resource.export")));
    const before = await audited("audit.export");
    const { name, body, rows } = await exportAuditEvents(t.db, auditor, filter);
    expect(name).toMatch(/^审计日志-\d{12}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("审计日志")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...AUDIT_EXPORT_COLUMNS]);
    expect(sheet.rowCount).toBe(rows + 1);
    const cells = sheet.getSheetValues().slice(2) as unknown[][];
    const resourceExport = cells.find((c) => c[3] === "导出资源目录")!;
    expect(resourceExport.slice(1)).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      publisher.displayName,
      "导出资源目录",
      "资源",
      expected[0]!.summary,
      origin.address,
      origin.userAgent,
      origin.requestId,
      String(expected[0]!.seq),
      expected[0]!.hash,
    ]);
    // Chain order, so the file reads like the trail.
    const positions = cells.map((c) => Number(c[9]));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    expect(await audited("audit.export")).toBe(before + 1);
    const [recorded] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "audit.export")).orderBy(desc(auditEvents.seq)).limit(1);
    expect(recorded).toMatchObject({ actorId: auditor.id, address: origin.address, summary: `导出审计日志 ${rows} 条（筛选条件：q=导出）` });
  });

  it("is refused to those who may not read the trail, the system administrator and the security officer too", async () => {
    for (const actor of [publisher, admin, security])
      expect((await refused(exportAuditEvents(t.db, actor, auditFilterSchema.parse({})), "FORBIDDEN")).message).toBe("只有审计管理员可以查看审计日志");
  });
});
