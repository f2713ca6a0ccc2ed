/**
 * Bulk import and export of resources as spreadsheets (.xlsx and .csv), because departments keep
 * their inventories in Excel. Pure: no database, no Next.js. The caller reads the upload, calls
 * `readSpreadsheet`, maps each row with `rowToResource`, and decides what to save; for export it
 * maps each resource with `resourceToCells` and writes them with `writeXlsx` or `writeCsv`.
 */
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { DomainError } from "@/server/errors";
import {
  API_METHODS,
  DATA_ITEM_TYPES,
  DELIVERY_METHOD_LABELS,
  DOMAIN_LABELS,
  OPEN_CLASS_LABELS,
  RESOURCE_KIND_LABELS,
  SHARING_CLASS_LABELS,
  UPDATE_FREQUENCY_LABELS,
  RESOURCE_CODE_PATTERN,
  resourceContentSchema,
  type ResourceContent,
  type ResourceContentInput,
} from "@/server/resources/schemas";
import { formatShanghaiTime } from "@/server/time";

// ---------------------------------------------------------------------------------------------
// Columns

type ContentField = keyof ResourceContent;
type EnumField = "kind" | "domain" | "sharingClass" | "openClass" | "updateFrequency" | "deliveryMethod";

export interface ResourceColumn {
  /** The Chinese header, exactly as written in row 1 (a trailing * in a template is tolerated). */
  header: string;
  /** Where the value goes: a content field, the code, or an export-only attribute. */
  field: ContentField | "code" | "departmentName" | "status" | "updatedAt";
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
};

const labels = (field: EnumField) => Object.values(ENUM_LABELS[field]);

export const MAX_IMPORT_ROWS = 20_000;
const DATA_ITEM_FORMAT = "名称|类型|说明";

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
  { header: "所属部门", field: "departmentName", required: false, readOnly: true, help: "导出时填写，导入时忽略", width: 20 },
  { header: "状态", field: "status", required: false, readOnly: true, help: "导出时填写，导入时忽略", width: 10 },
  {
    header: "更新时间",
    field: "updatedAt",
    required: false,
    readOnly: true,
    help: "导出时填写（北京时间），导入时忽略",
    width: 17,
  },
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
  {
    header: "交付方式",
    field: "deliveryMethod",
    required: true,
    readOnly: false,
    options: labels("deliveryMethod"),
    help: "从下拉列表选择",
    width: 10,
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
    help: `每行一个（单元格内按 Alt+Enter 换行），或用 ； 或 ; 分隔；每个写作“${DATA_ITEM_FORMAT}”，说明可省略。类型可选：${DATA_ITEM_TYPES.join("、")}`,
    width: 36,
  },
  { header: "接口方法", field: "apiMethod", required: false, readOnly: false, options: API_METHODS, help: "接口类资源填写，从下拉列表选择", width: 10 },
  { header: "接口路径", field: "apiPath", required: false, readOnly: false, help: "接口类资源填写，如 /api/v1/parking；不超过 300 个字", width: 24 },
  { header: "认证方式", field: "apiAuth", required: false, readOnly: false, help: "如 AppKey、OAuth2；不超过 100 个字", width: 14 },
  { header: "调用限制", field: "apiRateLimit", required: false, readOnly: false, help: "如 100 次/秒；不超过 100 个字", width: 14 },
  { header: "模型输入", field: "modelInputs", required: false, readOnly: false, help: "算法模型类资源填写；不超过 500 个字", width: 24 },
  { header: "模型输出", field: "modelOutputs", required: false, readOnly: false, help: "算法模型类资源填写；不超过 500 个字", width: 24 },
];

/** The columns an import reads, in template order. */
export const IMPORT_COLUMNS: readonly ResourceColumn[] = RESOURCE_COLUMNS.filter((c) => !c.readOnly);
export const REQUIRED_HEADERS: readonly string[] = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header);

const COLUMN_BY_HEADER = new Map(RESOURCE_COLUMNS.map((c) => [c.header, c]));
const HEADER_BY_FIELD = new Map<string, string>(RESOURCE_COLUMNS.map((c) => [c.field, c.header]));
const header = (field: ResourceColumn["field"]) => HEADER_BY_FIELD.get(field) ?? field;

/**
 * A header cell as written → the column's canonical header. Tolerates a required-mark (*),
 * spaces, and a trailing note in brackets ("标签（用、分隔）").
 */
