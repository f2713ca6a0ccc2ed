import ExcelJS from "exceljs";
import { and, count, eq, gt, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, resourceImports, resources, resourceVersions } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { actorFor, createSeededTestDatabase, type TestDatabase } from "@/server/testing/database";
import { excelGbCsv, excelUtf8Csv, officeXlsx } from "@/server/testing/office-files";
import { refused } from "@/server/testing/refusals";
import { exportResources } from "./export";
import { commitImport, importSetup, previewImport, refusedRowsXlsx, type ImportChoices } from "./import";
import { resourceSearchSchema } from "./schemas";

let t: TestDatabase;
let transport: Actor;
let bureau: Actor;
let transportId: string;

beforeAll(async () => {
  t = await createSeededTestDatabase({ catalogue: true });
  [transport, bureau] = await Promise.all([actorFor(t.db, "pub.jtj"), actorFor(t.db, "pub.dsj")]);
  transportId = transport.departmentId;
});
afterAll(() => t.close());

const preview = (actor: Actor, fileName: string, bytes: Uint8Array, choices?: ImportChoices) => previewImport(t.db, actor, { fileName, bytes }, choices);

async function previewed(actor: Actor, fileName: string, bytes: Uint8Array, choices?: ImportChoices) {
  const result = await preview(actor, fileName, bytes, choices);
  if (result.stage !== "preview") throw new Error(`expected a preview, got the mapping step: ${JSON.stringify(result)}`);
  return result;
}

/** The department's own column names: none is the template's, one no alias knows (资源说明). */
const OWN_HEADER = ["序号", "信息资源名称", "资源类别", "资源说明", "共享类型", "共享条件", "开放类型", "更新周期", "信息资源提供方", "联系人", "联系电话"];
const goodRow = (i: number) => [
  String(i),
  `公交线路站点信息${i}`,
  "数据",
  `第 ${i} 条公交线路的站点名称、经纬度和首末班时间，用于出行服务`,
  "有条件共享",
  "仅限政务部门用于交通治理",
  "不予开放",
  "每日",
  "青岛市交通运输局",
  "刘建国",
  "0532-85912345",
];

/** 30 good rows, 3 bad ones (an unknown kind, no name, another department) and a blank one. */
function departmentInventory() {
  const rows = Array.from({ length: 30 }, (_, i) => goodRow(i + 1));
  rows.splice(10, 0, OWN_HEADER.map(() => ""));
  rows.push([...goodRow(31)].map((v, i) => (i === 2 ? "报表" : v)));
  rows.push([...goodRow(32)].map((v, i) => (i === 1 ? "" : v)));
  rows.push([...goodRow(33)].map((v, i) => (i === 8 ? "青岛市公安局" : v)));
  return [["青岛市交通运输局政务信息资源目录（2026 年第四季度）"], OWN_HEADER, ...rows];
}

const CHOICES: ImportChoices = { mapping: { 资源说明: "资源摘要", 序号: "" }, defaults: { 所属领域: "交通出行", 交付方式: "库表" } };

async function versionCount(resourceIds: string[]) {
  const [row] = await t.db.select({ n: count() }).from(resourceVersions).where(inArray(resourceVersions.resourceId, resourceIds));
  return row!.n;
}

