/**
 * Bulk import and export of resources as spreadsheets (.xlsx and .csv), because departments keep
 * their inventories in Excel: the resource columns on top of `server/spreadsheets`. Pure: no
 * database, no Next.js. The caller reads the upload, calls `readSpreadsheet`, maps each row with
 * `rowToResource`, and decides what to save; for export it maps each resource with
 * `resourceToCells` and writes them with `writeResourcesXlsx` or `writeResourcesCsv`.
 */
import type ExcelJS from "exceljs";
import {
  API_METHODS,
  CATALOGUE_CLASS_LABELS,
  contentRuleIssues,
  DATA_ITEM_TYPES,
  DELIVERY_METHOD_LABELS,
  DOMAIN_LABELS,
  OPEN_CLASS_LABELS,
  RESOURCE_KIND_LABELS,
  CATALOGUE_ITEMS,
  SHARING_CHANNEL_LABELS,
  SHARING_CLASS_LABELS,
  UPDATE_FREQUENCY_LABELS,
  RESOURCE_CODE_PATTERN,
  resourceContentSchema,
  type ResourceContent,
  type ResourceContentInput,
} from "@/server/resources/schemas";
import { MAX_IMPORT_ROWS, readLines, readTable, type Table, type TableColumns } from "@/server/spreadsheets/read";
import { addTableSheet, HEADER_FILL, newWorkbook, workbookBytes, writeCsv, writeXlsx, type ColumnFormat } from "@/server/spreadsheets/write";
import { formatShanghaiTime, shanghaiDate } from "@/server/time";
import { ALIAS_TO_HEADER, VALUE_SYNONYMS } from "./import-aliases";

// ---------------------------------------------------------------------------------------------
// Columns

type ContentField = keyof ResourceContent;
type EnumField = "kind" | "domain" | "sharingClass" | "openClass" | "updateFrequency" | "deliveryMethod" | "sharingChannel" | "catalogueClass";

export interface ResourceColumn {
  /** The Chinese header, exactly as written in row 1 (a trailing * in a template is tolerated). */
  header: string;
  /** Where the value goes: a content field, the code, or an export-only attribute. */
  field: ContentField | "code" | "departmentName" | "status" | "updatedAt" | "publishedAt";
  /** Must be present as a column, and filled in, for an import. */
  required: boolean;
  /** Written by an export, ignored by an import. */
  readOnly: boolean;
  /** Allowed values (Chinese labels) for the template's dropdowns and the instructions. */
  options?: readonly string[];
  /** How to fill it in, for the template's 填写说明 sheet. */
  help: string;
  /** Column width in characters. */
  width: number;
}

/** Label maps of the enum columns: stored key → Chinese label. */
const ENUM_LABELS: Record<EnumField, Record<string, string>> = {
  kind: RESOURCE_KIND_LABELS,
  domain: DOMAIN_LABELS,
  sharingClass: SHARING_CLASS_LABELS,
  openClass: OPEN_CLASS_LABELS,
  updateFrequency: UPDATE_FREQUENCY_LABELS,
  deliveryMethod: DELIVERY_METHOD_LABELS,
  sharingChannel: SHARING_CHANNEL_LABELS,
  catalogueClass: CATALOGUE_CLASS_LABELS,
};

const labels = (field: EnumField) => Object.values(ENUM_LABELS[field]);

const DATA_ITEM_FORMAT = "名称|类型|说明";
/** A 数据长度 follows the type in brackets: 字符串(50), 数值(18); a cell without one still reads. */
const DATA_ITEM_LENGTH = /^(.*?)\s*[(（]\s*(\S*?)\s*[)）]$/;

