/**
 * Writing rows (header → text) as .xlsx or as CSV that Excel in China opens correctly. Pure: no
 * database, no Next.js. The building blocks are exported for workbooks with more than a table,
 * such as an import template.
 */
import ExcelJS from "exceljs";

/** How a column looks in an .xlsx; a header without one gets a width from its length. */
export interface ColumnFormat {
  /** Width in characters. */
  width?: number;
  /** Excel keeps the cells as text (leading zeros, long digit strings). */
  text?: boolean;
  /** Cells of several lines: wrapped, top-aligned. */
  wrap?: boolean;
  /** Written by an export and ignored by an import: a grey header. */
  readOnly?: boolean;
}

export interface SheetLayout {
  /** The worksheet's name. */
  sheet: string;
  /** The header row when there are no rows; otherwise the rows' keys, in first-seen order. */
  headers?: readonly string[];
  formats?: ReadonlyMap<string, ColumnFormat>;
}

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };

function headersOf(rows: Record<string, string>[], empty: readonly string[] = []): string[] {
  const headers = new Set<string>(rows.length === 0 ? empty : []);
  for (const row of rows) for (const h of Object.keys(row)) headers.add(h);
  return [...headers];
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "青岛城市云脑资源目录";
  workbook.created = new Date();
  return workbook;
}

/** Adds a sheet of header + rows: bold frozen header, widths, filter. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  headers: string[],
  rows: Record<string, string>[],
  formats: ReadonlyMap<string, ColumnFormat> = new Map(),
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((h) => {
    const format = formats.get(h);
    return {
      key: h,
      width: format?.width ?? Math.min(40, Math.max(10, h.length * 2 + 2)),
      style: {
        ...(format?.text ? { numFmt: "@" } : {}),
        ...(format?.wrap ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
      },
    };
  });
  const head = sheet.getRow(1);
  headers.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = formats.get(h)?.readOnly ? READ_ONLY_FILL : HEADER_FILL;
    cell.alignment = { vertical: "middle" };
  });
  head.height = 20;
  for (const row of rows) sheet.addRow(headers.map((h) => (row[h] ? row[h] : null)));
  if (headers.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return sheet;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const out = (await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer | Uint8Array;
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

/** Rows (header → text) as an .xlsx of one sheet. */
export async function writeXlsx(rows: Record<string, string>[], layout: SheetLayout): Promise<Buffer> {
  const workbook = newWorkbook();
  addTableSheet(workbook, layout.sheet, headersOf(rows, layout.headers), rows, layout.formats);
  return workbookBytes(workbook);
}

function csvField(value: string): string {
  // Excel runs a cell that starts with = + - @ as a formula: keep it text (readLines undoes it).
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Rows as CSV: UTF-8 with a BOM (so Excel in China reads it as UTF-8), CRLF, RFC 4180 quoting.
 * `headers` is the header row when there are no rows.
 */
export function writeCsv(rows: Record<string, string>[], headers: readonly string[] = []): Buffer {
  const columns = headersOf(rows, headers);
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((h) => csvField((row[h] ?? "").replace(/\r\n?/g, "\n"))).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