describe("a department's inventory as its clerk sends it", () => {
  it("asks for the unknown column and the missing ones, naming the header row it took", async () => {
    const step = await preview(transport, "交通局目录.csv", excelGbCsv(departmentInventory()));
    expect(step).toMatchObject({
      stage: "mapping",
      headerRow: 2,
      unmatched: [
        { header: "序号", samples: ["1", "2", "3"] },
        { header: "资源说明", samples: expect.arrayContaining([expect.stringContaining("第 1 条公交线路")]) },
      ],
      missing: [
        { header: "所属领域", options: expect.arrayContaining(["交通出行"]) },
        { header: "资源摘要", options: null },
        { header: "交付方式", options: expect.arrayContaining(["库表"]) },
      ],
    });
    if (step.stage !== "mapping") return;
    // Aliases read the department's names as the template's.
    expect(step.recognised).toEqual(
      expect.arrayContaining([
        { written: "信息资源名称", header: "资源名称" },
        { written: "更新周期", header: "更新频率" },
        { written: "共享类型", header: "共享属性" },
        { written: "信息资源提供方", header: "所属部门" },
      ]),
    );
    // Nothing is kept until the file can be read.
    const [kept] = await t.db.select({ n: count() }).from(resourceImports).where(eq(resourceImports.departmentId, transportId));
    expect(kept!.n).toBe(0);
  });

  it("with the columns mapped and two defaults: 30 to import, 3 refused by name, 1 blank; remembered next time", async () => {
    const file = excelGbCsv(departmentInventory());
    const result = await previewed(transport, "交通局目录.csv", file, CHOICES);
    expect(result.counts).toEqual({ create: 30, update: 0, unchanged: 0, invalid: 3, blank: 1 });
    expect(result.defaults).toEqual({ 所属领域: "交通出行", 交付方式: "库表" });
    const refusedRows = result.rows.filter((r) => r.errors.length);
    expect(refusedRows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [34, [{ column: "资源类型", message: expect.stringContaining('"报表" 不是有效的资源类型') }]],
      [35, [{ column: "资源名称", message: "请填写资源名称" }]],
      [36, [{ column: "所属部门", message: "提供部门「青岛市公安局」不是本部门（青岛市交通运输局），不能导入其他部门的资源" }]],
    ]);
    // The department's choices come back without being asked again.
    expect((await previewed(transport, "交通局目录.csv", file)).counts.create).toBe(30);

    const done = await commitImport(t.db, transport, { id: result.id, submit: false });
    expect(done).toMatchObject({ created: 30, updated: 0, unchanged: 0, skipped: 3 });
    const created = await t.db.select().from(resources).where(and(eq(resources.departmentId, transportId), inArray(resources.name, ["公交线路站点信息1", "公交线路站点信息30"])));
    expect(created.map((r) => r.domain)).toEqual(["transport", "transport"]);

    const { history, departments: others } = await importSetup(t.db, transport);
    expect(others).toBeNull();
    expect(history[0]).toMatchObject({ fileName: "交通局目录.csv", created: 30, unchanged: 0, invalid: 3, blank: 1, onBehalf: false, defaults: { 所属领域: "交通出行", 交付方式: "库表" } });

    // The refused rows, under the department's own headers, with the reason beside each.
    const sheet = await refusedRowsXlsx(t.db, transport, result.id);
    expect(sheet.fileName).toBe("交通局目录-有误的行.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.bytes as unknown as ExcelJS.Buffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[0]!.slice(1);
    expect(header).toEqual(expect.arrayContaining(["原行号", "信息资源名称", "资源类别", "资源说明", "信息资源提供方", "错误原因"]));
    expect(rows).toHaveLength(4);
    expect(rows[3]![header.indexOf("错误原因") + 1]).toContain("提供部门「青岛市公安局」");
    // Another department cannot read them.
    await refused(refusedRowsXlsx(t.db, await actorFor(t.db, "publisher"), result.id), "NOT_FOUND");
  });

  it("the same file again changes nothing: 无变化 for every row, no version, no audit row, no date change", async () => {
    const before = await t.db.select().from(resources).where(eq(resources.departmentId, transportId));
    const ids = before.map((r) => r.id);
    const versions = await versionCount(ids);
    const since = new Date();
    const again = await previewed(transport, "交通局目录.csv", excelGbCsv(departmentInventory()));
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 30, invalid: 3 });
    expect(await versionCount(ids)).toBe(versions);
    const after = await t.db.select().from(resources).where(eq(resources.departmentId, transportId));
    expect(after.map((r) => r.updatedAt.getTime()).sort()).toEqual(before.map((r) => r.updatedAt.getTime()).sort());
    const [audits] = await t.db.select({ n: count() }).from(auditEvents).where(and(inArray(auditEvents.entityId, ids), gt(auditEvents.at, since)));
    expect(audits!.n).toBe(0);
  });
});

describe("round trips and updates", () => {
  it("a department's export imported back untouched is 无变化 for every resource", async () => {
    const publisher = await actorFor(t.db, "publisher");
    const search = resourceSearchSchema.parse({ departmentId: publisher.departmentId });
    const { body } = await exportResources(t.db, publisher, search, "xlsx");
    const mine = await t.db.select({ id: resources.id }).from(resources).where(eq(resources.departmentId, publisher.departmentId));
    const versions = await versionCount(mine.map((r) => r.id));
    const result = await previewed(publisher, "人社局导出.xlsx", new Uint8Array(body));
    expect(result.counts).toEqual({ create: 0, update: 0, unchanged: mine.length, invalid: 0, blank: 0 });
    expect(await versionCount(mine.map((r) => r.id))).toBe(versions);
  });

  it("a column the file lacks keeps what the resource says; a changed cell makes a new version", async () => {
    const [bus] = await t.db.select().from(resources).where(and(eq(resources.departmentId, transportId), eq(resources.name, "公交线路站点信息1")));
    const file = excelUtf8Csv([
      ["资源编码", "资源名称", "资源类型", "资源摘要", "共享属性", "共享条件或不予共享理由", "开放属性", "更新频率"],
      [bus!.code, "公交线路站点信息1", "数据", "第 1 条公交线路的站点名称、经纬度和首末班时间，用于出行服务", "有条件共享", "仅限政务部门用于交通治理", "不予开放", "实时"],
    ]);
    const result = await previewed(transport, "更新.csv", file);
    expect(result.rows).toEqual([expect.objectContaining({ action: "update", code: bus!.code, errors: [] })]);
    await commitImport(t.db, transport, { id: result.id, submit: false });
    const [version] = await t.db.select().from(resourceVersions).where(eq(resourceVersions.id, (await t.db.select().from(resources).where(eq(resources.id, bus!.id)))[0]!.workingVersionId!));
    // Only the frequency changed; the contact and the defaults of the first import stay.
    expect(version!.content).toMatchObject({ updateFrequency: "realtime", contactName: "刘建国", domain: "transport", deliveryMethod: "database_table" });
  });
});

