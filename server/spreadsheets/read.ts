/**
 * Reading an uploaded spreadsheet (.xlsx, or .csv as Excel saves it) into lines of cell text, and
 * lines into rows keyed by their header. Pure: no database, no Next.js. Every refusal is a
 * DomainError whose Chinese message says what to do next.
 */
import ExcelJS from "exceljs";
import { parse as parseCsv } from "csv-parse/sync";
import { DomainError } from "@/server/errors";

/** The most data rows one import reads. */
export const MAX_IMPORT_ROWS = 20_000;

export interface Line {
  /** The row's number as Excel shows it. */
  rowNumber: number;
  values: string[];
}

export interface TableRow {
  /** The row's number as Excel shows it (the header is row 1). */
  rowNumber: number;
  /** Canonical header → trimmed text; "" for an empty cell. */
  cells: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** The row the header was read from, as Excel numbers it. */
  headerRow: number;
  /** The file's columns read as known ones: the header as written → the known header. */
  recognised: { written: string; header: string }[];
  /** Columns the header names that are neither known nor mapped, with a few of their values. */
  unmatched: { header: string; samples: string[] }[];
  /** Required headers absent from the file (only when `reportMissing`; otherwise refused). */
  missing: string[];
  /** Empty rows between the header and the last row with content. */
  blankRows: number;
}

/** The headers a table is read against. */
export interface TableColumns {
  /** Every header the table knows, as its template writes it. */
  known: readonly string[];
  /** Headers that must be present. */
  required: readonly string[];
  /** Other names for known headers, as departments' own sheets write them: alias → known header. */
  aliases?: Readonly<Record<string, string>>;
  /** This file's own choices (a header as written → a known header, or "" to ignore the column). */
  mapping?: Readonly<Record<string, string>>;
  /** Return missing required headers instead of refusing the file (the caller fills them in). */
  reportMissing?: boolean;
}

const bad = (message: string) => new DomainError("BAD_REQUEST", message);

/**
 * An uploaded .xlsx (the sheet named `sheet` if there is one, else the first) or .csv (UTF-8,
 * UTF-16 with a BOM, or GB18030) as its non-blank lines of cell text.
 */
export async function readLines(fileName: string, bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Line[]> {
  const ext = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  // .xls and WPS's .et are binary formats no well-kept library on npm reads safely (SheetJS's npm
  // release is unmaintained with known flaws): say how to convert instead.
  if (ext === "xls" || ext === "et")
    throw bad(`不支持旧版 .${ext}（${ext === "xls" ? "Excel 97–2003" : "WPS 表格"}）文件：请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再导入`);
  if (ext !== "xlsx" && ext !== "csv") throw bad("仅支持 .xlsx 和 .csv 文件");
  if (bytes.length === 0) throw bad("文件为空");
  return ext === "xlsx" ? xlsxLines(bytes, options.sheet) : csvLines(bytes);
}

/** A header row up to 10 lines down, the limit, and one more so `readTable` can say it is over. */
const keepsLine = (nonBlank: number) => nonBlank <= MAX_IMPORT_ROWS + 11;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function xlsxLines(bytes: Uint8Array, sheetName: string | undefined): Promise<Line[]> {
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
  const sheet = (sheetName ? workbook.getWorksheet(sheetName) : undefined) ?? workbook.worksheets[0];
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
    // Stop collecting early, but let the table report the excess.
    if (keepsLine(++nonBlank)) lines.push({ rowNumber, values });
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

// NUL cannot be stored in PostgreSQL text or jsonb, and no sheet means one: dropped on reading.
const normaliseText = (s: string) => s.replace(/\r\n?/g, "\n").replace(/\u0000/g, "").trim();

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
    if (keepsLine(++nonBlank)) lines.push({ rowNumber: i + 1, values });
  });
  return lines;
}

/** A header cell without spaces, required-marks (*) or 【国】-style prefixes. */
function bareHeader(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/^[*＊]+|[*＊]+$/g, "")
    .replace(/^【[^】]*】/, "");
}

/**
 * A header cell as written → the known header it means, or undefined: the clerk's mapping first,
 * then the header itself, then an alias; each tolerates a required-mark (*), spaces, and a
 * trailing note in brackets ("标签（用、分隔）", "信息资源名称（必填项）").
 */
function headerMeaning(text: string, columns: TableColumns, known: ReadonlySet<string>): string | undefined {
  const mapped = columns.mapping?.[text.trim()];
  if (mapped !== undefined) return mapped;
  const t = bareHeader(text);
  for (const candidate of [t, t.replace(/[（(][^（）()]*[)）]$/, "").replace(/[*＊]+$/, "")]) {
    if (known.has(candidate)) return candidate;
    const alias = columns.aliases?.[candidate];
    if (alias) return alias;
  }
  return undefined;
}

/**
 * Lines as rows keyed by their header. The header is the line, among the first 10, that names the
 * most known columns (a title may sit above it). Refuses repeated columns, more than
 * MAX_IMPORT_ROWS data rows, and missing required columns unless `reportMissing`.
 */
export function readTable(lines: Line[], columns: TableColumns): Table {
  if (lines.length === 0) throw bad("文件中没有内容，请使用导入模板填写后再上传");
  const known = new Set(columns.known);
  const knownCount = (line: Line) => line.values.filter((v) => v !== "" && headerMeaning(v, columns, known)).length;
  let headerIndex = 0;
  lines.slice(0, 10).forEach((line, i) => {
    if (knownCount(line) > knownCount(lines[headerIndex]!)) headerIndex = i;
  });
  const headerLine = lines[headerIndex]!;
  const headers: string[] = [];
  const indexed: { index: number; header: string; written: string }[] = [];
  const unmatchedAt: { index: number; header: string }[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  headerLine.values.forEach((v, index) => {
    if (v === "") return;
    const meaning = headerMeaning(v, columns, known);
    if (meaning === "") return; // mapped to 忽略
    if (meaning === undefined) {
      unmatchedAt.push({ index, header: v.trim() });
      return;
    }
    if (seen.has(meaning)) duplicates.add(meaning);
    seen.add(meaning);
    headers.push(meaning);
    indexed.push({ index, header: meaning, written: v.trim() });
  });

  const where = `已将第 ${headerLine.rowNumber} 行作为表头`;
  const missing = columns.required.filter((h) => !seen.has(h));
  if (missing.length > 0 && !columns.reportMissing)
    throw bad(`缺少必填列：${missing.join("、")}（${where}）。请使用导入模板，或把对应列的列名改为模板中的名称`);
  if (duplicates.size > 0) throw bad(`表头中以下列重复出现：${[...duplicates].join("、")}（${where}），请只保留一列`);

  const dataLines = lines.slice(headerIndex + 1);
  if (dataLines.length > MAX_IMPORT_ROWS)
    throw bad(`数据行数超过上限：一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`);
  const last = dataLines.at(-1);
  const blankRows = last ? last.rowNumber - headerLine.rowNumber - dataLines.length : 0;

  const rows = dataLines.map((line) => {
    const cells: Record<string, string> = {};
    for (const { index, header } of indexed) cells[header] = line.values[index] ?? "";
    return { rowNumber: line.rowNumber, cells };
  });
  const unmatched = unmatchedAt.map(({ index, header }) => ({
    header,
    samples: dataLines.flatMap((l) => (l.values[index] ? [l.values[index]!] : [])).slice(0, 3),
  }));
  const recognised = indexed.map(({ written, header }) => ({ written, header }));
  return { headers, rows, headerRow: headerLine.rowNumber, recognised, unmatched, missing, blankRows };
}
