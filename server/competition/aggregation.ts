import { DomainError } from "../errors";

/** One 评分项 of a 评分细则. */
export interface Criterion {
  key: string;
  label: string;
  /** Percent, a positive integer; the weights of a rubric sum to 100. */
  weight: number;
  min: number;
  max: number;
}

/** A judge's raw score per criterion key. */
export type Scores = Readonly<Record<string, number>>;

export type AggregationMethod = "mean" | "trimmed_mean" | "normalised";

export interface CompetitionEntry {
  id: string;
  track: string;
  /** Named in tie-break explanations; the id stands in when absent. */
  name?: string;
  submittedAt?: Date | string | null;
}

export interface ScoreSheet {
  judgeId: string;
  entryId: string;
  scores: Scores;
}

export interface AggregationInput {
  rubric: readonly Criterion[];
  entries: readonly CompetitionEntry[];
  sheets: readonly ScoreSheet[];
  method: AggregationMethod;
  /** From this many sheets on, drop one highest and one lowest score (去掉一个最高分和一个最低分). */
  trimThreshold?: number;
  /** A judge's sheets are normalised only from this many sheets on; fewer give an unreliable mean and SD. */
  normaliseMinSheets?: number;
}

export interface EntryResult {
  id: string;
  track: string;
  sheetCount: number;
  /** Weighted score (0–100) of each sheet, ordered by judge id. */
  rawScores: number[];
  /** Mean raw score per criterion key; empty when nobody has scored the entry. */
  criterionMeans: Record<string, number>;
  mean: number | null;
  trimmedMean: number | null;
  normalised: number | null;
  /** Sum of the weighted scores with nothing dropped: the first tie-break. */
  total: number;
  /** The value of the chosen method. */
  score: number | null;
  /** 1-based within the track; null while nobody has scored the entry. */
  rank: number | null;
  /** Why the entry stands where it does against an entry with the same score; null without a tie. */
  tieBreak: string | null;
}

export interface AggregationResult {
  /** Ordered by track, then rank; unscored entries last, by id. */
  entries: EntryResult[];
  panelMean: number | null;
  panelSd: number | null;
  /** Judges whose sheets were normalised; the others had too few sheets and keep their raw scores. */
  normalisedJudgeIds: string[];
}

export interface JudgeConsistency {
  judgeId: string;
  sheetCount: number;
  mean: number;
  sd: number;
  /** Mean of (own score − the other judges' mean) over entries others also scored; null when there were none. */
  bias: number | null;
  comparedSheets: number;
  flag: "harsh" | "lenient" | null;
}

// Scores that differ by less than this are equal: the same marks summed in another order may differ in
// the last bits, and a tie must not be decided by rounding noise.
const EPSILON = 1e-9;

/** Rounds half away from zero to 2 decimals, for display only. */
export function round2(value: number): number {
  // toPrecision first, so 80.005 (stored as 80.00499…) rounds the way a person computes it.
  const hundredths = Number((Math.abs(value) * 100).toPrecision(12));
  return (Math.sign(value) * Math.round(hundredths)) / 100 || 0;
}

/** What is wrong with a rubric, in Chinese; empty when it can be used. */
export function validateRubric(criteria: readonly Criterion[]): string[] {
  if (criteria.length === 0) return ["评分细则至少需要一个评分项"];
  const errors: string[] = [];
  const keys = new Set<string>();
  criteria.forEach((criterion, index) => {
    const name = criterion.label.trim();
    if (!name) errors.push(`第 ${index + 1} 个评分项缺少名称`);
    if (keys.has(criterion.key)) errors.push(`评分项标识“${criterion.key}”重复`);
    keys.add(criterion.key);
    const label = name || criterion.key;
    if (!Number.isInteger(criterion.weight) || criterion.weight <= 0) {
      errors.push(`“${label}”的权重须为大于 0 的整数（百分比）`);
    }
    if (!Number.isFinite(criterion.min) || !Number.isFinite(criterion.max) || criterion.min >= criterion.max) {
      errors.push(`“${label}”的最低分须小于最高分`);
    }
  });
  const sum = criteria.reduce((total, criterion) => total + criterion.weight, 0);
  if (Number.isFinite(sum) && sum !== 100) errors.push(`各评分项权重之和须为 100%，当前为 ${sum}%`);
  return errors;
}

