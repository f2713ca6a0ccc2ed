import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, type ISectionOptions } from "docx";
import { heading, para, run, svgPicture, table } from "@/server/documents/word";
import { formatDateTime } from "@/server/time";
import type { ReportChart } from "./charts";
import type { IssuedReport } from "./reports";
import { asOfLabel, benchmarkLines, COLUMN_NOTES, overviewLines, rankingLines, reformIntro, reformLine, UNIT_COLUMNS } from "./text";

function chart(c: ReportChart): Paragraph[] {
  const size = /width="(\d+)" height="(\d+)"/.exec(c.svg);
  const [width, height] = [Number(size?.[1] ?? 640), Number(size?.[2] ?? 300)];
  return [
    svgPicture(c.svg, { width: 600, height: Math.round((600 * height) / width) }, { name: c.key, title: c.title, description: c.title }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.title)], spacing: { after: 200 } }),
  ];
}

function unitTable(units: IssuedReport["figures"]["units"], first: string) {
  return table([first, ...UNIT_COLUMNS.map((c) => c.header)], units.map((u) => [u.name, ...UNIT_COLUMNS.map((c) => c.cell(u))]));
}

/** The issued 通报 as a Word document, from its snapshot only. */
export async function reportDocx(report: IssuedReport): Promise<Buffer> {
  const f = report.figures;
  const ranking = rankingLines(f);
  const children: ISectionOptions["children"][number][] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(report.numberLabel)] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [run(report.title, true)], spacing: { after: 240 } }),
    para(`签发：${report.issuedByDepartment} ${report.issuedByName}　${formatDateTime(report.issuedAt)}　${asOfLabel(f)}`),
    heading("一、总体情况"),
    ...overviewLines(f).map(para),
    ...report.charts.slice(0, 2).flatMap(chart),
    heading("二、各部门和区市情况"),
    ...report.charts.slice(2).flatMap(chart),
    para("（一）市直部门"),
    unitTable(f.units.filter((u) => u.kind === "municipal"), "部门"),
    para("（二）区市"),
    unitTable(f.units.filter((u) => u.kind === "district"), "区市"),
    para(COLUMN_NOTES),
    heading("三、排名与存在问题"),
    para(ranking.praised),
    para(ranking.named),
    heading("四、新增标杆场景"),
    ...benchmarkLines(f).map(para),
  ];
  children.push(heading("五、改革成效"), para(reformIntro(f.reform)));
  if (f.reform.sheets) for (const r of f.reform.rows) children.push(para(reformLine(r)));
  const doc = new Document({
    creator: report.issuedByName,
    title: report.title,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1304, right: 1304 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

