import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ResourceContent } from "./schemas";
import {
  IMPORT_COLUMNS,
  INSTRUCTIONS_SHEET,
  RESOURCE_COLUMNS,
  TEMPLATE_SHEET,
  readSpreadsheet,
  resourceToCells,
  rowToResource,
  templateXlsx,
  writeResourcesCsv,
  writeResourcesXlsx,
} from "./spreadsheet";

const base: ResourceContent = {
  name: "青岛市公共停车场基础信息",
  summary: "全市公共停车场的名称、位置和泊位数，用于停车诱导。",
  kind: "dataset",
  domain: "transport",
  sharingClass: "conditional",
  sharingReason: "仅限政务部门使用，须经审核",
  openClass: "closed",
  updateFrequency: "daily",
  deliveryMethod: "database_table",
  accessUrl: "",
  docUrl: "https://www.example.com/docs/parking?x=1&y=2",
  tags: ["停车", "泊位"],
  contactName: "王工",
  contactPhone: "0532-12345678",
  contactEmail: "parking@example.com",
  dataItems: [
    { name: "停车场名称", type: "字符串", description: "备案名称；含分号" },
    { name: "总泊位数", type: "整数", description: "" },
  ],
  apiMethod: "",
  apiPath: "",
  apiAuth: "",
  apiRateLimit: "",
  modelInputs: "",
  modelOutputs: "",
  duplicateReason: "",
  updateFrequencyNote: "",
  sharingChannel: "platform",
  catalogueClass: "theme",
  catalogueItem: "城乡建设",
  catalogueSubject: "停车设施",
  catalogueDetail: "",
  linkedCodes: ["QDZY-SJ-000001", "QDZY-JK-000002"],
  informationSystem: "青岛市智慧停车管理平台",
};

const resources: { code: string; content: ResourceContent }[] = [
  { code: "QDZY-SJ-000123", content: base },
  {
    code: "QDZY-JK-000001",
    content: {
      ...base,
      name: "企业登记信息查询接口",
      summary: '按统一社会信用代码查询企业登记信息，返回 "名称, 状态"\n第二行说明',
      kind: "api",
      domain: "market",
      sharingClass: "unconditional",
      sharingReason: "",
      openClass: "open",
      updateFrequency: "realtime",
      deliveryMethod: "api_endpoint",
      accessUrl: "https://api.example.com/v1/enterprise",
      tags: ["企业", "登记", "=SUM(A1)"],
      contactPhone: "+86 532 1234 5678",
      dataItems: [],
      apiMethod: "POST",
      apiPath: "/v1/enterprise/query",
      apiAuth: "AppKey",
      apiRateLimit: "100 次/秒",
    },
  },
  {
    code: "QDZY-SF-000042",
    content: {
      ...base,
      name: "城市内涝预测模型",
      kind: "algorithm",
      domain: "public_safety",
      sharingClass: "none",
      sharingReason: "依据《数据安全法》，涉及重要数据",
      updateFrequency: "on_demand",
      deliveryMethod: "model_service",
      tags: [],
      dataItems: [{ name: "降雨量", type: "数值", description: "毫米 | 小时" }],
      modelInputs: "降雨量、地形",
      modelOutputs: "积水深度",
    },
  },
];

const exportRows = () =>
  resources.map((r) =>
    resourceToCells({
      ...r,
      departmentName: "青岛市交通运输局",
      status: "已发布",
      updatedAt: new Date("2026-11-27T00:30:00Z"),
    }),
  );