/** Every column, in the order an export writes them. */
export const RESOURCE_COLUMNS: readonly ResourceColumn[] = [
  {
    header: "资源编码",
    field: "code",
    required: false,
    readOnly: false,
    help: "留空表示新增资源；填写已有编码（如 QDZY-SJ-000123）表示更新该资源",
    width: 18,
  },
  { header: "资源名称", field: "name", required: true, readOnly: false, help: "2–100 个字", width: 30 },
  { header: "所属部门", field: "departmentName", required: false, readOnly: true, help: "导出时填写；导入时可留空，填写的须为本部门", width: 20 },
  { header: "状态", field: "status", required: false, readOnly: true, help: "导出时填写，导入时忽略", width: 10 },
  {
    header: "更新时间",
    field: "updatedAt",
    required: false,
    readOnly: true,
    help: "导出时填写（北京时间），导入时忽略",
    width: 17,
  },
  { header: "发布日期", field: "publishedAt", required: false, readOnly: true, help: "首次发布的日期，导出时填写，导入时忽略", width: 12 },
  { header: "资源类型", field: "kind", required: true, readOnly: false, options: labels("kind"), help: "从下拉列表选择", width: 10 },
  { header: "所属领域", field: "domain", required: true, readOnly: false, options: labels("domain"), help: "从下拉列表选择", width: 10 },
  { header: "资源摘要", field: "summary", required: true, readOnly: false, help: "说明资源的内容和用途，不超过 1000 个字", width: 40 },
  {
    header: "共享属性",
    field: "sharingClass",
    required: true,
    readOnly: false,
    options: labels("sharingClass"),
    help: "从下拉列表选择",
    width: 12,
  },
  {
    header: "共享条件或不予共享理由",
    field: "sharingReason",
    required: false,
    readOnly: false,
    help: "有条件共享须写明共享条件，不予共享须写明理由和依据；不超过 500 个字",
    width: 30,
  },
  { header: "开放属性", field: "openClass", required: true, readOnly: false, options: labels("openClass"), help: "从下拉列表选择", width: 12 },
  {
    header: "更新频率",
    field: "updateFrequency",
    required: true,
    readOnly: false,
    options: labels("updateFrequency"),
    help: "从下拉列表选择",
    width: 10,
  },
  { header: "更新周期说明", field: "updateFrequencyNote", required: false, readOnly: false, help: "更新频率选“其他”时必填，如：每两年；不超过 50 个字", width: 14 },
  {
    header: "交付方式",
    field: "deliveryMethod",
    required: true,
    readOnly: false,
    options: labels("deliveryMethod"),
    help: "从下拉列表选择",
    width: 10,
  },
  {
    header: "共享方式",
    field: "sharingChannel",
    required: false,
    readOnly: false,
    options: labels("sharingChannel"),
    help: "留空为共享平台方式；共享方式类型（文件/数据库/接口）由交付方式确定。邮件方式和介质方式只适用于库表、文件和组件包",
    width: 14,
  },
  { header: "访问地址", field: "accessUrl", required: false, readOnly: false, help: "以 http:// 或 https:// 开头的网址", width: 30 },
  { header: "文档链接", field: "docUrl", required: false, readOnly: false, help: "以 http:// 或 https:// 开头的网址", width: 30 },
  {
    header: "标签",
    field: "tags",
    required: false,
    readOnly: false,
    help: "多个标签用 、 , ， ; 或 ； 分隔；最多 10 个，每个不超过 20 个字",
    width: 20,
  },
  { header: "联系人", field: "contactName", required: false, readOnly: false, help: "不超过 30 个字", width: 10 },
  { header: "联系电话", field: "contactPhone", required: false, readOnly: false, help: "数字，可含 + - 空格和括号，5–20 位，如 0532-12345678", width: 16 },
  { header: "电子邮箱", field: "contactEmail", required: false, readOnly: false, help: "如 name@example.com", width: 22 },
  {
    header: "数据项",
    field: "dataItems",
    required: false,
    readOnly: false,
    help: `每行一个（单元格内按 Alt+Enter 换行），或用 ； 或 ; 分隔；每个写作“${DATA_ITEM_FORMAT}”，说明可省略。类型可选：${DATA_ITEM_TYPES.join("、")}；字符串和数值可在类型后用括号写数据长度，如“姓名|字符串(50)”“金额|数值(18)”（字符串 1–65535，数值精度 1–38）`,
    width: 36,
  },
  { header: "接口方法", field: "apiMethod", required: false, readOnly: false, options: API_METHODS, help: "接口类资源填写，从下拉列表选择", width: 10 },
  { header: "接口路径", field: "apiPath", required: false, readOnly: false, help: "接口类资源填写，如 /api/v1/parking；不超过 300 个字", width: 24 },
  { header: "认证方式", field: "apiAuth", required: false, readOnly: false, help: "如 AppKey、OAuth2；不超过 100 个字", width: 14 },
  { header: "调用限制", field: "apiRateLimit", required: false, readOnly: false, help: "如 100 次/秒；不超过 100 个字", width: 14 },
  { header: "模型输入", field: "modelInputs", required: false, readOnly: false, help: "算法模型类资源填写；不超过 500 个字", width: 24 },
  { header: "模型输出", field: "modelOutputs", required: false, readOnly: false, help: "算法模型类资源填写；不超过 500 个字", width: 24 },
  {
    header: "信息资源分类",
    field: "catalogueClass",
    required: false,
    readOnly: false,
    options: labels("catalogueClass"),
    help: "政务信息资源目录的资源属性分类；留空为部门信息资源",
    width: 14,
  },
  {
    header: "分类项",
    field: "catalogueItem",
    required: false,
    readOnly: false,
    help: `基础信息资源填 ${CATALOGUE_ITEMS.basic.join("、")} 之一；主题信息资源填 ${CATALOGUE_ITEMS.theme.join("、")} 之一；部门信息资源留空（即本部门）`,
    width: 14,
  },
  { header: "分类目", field: "catalogueSubject", required: false, readOnly: false, help: "选填，分类项之下的目，不超过 50 个字", width: 14 },
  { header: "分类细目", field: "catalogueDetail", required: false, readOnly: false, help: "选填，目之下的细目，不超过 50 个字", width: 14 },
  {
    header: "关联资源代码",
    field: "linkedCodes",
    required: false,
    readOnly: false,
    help: "与本资源相关的其他资源的资源编码，多个用 、 , ， ; 或 ； 分隔，最多 20 个；须为已登记的资源",
    width: 22,
  },
  { header: "所属信息系统", field: "informationSystem", required: false, readOnly: false, help: "存放该资源的业务信息系统名称，不超过 100 个字", width: 22 },
  {
    header: "与已有同类的区别",
    field: "duplicateReason",
    required: false,
    readOnly: false,
    help: "与其他部门已有的同类资源有何区别、为何不能复用；导入预览提示「已有同类」时填写，不超过 500 个字",
    width: 28,
  },
];

