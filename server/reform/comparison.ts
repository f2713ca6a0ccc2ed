import type { ReformSheet, ReformStep } from "./schemas";

/**
 * 改革对比表: five measures, each counted from the steps of one side, never typed in.
 * - 环节 (steps): the number of steps;
 * - 材料 (materials): distinct materials the applicant hands in, over all steps;
 * - 时限 (days): working days along the longest path — steps that run side by side (并联) overlap, so
 *   a step ends `days` after the latest of the steps it follows;
 * - 跑动 (trips): steps done in person at a counter;
 * - 表单 (forms): distinct forms the applicant fills in, over all steps.
 */
export const REFORM_MEASURES = ["steps", "materials", "days", "trips", "forms"] as const;
export type ReformMeasure = (typeof REFORM_MEASURES)[number];

export const REFORM_MEASURE_LABELS: Record<ReformMeasure, { label: string; unit: string }> = {
  steps: { label: "办理环节", unit: "个" },
  materials: { label: "申请材料", unit: "份" },
  days: { label: "办理时限", unit: "个工作日" },
  trips: { label: "跑动次数", unit: "次" },
  forms: { label: "填报表单", unit: "张" },
};

/** How each measure is counted, in the words the comparison table prints under itself. */
export const MEASURE_DEFINITIONS =
  "办理环节为流程的步骤数；申请材料为申请人提交的不同材料数；办理时限为沿最长路径累计的工作日（并联环节同时进行，取其中最长者）；跑动次数为须到窗口办理的环节数；填报表单为申请人填写的不同表单数。减少与压减率均由流程计算得出。";

export interface MeasureFigures {
  before: number;
  after: number;
  /** before − after (negative when the reform added some). */
  cut: number;
  /** cut / before as a whole percentage; null when there was nothing before. */
  rate: number | null;
}

export type ReformFigures = Record<ReformMeasure, MeasureFigures>;

/** The steps each step waits for, as indices: the listed numbers, or the previous step. */
export function predecessors(steps: readonly Pick<ReformStep, "after">[]): number[][] {
  return steps.map((s, i) => {
    if (!s.after.length) return i > 0 ? [i - 1] : [];
    return s.after.filter((n) => n > 0 && n <= i).map((n) => n - 1);
  });
}

/** Working days from the start to the end of each step: its own days after the latest step it follows. */
export function finishDays(steps: readonly Pick<ReformStep, "after" | "days">[]): number[] {
  const preds = predecessors(steps);
  const finish: number[] = [];
  steps.forEach((s, i) => {
    finish[i] = s.days + Math.max(0, ...preds[i]!.map((p) => finish[p]!));
  });
  return finish;
}

const distinct = (lists: string[][]) => new Set(lists.flat().map((m) => m.trim()).filter(Boolean)).size;

/** One side's five figures. */
export function sideFigures(steps: readonly ReformStep[]): Record<ReformMeasure, number> {
  return {
    steps: steps.length,
    materials: distinct(steps.map((s) => s.materials)),
    days: Math.max(0, ...finishDays(steps)),
    trips: steps.filter((s) => s.inPerson).length,
    forms: distinct(steps.map((s) => s.forms)),
  };
}

export function measure(before: number, after: number): MeasureFigures {
  const cut = Math.round((before - after) * 10) / 10;
  return { before, after, cut, rate: before > 0 ? Math.round((cut / before) * 100) : null };
}

/** Before, after and the cut for each measure of one sheet. */
export function compareSheet(sheet: Pick<ReformSheet, "stepsBefore" | "stepsAfter">): ReformFigures {
  const before = sideFigures(sheet.stepsBefore);
  const after = sideFigures(sheet.stepsAfter);
  return Object.fromEntries(REFORM_MEASURES.map((m) => [m, measure(before[m], after[m])])) as ReformFigures;
}

/** The 压减率 column: 「67%」, 「增加 25%」 when the reform added some, 「—」 when there was nothing before. */
export const rateLabel = (f: MeasureFigures) => (f.rate === null ? "—" : f.rate < 0 ? `增加 ${-f.rate}%` : `${f.rate}%`);

/** 「材料 18 → 6，减少 67%」 */
export function describeMeasure(m: ReformMeasure, f: MeasureFigures): string {
  const { label, unit } = REFORM_MEASURE_LABELS[m];
  const change = f.cut > 0 ? `，减少 ${f.rate}%` : f.cut < 0 ? `，增加 ${-f.cut}${unit}` : "，不变";
  return `${label} ${f.before} → ${f.after}${unit}${f.before > 0 ? change : ""}`;
}

/** Materials handed in before that the applicant no longer hands in after. */
export function droppedMaterials(sheet: Pick<ReformSheet, "stepsBefore" | "stepsAfter">): string[] {
  const after = new Set(sheet.stepsAfter.flatMap((s) => s.materials));
  return [...new Set(sheet.stepsBefore.flatMap((s) => s.materials))].filter((m) => !after.has(m));
}