describe("spreadsheet export and import", () => {
  it("round-trips resources through .xlsx", async () => {
    const rows = exportRows();
    expect(rows[0]!["更新时间"]).toBe("2026-11-27 08:30");
    expect(rows[0]!["资源类型"]).toBe("数据");
    expect(rows[0]!["数据项"]).toBe("停车场名称|字符串|备案名称；含分号\n总泊位数|整数");
    expect(Object.keys(rows[0]!)).toEqual(RESOURCE_COLUMNS.map((c) => c.header));

    const sheet = await readSpreadsheet("导出.xlsx", await writeResourcesXlsx(rows));
    expect(sheet.headers).toEqual(RESOURCE_COLUMNS.map((c) => c.header));
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(sheet.rows[1]!.cells["所属部门"]).toBe("青岛市交通运输局");
    sheet.rows.forEach((row, i) => {
      const mapped = rowToResource(row.cells);
      expect(mapped.errors).toEqual([]);
      expect(mapped.code).toBe(resources[i]!.code);
      expect(mapped.content).toEqual(resources[i]!.content);
    });
  });

  it("round-trips resources through CSV", async () => {
    const rows = exportRows();
    const csv = writeResourcesCsv(rows);
    expect(csv.toString("utf8").split("\r\n")[0]).toBe("\uFEFF" + RESOURCE_COLUMNS.map((c) => c.header).join(","));
    const sheet = await readSpreadsheet("导出.csv", csv);
    expect(sheet.rows.map((r) => r.cells)).toEqual(rows);
    expect(rowToResource(sheet.rows[1]!.cells).content).toEqual(resources[1]!.content);
  });

  it("maps a department's CSV: a cell of several lines, tags split on 、 and ;", async () => {
    const text =
      "资源名称,资源类型,所属领域,资源摘要,共享属性,共享条件或不予共享理由,开放属性,更新频率,交付方式,标签,数据项\r\n" +
      '崂山区景区客流统计,数据,民生服务,各景区每小时入园人数,无条件共享,,无条件开放,每日,文件,旅游、客流,"景区名称|字符串|\n入园人数|整数|每小时"\r\n' +
      ",,,,,,,,,,\r\n" +
      "市南区垃圾分类点位,数据,生态环境,垃圾分类投放点位置,不予共享,涉及个人信息,不予开放,每月,库表,环卫;垃圾分类,点位编号|代码\r\n";
    const sheet = await readSpreadsheet("清单.csv", new TextEncoder().encode(text));
    expect(sheet.headers[0]).toBe("资源名称");
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    const first = rowToResource(sheet.rows[0]!.cells);
    expect(first.errors).toEqual([]);
    expect(first.content).toMatchObject({
      name: "崂山区景区客流统计",
      domain: "livelihood",
      tags: ["旅游", "客流"],
      dataItems: [
        { name: "景区名称", type: "字符串", description: "" },
        { name: "入园人数", type: "整数", description: "每小时" },
      ],
    });
    const second = rowToResource(sheet.rows[1]!.cells);
    expect(second.content).toMatchObject({ sharingClass: "none", tags: ["环卫", "垃圾分类"], openClass: "closed" });
  });

  it("maps a department's own .xlsx: a title above a marked header, numbers and stored keys", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("部门清单");
    sheet.addRow(["青岛市某局资源清单"]); // a title row above the header
    sheet.addRow(["资源名称*", "资源类型", "所属领域", "资源摘要", "共享属性", "开放属性", "更新频率", "交付方式", "联系电话", "备注", "访问地址"]);
    sheet.addRow([
      "公交实时到站",
      "  接口 ",
      "transport",
      { formula: 'CONCAT("公交","到站")', result: "公交到站" },
      "无条件共享",
      "无条件开放",
      "实时",
      "接口服务",
      53212345678,
      "",
      { text: "https://bus.example.com", hyperlink: "https://bus.example.com" },
    ]);
    const read = await readSpreadsheet("a.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.headers).toContain("资源名称");
    // A column the template does not have is offered for mapping, not read.
    expect(read.unmatched.map((u) => u.header)).toEqual(["备注"]);
    expect(read.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(rowToResource(read.rows[0]!.cells)).toMatchObject({
      errors: [],
      content: { kind: "api", domain: "transport", summary: "公交到站", contactPhone: "53212345678", accessUrl: "https://bus.example.com" },
    });
  });
});

describe("row errors", () => {
  const good = () => ({ ...resourceToCells({ ...resources[0]!, departmentName: "", status: "", updatedAt: new Date() }) });
  const errorsOf = (cells: Record<string, string>) => {
    const mapped = rowToResource(cells);
    expect(mapped.content).toBeUndefined();
    return mapped.errors;
  };

  it("accepts a good row, with labels or stored keys", () => {
    expect(rowToResource(good()).errors).toEqual([]);
    const mapped = rowToResource({ ...good(), 资源类型: "Dataset", 共享属性: "unconditional", 资源编码: "qdzy-sj-000001" });
    expect(mapped.errors).toEqual([]);
    expect(mapped.code).toBe("QDZY-SJ-000001");
    expect(mapped.content?.sharingClass).toBe("unconditional");
    expect(rowToResource({ ...good(), 资源编码: "" }).code).toBeUndefined();
  });

  it("names the column and the allowed values for a bad enum", () => {
    expect(errorsOf({ ...good(), 资源类型: "数椐", 接口方法: "PATCH" })).toEqual([
      { column: "资源类型", message: '"数椐" 不是有效的资源类型，可选：数据、接口、算法模型、组件、物联感知、视频、算力、应用' },
      { column: "接口方法", message: '"PATCH" 不是有效的接口方法，可选：GET、POST、PUT、DELETE' },
    ]);
    expect(errorsOf({ ...good(), 所属领域: "" })).toEqual([{ column: "所属领域", message: "请选择所属领域" }]);
  });

  it("reports a missing name", () => {
    expect(errorsOf({ ...good(), 资源名称: "" })).toEqual([{ column: "资源名称", message: "请填写资源名称" }]);
    const { 资源名称: _, ...withoutName } = good();
    expect(errorsOf(withoutName)).toEqual([{ column: "资源名称", message: "请填写资源名称" }]);
    expect(errorsOf({ ...good(), 资源名称: "桥" })).toEqual([{ column: "资源名称", message: "资源名称至少 2 个字" }]);
  });

  it("reports each bad data item by its position", () => {
    expect(errorsOf({ ...good(), 数据项: "名称|字符串\n地址|文本|住址\n电话\n|整数" })).toEqual([
      { column: "数据项", message: "第 2 个数据项类型 \"文本\" 无效，可选：字符串、整数、数值、日期、日期时间、布尔、代码、文件" },
      { column: "数据项", message: '第 3 个数据项 "电话" 缺少类型，格式应为“名称|类型|说明”' },
      { column: "数据项", message: "第 4 个数据项缺少名称，格式应为“名称|类型|说明”" },
    ]);
    expect(rowToResource({ ...good(), 数据项: "a|字符串;b｜整数；c|日期|说明" }).content?.dataItems.map((d) => d.name)).toEqual([
      "a",
      "b",
      "c",
    ]);
    expect(errorsOf({ ...good(), 数据项: `${"长".repeat(51)}|字符串` })).toEqual([
      { column: "数据项", message: "第 1 个数据项：数据项名称不能超过 50 个字" },
    ]);
  });

  it("requires a reason for 不予共享, even alongside other errors", () => {
    expect(errorsOf({ ...good(), 共享属性: "不予共享", 共享条件或不予共享理由: "" })).toEqual([
      { column: "共享条件或不予共享理由", message: "不予共享须说明理由和依据" },
    ]);
    expect(errorsOf({ ...good(), 资源名称: "", 共享属性: "不予共享", 共享条件或不予共享理由: " " })).toEqual([
      { column: "共享条件或不予共享理由", message: "不予共享须说明理由和依据" },
      { column: "资源名称", message: "请填写资源名称" },
    ]);
  });

  it("reports bad URLs, codes, phones, emails and tags on their columns", () => {
    expect(
      errorsOf({
        ...good(),
        访问地址: "www.example.com",
        资源编码: "SJ-123",
        联系电话: "请来电",
        电子邮箱: "a@b",
        标签: "一、" + "二".repeat(21),
      }),
    ).toEqual([
      { column: "资源编码", message: '资源编码 "SJ-123" 格式不正确，应形如 QDZY-SJ-000123；新增资源请留空' },
      { column: "访问地址", message: "访问地址须为 http:// 或 https:// 开头的网址" },
      { column: "标签", message: `标签 "${"二".repeat(21)}"：每个标签不能超过 20 个字` },
      { column: "联系电话", message: "联系电话格式不正确" },
      { column: "电子邮箱", message: "电子邮箱格式不正确" },
    ]);
  });
});

describe("bad files", () => {
  it("names the missing header columns, for the import to ask for defaults", async () => {
    const csv = new TextEncoder().encode("资源名称,资源类型,资源摘要,共享属性,开放属性,更新频率\r\n甲,数据,乙,无条件共享,无条件开放,每日\r\n");
    expect((await readSpreadsheet("a.csv", csv)).missing).toEqual(["所属领域", "交付方式"]);
  });
});

describe("template", () => {
  it("has the import sheet with dropdowns and an example, and the instructions", async () => {
    const bytes = await templateXlsx();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, INSTRUCTIONS_SHEET]);

    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const kindColumn = IMPORT_COLUMNS.findIndex((c) => c.header === "资源类型") + 1;
    const letter = sheet.getColumn(kindColumn).letter;
    for (const address of [`${letter}2`, `${letter}2000`])
      expect(validations[address]).toMatchObject({ type: "list", formulae: ['"数据,接口,算法模型,组件,物联感知,视频,算力,应用"'] });
    expect(validations[`${letter}2001`]).toBeUndefined();
    const dropdownColumns = new Set(Object.keys(validations).map((a) => a.replace(/\d+$/, "")));
    expect(dropdownColumns.size).toBe(IMPORT_COLUMNS.filter((c) => c.options).length);

    const notes = workbook.getWorksheet(INSTRUCTIONS_SHEET)!;
    const listed = notes.getColumn(1).values.slice(2, 2 + IMPORT_COLUMNS.length);
    expect(listed).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    const reasonRow = IMPORT_COLUMNS.findIndex((c) => c.header === "共享条件或不予共享理由") + 2;
    expect(notes.getRow(reasonRow).values).toContain("有条件共享须写明共享条件，不予共享须写明理由和依据；不超过 500 个字");

    const read = await readSpreadsheet("资源导入模板.xlsx", bytes);
    expect(read.headers).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(read.rows).toHaveLength(1);
    const example = rowToResource(read.rows[0]!.cells);
    expect(example.errors).toEqual([]);
    expect(example.content?.dataItems).toHaveLength(2);
    expect(example.content?.kind).toBe("dataset");
  });
});

// The 10,000-row import's speed is `npm run bench`'s (scripts/bench.ts): here, only that a file of
// thousands of rows reads and maps whole, every row without errors.
describe("a large file", () => {
  it("reads and maps 2,000 rows of .xlsx", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) =>
      resourceToCells({
        code: `QDZY-SJ-${String(i).padStart(6, "0")}`,
        departmentName: "青岛市大数据发展管理局",
        status: "已发布",
        updatedAt: new Date(),
        content: { ...base, name: `${base.name}${i}` },
      }),
    );
    const sheet = await readSpreadsheet("big.xlsx", await writeResourcesXlsx(rows));
    const mapped = sheet.rows.map((r) => rowToResource(r.cells));
    expect(mapped).toHaveLength(2_000);
    expect(mapped.every((m) => m.errors.length === 0)).toBe(true);
    expect(mapped[1_999]!.content?.name).toBe(`${base.name}1999`);
  });
});