/** The columns an import reads, in template order. */
export const IMPORT_COLUMNS: readonly ResourceColumn[] = RESOURCE_COLUMNS.filter((c) => !c.readOnly);
export const REQUIRED_HEADERS: readonly string[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);

const HEADER_BY_FIELD = new Map<string, string>(RESOURCE_COLUMNS.map((c) => [c.field, c.header]));
const header = (field: ResourceColumn["field"]) => HEADER_BY_FIELD.get(field) ?? field;

// ---------------------------------------------------------------------------------------------
// Reading

const RESOURCE_TABLE: TableColumns = {
  known: RESOURCE_COLUMNS.map((c) => c.header),
  required: REQUIRED_HEADERS,
  aliases: ALIAS_TO_HEADER,
  reportMissing: true,
};

/**
 * Reads an uploaded .xlsx or .csv into header → text rows, reading other names of the columns
 * (aliases, then `mapping`: a header as written → a template header, or "" to ignore it); missing
 * required columns are reported, for the caller to ask for defaults. Throws a DomainError for a bad file.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array, mapping: Record<string, string> = {}): Promise<Table> {
  return readTable(await readLines(fileName, bytes, { sheet: TEMPLATE_SHEET }), { ...RESOURCE_TABLE, mapping });
}

// ---------------------------------------------------------------------------------------------
// Row → resource

export interface CellError {
  /** The Chinese column header the problem belongs to. */
  column: string;
  message: string;
}