function canonicalHeader(text: string): string {
  const t = text.replace(/[\s\u3000]+/g, "").replace(/^[*＊]+|[*＊]+$/g, "");
  if (COLUMN_BY_HEADER.has(t)) return t;
  const bare = t.replace(/[（(][^（）()]*[)）]$/, "").replace(/[*＊]+$/, "");
  return COLUMN_BY_HEADER.has(bare) ? bare : text.trim();
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface SpreadsheetRow {
  /** The row's number as Excel shows it (the header is row 1). */
  rowNumber: number;
  /** Canonical header → trimmed text; "" for an empty cell. */
  cells: Record<string, string>;
}

export interface Spreadsheet {
  headers: string[];
  rows: SpreadsheetRow[];
}

const bad = (message: string) => new DomainError("BAD_REQUEST", message);

/** Reads an uploaded .xlsx or .csv into header → text rows. Throws a DomainError for a bad file. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<Spreadsheet> {
  return toTable(await readLines(fileName, bytes));
}

/** An uploaded .xlsx (its first sheet) or .csv (UTF-8 or GB18030) as lines of cell text. */
export async function readLines(fileName: string, bytes: Uint8Array): Promise<Line[]> {
  const ext = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext !== "xlsx" && ext !== "csv") throw bad("仅支持 .xlsx 和 .csv 文件");
  if (bytes.length === 0) throw bad("文件为空");
  return ext === "xlsx" ? xlsxLines(bytes) : csvLines(bytes);
}

export interface Line {
  rowNumber: number;
  values: string[];
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function xlsxLines(bytes: Uint8Array): Promise<Line[]> {
  if (startsWith(bytes, OLE))
    throw bad("该文件是旧版 .xls 格式或已加密的 Excel 文件，请在 Excel 中另存为 .xlsx（不设密码）后再导入");
  if (!startsWith(bytes, ZIP)) throw bad("文件内容不是有效的 .xlsx 文件，请确认文件未损坏，或在 Excel 中重新另存为 .xlsx");

  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw bad("文件内容不是有效的 .xlsx 文件，无法解析，请在 Excel 中重新另存为 .xlsx");
  }
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw bad("文件中没有工作表");

  const lines: Line[] = [];
  let nonBlank = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const raw = row.values as ExcelJS.CellValue[]; // 1-based, sparse
    const values: string[] = [];
    let blank = true;
    for (let i = 1; i < raw.length; i++) {
      const text = cellText(raw[i]);
      values.push(text);
      if (text !== "") blank = false;
    }
    if (blank) return;
    // The header plus the limit: stop collecting early, but report after.
    if (++nonBlank <= MAX_IMPORT_ROWS + 11) lines.push({ rowNumber, values });
  });
  return lines;
}

/** An exceljs cell value as trimmed text, the way Excel shows it (near enough). */
function cellText(value: ExcelJS.CellValue | undefined): string {
  return normaliseText(rawCellText(value));
}

function rawCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return formatExcelDate(value);
  if (typeof value === "object") {
    const v = value as {
      richText?: { text?: string }[];
      text?: unknown;
      hyperlink?: string;
      formula?: string;
      sharedFormula?: string;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? "").join("");
    if (v.hyperlink !== undefined) return rawCellText(v.text) || v.hyperlink;
    if (v.formula !== undefined || v.sharedFormula !== undefined) return rawCellText(v.result);
    if (typeof v.error === "string") return v.error;
    if (v.text !== undefined) return rawCellText(v.text);
  }
  return "";
}

/** exceljs hands dates back as the wall-clock time in UTC. */
function formatExcelDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString(); // 2026-11-27T08:30:00.000Z
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 16);
  return time === "00:00" && iso.slice(17, 23) === "00.000" ? date : `${date} ${time}`;
}

const normaliseText = (s: string) => s.replace(/\r\n?/g, "\n").trim();

function decodeCsv(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode("utf-8", bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decode("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return decode("utf-16be", bytes.subarray(2));
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE))
    throw bad("文件内容是 Excel 工作簿而不是 CSV，请将扩展名改为 .xlsx，或在 Excel 中另存为 CSV");
  if (bytes.includes(0)) throw bad("文件内容不是文本格式的 CSV，无法解析");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel in China saves "CSV (逗号分隔)" in the system code page: GBK, a subset of GB18030.
    return decode("gb18030", bytes);
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw bad("无法识别 CSV 文件的编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入");
  }
}

