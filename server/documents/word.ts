import { Resvg } from "@resvg/resvg-js";
import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/**
 * The pieces the app's Word files (reform sheets, 月度通报) are made of, so both read alike: 宋体
 * text, level-2 headings, ruled tables, and pictures Word shows as SVG with a PNG for older processors.
 */
const FONT = "SimSun";

export const run = (text: string, bold = false, size?: number) => new TextRun({ text, bold, size, font: { eastAsia: FONT } });
export const para = (text: string) => new Paragraph({ children: [run(text)], spacing: { after: 120 } });
export const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text, true)], spacing: { before: 240, after: 120 } });

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [run(text, bold, 18)] })] });
const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };

/** A full-width ruled table whose header row repeats on each page. */
export function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

/** The PNG older processors fall back to, drawn with the system's CJK fonts (the machine and CI install Noto CJK). */
export function svgPng(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "Noto Sans CJK SC" }, fitTo: { mode: "zoom", value: 2 }, background: "#ffffff" })
    .render()
    .asPng();
}

/** A centred picture of an SVG, at `width` × `height` px on the page. */
export function svgPicture(svg: string, size: { width: number; height: number }, alt: { name: string; title: string; description: string }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: "svg", data: Buffer.from(svg), fallback: { type: "png", data: svgPng(svg) }, transformation: size, altText: alt })],
  });
}