export interface MappedRow {
  /** The resource's code when the row names one (an update); absent for a new resource. */
  code?: string;
  /** The validated content; absent when there are errors. */
  content?: ResourceContent;
  errors: CellError[];
}

const TAG_SEPARATOR = /[、,，;；\n]/;
const ITEM_FIELD_SEPARATOR = /[|｜]/;

/** Chinese label or stored key (any case) → stored key. */
function enumKey(labelsByKey: Record<string, string>, value: string): string | undefined {
  for (const [key, label] of Object.entries(labelsByKey)) if (label === value) return key;
  const lower = value.toLowerCase();
  return Object.keys(labelsByKey).find((k) => k.toLowerCase() === lower);
}

/** The data-item cell → one text per item: one per line, or separated by ；/; on a line. */
function splitDataItems(text: string): string[] {
  return text
    .split("\n")
    .flatMap((line) => {
      const parts = line.split(/[;；]/);
      // Split on semicolons only when every piece is an item ("a|字符串;b|整数"), so a
      // description may contain a semicolon.
      return parts.length > 1 && parts.every((p) => p.trim() === "" || ITEM_FIELD_SEPARATOR.test(p)) ? parts : [line];
    })
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "名称|类型|说明" → its three parts; the description keeps any further | as written. */
function splitItemFields(text: string): [string, string, string] {
  const first = text.search(ITEM_FIELD_SEPARATOR);
  if (first < 0) return [text.trim(), "", ""];
  const rest = text.slice(first + 1);
  const second = rest.search(ITEM_FIELD_SEPARATOR);
  if (second < 0) return [text.slice(0, first).trim(), rest.trim(), ""];
  return [text.slice(0, first).trim(), rest.slice(0, second).trim(), rest.slice(second + 1).trim()];
}

/** "字符串(50)" → 字符串 and 50; "字符串" → no length; "字符串(五十)" → NaN, for a message. */
export function parseItemType(text: string): { type: string; length?: number } {
  const m = DATA_ITEM_LENGTH.exec(text);
  if (!m) return { type: text };
  const digits = m[2]!;
  return { type: m[1]!, length: /^\d{1,6}$/.test(digits) ? Number(digits) : Number.NaN };
}

/** Maps one row's cells (Chinese header → text) to resource content, and says what's wrong. */
export function rowToResource(cells: Record<string, string | undefined>): MappedRow {
  const errors: CellError[] = [];
  /** Paths already reported with a specific message: zod's own message for them is dropped. */
  const reported = new Set<string>();
  const cell = (field: ResourceColumn["field"]) => (cells[header(field)] ?? "").trim();
  const fail = (field: ResourceColumn["field"], message: string, path: string = field) => {
    errors.push({ column: header(field), message });
    reported.add(path);
  };

  let code: string | undefined;
  const rawCode = cell("code");
  if (rawCode !== "") {
    const upper = rawCode.toUpperCase();
    if (RESOURCE_CODE_PATTERN.test(upper)) code = upper;
    else fail("code", `资源编码 "${rawCode}" 格式不正确，应形如 QDZY-SJ-000123；新增资源请留空`);
  }

  const input: Record<string, unknown> = {};
  for (const column of IMPORT_COLUMNS) {
    const f = column.field;
    if (f === "code" || f === "tags" || f === "dataItems" || f === "apiMethod" || f === "linkedCodes") continue;
    const value = cell(f);
    if (f in ENUM_LABELS) {
      if (value === "") continue; // zod says 请选择…
      const key = enumKey(ENUM_LABELS[f as EnumField], VALUE_SYNONYMS[f]?.[value] ?? value);
      if (key) input[f] = key;
      else fail(f, `"${value}" 不是有效的${column.header}，可选：${column.options?.join("、")}`);
    } else {
      input[f] = value;
    }
  }

  const method = cell("apiMethod").toUpperCase();
  if (method === "" || (API_METHODS as readonly string[]).includes(method)) input.apiMethod = method;
  else fail("apiMethod", `"${cell("apiMethod")}" 不是有效的接口方法，可选：${API_METHODS.join("、")}`);

  const tags = cell("tags")
    .split(TAG_SEPARATOR)
    .map((t) => t.trim())
    .filter((t) => t !== "");
  input.tags = tags;

  input.linkedCodes = cell("linkedCodes")
    .split(TAG_SEPARATOR)
    .map((t) => t.trim())
    .filter((t) => t !== "");

  const items = splitDataItems(cell("dataItems"));
  input.dataItems = items.map((text, i) => {
    const [name, typeText, description] = splitItemFields(text);
    const n = i + 1;
    const { type, length } = parseItemType(typeText);
    if (name === "") fail("dataItems", `第 ${n} 个数据项缺少名称，格式应为“${DATA_ITEM_FORMAT}”`, `dataItems.${i}.name`);
    if (type === "")
      fail("dataItems", `第 ${n} 个数据项 "${name}" 缺少类型，格式应为“${DATA_ITEM_FORMAT}”`, `dataItems.${i}.type`);
    else if (!(DATA_ITEM_TYPES as readonly string[]).includes(type))
      fail("dataItems", `第 ${n} 个数据项类型 "${type}" 无效，可选：${DATA_ITEM_TYPES.join("、")}`, `dataItems.${i}.type`);
    if (Number.isNaN(length))
      fail("dataItems", `第 ${n} 个数据项 "${name}" 的数据长度应为整数，如“字符串(50)”`, `dataItems.${i}.length`);
    return { name, type, description, ...(length === undefined || Number.isNaN(length) ? {} : { length }) };
  });

  // The schema's cross-field rules only run once every field is valid: say them now, with the rest.
  for (const issue of contentRuleIssues({ sharingChannel: "platform", catalogueClass: "department", ...input }))
    fail(issue.path[0] as ContentField, issue.message);

  const parsed = resourceContentSchema.safeParse(input as ResourceContentInput);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path.some((_, i) => reported.has(path.slice(0, i + 1).join(".")))) continue;
      reported.add(path.join(".")); // one message a field: "请填写…" rather than also "至少 2 个字"
      const field = path[0] ?? "";
      const column = HEADER_BY_FIELD.get(field) ?? "";
      const index = Number(path[1]);
      let message = issue.message;
      if (field === "tags" && path.length > 1) message = `标签 "${tags[index] ?? ""}"：${message}`;
      if (field === "dataItems" && path.length > 1) message = `第 ${index + 1} 个数据项：${message}`;
      if (!errors.some((e) => e.column === column && e.message === message)) errors.push({ column, message });
    }
  }
  if (errors.length > 0) return { ...(code ? { code } : {}), errors };
  return { ...(code ? { code } : {}), content: parsed.data, errors };
}

