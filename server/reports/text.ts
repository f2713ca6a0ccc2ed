import { formatDate, formatDateTime } from "@/server/time";
import type { ReformTotals, ReportFigures, UnitFigures } from "./figures";

/**
 * The 通报's words and tables, written once for the page, print and Word, so every form of an issued
 * report reads the same figures.
 */

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);

export const UNIT_COLUMNS: { header: string; cell: (u: UnitFigures) => string }[] = [
  { header: "今年新增资源", cell: (u) => String(u.newResources) },
  { header: "已发布场景", cell: (u) => String(u.scenarios) },
  { header: "场景被复用", cell: (u) => String(u.confirmedAdoptions) },
  { header: "按期答复", cell: (u) => `${u.onTime}/${u.answered + u.overdue}` },
  { header: "按期答复率", cell: (u) => percent(u.onTimeRate) },
  { header: "逾期未答复", cell: (u) => String(u.overdue) },
  { header: "督办", cell: (u) => String(u.escalated) },
  { header: "无证明场景", cell: (u) => String(u.noProofCases) },
  { header: "公众反映已答复", cell: (u) => `${u.feedbackAnswered}/${u.feedbackReceived}` },
];

export const COLUMN_NOTES =
  "备注：今年新增资源为今年首次发布、仍在目录中的资源；场景被复用为牵头场景经确认的复用次数；按期答复为截止期限内答复的申请数与应答复申请数（已答复及逾期仍未答复）之比，无条件共享自动开通的不计；督办为仍未答复且已督办的申请；公众反映已答复为已答复条数与收到条数。";

export function asOfLabel(f: ReportFigures): string {
  return `统计截止时间：${formatDateTime(f.asOf)}`;
}

/** 一、总体情况: the four targets with their pace, and the month's additions. */
export function overviewLines(f: ReportFigures): string[] {
  const lines = f.targets.map(
    (t) =>
      `${t.label}：${t.current}（目标 ≥${t.target}，完成 ${Math.round((t.current / t.target) * 100)}%）${t.met ? "，已达成" : `，还差 ${t.gap}，年底前每月需新增 ${t.monthlyPace}`}。`,
  );
  lines.push(`${f.monthLabel}新增资源 ${f.thisMonth.newResources} 项，新发布场景 ${f.thisMonth.newScenarios} 个，无证明新增场景 ${f.thisMonth.newNoProof} 个。`);
  return lines;
}

/** 三、排名与存在问题: the leaders praised, the units with overdue requests named. */
export function rankingLines(f: ReportFigures): { praised: string; named: string } {
  return {
    praised: f.leaders.length
      ? `今年新增资源居前的单位：${f.leaders.map((l, i) => `${i + 1}. ${l.name}（${l.newResources} 项）`).join("；")}。`
      : "本月暂无单位新增资源。",
    named: f.laggards.length
      ? `截至统计时仍有逾期未答复资源申请的单位：${f.laggards.map((l) => `${l.name}（逾期 ${l.overdue} 件${l.escalated ? `，其中督办 ${l.escalated} 件` : ""}）`).join("；")}。请于 5 个工作日内完成答复。`
      : "截至统计时无逾期未答复的资源申请。",
  };
}

export function benchmarkLines(f: ReportFigures): string[] {
  return f.benchmarks.length ? f.benchmarks.map((b) => `「${b.name}」（${b.department}，${formatDate(b.at)} 评为标杆场景）`) : ["本月无新增标杆场景。"];
}

/** 「申请材料：改革前 18份，改革后 6份，减少 12份（67%）。」 */
export function reformLine(r: ReformTotals["rows"][number]): string {
  const change = r.cut > 0 ? `减少 ${r.cut}${r.unit}${r.rate !== null ? `（${r.rate}%）` : ""}` : r.cut < 0 ? `增加 ${-r.cut}${r.unit}` : "不变";
  return `${r.label}：改革前 ${r.before}${r.unit}，改革后 ${r.after}${r.unit}，${change}。`;
}

export function reformIntro(r: ReformTotals): string {
  return r.sheets ? `已发布场景中 ${r.sheets} 个填报了改革对比表，合计：` : "已发布场景中尚无填报改革对比表的。";
}
