import type { Line } from "@/server/spreadsheets/read";
import {
  AUDIENCE_LABELS,
  DISPOSITION_LABELS,
  E_LICENCE_LABELS,
  LIFE_EVENT_LABELS,
  noProofCaseContentSchema,
  NOPROOF_DOMAIN_LABELS,
  PROOF_KIND_LABELS,
  type NoProofCaseContent,
} from "./schemas";

/**
 * The departments' spreadsheet of no-proof use cases: one row per proof, the item's own columns
 * repeated on each of its rows, so a sheet sorts and filters like any list. Rows with the same
 * 事项编码 make one use case; the item columns are read from its first row.
 */
const ITEM = ["事项编码", "事项名称", "所属领域", "人生事件", "服务对象", "简要说明"] as const;
const PROOF = ["证明材料", "证明类别", "原开具单位", "处理方式", "替代方式", "保留原因", "证明依据", "承诺书文本", "不适用告知承诺情形"] as const;
const HANDLING = ["其他需提交材料", "可用电子证照", "爱山东·青e办", "网上办事大厅", "线下大厅", "办理步骤", "办理时限", "收费标准", "事项依据", "实施日期", "适用区市", "计入新增场景目标", "咨询电话"] as const;
export const NOPROOF_COLUMNS = [...ITEM, ...PROOF, ...HANDLING] as const;
type Header = (typeof NOPROOF_COLUMNS)[number];
/** Columns added after sheets were first exported: a sheet without them still imports. */
const OPTIONAL_COLUMNS: Header[] = ["其他需提交材料"];

const LIST = "、";
const yesNo = (v: boolean) => (v ? "是" : "否");

/** One use case as spreadsheet rows; `districtName` turns district ids into names. */
export function caseToRows(c: NoProofCaseContent, districtName: (id: string) => string): Record<Header, string>[] {
  return c.proofs.map((p) => ({
    事项编码: c.itemCode,
    事项名称: c.name,
    所属领域: NOPROOF_DOMAIN_LABELS[c.domain],
    人生事件: c.lifeEvents.map((e) => LIFE_EVENT_LABELS[e]).join(LIST),
    服务对象: c.audiences.map((a) => AUDIENCE_LABELS[a]).join(LIST),
    简要说明: c.summary,
    证明材料: p.name,
    证明类别: PROOF_KIND_LABELS[p.kind],
    原开具单位: p.issuer,
    处理方式: DISPOSITION_LABELS[p.disposition],
    替代方式: p.replacement,
    保留原因: p.retainedReason,
    证明依据: p.legalBasis,
    承诺书文本: p.commitmentTemplate,
    不适用告知承诺情形: p.commitmentExclusions,
    其他需提交材料: c.materials.join("\n"),
    可用电子证照: c.eLicences.map((l) => E_LICENCE_LABELS[l]).join(LIST),
    "爱山东·青e办": yesNo(c.channels.app),
    网上办事大厅: yesNo(c.channels.onlineHall),
    线下大厅: c.channels.halls.join(LIST),
    办理步骤: c.steps.join("\n"),
    办理时限: c.timeLimit,
    收费标准: c.fee,
    事项依据: c.legalBasis,
    实施日期: c.effectiveDate,
    适用区市: c.districtIds.length ? c.districtIds.map(districtName).join(LIST) : "全市",
    计入新增场景目标: yesNo(c.countsTowardTarget),
    咨询电话: c.contactPhone,
  }));
}

export interface ParsedCase {
  /** The sheet rows (as Excel numbers them) that make this use case. */
  rows: number[];
  itemCode: string;
  name: string;
  content: NoProofCaseContent | null;
  errors: string[];
}

/** Label → stored value for one of the label maps; unknown labels are reported, not guessed. */
function keyOf<K extends string>(labels: Record<K, string>, label: string, column: string, errors: string[]): K | undefined {
  const key = (Object.keys(labels) as K[]).find((k) => labels[k] === label);
  if (!key) errors.push(`「${column}」中的“${label}”不是可选值，可选：${Object.values<string>(labels).join("、")}`);
  return key;
}