// ---------------------------------------------------------------------------------------------
// Resource → row

export interface ExportableResource {
  code: string;
  departmentName: string;
  /** The status's Chinese label. */
  status: string;
  updatedAt: Date;
  /** When it was first published (发布日期); absent or null before. */
  publishedAt?: Date | null;
  content: ResourceContent;
}

/** One resource as an export row: every column of RESOURCE_COLUMNS, in order. */
export function resourceToCells(r: ExportableResource): Record<string, string> {
  const c = r.content;
  const values: Record<ResourceColumn["field"], string> = {
    code: r.code,
    name: c.name,
    departmentName: r.departmentName,
    status: r.status,
    updatedAt: formatShanghaiTime(r.updatedAt),
    publishedAt: r.publishedAt ? shanghaiDate(r.publishedAt) : "",
    kind: RESOURCE_KIND_LABELS[c.kind],
    domain: DOMAIN_LABELS[c.domain],
    summary: c.summary,
    sharingClass: SHARING_CLASS_LABELS[c.sharingClass],
    sharingReason: c.sharingReason,
    openClass: OPEN_CLASS_LABELS[c.openClass],
    updateFrequency: UPDATE_FREQUENCY_LABELS[c.updateFrequency],
    updateFrequencyNote: c.updateFrequencyNote,
    deliveryMethod: DELIVERY_METHOD_LABELS[c.deliveryMethod],
    sharingChannel: SHARING_CHANNEL_LABELS[c.sharingChannel],
    accessUrl: c.accessUrl,
    docUrl: c.docUrl,
    tags: c.tags.join("、"),
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    contactEmail: c.contactEmail,
    dataItems: c.dataItems.map(dataItemCell).join("\n"),
    apiMethod: c.apiMethod,
    apiPath: c.apiPath,
    apiAuth: c.apiAuth,
    apiRateLimit: c.apiRateLimit,
    modelInputs: c.modelInputs,
    modelOutputs: c.modelOutputs,
    catalogueClass: CATALOGUE_CLASS_LABELS[c.catalogueClass],
    catalogueItem: c.catalogueItem,
    catalogueSubject: c.catalogueSubject,
    catalogueDetail: c.catalogueDetail,
    linkedCodes: c.linkedCodes.join("、"),
    informationSystem: c.informationSystem,
    duplicateReason: c.duplicateReason,
  };
  return Object.fromEntries(RESOURCE_COLUMNS.map((col) => [col.header, values[col.field]]));
}