/** What is wrong with one score sheet, keyed by criterion key; empty when every score is in range. */
export function validateScores(rubric: readonly Criterion[], scores: Scores): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const criterion of rubric) {
    const score = scores[criterion.key];
    if (score === undefined) errors[criterion.key] = `请填写“${criterion.label}”的分数`;
    else if (!Number.isFinite(score) || score < criterion.min || score > criterion.max) {
      errors[criterion.key] = `“${criterion.label}”的分数须在 ${criterion.min} 到 ${criterion.max} 之间`;
    }
  }
  const known = new Set(rubric.map((criterion) => criterion.key));
  for (const key of Object.keys(scores)) {
    if (!known.has(key)) errors[key] = `评分项“${key}”不在评分细则中`;
  }
  return errors;
}

/** The sheet's score on a 0–100 scale: Σ weightᵢ × (sᵢ − minᵢ) / (maxᵢ − minᵢ). */
export function weightedScore(rubric: readonly Criterion[], scores: Scores): number {
  const [problem] = Object.entries(validateScores(rubric, scores));
  if (problem) throw new DomainError("BAD_REQUEST", problem[1], problem[0]);
  return rubric.reduce(
    (total, c) => total + (c.weight * (scores[c.key]! - c.min)) / (c.max - c.min),
    0,
  );
}

/** Scores every entry with every method and ranks each track by the chosen one. */
export function aggregate(input: AggregationInput): AggregationResult {
  const { rubric, method, trimThreshold = 5, normaliseMinSheets = 5 } = input;
  assertRubric(rubric);
  const entryIds = new Set(input.entries.map((entry) => entry.id));
  const unknown = input.sheets.find((sheet) => !entryIds.has(sheet.entryId));
  if (unknown) throw new DomainError("BAD_REQUEST", `评分表所评的作品“${unknown.entryId}”不在本次汇总范围内`);

  const sheets = scoreSheets(rubric, input.sheets);
  const calibration = calibrate(sheets, normaliseMinSheets);
  const sheetsByEntry = groupBy(sheets, (sheet) => sheet.entryId);
  const top = highestWeight(rubric);

  const candidates = [...input.entries].sort((a, b) => compareStrings(a.id, b.id)).map((entry): Candidate => {
    const own = sheetsByEntry.get(entry.id) ?? [];
    const rawScores = own.map((sheet) => sheet.value);
    const scored = own.length > 0;
    const criterionMeans: Record<string, number> = scored
      ? Object.fromEntries(rubric.map((c) => [c.key, mean(own.map((sheet) => sheet.scores[c.key]!))]))
      : {};
    const values = {
      mean: scored ? mean(rawScores) : null,
      trimmed_mean: scored ? trimmedMean(rawScores, trimThreshold) : null,
      normalised: scored ? mean(own.map(calibration.normalise)) : null,
    };
    const result: EntryResult = {
      id: entry.id,
      track: entry.track,
      sheetCount: own.length,
      rawScores,
      criterionMeans,
      mean: values.mean,
      trimmedMean: values.trimmed_mean,
      normalised: values.normalised,
      total: sum(rawScores),
      score: values[method],
      rank: null,
      tieBreak: null,
    };
    return {
      result,
      label: entry.name ?? entry.id,
      topMean: criterionMeans[top.key] ?? 0,
      time: toTime(entry.submittedAt),
    };
  });

  for (const trackCandidates of groupBy(candidates, (c) => c.result.track).values()) {
    rankTrack(trackCandidates.filter((c) => c.result.score !== null), top);
  }

  return {
    entries: candidates
      .map((c) => c.result)
      .sort(
        (a, b) =>
          compareStrings(a.track, b.track) ||
          (a.rank === b.rank ? 0 : (a.rank ?? Infinity) - (b.rank ?? Infinity)) ||
          compareStrings(a.id, b.id),
      ),
    panelMean: calibration.panelMean,
    panelSd: calibration.panelSd,
    normalisedJudgeIds: calibration.normalisedJudgeIds,
  };
}

/** The entries ranked 1…topN in each track, ordered by track then rank. */
export function advancing(ranked: readonly EntryResult[], topN: number): EntryResult[] {
  return ranked
    .filter((entry) => entry.rank !== null && entry.rank <= topN)
    .sort((a, b) => compareStrings(a.track, b.track) || a.rank! - b.rank!);
}

