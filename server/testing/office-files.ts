/**
 * Spreadsheets as offices really send them, for import tests: CSV as Excel saves it in China
 * (GB18030, or UTF-8 with a BOM, CRLF), and .xlsx as Excel and WPS write it (a merged title row
 * above the header, numbers stored as text, dates as serial numbers, rows left blank).
 */
import ExcelJS from "exceljs";

/** A GB18030 encoder: ASCII as is, every other character found through the decoder. */
export function gb18030Encoder() {
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [a, b]);
    }
  return (text: string) =>
    new Uint8Array(
      [...text].flatMap((ch) => {
        const code = ch.codePointAt(0)!;
        if (code < 0x80) return [code];
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`no GB18030 bytes for ${ch}`);
        return bytes;
      }),
    );
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csvText = (rows: string[][]) => rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";

/** "CSV (逗号分隔)" from Excel on a Chinese Windows: the system code page, no BOM. */
export const excelGbCsv = (rows: string[][]) => gb18030Encoder()(csvText(rows));

/** "CSV UTF-8 (逗号分隔)" from Excel or WPS: a BOM first. */
export const excelUtf8Csv = (rows: string[][]) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csvText(rows))]);

/** A cell as Excel stores it: text, a number, or a date kept as its serial number (days since 1899-12-30). */
export type OfficeCell = string | number | { serialDate: string } | null;

const serial = (isoDate: string) => (Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/**
 * An .xlsx as a clerk makes it: a title merged across the header's width, the header, the rows
 * (null = an empty cell, an all-null row = a blank row), digits typed as text with Excel's
 * text format, dates as serials with a date format, and `trailingBlankRows` formatted but empty
 * rows after the data, as a sheet keeps once rows were cleared.
 */
export async function officeXlsx(input: { title?: string; header: string[]; rows: OfficeCell[][]; trailingBlankRows?: number }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Microsoft Excel";
  const sheet = workbook.addWorksheet("Sheet1");
  if (input.title) {
    sheet.addRow([input.title]);
    sheet.mergeCells(1, 1, 1, input.header.length);
    sheet.getCell(1, 1).alignment = { horizontal: "center" };
    sheet.getCell(1, 1).font = { bold: true, size: 16 };
  }
  sheet.addRow(input.header).font = { bold: true };
  for (const cells of input.rows) {
    const row = sheet.addRow(cells.map((c) => (c === null ? null : typeof c === "object" ? serial(c.serialDate) : c)));
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (typeof c === "string" && /^\d+$/.test(c)) cell.numFmt = "@";
      if (c !== null && typeof c === "object") cell.numFmt = "yyyy-mm-dd";
    });
  }
  for (let i = 0; i < (input.trailingBlankRows ?? 0); i++) sheet.addRow([]).getCell(1).numFmt = "@";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