/** Excel's formula guard that `writeCsv` adds: '=… back to =…. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

function csvLines(bytes: Uint8Array): Line[] {
  const text = decodeCsv(bytes).replace(/^\uFEFF/, "");
  // "Unicode 文本" from Excel is tab-separated; everything else here is comma-separated.
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? "\t" : ",";
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw bad(`CSV 文件格式错误${line ? `（第 ${line} 行附近）` : ""}，请检查引号是否成对，或在 Excel 中重新另存为 CSV`);
  }
  const lines: Line[] = [];
  let nonBlank = 0;
  records.forEach((record, i) => {
    const values = record.map((v) => normaliseText(v).replace(FORMULA_GUARD, ""));
    if (values.every((v) => v === "")) return;
    if (++nonBlank <= MAX_IMPORT_ROWS + 11) lines.push({ rowNumber: i + 1, values });
  });
  return lines;
}

/** Finds the header row (row 1, or a row under a title within the first 10), then keys the rest. */
function toTable(lines: Line[]): Spreadsheet {
  if (lines.length === 0) throw bad("文件中没有内容，请使用导入模板填写后再上传");
  const nameHeader = header("name");
  const headerIndex = Math.max(
    0,
    lines.slice(0, 10).findIndex((l) => l.values.some((v) => canonicalHeader(v) === nameHeader)),
  );
  const headerLine = lines[headerIndex]!;
  const headers: string[] = [];
  const columns: { index: number; header: string }[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  headerLine.values.forEach((v, index) => {
    if (v === "") return;
    const h = canonicalHeader(v);
    if (seen.has(h)) duplicates.add(h);
    seen.add(h);
    headers.push(h);
    columns.push({ index, header: h });
  });

  const missing = REQUIRED_HEADERS.filter((h) => !seen.has(h));
  if (missing.length > 0)
    throw bad(`缺少必填列：${missing.join("、")}。请使用导入模板，第 1 行为表头，列名不要修改`);
  const dupKnown = [...duplicates].filter((h) => COLUMN_BY_HEADER.has(h));
  if (dupKnown.length > 0) throw bad(`表头中以下列重复出现：${dupKnown.join("、")}，请只保留一列`);

  const dataLines = lines.slice(headerIndex + 1);
  if (dataLines.length > MAX_IMPORT_ROWS)
    throw bad(`数据行数超过上限：一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`);

  const rows = dataLines.map((line) => {
    const cells: Record<string, string> = {};
    for (const { index, header: h } of columns) cells[h] = line.values[index] ?? "";
    return { rowNumber: line.rowNumber, cells };
  });
  return { headers, rows };
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
    if (f === "code" || f === "tags" || f === "dataItems" || f === "apiMethod") continue;
    const value = cell(f);
    if (f in ENUM_LABELS) {
      if (value === "") continue; // zod says 请选择…
      const key = enumKey(ENUM_LABELS[f as EnumField], value);
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

  const items = splitDataItems(cell("dataItems"));
  input.dataItems = items.map((text, i) => {
    const [name, type, description] = splitItemFields(text);
    const n = i + 1;
    if (name === "") fail("dataItems", `第 ${n} 个数据项缺少名称，格式应为“${DATA_ITEM_FORMAT}”`, `dataItems.${i}.name`);
    if (type === "")
      fail("dataItems", `第 ${n} 个数据项 "${name}" 缺少类型，格式应为“${DATA_ITEM_FORMAT}”`, `dataItems.${i}.type`);
    else if (!(DATA_ITEM_TYPES as readonly string[]).includes(type))
      fail("dataItems", `第 ${n} 个数据项类型 "${type}" 无效，可选：${DATA_ITEM_TYPES.join("、")}`, `dataItems.${i}.type`);
    return { name, type, description };
  });

  // The schema's cross-field rule only runs once every field is valid: say it now, with the rest.
  const sharing = input.sharingClass;
  if ((sharing === "conditional" || sharing === "none") && input.sharingReason === "")
    fail("sharingReason", sharing === "none" ? "不予共享须说明理由和依据" : "有条件共享须说明共享条件");

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
    kind: RESOURCE_KIND_LABELS[c.kind],
    domain: DOMAIN_LABELS[c.domain],
    summary: c.summary,
    sharingClass: SHARING_CLASS_LABELS[c.sharingClass],
    sharingReason: c.sharingReason,
    openClass: OPEN_CLASS_LABELS[c.openClass],
    updateFrequency: UPDATE_FREQUENCY_LABELS[c.updateFrequency],
    deliveryMethod: DELIVERY_METHOD_LABELS[c.deliveryMethod],
    accessUrl: c.accessUrl,
    docUrl: c.docUrl,
    tags: c.tags.join("、"),
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    contactEmail: c.contactEmail,
    dataItems: c.dataItems
      .map((d) => {
        const description = d.description.replace(/\s*[\r\n]+\s*/g, " ");
        return description ? `${d.name}|${d.type}|${description}` : `${d.name}|${d.type}`;
      })
      .join("\n"),
    apiMethod: c.apiMethod,
    apiPath: c.apiPath,
    apiAuth: c.apiAuth,
    apiRateLimit: c.apiRateLimit,
    modelInputs: c.modelInputs,
    modelOutputs: c.modelOutputs,
  };
  return Object.fromEntries(RESOURCE_COLUMNS.map((col) => [col.header, values[col.field]]));
}

// ---------------------------------------------------------------------------------------------
// Writing

export const TEMPLATE_SHEET = "资源清单";
export const INSTRUCTIONS_SHEET = "填写说明";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
/** Columns whose cells Excel must keep as text (leading zeros, long digit strings). */
const TEXT_FIELDS = new Set<ResourceColumn["field"]>(["code", "contactPhone"]);

function headersOf(rows: Record<string, string>[]): string[] {
  const headers = new Set<string>(rows.length === 0 ? RESOURCE_COLUMNS.map((c) => c.header) : []);
  for (const row of rows) for (const h of Object.keys(row)) headers.add(h);
  return [...headers];
}

/** Adds a sheet of header + rows: bold frozen header, widths, filter. */
function addTableSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Record<string, string>[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((h) => {
    const col = COLUMN_BY_HEADER.get(h);
    return {
      key: h,
      width: col?.width ?? Math.min(40, Math.max(10, h.length * 2 + 2)),
      style: {
        ...(col && TEXT_FIELDS.has(col.field) ? { numFmt: "@" } : {}),
        ...(col?.field === "dataItems" ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
      },
    };
  });
  const head = sheet.getRow(1);
  headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = COLUMN_BY_HEADER.get(h)?.readOnly ? READ_ONLY_FILL : HEADER_FILL;
    cell.alignment = { vertical: "middle" };
  });
  head.height = 20;
  for (const row of rows) sheet.addRow(headers.map((h) => (row[h] ? row[h] : null)));
  if (headers.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const out = (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "青岛城市云脑资源目录";
  workbook.created = new Date();
  return workbook;
}

/**
 * Rows (header → text, e.g. from resourceToCells) as an .xlsx. The header is the keys of the
 * rows, in first-seen order; with no rows, every column of RESOURCE_COLUMNS.
 */
export async function writeXlsx(rows: Record<string, string>[], sheetName = TEMPLATE_SHEET): Promise<Buffer> {
  const workbook = newWorkbook();
  addTableSheet(workbook, sheetName, headersOf(rows), rows);
  return toBuffer(workbook);
}

function csvField(value: string): string {
  // Excel runs a cell that starts with = + - @ as a formula: keep it text (readSpreadsheet undoes it).
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows as CSV: UTF-8 with a BOM (so Excel in China reads it as UTF-8), CRLF, RFC 4180 quoting. */
export function writeCsv(rows: Record<string, string>[]): Buffer {
  const headers = headersOf(rows);
  const lines = [headers.map(csvField).join(",")];
  for (const row of rows) lines.push(headers.map((h) => csvField((row[h] ?? "").replace(/\r\n?/g, "\n"))).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
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
  数据项: "停车场名称|字符串|停车场的备案名称\n总泊位数|整数|停车场对外开放的泊位总数",
  接口方法: "",
  接口路径: "",
  认证方式: "",
  调用限制: "",
  模型输入: "",
  模型输出: "",
};

/** The import template: 资源清单 (headers, one example row, dropdowns) and 填写说明. */
export async function templateXlsx(): Promise<Buffer> {
  const workbook = newWorkbook();
  const headers = IMPORT_COLUMNS.map((c) => c.header);
  const sheet = addTableSheet(workbook, TEMPLATE_SHEET, headers, [TEMPLATE_EXAMPLE]);

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
    "6. 所属部门、状态、更新时间三列只在导出时提供，导入时忽略。",
  ])
    notes.addRow([line]);
  return toBuffer(workbook);
}