// A judge is flagged only when both hold:
//  1. an outlier among the panel: |bias − median bias| > 2.5 × σ̂, where σ̂ = 1.4826 × MAD (the median
//     absolute deviation of the biases, scaled to match the SD of normally distributed biases). Unlike the
//     SD, the MAD is not inflated by the very judges we are looking for, so one harsh and one lenient judge
//     cannot hide each other;
//  2. material: |bias| ≥ 5 points on the 0–100 scale, so a tight panel (σ̂ near 0) does not flag a
//     one-point difference.
// Harsh when the bias is below the median, lenient when above. A flag asks the organiser to look, it
// changes no score.
const OUTLIER_SIGMAS = 2.5;
const MAD_TO_SD = 1.4826;
const MATERIAL_BIAS = 5;

/** Per judge: how many sheets, their mean and SD, and how far they sit from the other judges of the same entries. */
export function judgeConsistency(input: Pick<AggregationInput, "rubric" | "sheets">): JudgeConsistency[] {
  assertRubric(input.rubric);
  const sheets = scoreSheets(input.rubric, input.sheets);
  const sheetsByEntry = groupBy(sheets, (sheet) => sheet.entryId);

  const judges = [...groupBy(sheets, (sheet) => sheet.judgeId)]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([judgeId, own]): JudgeConsistency => {
      const values = own.map((sheet) => sheet.value);
      const gaps = own.flatMap((sheet) => {
        const others = sheetsByEntry.get(sheet.entryId)!.filter((other) => other.judgeId !== judgeId);
        return others.length > 0 ? [sheet.value - mean(others.map((other) => other.value))] : [];
      });
      return {
        judgeId,
        sheetCount: own.length,
        mean: mean(values),
        sd: populationSd(values),
        bias: gaps.length > 0 ? mean(gaps) : null,
        comparedSheets: gaps.length,
        flag: null,
      };
    });

  const biases = judges.flatMap((judge) => (judge.bias === null ? [] : [judge.bias]));
  if (biases.length === 0) return judges;
  const centre = median(biases);
  const limit = OUTLIER_SIGMAS * MAD_TO_SD * median(biases.map((bias) => Math.abs(bias - centre)));
  for (const judge of judges) {
    if (judge.bias === null) continue;
    if (judge.bias - centre < -limit && judge.bias <= -MATERIAL_BIAS) judge.flag = "harsh";
    if (judge.bias - centre > limit && judge.bias >= MATERIAL_BIAS) judge.flag = "lenient";
  }
  return judges;
}

interface ScoredSheet extends ScoreSheet {
  value: number;
}

interface Candidate {
  result: EntryResult;
  label: string;
  /** Mean score on the highest-weight criterion. */
  topMean: number;
  time: number | null;
}

function assertRubric(rubric: readonly Criterion[]): void {
  const errors = validateRubric(rubric);
  if (errors.length > 0) throw new DomainError("BAD_REQUEST", errors.join("；"));
}

/** Weighted scores, ordered by entry then judge so that results never depend on input order. */
function scoreSheets(rubric: readonly Criterion[], sheets: readonly ScoreSheet[]): ScoredSheet[] {
  const seen = new Set<string>();
  return [...sheets]
    .sort((a, b) => compareStrings(a.entryId, b.entryId) || compareStrings(a.judgeId, b.judgeId))
    .map((sheet) => {
      const pair = JSON.stringify([sheet.entryId, sheet.judgeId]);
      if (seen.has(pair)) {
        throw new DomainError("BAD_REQUEST", `评委“${sheet.judgeId}”对作品“${sheet.entryId}”有多份评分表`);
      }
      seen.add(pair);
      return { ...sheet, value: weightedScore(rubric, sheet.scores) };
    });
}

/**
 * Per-judge z-scores mapped back onto the panel's scale: panel mean + panel SD × (score − judge mean) / judge SD.
 * A harsh or lenient judge then counts like any other; a judge who gave everyone the same score says nothing
 * about the order, so their sheets sit at the panel mean.
 */
