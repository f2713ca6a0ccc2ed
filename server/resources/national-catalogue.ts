/**
 * A department's catalogue as the national inventory sheet (政务信息资源目录编制指南's column layout),
 * beside the app's own template (spreadsheet.ts).
 */
import { writeCsv, writeXlsx, type ColumnFormat } from "@/server/spreadsheets/write";
import { shanghaiDate } from "@/server/time";
import { classificationText, formatClass, informationResourceCode, sharingModeText, updateFrequencyText } from "./classification";
import { SHARING_CLASS_LABELS, type ResourceContent } from "./schemas";
import { dataItemCell } from "./spreadsheet";

export const NATIONAL_SHEET = "政务信息资源目录";

/**
 * The columns of the national inventory sheet, in its order, then the app's 资源编码 so a sheet
 * sent back can be matched to the resources it came from.
 */
export const NATIONAL_COLUMNS = [
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
  "资源编码",
] as const;

export const NATIONAL_FORMATS: ReadonlyMap<string, ColumnFormat> = new Map<string, ColumnFormat>([
  ["信息资源分类", { width: 24 }],
  ["信息资源名称", { width: 30 }],
  ["信息资源代码", { width: 14, text: true }],
  ["信息资源提供方", { width: 22 }],
  ["信息资源提供方代码", { width: 21, text: true }],
  ["信息资源摘要", { width: 40 }],
  ["信息项信息", { width: 36, wrap: true }],
  ["共享条件", { width: 30 }],
  ["共享方式", { width: 18 }],
  ["发布日期", { width: 12, text: true }],
  ["关联资源代码", { width: 22 }],
  ["所属信息系统", { width: 22 }],
  ["资源编码", { width: 18, text: true }],
]);

export interface NationalRow {
  code: string;
  departmentName: string;
  /** The department's 统一社会信用代码; empty until the system administrator enters it. */
  departmentCreditCode: string;
  publishedAt: Date | null;
  content: ResourceContent;
}

/** 是否向社会开放 is the guide's yes/no; 开放条件 says which of the app's two open classes it is. */
const OPEN_FLAG = { open: "是", conditional: "是", closed: "否" } as const;
const OPEN_CONDITION = { open: "无条件开放", conditional: "有条件开放，须单独申请", closed: "" } as const;

/** One resource as a row of the national inventory sheet. */
export function nationalCells(r: NationalRow): Record<(typeof NATIONAL_COLUMNS)[number], string> {
  const c = r.content;
  return {
    信息资源分类: classificationText(c, r.departmentName),
    信息资源名称: c.name,
    信息资源代码: informationResourceCode(c, r.code),
    信息资源提供方: r.departmentName,
    信息资源提供方代码: r.departmentCreditCode,
    信息资源摘要: c.summary,
    信息资源格式: formatClass(c),
    信息项信息: c.dataItems.map(dataItemCell).join("\n"),
    共享类型: SHARING_CLASS_LABELS[c.sharingClass],
    共享条件: c.sharingReason,
    共享方式: sharingModeText(c),
    是否向社会开放: OPEN_FLAG[c.openClass],
    开放条件: OPEN_CONDITION[c.openClass],
    更新周期: updateFrequencyText(c),
    发布日期: r.publishedAt ? shanghaiDate(r.publishedAt) : "",
    关联资源代码: c.linkedCodes.join("、"),
    所属信息系统: c.informationSystem,
    资源编码: r.code,
  };
}

export function writeNationalXlsx(rows: Record<string, string>[]): Promise<Buffer> {
  return writeXlsx(rows, { sheet: NATIONAL_SHEET, headers: NATIONAL_COLUMNS, formats: NATIONAL_FORMATS });
}

export function writeNationalCsv(rows: Record<string, string>[]): Buffer {
  return writeCsv(rows, NATIONAL_COLUMNS);
}
