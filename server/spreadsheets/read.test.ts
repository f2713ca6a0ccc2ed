import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/server/errors";
import { MAX_IMPORT_ROWS, readLines, readTable, type Line, type TableColumns } from "./read";
import { writeXlsx } from "./write";
import { gb18030Encoder } from "@/server/testing/office-files";
import { refused } from "@/server/testing/refusals";

const COLUMNS: TableColumns = { known: ["名称", "类型", "标签", "备注"], required: ["名称", "类型"] };

const rejects = (call: Promise<unknown>) => refused(call, "BAD_REQUEST");

function refuses(run: () => unknown): DomainError {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("BAD_REQUEST");
  return error as DomainError;
}

describe("reading lines", () => {
  it("reads CSV in UTF-8 with and without a BOM, and in GB18030, alike", async () => {
    const text =
      "资源名称,资源类型,所属领域,标签,数据项\r\n" +
      '崂山区景区客流统计,数据,民生服务,旅游、客流,"景区名称|字符串|\n入园人数|整数|每小时"\r\n' +
      ",,,,\r\n" +
      "市南区垃圾分类点位,数据,生态环境,环卫;垃圾分类,点位编号|代码\r\n";
    const utf8 = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const gb = gb18030Encoder()(text);
    expect(gb.length).toBeLessThan(utf8.length); // really two bytes a character

    const read = await Promise.all([readLines("清单.csv", withBom), readLines("清单.CSV", utf8), readLines("清单.csv", gb)]);
    for (const lines of read) expect(lines).toEqual(read[0]);
    expect(read[0]).toEqual([
      { rowNumber: 1, values: ["资源名称", "资源类型", "所属领域", "标签", "数据项"] },
      { rowNumber: 2, values: ["崂山区景区客流统计", "数据", "民生服务", "旅游、客流", "景区名称|字符串|\n入园人数|整数|每小时"] },
      { rowNumber: 4, values: ["市南区垃圾分类点位", "数据", "生态环境", "环卫;垃圾分类", "点位编号|代码"] },
    ]);
  });

  it("reads xlsx cell values as text: numbers, dates, rich text, links, formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("部门清单");
    sheet.addRow(["青岛市某局资源清单"]);
    sheet.addRow(["名称", "类型", "领域", "摘要", "电话", "备注", "地址"]);
    sheet.addRow([]);
    sheet.addRow([
      { richText: [{ text: "公交" }, { text: "实时到站", font: { bold: true } }] },
      "  接口 ",
      "transport",
      { formula: 'CONCAT("公交","到站")', result: "公交到站" },
      53212345678,
      new Date(Date.UTC(2026, 10, 27, 8, 30)),
      { text: "https://bus.example.com", hyperlink: "https://bus.example.com" },
    ]);
    sheet.getCell("F4").numFmt = "yyyy-mm-dd hh:mm";
    sheet.addRow(["", null, "   "]); // blank
    sheet.addRow(["第二个", 0.1 + 0.2, new Date(Date.UTC(2026, 0, 5))]);
    sheet.getCell("C6").numFmt = "yyyy-mm-dd";
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const lines = await readLines("a.xlsx", bytes);
    expect(lines.map((l) => l.rowNumber)).toEqual([1, 2, 4, 6]);
    expect(lines[2]!.values).toEqual([
      "公交实时到站",
      "接口",
      "transport",
      "公交到站",
      "53212345678",
      "2026-11-27 08:30",
      "https://bus.example.com",
    ]);
    expect(lines[3]!.values).toEqual(["第二个", "0.3", "2026-01-05"]);
  });

  it("reads the named sheet when there is one, else the first", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明").addRow(["说明"]);
    workbook.addWorksheet("清单").addRow(["清单"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await readLines("a.xlsx", bytes, { sheet: "清单" }))[0]!.values).toEqual(["清单"]);
    expect((await readLines("a.xlsx", bytes, { sheet: "别的" }))[0]!.values).toEqual(["说明"]);
    expect((await readLines("a.xlsx", bytes))[0]!.values).toEqual(["说明"]);
  });
});

