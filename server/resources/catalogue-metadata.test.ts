import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reviewChecklist } from "./checklist";
import { classificationCode, classificationText, informationResourceCode, sharingModeText, updateFrequencyText } from "./classification";
import { NATIONAL_COLUMNS, NATIONAL_SHEET, nationalCells, writeNationalXlsx } from "./national-catalogue";
import { resourceContentSchema, type ResourceContentInput } from "./schemas";
import { parseItemType, resourceToCells, rowToResource } from "./spreadsheet";

const input = (over: Partial<ResourceContentInput> = {}): ResourceContentInput => ({
  name: "人口综合信息",
  summary: "依托市人口综合信息库汇聚的全市人口综合信息，包括公民身份号码、姓名、性别等内容。",
  kind: "dataset",
  domain: "government",
  sharingClass: "unconditional",
  openClass: "closed",
  updateFrequency: "daily",
  deliveryMethod: "database_table",
  tags: ["人口库"],
  contactName: "王志刚",
  contactPhone: "0532-81234567",
  dataItems: [
    { name: "公民身份号码", type: "字符串", length: 18, description: "18位公民身份号码" },
    { name: "出生日期", type: "日期", description: "出生日期" },
  ],
  ...over,
});
const content = (over: Partial<ResourceContentInput> = {}) => resourceContentSchema.parse(input(over));
const issues = (over: Partial<ResourceContentInput>) => {
  const parsed = resourceContentSchema.safeParse(input(over));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("信息资源分类 and 信息资源代码", () => {
  it("derives the 分类码 from the 类 (1 基础, 2 主题, 3 部门) and the 项's place in the guide's list", () => {
    expect(classificationCode(content({ catalogueClass: "basic", catalogueItem: "人口" }))).toBe("101");
    expect(classificationCode(content({ catalogueClass: "basic", catalogueItem: "电子证照" }))).toBe("105");
    expect(classificationCode(content({ catalogueClass: "theme", catalogueItem: "公共服务" }))).toBe("201");
    expect(classificationCode(content({ catalogueClass: "theme", catalogueItem: "应急维稳" }))).toBe("212");
    // A department's resource: 项 08, 计划单列市及其下各级政务部门, Qingdao being one.
    expect(classificationCode(content())).toBe("308");
    expect(classificationCode({ catalogueClass: "theme", catalogueItem: "" })).toBe("");
  });

  it("builds 信息资源代码 as 分类码/顺序码, the 顺序码 being the 资源编码's serial", () => {
    expect(informationResourceCode(content({ catalogueClass: "basic", catalogueItem: "人口" }), "QDZY-SJ-000123")).toBe("101/000123");
    expect(informationResourceCode(content(), "QDZY-JK-004567")).toBe("308/004567");
    expect(classificationText(content({ catalogueClass: "theme", catalogueItem: "社会保障", catalogueSubject: "低保" }), "青岛市民政局")).toBe(
      "主题信息资源 › 社会保障 › 低保",
    );
    expect(classificationText(content(), "青岛市民政局")).toBe("部门信息资源 › 青岛市民政局");
  });

  it("stored versions from before the catalogue fields read as a department resource shared on the platform", () => {
    const old = input();
    for (const key of ["catalogueClass", "catalogueItem", "sharingChannel", "linkedCodes", "informationSystem", "updateFrequencyNote"] as const)
      expect(old[key]).toBeUndefined();
    expect(resourceContentSchema.parse(old)).toMatchObject({
      catalogueClass: "department",
      catalogueItem: "",
      sharingChannel: "platform",
      linkedCodes: [],
      informationSystem: "",
      updateFrequencyNote: "",
    });
  });

  it("refuses a 项 outside its 类's list, a 项 on a department resource, and 其他 without a note", () => {
    expect(issues({ catalogueClass: "basic" })).toEqual(["catalogueItem: 请选择基础信息资源的分类项"]);
    expect(issues({ catalogueClass: "basic", catalogueItem: "公共服务" })[0]).toMatch(/不是基础信息资源的分类项/);
    expect(issues({ catalogueItem: "人口" })).toEqual(["catalogueItem: 部门信息资源的分类项即本部门，无需选择"]);
    expect(issues({ updateFrequency: "other" })).toEqual(["updateFrequencyNote: 更新周期选“其他”时须说明更新周期"]);
    expect(issues({ updateFrequency: "other", updateFrequencyNote: "每两年" })).toEqual([]);
    expect(updateFrequencyText(content({ updateFrequency: "other", updateFrequencyNote: "每两年" }))).toBe("其他（每两年）");
    expect(updateFrequencyText(content({ updateFrequency: "half_yearly" }))).toBe("每半年");
  });
});

describe("共享方式", () => {
  it("takes its 类型 from the 交付方式, and carries only copyable forms by 邮件 or 介质", () => {
    expect(sharingModeText(content())).toBe("共享平台方式/数据库");
    expect(sharingModeText(content({ deliveryMethod: "file" }))).toBe("共享平台方式/文件");
    expect(sharingModeText(content({ kind: "api", deliveryMethod: "api_endpoint" }))).toBe("共享平台方式/接口");
    expect(sharingModeText(content({ kind: "application", deliveryMethod: "web_app" }))).toBe("共享平台方式/应用系统");
    expect(sharingModeText(content({ sharingChannel: "medium" }))).toBe("介质方式");
    expect(issues({ kind: "api", deliveryMethod: "api_endpoint", sharingChannel: "email" })).toEqual([
      "sharingChannel: 邮件方式和介质方式只能提供库表、文件或组件包，其他交付方式请选共享平台方式",
    ]);
  });
});

describe("信息项 数据长度", () => {
  it("is allowed for 字符串 (1–65535) and 数值 (precision 1–38) only", () => {
    expect(issues({ dataItems: [{ name: "备注", type: "字符串", length: 65535 }] })).toEqual([]);
    expect(issues({ dataItems: [{ name: "备注", type: "字符串", length: 65536 }] })).toEqual(["dataItems.0.length: 字符串长度须在 1–65535 之间"]);
    expect(issues({ dataItems: [{ name: "金额", type: "数值", length: 39 }] })).toEqual(["dataItems.0.length: 数值精度须在 1–38 之间"]);
    expect(issues({ dataItems: [{ name: "金额", type: "数值", length: 0 }] })).toEqual(["dataItems.0.length: 数据长度至少为 1"]);
    expect(issues({ dataItems: [{ name: "人数", type: "整数", length: 10 }] })).toEqual(["dataItems.0.length: 整数类型不填写数据长度，只有字符串和数值可填"]);
  });

  it("reads the cell's type with or without a length in brackets, half- or full-width", () => {
    expect(parseItemType("字符串")).toEqual({ type: "字符串" });
    expect(parseItemType("字符串(50)")).toEqual({ type: "字符串", length: 50 });
    expect(parseItemType("数值（18）")).toEqual({ type: "数值", length: 18 });
    expect(parseItemType("字符串 ( 50 )")).toEqual({ type: "字符串", length: 50 });
    expect(parseItemType("字符串(五十)").length).toBeNaN();
  });

  it("imports old cells without lengths and new ones with, and writes them back the same way", () => {
    const cells = resourceToCells({ code: "QDZY-SJ-000001", departmentName: "", status: "", updatedAt: new Date(), content: content() });
    expect(cells["数据项"]).toBe("公民身份号码|字符串(18)|18位公民身份号码\n出生日期|日期|出生日期");
    expect(rowToResource(cells).content?.dataItems).toEqual(content().dataItems);

    const old = rowToResource({ ...cells, 数据项: "公民身份号码|字符串|18位公民身份号码\n出生日期|日期" });
    expect(old.errors).toEqual([]);
    expect(old.content?.dataItems).toEqual([
      { name: "公民身份号码", type: "字符串", description: "18位公民身份号码" },
      { name: "出生日期", type: "日期", description: "" },
    ]);

    expect(rowToResource({ ...cells, 数据项: "姓名|字符串(五十)|说明\n年龄|整数(3)\n金额|数值(40)" }).errors).toEqual([
      { column: "数据项", message: '第 1 个数据项 "姓名" 的数据长度应为整数，如“字符串(50)”' },
      { column: "数据项", message: "第 2 个数据项：整数类型不填写数据长度，只有字符串和数值可填" },
      { column: "数据项", message: "第 3 个数据项：数值精度须在 1–38 之间" },
    ]);
  });

  it("goes on the review checklist for data resources", () => {
    const unsized = content({ dataItems: [{ name: "姓名", type: "字符串", description: "姓名" }] });
    expect(reviewChecklist(unsized).find((i) => i.rule === "字符串和数值数据项写明了数据长度")).toMatchObject({
      passed: false,
      detail: "缺少长度：姓名",
      field: "dataItems.0.length",
    });
    expect(reviewChecklist(content()).every((i) => i.passed)).toBe(true);
  });
});

describe("the catalogue columns in the app's template", () => {
  it("import the new fields, with the cross-field rules named on their columns", () => {
    const cells = resourceToCells({ code: "", departmentName: "", status: "", updatedAt: new Date(), content: content() });
    const mapped = rowToResource({
      ...cells,
      信息资源分类: "主题信息资源",
      分类项: "社会保障",
      更新频率: "其他",
      更新周期说明: "每两年",
      共享方式: "介质方式",
      关联资源代码: "qdzy-sj-000001、QDZY-JK-000002",
      所属信息系统: "市人口综合信息库",
    });
    expect(mapped.errors).toEqual([]);
    expect(mapped.content).toMatchObject({
      catalogueClass: "theme",
      catalogueItem: "社会保障",
      updateFrequency: "other",
      updateFrequencyNote: "每两年",
      sharingChannel: "medium",
      linkedCodes: ["QDZY-SJ-000001", "QDZY-JK-000002"],
      informationSystem: "市人口综合信息库",
    });
    expect(rowToResource({ ...cells, 信息资源分类: "基础信息资源", 更新频率: "其他", 关联资源代码: "SJ-1" }).errors).toEqual([
      { column: "更新周期说明", message: "更新周期选“其他”时须说明更新周期" },
      { column: "分类项", message: "请选择基础信息资源的分类项" },
      { column: "关联资源代码", message: "关联资源代码应形如 QDZY-SJ-000123" },
    ]);
  });
});

describe("the national inventory sheet", () => {
  it("has the guide's columns in its order, and fills them from the resource and its department", async () => {
    const row = nationalCells({
      code: "QDZY-SJ-000123",
      departmentName: "青岛市大数据发展管理局",
      departmentCreditCode: "11370200002942069A",
      publishedAt: new Date("2026-03-31T16:30:00Z"),
      content: content({
        catalogueClass: "basic",
        catalogueItem: "人口",
        sharingClass: "conditional",
        sharingReason: "仅限政务部门履职使用",
        openClass: "conditional",
        linkedCodes: ["QDZY-JK-000124"],
        informationSystem: "市人口综合信息库",
      }),
    });
    expect(Object.keys(row)).toEqual([...NATIONAL_COLUMNS]);
    expect(NATIONAL_COLUMNS.slice(0, 17)).toEqual([
      "信息资源分类",
      "信息资源名称",
      "信息资源代码",
      "信息资源提供方",
      "信息资源提供方代码",
      "信息资源摘要",
      "信息资源格式",
      "信息项信息",
      "共享类型",
      "共享条件",
      "共享方式",
      "是否向社会开放",
      "开放条件",
      "更新周期",
      "发布日期",
      "关联资源代码",
      "所属信息系统",
    ]);
    expect(row).toMatchObject({
      信息资源分类: "基础信息资源 › 人口",
      信息资源代码: "101/000123",
      信息资源提供方代码: "11370200002942069A",
      信息资源格式: "数据库",
      信息项信息: "公民身份号码|字符串(18)|18位公民身份号码\n出生日期|日期|出生日期",
      共享类型: "有条件共享",
      共享条件: "仅限政务部门履职使用",
      共享方式: "共享平台方式/数据库",
      是否向社会开放: "是",
      开放条件: "有条件开放，须单独申请",
      更新周期: "每日",
      发布日期: "2026-04-01",
      关联资源代码: "QDZY-JK-000124",
      所属信息系统: "市人口综合信息库",
      资源编码: "QDZY-SJ-000123",
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeNationalXlsx([row])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(NATIONAL_SHEET)!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...NATIONAL_COLUMNS]);
    expect(sheet.getRow(2).getCell(5).value).toBe("11370200002942069A");
  });
});