/** One data item as "名称|类型(长度)|说明", on one line; the national layout writes the same. */
export function dataItemCell(d: ResourceContent["dataItems"][number]): string {
  const description = d.description.replace(/\s*[\r\n]+\s*/g, " ");
  const type = d.length ? `${d.type}(${d.length})` : d.type;
  return description ? `${d.name}|${type}|${description}` : `${d.name}|${type}`;
}

// ---------------------------------------------------------------------------------------------
// Writing

export const TEMPLATE_SHEET = "资源清单";
export const INSTRUCTIONS_SHEET = "填写说明";

/** Columns whose cells Excel must keep as text (leading zeros, long digit strings). */
const TEXT_FIELDS = new Set<ResourceColumn["field"]>(["code", "contactPhone"]);

const RESOURCE_FORMATS = new Map<string, ColumnFormat>(
  RESOURCE_COLUMNS.map((c) => [
    c.header,
    { width: c.width, text: TEXT_FIELDS.has(c.field), wrap: c.field === "dataItems", readOnly: c.readOnly },
  ]),
);
const ALL_HEADERS = RESOURCE_COLUMNS.map((c) => c.header);

/** Export rows (from resourceToCells) as an .xlsx; with no rows, the header of every column. */
export function writeResourcesXlsx(rows: Record<string, string>[]): Promise<Buffer> {
  return writeXlsx(rows, { sheet: TEMPLATE_SHEET, headers: ALL_HEADERS, formats: RESOURCE_FORMATS });
}

/** Export rows (from resourceToCells) as CSV; with no rows, the header of every column. */
export function writeResourcesCsv(rows: Record<string, string>[]): Buffer {
  return writeCsv(rows, ALL_HEADERS);
}