describe("on whose behalf", () => {
  it("a 市大数据局 publisher imports a department's sheet for it, recorded as such; other publishers cannot", async () => {
    const file = await officeXlsx({
      title: "青岛市交通运输局 政务信息资源目录",
      header: ["资源名称", "资源类型", "所属领域", "资源摘要", "共享属性", "开放属性", "更新频率", "交付方式", "提供部门", "联系电话", "登记日期"],
      rows: [
        ["出租汽车营运轨迹", "数据", "交通出行", "全市巡游出租汽车的营运轨迹与载客状态，用于运力分析", "无条件共享", "不予开放", "实时", "库表", "市交通运输局", "053285912345", { serialDate: "2026-03-01" }],
        [null, null, null, null, null, null, null, null, null, null, null],
        ["网约车平台备案信息", "数据", "交通出行", "在青运营的网约车平台公司及其备案车辆、驾驶员数量", "无条件共享", "不予开放", "每月", "文件", "青岛市交通运输局", "85912345", { serialDate: "2026-04-15" }],
      ],
      trailingBlankRows: 5,
    });
    await refused(preview(transport, "代导入.xlsx", file, { departmentId: (await actorFor(t.db, "publisher")).departmentId }), "FORBIDDEN");

    const step = await preview(bureau, "代导入.xlsx", file, { departmentId: transportId });
    expect(step).toMatchObject({ stage: "mapping", headerRow: 2, unmatched: [{ header: "登记日期", samples: ["2026-03-01", "2026-04-15"] }] });
    const result = await previewed(bureau, "代导入.xlsx", file, { departmentId: transportId, mapping: { 登记日期: "" } });
    expect(result.rows.filter((r) => r.errors.length)).toEqual([]);
    // The merged title and the formatted empty rows below the data are no rows; the gap is one blank.
    expect(result.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 0, blank: 1 });
    expect(result.departmentName).toBe("青岛市交通运输局");
    await commitImport(t.db, bureau, { id: result.id, submit: false });

    const [taxi] = await t.db.select().from(resources).where(eq(resources.name, "出租汽车营运轨迹"));
    expect(taxi!.departmentId).toBe(transportId);
    const [version] = await t.db.select().from(resourceVersions).where(eq(resourceVersions.resourceId, taxi!.id));
    // Digits typed as text keep their leading zero.
    expect(version!.content.contactPhone).toBe("053285912345");
    const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, taxi!.id), eq(auditEvents.actorId, bureau.id)));
    expect(audit!.summary).toContain("市大数据局代青岛市交通运输局导入");
    const { history } = await importSetup(t.db, transport);
    expect(history[0]).toMatchObject({ fileName: "代导入.xlsx", onBehalf: true, created: 2 });
    const setup = await importSetup(t.db, bureau);
    expect(setup.departments?.map((d) => d.id)).toContain(transportId);
  });

  it("names a 关联资源代码 that does not exist as the row's error", async () => {
    const file = excelUtf8Csv([
      ["信息资源名称", "资源类型", "所属领域", "资源摘要", "共享类型", "开放属性", "更新周期", "交付方式", "关联资源代码", "信息系统名称"],
      ["公交刷卡客流统计", "数据", "交通出行", "按线路和站点汇总的公交刷卡客流，按月更新", "无条件共享", "不予开放", "半年", "库表", "QDZY-SJ-999999", "公交一卡通清分系统"],
    ]);
    const result = await previewed(transport, "关联.csv", file);
    expect(result.rows[0]!.errors).toEqual([{ column: "关联资源代码", message: "关联资源代码不存在或是本资源自己：QDZY-SJ-999999，请核对资源编码" }]);
  });

  it("drops NUL from the file's name, headers and cells instead of failing", async () => {
    const file = await officeXlsx({
      header: ["资源名称\u0000", "资源类型", "所属领域", "资源摘要", "共享属性", "开放属性", "更新周期", "交付方式", "说明\u0000"],
      rows: [["公交\u0000场站信息", "数据", "交通出行", "全市公交场站位置与设施", "无条件共享", "不予开放", "每年", "报表\u0000", "备\u0000注"]],
    });
    const step = await preview(transport, "场站\u0000.xlsx", file);
    expect(step).toMatchObject({ stage: "mapping", unmatched: [{ header: "说明", samples: ["备注"] }] });
    const result = await previewed(transport, "场站\u0000.xlsx", file, { mapping: { 说明: "" } });
    expect(result.fileName).toBe("场站.xlsx");
    expect(result.rows).toEqual([expect.objectContaining({ name: "公交场站信息", errors: [{ column: "交付方式", message: expect.stringContaining('"报表" 不是有效的交付方式') }] })]);
  });

  it("refuses .xls (Excel 97–2003) with how to save it as .xlsx", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refused(preview(transport, "旧目录.xls", xls), "BAD_REQUEST")).message).toBe(
      "不支持旧版 .xls（Excel 97–2003）文件：请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再导入",
    );
  });
});
