import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readLines } from "./read";
import { writeCsv, writeXlsx } from "./write";

const rows: Record<string, string>[] = [
  { 名称: "企业登记信息查询接口", 摘要: '返回 "名称, 状态"\n第二行说明', 电话: "+86 532 1234 5678", 标签: "=SUM(A1)" },
  { 名称: "城市内涝预测模型", 摘要: "积水深度", 电话: "0532-12345678", 标签: "" },
];

describe("writing", () => {
  it("writes a frozen bold header", async () => {
    const formats = new Map([
      ["名称", { width: 30 }],
      ["电话", { text: true }],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(rows, { sheet: "清单", formats })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("清单")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
    expect(sheet.getColumn(3).numFmt).toBe("@");
  });

  it("writes CSV as UTF-8 with a BOM and CRLF that reads back the same", async () => {
    const csv = writeCsv(rows);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFF名称,摘要,电话,标签");
    expect(text).toContain('"返回 ""名称, 状态""\n第二行说明"');
    expect(text).toContain("'+86 532 1234 5678"); // no formula when Excel opens it
    expect(text).toContain("'=SUM(A1)");
    expect(text.endsWith("\r\n")).toBe(true);

    const lines = await readLines("导出.csv", csv);
    expect(lines.map((l) => l.values)).toEqual([Object.keys(rows[0]!), ...rows.map((r) => Object.values(r))]);
    expect(writeCsv([], ["名称", "摘要"]).toString("utf8")).toBe("\uFEFF名称,摘要\r\n");
  });
});