describe("bad files", () => {
  it("rejects other extensions", async () => {
    expect((await rejects(readLines("清单.xls", new Uint8Array([1])))).message).toContain("“另存为” Excel 工作簿（.xlsx）");
    expect((await rejects(readLines("清单.et", new Uint8Array([1])))).message).toContain("WPS 表格");
    expect((await rejects(readLines("清单.numbers", new Uint8Array([1])))).message).toBe("仅支持 .xlsx 和 .csv 文件");
    expect((await rejects(readLines("清单", new Uint8Array([1])))).message).toBe("仅支持 .xlsx 和 .csv 文件");
  });

  it("rejects a file that is not what its extension says", async () => {
    const xlsx = await writeXlsx([{ 名称: "甲", 类型: "乙" }], { sheet: "清单" });
    expect((await rejects(readLines("a.xlsx", new TextEncoder().encode("名称,类型\r\n")))).message).toContain("不是有效的 .xlsx 文件");
    expect((await rejects(readLines("a.xlsx", xlsx.subarray(0, 400)))).message).toContain("无法解析");
    expect((await rejects(readLines("a.xls.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])))).message).toContain(
      "旧版 .xls",
    );
    expect((await rejects(readLines("a.csv", xlsx))).message).toContain("是 Excel 工作簿而不是 CSV");
    expect((await rejects(readLines("a.csv", new Uint8Array([])))).message).toBe("文件为空");
    expect((await rejects(readLines("a.csv", new TextEncoder().encode('名称\r\n"未闭合\r\n')))).message).toContain("CSV 文件格式错误");
  });
});

describe("reading a table", () => {
  const line = (rowNumber: number, ...values: string[]): Line => ({ rowNumber, values });

  it("finds the header row under a title, and reads headers with a * mark, spaces or a note", () => {
    const table = readTable(
      [line(1, "青岛市某局资源清单"), line(2, "名称*", " 类 型 ", "标签（用、分隔）", "联系人"), line(4, "公交实时到站", "接口", "公交", "王工"), line(6, "第二个")],
      COLUMNS,
    );
    expect(table.headers).toEqual(["名称", "类型", "标签"]);
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([
      { rowNumber: 4, cells: { 名称: "公交实时到站", 类型: "接口", 标签: "公交" } },
      { rowNumber: 6, cells: { 名称: "第二个", 类型: "", 标签: "" } },
    ]);
    // Rows 3 and 5 are empty; the column nobody knows is offered for mapping with what it holds.
    expect(table.blankRows).toBe(2);
    expect(table.unmatched).toEqual([{ header: "联系人", samples: ["王工"] }]);
  });

  it("reads other names through aliases and the clerk's mapping, and reports missing columns when asked", () => {
    const columns: TableColumns = { ...COLUMNS, aliases: { 资源名称: "名称", 资源类别: "类型" } };
    const lines = [line(1, "某局清单（2026 年）"), line(2, "【国】资源名称（必填项）", "分类", "说明"), line(3, "公交实时到站", "接口", "到站预测")];
    // A title row that happens to hold a known word does not beat the header that names more.
    expect(readTable([line(1, "名称"), line(2, "资源名称", "资源类别"), line(3, "甲", "数据")], columns).headerRow).toBe(2);
    const table = readTable(lines, { ...columns, mapping: { 分类: "类型", 说明: "" } });
    expect(table.headers).toEqual(["名称", "类型"]);
    expect(table.rows[0]!.cells).toEqual({ 名称: "公交实时到站", 类型: "接口" });
    expect(table.unmatched).toEqual([]);
    const unmapped = readTable(lines, { ...columns, reportMissing: true });
    expect(unmapped.missing).toEqual(["类型"]);
    expect(unmapped.unmatched.map((u) => u.header)).toEqual(["分类", "说明"]);
    // Said truthfully: which row was taken as the header.
    expect(refuses(() => readTable(lines, columns)).message).toBe("缺少必填列：类型（已将第 2 行作为表头）。请使用导入模板，或把对应列的列名改为模板中的名称");
  });

  it("names the missing required columns and the repeated ones", () => {
    expect(refuses(() => readTable([], COLUMNS)).message).toBe("文件中没有内容，请使用导入模板填写后再上传");
    expect(refuses(() => readTable([line(1, "名称", "备注"), line(2, "甲")], COLUMNS)).message).toMatch(/^缺少必填列：类型（已将第 1 行作为表头）。/);
    expect(refuses(() => readTable([line(1, "名称", "类型", "类型*", "其他", "其他")], COLUMNS)).message).toBe(
      "表头中以下列重复出现：类型（已将第 1 行作为表头），请只保留一列",
    );
  });

  it(`rejects more than ${MAX_IMPORT_ROWS} data rows`, async () => {
    const make = (count: number) =>
      new TextEncoder().encode(["名称,类型", ...Array.from({ length: count }, (_, i) => `资源${i},数据`)].join("\r\n"));
    expect(readTable(await readLines("ok.csv", make(MAX_IMPORT_ROWS)), COLUMNS).rows).toHaveLength(MAX_IMPORT_ROWS);
    const tooMany = await readLines("big.csv", make(MAX_IMPORT_ROWS + 1));
    expect(refuses(() => readTable(tooMany, COLUMNS)).message).toContain("一次最多导入 20000 行");
  });
});