function calibrate(sheets: readonly ScoredSheet[], minSheets: number) {
  if (sheets.length === 0) {
    return { panelMean: null, panelSd: null, normalisedJudgeIds: [], normalise: (sheet: ScoredSheet) => sheet.value };
  }
  const values = sheets.map((sheet) => sheet.value);
  const panelMean = mean(values);
  const panelSd = populationSd(values);
  const judgeStats = new Map<string, { mean: number; sd: number }>();
  for (const [judgeId, own] of groupBy(sheets, (sheet) => sheet.judgeId)) {
    if (own.length < minSheets) continue;
    const judgeValues = own.map((sheet) => sheet.value);
    judgeStats.set(judgeId, { mean: mean(judgeValues), sd: populationSd(judgeValues) });
  }
  const normalise = (sheet: ScoredSheet): number => {
    const stats = judgeStats.get(sheet.judgeId);
    if (!stats) return sheet.value;
    if (stats.sd < EPSILON) return panelMean;
    return panelMean + (panelSd * (sheet.value - stats.mean)) / stats.sd;
  };
  return { panelMean, panelSd, normalisedJudgeIds: [...judgeStats.keys()].sort(compareStrings), normalise };
}

function trimmedMean(values: readonly number[], threshold: number): number {
  // Trimming fewer than 3 sheets would leave nothing.
  if (values.length < Math.max(threshold, 3)) return mean(values);
  return mean([...values].sort((a, b) => a - b).slice(1, -1));
}

/** The score, then the tie-breaks: total, mean on the top criterion, earlier submission, id. */
const TIE_LEVELS: readonly ((a: Candidate, b: Candidate) => number)[] = [
  (a, b) => descending(a.result.score!, b.result.score!),
  (a, b) => descending(a.result.total, b.result.total),
  (a, b) => descending(a.topMean, b.topMean),
  // Undated entries come after dated ones.
  (a, b) => (a.time === b.time ? 0 : (a.time ?? Infinity) - (b.time ?? Infinity)),
  (a, b) => compareStrings(a.result.id, b.result.id),
];

/** The index of the first level on which two entries differ. */
function decidingLevel(a: Candidate, b: Candidate): number {
  return TIE_LEVELS.findIndex((level) => level(a, b) !== 0);
}

function rankTrack(candidates: Candidate[], top: Criterion): void {
  candidates.sort((a, b) => TIE_LEVELS[decidingLevel(a, b)]?.(a, b) ?? 0);
  candidates.forEach((candidate, index) => {
    candidate.result.rank = index + 1;
    // Explain against the entry just above; the first of a tied run explains against the one below.
    const above = candidates[index - 1];
    const below = candidates[index + 1];
    if (above && decidingLevel(candidate, above) > 0) {
      candidate.result.tieBreak = explainTie(candidate, above, false, top);
    } else if (below && decidingLevel(candidate, below) > 0) {
      candidate.result.tieBreak = explainTie(candidate, below, true, top);
    }
  });
}

function explainTie(entry: Candidate, other: Candidate, ahead: boolean, top: Criterion): string {
  const topLabel = `“${top.label}”平均分`;
  const higher = ahead ? "较高" : "较低";
  const versus = (a: number, b: number) => `（${round2(a).toFixed(2)} 对 ${round2(b).toFixed(2)}）`;
  const [tiedOn, reason] = [
    ["得分", `总分${higher}${versus(entry.result.total, other.result.total)}`],
    ["得分、总分", `${topLabel}${higher}${versus(entry.topMean, other.topMean)}`],
    [
      `得分、总分和${topLabel}`,
      ahead ? "提交时间较早" : entry.time === null ? "未记录提交时间" : "提交时间较晚",
    ],
    [`得分、总分、${topLabel}和提交时间`, "按作品编号排序"],
  ][decidingLevel(entry, other) - 1]!;
  return `与“${other.label}”的${tiedOn}相同，${reason}，排名${ahead ? "在前" : "在后"}`;
}

function highestWeight(rubric: readonly Criterion[]): Criterion {
  // The first one listed wins a tie in weight.
  return rubric.reduce((best, criterion) => (criterion.weight > best.weight ? criterion : best));
}

function descending(a: number, b: number): number {
  return Math.abs(a - b) <= EPSILON ? 0 : b - a;
}

function toTime(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

// Code-unit order, not localeCompare: the same on every machine and locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

function populationSd(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