/** The example row of the template: a realistic dataset with two data items. */
export const TEMPLATE_EXAMPLE: Record<string, string> = {
  资源编码: "",
  资源名称: "青岛市公共停车场基础信息",
  资源类型: "数据",
  所属领域: "交通出行",
  资源摘要: "全市经备案的公共停车场名称、位置、总泊位数和收费标准，用于停车诱导、便民出行服务和城市交通治理分析。",
  共享属性: "有条件共享",
  共享条件或不予共享理由: "仅限政务部门用于交通治理和便民服务，须经数据提供部门审核同意",
  开放属性: "有条件开放",
  更新频率: "每日",
  交付方式: "库表",
  访问地址: "",
  文档链接: "https://www.example.com/docs/parking-lots",
  标签: "停车、泊位、交通出行",
  联系人: "王工",
  联系电话: "0532-12345678",
  电子邮箱: "parking-data@example.com",
  数据项: "停车场名称|字符串(100)|停车场的备案名称\n总泊位数|整数|停车场对外开放的泊位总数",
  接口方法: "",
  接口路径: "",
  认证方式: "",
  调用限制: "",
  模型输入: "",
  模型输出: "",
  更新周期说明: "",
  共享方式: "共享平台方式",
  信息资源分类: "主题信息资源",
  分类项: "城乡建设",
  分类目: "停车设施",
  分类细目: "",
  关联资源代码: "",
  所属信息系统: "青岛市智慧停车管理平台",
};

/** The import template: 资源清单 (headers, one example row, dropdowns) and 填写说明. */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = newWorkbook();
  const headers = IMPORT_COLUMNS.map((c) => c.header);
  const sheet = addTableSheet(workbook, TEMPLATE_SHEET, headers, [TEMPLATE_EXAMPLE], RESOURCE_FORMATS);

  // Required columns: a red * after the name (an import reads "资源名称*" as 资源名称).
  IMPORT_COLUMNS.forEach((col, i) => {
    if (col.required)
      sheet.getRow(1).getCell(i + 1).value = {
        richText: [{ text: col.header, font: { bold: true } }, { text: "*", font: { bold: true, color: { argb: "FFFF0000" } } }],
      };
  });
  const example = sheet.getRow(2);
  example.font = { italic: true, color: { argb: "FF7F7F7F" } };
  example.getCell(1).note = "示例行：导入前请删除或改写为真实资源";

  // Dropdowns on the enum columns (exceljs types lack worksheet.dataValidations).
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  IMPORT_COLUMNS.forEach((col, i) => {
    if (!col.options) return;
    const letter = sheet.getColumn(i + 1).letter;
    validations.add(`${letter}2:${letter}2000`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${col.options.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: `${col.header}无效`,
      error: `请从下拉列表中选择：${col.options.join("、")}`,
    });
  });

  const instructions: Record<string, string>[] = IMPORT_COLUMNS.map((col) => ({
    列名: col.header,
    是否必填: col.required ? "必填" : "选填",
    可选值: col.options ? col.options.join("、") : "",
    填写说明: col.help,
  }));
  const notes = workbook.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  notes.columns = [
    { header: "列名", key: "列名", width: 24 },
    { header: "是否必填", key: "是否必填", width: 10 },
    { header: "可选值", key: "可选值", width: 44 },
    { header: "填写说明", key: "填写说明", width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  notes.getRow(1).fill = HEADER_FILL;
  for (const row of instructions) notes.addRow(row);
  notes.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  notes.getColumn(4).alignment = { wrapText: true, vertical: "top" };
  notes.addRow([]);
  for (const line of [
    "注意事项：",
    `1. 在“${TEMPLATE_SHEET}”工作表填写，第 1 行为表头，请勿修改列名或删除必填列（带 * 的列）。`,
    "2. 第 2 行为示例，导入前请删除或改写为真实资源。",
    "3. 资源编码留空的行作为新资源导入；填写已有资源编码的行更新该资源。",
    `4. 一次最多导入 ${MAX_IMPORT_ROWS} 行；支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）文件。`,
    "5. 类型、领域等列填写下拉列表中的中文名称。",
    "6. 状态、更新时间两列只在导出时提供，导入时忽略；所属部门可留空，填写的须为本部门。",
  ])
    notes.addRow([line]);
  return workbookBytes(workbook);
}