const split = (text: string) => text.split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean);

/** Reads the lines of an uploaded sheet into use cases, each checked as the form checks it. */
export function linesToCases(lines: Line[], districtId: (name: string) => string | undefined): { cases: ParsedCase[]; missingColumns: string[] } {
  const headerIndex = Math.max(0, lines.slice(0, 10).findIndex((l) => l.values.includes("事项编码")));
  const header = lines[headerIndex]?.values ?? [];
  const missingColumns = NOPROOF_COLUMNS.filter((h) => !header.includes(h) && !OPTIONAL_COLUMNS.includes(h));
  if (missingColumns.length) return { cases: [], missingColumns };
  const groups = new Map<string, { rowNumber: number; cell: (h: Header) => string }[]>();
  for (const line of lines.slice(headerIndex + 1)) {
    if (line.values.every((v) => !v.trim())) continue;
    const cell = (h: Header) => (header.includes(h) ? (line.values[header.indexOf(h)] ?? "") : "").trim();
    const code = cell("事项编码").toUpperCase();
    groups.set(code, [...(groups.get(code) ?? []), { rowNumber: line.rowNumber, cell }]);
  }
  const cases = [...groups].map(([itemCode, rows]) => {
    const first = rows[0]!.cell;
    const errors: string[] = [];
    const list = <K extends string>(labels: Record<K, string>, column: Header) =>
      split(first(column)).map((l) => keyOf(labels, l, column, errors)).filter((k): k is K => !!k);
    const districts = first("适用区市") === "全市" ? [] : split(first("适用区市"));
    const districtIds = districts.map((name) => districtId(name) ?? (errors.push(`「适用区市」中的“${name}”不是青岛市的区市`), "")).filter(Boolean);
    const raw = {
      name: first("事项名称"),
      itemCode,
      domain: keyOf(NOPROOF_DOMAIN_LABELS, first("所属领域"), "所属领域", errors),
      lifeEvents: list(LIFE_EVENT_LABELS, "人生事件"),
      audiences: list(AUDIENCE_LABELS, "服务对象"),
      summary: first("简要说明"),
      proofs: rows.map(({ cell }) => ({
        name: cell("证明材料"),
        kind: keyOf(PROOF_KIND_LABELS, cell("证明类别"), "证明类别", errors),
        issuer: cell("原开具单位"),
        disposition: keyOf(DISPOSITION_LABELS, cell("处理方式"), "处理方式", errors),
        replacement: cell("替代方式"),
        retainedReason: cell("保留原因"),
        legalBasis: cell("证明依据"),
        commitmentTemplate: cell("承诺书文本"),
        commitmentExclusions: cell("不适用告知承诺情形"),
      })),
      materials: first("其他需提交材料").split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
      eLicences: list(E_LICENCE_LABELS, "可用电子证照"),
      channels: { app: first("爱山东·青e办") === "是", onlineHall: first("网上办事大厅") === "是", halls: split(first("线下大厅")) },
      steps: first("办理步骤").split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
      timeLimit: first("办理时限"),
      fee: first("收费标准"),
      legalBasis: first("事项依据"),
      effectiveDate: first("实施日期"),
      districtIds,
      countsTowardTarget: first("计入新增场景目标") === "是",
      contactPhone: first("咨询电话"),
    };
    const parsed = errors.length ? null : noProofCaseContentSchema.safeParse(raw);
    if (parsed && !parsed.success) for (const issue of parsed.error.issues) errors.push(issue.message);
    return { rows: rows.map((r) => r.rowNumber), itemCode, name: raw.name, content: parsed?.success ? parsed.data : null, errors: [...new Set(errors)] };
  });
  return { cases, missingColumns };
}
