/*
 * README example
 * ==============
 * Rubric (评分细则): 创新性 25%, 应用成效 30%, 复用推广价值 25%, 技术实现 20%, each scored 0–10.
 * A sheet's weighted score on 0–100 is Σ weight × (score − min) / (max − min) = 2.5a + 3b + 2.5c + 2d.
 *
 * Entry A 「港口集装箱智慧调度」, five judges:
 *   J1 (8, 7, 6, 9)     → 20 + 21 + 15 + 18     = 74
 *   J2 (9, 8, 7, 8)     → 22.5 + 24 + 17.5 + 16 = 80
 *   J3 (7, 7, 7, 7)     → 17.5 + 21 + 17.5 + 14 = 70
 *   J4 (10, 9, 9, 9)    → 25 + 27 + 22.5 + 18   = 92.5
 *   J5 (6, 5, 6, 6)     → 15 + 15 + 15 + 12     = 57
 *   mean 373.5 / 5 = 74.70; 去掉一个最高分 (92.5) 和一个最低分 (57): (74 + 80 + 70) / 3 = 74.67
 * Entry B 「社区养老一键通」, the same five judges:
 *   J1 (7, 7, 7, 7)     → 70
 *   J2 (8, 8, 8, 8)     → 80
 *   J3 (7, 8, 6, 7)     → 17.5 + 24 + 15 + 14   = 70.5
 *   J4 (6, 7, 6, 7)     → 15 + 21 + 15 + 14     = 65
 *   J5 (10, 10, 10, 10) → 100
 *   mean 385.5 / 5 = 77.10; trimmed (drop 100 and 65): (70 + 80 + 70.5) / 3 = 73.50
 * By the plain mean B ranks first (77.10 > 74.70), carried by J5's single 100.
 * By the trimmed mean A ranks first (74.67 > 73.50): one generous judge no longer decides the order.
 */
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import {
  advancing,
  aggregate,
  judgeConsistency,
  round2,
  validateRubric,
  validateScores,
  weightedScore,
  type AggregationInput,
  type Criterion,
  type ScoreSheet,
} from "./aggregation";

const RUBRIC: Criterion[] = [
  { key: "innovation", label: "创新性", weight: 25, min: 0, max: 10 },
  { key: "impact", label: "应用成效", weight: 30, min: 0, max: 10 },
  { key: "reuse", label: "复用推广价值", weight: 25, min: 0, max: 10 },
  { key: "tech", label: "技术实现", weight: 20, min: 0, max: 10 },
];
const marks = (innovation: number, impact: number, reuse: number, tech: number) => ({ innovation, impact, reuse, tech });

// One criterion on 0–100, so a sheet's weighted score is the mark itself.
const OVERALL: Criterion[] = [{ key: "overall", label: "综合评价", weight: 100, min: 0, max: 100 }];
const sheet = (judgeId: string, entryId: string, overall: number): ScoreSheet => ({
  judgeId,
  entryId,
  scores: { overall },
});

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => items.find((item) => item.id === id)!;

describe("rubric", () => {
  it("accepts the four-criterion rubric", () => {
    expect(validateRubric(RUBRIC)).toEqual([]);
  });

  it("says what the weights add up to when they miss 100%", () => {
    // 25 + 30 + 25 + 15 = 95.
    const rubric = RUBRIC.map((c) => (c.key === "tech" ? { ...c, weight: 15 } : c));
    expect(validateRubric(rubric)).toEqual(["各评分项权重之和须为 100%，当前为 95%"]);
  });

  it("refuses a repeated key, an empty range, a zero or fractional weight and a missing name", () => {
    expect(
      validateRubric([
        { key: "innovation", label: "创新性", weight: 50, min: 0, max: 10 },
        { key: "innovation", label: "创新性（复评）", weight: 50, min: 10, max: 10 },
      ]),
    ).toEqual(["评分项标识“innovation”重复", "“创新性（复评）”的最低分须小于最高分"]);
    expect(
      validateRubric([
        { key: "a", label: "创新性", weight: 0, min: 0, max: 10 },
        { key: "b", label: "", weight: 99.5, min: 0, max: 10 },
        { key: "c", label: "技术实现", weight: 0.5, min: 0, max: 10 },
      ]),
    ).toEqual([
      "“创新性”的权重须为大于 0 的整数（百分比）",
      "第 2 个评分项缺少名称",
      "“b”的权重须为大于 0 的整数（百分比）",
      "“技术实现”的权重须为大于 0 的整数（百分比）",
    ]);
    expect(validateRubric([])).toEqual(["评分细则至少需要一个评分项"]);
  });
});

describe("weighted score", () => {
  it("weighs each criterion by its percentage", () => {
    // 25×8/10 + 30×7/10 + 25×6/10 + 20×9/10 = 20 + 21 + 15 + 18 = 74.
    expect(weightedScore(RUBRIC, marks(8, 7, 6, 9))).toBeCloseTo(74, 10);
    expect(weightedScore(RUBRIC, marks(10, 10, 10, 10))).toBeCloseTo(100, 10);
    expect(weightedScore(RUBRIC, marks(0, 0, 0, 0))).toBe(0);
  });

  it("rescales a criterion whose range does not start at 0", () => {
    const rubric: Criterion[] = [
      { key: "a", label: "创新性", weight: 60, min: 0, max: 10 },
      { key: "b", label: "应用成效", weight: 40, min: 1, max: 5 },
    ];
    // 60 × 7/10 + 40 × (4 − 1)/(5 − 1) = 42 + 30 = 72.
    expect(weightedScore(rubric, { a: 7, b: 4 })).toBeCloseTo(72, 10);
    // The bottom of each range is worth 0 points: 60 × 0 + 40 × 0.
    expect(weightedScore(rubric, { a: 0, b: 1 })).toBe(0);
  });

  it("names the criterion of every missing, out-of-range or unknown score", () => {
    expect(validateScores(RUBRIC, marks(8, 7, 6, 9))).toEqual({});
    expect(validateScores(RUBRIC, { innovation: 11, impact: -1, reuse: Number.NaN, bonus: 5 })).toEqual({
      innovation: "“创新性”的分数须在 0 到 10 之间",
      impact: "“应用成效”的分数须在 0 到 10 之间",
      reuse: "“复用推广价值”的分数须在 0 到 10 之间",
      tech: "请填写“技术实现”的分数",
      bonus: "评分项“bonus”不在评分细则中",
    });
  });

  it("refuses to compute a score from an invalid sheet", () => {
    const attempt = () => weightedScore(RUBRIC, { ...marks(8, 7, 6, 9), innovation: 10.5 });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow("“创新性”的分数须在 0 到 10 之间");
  });
});

describe("aggregate", () => {
  // The README example above.
  const readme: Omit<AggregationInput, "method"> = {
    rubric: RUBRIC,
    entries: [
      { id: "A", track: "智慧港口", name: "港口集装箱智慧调度" },
      { id: "B", track: "智慧港口", name: "社区养老一键通" },
    ],
    sheets: [
      { judgeId: "J1", entryId: "A", scores: marks(8, 7, 6, 9) },
      { judgeId: "J2", entryId: "A", scores: marks(9, 8, 7, 8) },
      { judgeId: "J3", entryId: "A", scores: marks(7, 7, 7, 7) },
      { judgeId: "J4", entryId: "A", scores: marks(10, 9, 9, 9) },
      { judgeId: "J5", entryId: "A", scores: marks(6, 5, 6, 6) },
      { judgeId: "J1", entryId: "B", scores: marks(7, 7, 7, 7) },
      { judgeId: "J2", entryId: "B", scores: marks(8, 8, 8, 8) },
      { judgeId: "J3", entryId: "B", scores: marks(7, 8, 6, 7) },
      { judgeId: "J4", entryId: "B", scores: marks(6, 7, 6, 7) },
      { judgeId: "J5", entryId: "B", scores: marks(10, 10, 10, 10) },
    ],
  };

  it("works the README example", () => {
    const byMean = aggregate({ ...readme, method: "mean" });
    const a = byId(byMean.entries, "A");
    const b = byId(byMean.entries, "B");
    expect(a.rawScores.map((x) => round2(x))).toEqual([74, 80, 70, 92.5, 57]);
    expect(b.rawScores.map((x) => round2(x))).toEqual([70, 80, 70.5, 65, 100]);
    expect(a.mean).toBeCloseTo(74.7, 10);
    expect(a.trimmedMean).toBeCloseTo(224 / 3, 10);
    expect(a.total).toBeCloseTo(373.5, 10);
    expect(b.mean).toBeCloseTo(77.1, 10);
    expect(b.trimmedMean).toBeCloseTo(73.5, 10);
    expect(b.total).toBeCloseTo(385.5, 10);
    // (8 + 9 + 7 + 10 + 6) / 5 = 8 for 创新性 of A.
    expect(a.criterionMeans.innovation).toBeCloseTo(8, 10);
    expect(byMean.entries.map((e) => [e.id, e.rank, e.score])).toEqual([
      ["B", 1, b.mean],
      ["A", 2, a.mean],
    ]);

    const byTrimmed = aggregate({ ...readme, method: "trimmed_mean" });
    expect(byTrimmed.entries.map((e) => e.id)).toEqual(["A", "B"]);
    expect(byTrimmed.entries.map((e) => round2(e.score!))).toEqual([74.67, 73.5]);
    expect(byTrimmed.entries.map((e) => e.tieBreak)).toEqual([null, null]);
  });

  it("drops one highest and one lowest score from 5 sheets, but not from 4", () => {
    const entries = [
      { id: "five", track: "民生服务" },
      { id: "four", track: "民生服务" },
      { id: "ties", track: "民生服务" },
    ];
    const result = aggregate({
      rubric: OVERALL,
      entries,
      method: "trimmed_mean",
      sheets: [
        // 60, 70, 75, 80, 95 → mean 380 / 5 = 76; drop 60 and 95 → (70 + 75 + 80) / 3 = 75.
        ...[60, 70, 75, 80, 95].map((score, i) => sheet(`J${i + 1}`, "five", score)),
        // 60, 70, 80, 95 → too few to trim: 305 / 4 = 76.25 either way.
        ...[60, 70, 80, 95].map((score, i) => sheet(`J${i + 1}`, "four", score)),
        // 70, 70, 80, 90, 90 → only one of each tied extreme goes: (70 + 80 + 90) / 3 = 80.
        ...[70, 70, 80, 90, 90].map((score, i) => sheet(`J${i + 1}`, "ties", score)),
      ],
    });
    const five = byId(result.entries, "five");
    expect(five.mean).toBeCloseTo(76, 10);
    expect(five.trimmedMean).toBeCloseTo(75, 10);
    expect(five.total).toBeCloseTo(380, 10);
    const four = byId(result.entries, "four");
    expect(four.mean).toBeCloseTo(76.25, 10);
    expect(four.trimmedMean).toBeCloseTo(76.25, 10);
    expect(byId(result.entries, "ties").trimmedMean).toBeCloseTo(80, 10);
    // Ranked by the trimmed mean: ties 80, four 76.25, five 75.
    expect(result.entries.map((e) => e.id)).toEqual(["ties", "four", "five"]);

    // A higher threshold keeps all 5 sheets of "five": 380 / 5 = 76.
    const five6 = aggregate({
      rubric: OVERALL,
      entries: [entries[0]!],
      method: "trimmed_mean",
      trimThreshold: 6,
      sheets: [60, 70, 75, 80, 95].map((score, i) => sheet(`J${i + 1}`, "five", score)),
    });
    expect(five6.entries[0]!.trimmedMean).toBeCloseTo(76, 10);
  });

  describe("normalisation", () => {
    /*
     * Judges A and B are calibrated alike; H scores about 12 points lower than them.
     *   X (A 84, H 72): raw mean 78      Y (A 80, B 80): raw mean 80   → by raw mean Y beats X,
     * only because X drew the harsh judge. Both A and H rate X half an SD above their own average.
     * Fillers in another track give every judge 5 sheets:
     *   A: X 84, Y 80, G5 68, G6 76, G7 92 → mean 80, deviations −12 −4 0 4 12, SD √(320/5) = 8
     *   B: Y 80, G1 68, G2 76, G3 84, G4 92 → mean 80, SD 8
     *   H: X 72, G1 56, G2 64, G3 68, G4 80 → mean 68, SD 8
     * Panel (15 sheets): mean (400 + 400 + 340) / 15 = 76;
     *   squared deviations from 76: A 64+0+16+64+256 = 400, B 400, H 400+144+64+16+16 = 640 → SD √(1440/15) = √96.
     * z-scores: X: A (84−80)/8 = 0.5, H (72−68)/8 = 0.5; Y: A 0, B 0.
     * Normalised: X = 76 + √96 × 0.5 ≈ 80.899, Y = 76 + √96 × 0 = 76 → X first.
     */
    const calibration: Omit<AggregationInput, "method"> = {
      rubric: OVERALL,
      entries: [
        { id: "X", track: "城市治理" },
        { id: "Y", track: "城市治理" },
        ...["G1", "G2", "G3", "G4", "G5", "G6", "G7"].map((id) => ({ id, track: "其他" })),
      ],
      sheets: [
        sheet("A", "X", 84),
        sheet("H", "X", 72),
        sheet("A", "Y", 80),
        sheet("B", "Y", 80),
        ...[68, 76, 84, 92].map((score, i) => sheet("B", `G${i + 1}`, score)),
        ...[56, 64, 68, 80].map((score, i) => sheet("H", `G${i + 1}`, score)),
        ...[68, 76, 92].map((score, i) => sheet("A", `G${i + 5}`, score)),
      ],
    };

    it("takes away the harsh judge's say over the order", () => {
      const raw = aggregate({ ...calibration, method: "mean" });
      expect(raw.entries.filter((e) => e.track === "城市治理").map((e) => [e.id, e.score])).toEqual([
        ["Y", 80],
        ["X", 78],
      ]);

      const normalised = aggregate({ ...calibration, method: "normalised" });
      expect(normalised.panelMean).toBeCloseTo(76, 10);
      expect(normalised.panelSd).toBeCloseTo(Math.sqrt(96), 10);
      expect(normalised.normalisedJudgeIds).toEqual(["A", "B", "H"]);
      const track = normalised.entries.filter((e) => e.track === "城市治理");
      expect(track.map((e) => [e.id, e.rank])).toEqual([
        ["X", 1],
        ["Y", 2],
      ]);
      expect(track[0]!.score).toBeCloseTo(76 + Math.sqrt(96) / 2, 10);
      expect(track[1]!.score).toBeCloseTo(76, 10);
      // G1: B (68−80)/8 = −1.5, H (56−68)/8 = −1.5 → 76 − 1.5√96 ≈ 61.30.
      expect(byId(normalised.entries, "G1").normalised).toBeCloseTo(76 - 1.5 * Math.sqrt(96), 10);
      // The raw figures stay alongside, for tie-breaks and display.
      expect(track[0]!.mean).toBe(78);
      expect(track[0]!.total).toBe(156);
    });

    it("keeps the raw scores of a judge with too few sheets", () => {
      /*
       * A scores P1…P5: 68, 76, 80, 84, 92 (mean 80, SD 8). D scores only P1 70 and P2 90.
       * Panel (7 sheets): mean (400 + 160) / 7 = 80; squared deviations 320 + 100 + 100 = 520 → SD √(520/7) ≈ 8.619.
       * D has 2 < 5 sheets, so D's 70 and 90 count as they are:
       *   P1 = ((80 + √(520/7) × (68−80)/8) + 70) / 2 = (80 − 1.5 × 8.619 + 70) / 2 ≈ 68.536
       *   P2 = ((80 + √(520/7) × (76−80)/8) + 90) / 2 = (80 − 0.5 × 8.619 + 90) / 2 ≈ 82.845
       *   P3 = 80 + √(520/7) × 0 = 80
       */
      const input: AggregationInput = {
        rubric: OVERALL,
        entries: ["P1", "P2", "P3", "P4", "P5"].map((id) => ({ id, track: "民生服务" })),
        sheets: [
          ...[68, 76, 80, 84, 92].map((score, i) => sheet("A", `P${i + 1}`, score)),
          sheet("D", "P1", 70),
          sheet("D", "P2", 90),
        ],
        method: "normalised",
      };
      const panelSd = Math.sqrt(520 / 7);
      const result = aggregate(input);
      expect(result.normalisedJudgeIds).toEqual(["A"]);
      expect(result.panelSd).toBeCloseTo(panelSd, 10);
      expect(byId(result.entries, "P1").normalised).toBeCloseTo((80 - 1.5 * panelSd + 70) / 2, 10);
      expect(byId(result.entries, "P2").normalised).toBeCloseTo((80 - 0.5 * panelSd + 90) / 2, 10);
      expect(byId(result.entries, "P3").normalised).toBeCloseTo(80, 10);

      // With the minimum lowered to 2, D is normalised too: D's mean 80, SD 10, so 70 → z −1 and 90 → z +1.
      //   P1 = ((80 − 1.5 × 8.619) + (80 − 8.619)) / 2 = 80 − 1.25 × 8.619
      const lowered = aggregate({ ...input, normaliseMinSheets: 2 });
      expect(lowered.normalisedJudgeIds).toEqual(["A", "D"]);
      expect(byId(lowered.entries, "P1").normalised).toBeCloseTo(80 - 1.25 * panelSd, 10);
    });

    it("puts every sheet of a judge who gave one score to all at the panel mean", () => {
      /*
       * A scores P1…P5: 68, 76, 80, 84, 92; Z gives all five 75 (SD 0).
       * Panel (10 sheets): mean (400 + 375) / 10 = 77.5; squared deviations from 77.5:
       *   A 90.25 + 2.25 + 6.25 + 42.25 + 210.25 = 351.25, Z 5 × 6.25 = 31.25 → SD √(382.5/10) = √38.25.
       * Z's sheets → 77.5. P3 = (77.5 + √38.25 × 0 + 77.5) / 2 = 77.5; P1 = (77.5 − 1.5√38.25 + 77.5) / 2.
       */
      const result = aggregate({
        rubric: OVERALL,
        entries: ["P1", "P2", "P3", "P4", "P5"].map((id) => ({ id, track: "民生服务" })),
        sheets: [
          ...[68, 76, 80, 84, 92].map((score, i) => sheet("A", `P${i + 1}`, score)),
          ...[1, 2, 3, 4, 5].map((i) => sheet("Z", `P${i}`, 75)),
        ],
        method: "normalised",
      });
      expect(result.panelMean).toBeCloseTo(77.5, 10);
      expect(byId(result.entries, "P3").normalised).toBeCloseTo(77.5, 10);
      expect(byId(result.entries, "P1").normalised).toBeCloseTo((155 - 1.5 * Math.sqrt(38.25)) / 2, 10);
    });
  });

  describe("tie-breaks", () => {
    /*
     * Every entry but T0 scores a mean of 80 (weights 2.5/3/2.5/2 per mark):
     *   (8, 8, 8, 8)   → 20 + 24 + 20 + 16 = 80
     *   (8, 9, 8, 6.5) → 20 + 27 + 20 + 13 = 80, with 9 on 应用成效, the highest-weight criterion (30%)
     * T0: one sheet (9, 9, 9, 9) = 90 → first, no tie.
     * T1: three sheets of 80 → total 240           } ahead of the others on total (240 > 160)
     * T3: two sheets (8, 9, 8, 6.5) → total 160    } ahead of T4, T2, T5, T6 on 应用成效 (9 > 8)
     * T4: two sheets of 80, submitted 1 May        } ahead of T2 and T5 by earlier submission
     * T2, T5: two sheets of 80, submitted 2 May    } identical: T2 before T5 by id
     * T6: two sheets of 80, no submission time     } after every dated entry
     */
    const eighty = marks(8, 8, 8, 8);
    const input: AggregationInput = {
      rubric: RUBRIC,
      method: "mean",
      entries: [
        { id: "T0", track: "民生服务" },
        { id: "T1", track: "民生服务" },
        { id: "T2", track: "民生服务", submittedAt: new Date("2026-05-02T09:00:00+08:00") },
        { id: "T3", track: "民生服务", name: "港口集疏运一件事" },
        { id: "T4", track: "民生服务", submittedAt: "2026-05-01T09:00:00+08:00" },
        { id: "T5", track: "民生服务", submittedAt: "2026-05-02T09:00:00+08:00" },
        { id: "T6", track: "民生服务" },
      ],
      sheets: [
        { judgeId: "J1", entryId: "T0", scores: marks(9, 9, 9, 9) },
        ...["J1", "J2", "J3"].map((judgeId) => ({ judgeId, entryId: "T1", scores: eighty })),
        ...["J1", "J2"].map((judgeId) => ({ judgeId, entryId: "T3", scores: marks(8, 9, 8, 6.5) })),
        ...["T2", "T4", "T5", "T6"].flatMap((entryId) =>
          ["J1", "J2"].map((judgeId) => ({ judgeId, entryId, scores: eighty })),
        ),
      ],
    };

    it("breaks ties by total, top criterion, submission time, then id, and says which", () => {
      const { entries } = aggregate(input);
      expect(entries.map((e) => [e.id, e.rank])).toEqual([
        ["T0", 1],
        ["T1", 2],
        ["T3", 3],
        ["T4", 4],
        ["T2", 5],
        ["T5", 6],
        ["T6", 7],
      ]);
      expect(Object.fromEntries(entries.map((e) => [e.id, e.tieBreak]))).toEqual({
        T0: null,
        T1: "与“港口集疏运一件事”的得分相同，总分较高（240.00 对 160.00），排名在前",
        T3: "与“T1”的得分相同，总分较低（160.00 对 240.00），排名在后",
        T4: "与“港口集疏运一件事”的得分、总分相同，“应用成效”平均分较低（8.00 对 9.00），排名在后",
        T2: "与“T4”的得分、总分和“应用成效”平均分相同，提交时间较晚，排名在后",
        T5: "与“T2”的得分、总分、“应用成效”平均分和提交时间相同，按作品编号排序，排名在后",
        T6: "与“T5”的得分、总分和“应用成效”平均分相同，未记录提交时间，排名在后",
      });
    });

    it("gives the same result whatever order the input comes in", () => {
      const shuffled = aggregate({
        ...input,
        entries: [...input.entries].reverse(),
        sheets: [...input.sheets].reverse(),
      });
      expect(shuffled).toEqual(aggregate(input));
    });
  });

  it("leaves entries nobody has scored unranked, after the ranked ones", () => {
    const result = aggregate({
      rubric: OVERALL,
      method: "mean",
      entries: [
        { id: "A", track: "民生服务" },
        { id: "B", track: "民生服务" },
      ],
      sheets: [sheet("J1", "B", 60)],
    });
    expect(result.entries).toEqual([
      expect.objectContaining({ id: "B", rank: 1, score: 60, tieBreak: null }),
      expect.objectContaining({
        id: "A",
        rank: null,
        score: null,
        mean: null,
        trimmedMean: null,
        normalised: null,
        total: 0,
        sheetCount: 0,
        criterionMeans: {},
      }),
    ]);
  });

  it("refuses sheets for unknown entries, two sheets from one judge, and a broken rubric", () => {
    const base: AggregationInput = { rubric: OVERALL, method: "mean", entries: [{ id: "A", track: "民生服务" }], sheets: [] };
    expect(() => aggregate({ ...base, sheets: [sheet("J1", "Z", 60)] })).toThrow("评分表所评的作品“Z”不在本次汇总范围内");
    expect(() => aggregate({ ...base, sheets: [sheet("J1", "A", 60), sheet("J1", "A", 70)] })).toThrow(
      "评委“J1”对作品“A”有多份评分表",
    );
    expect(() => aggregate({ ...base, sheets: [sheet("J1", "A", 101)] })).toThrow("“综合评价”的分数须在 0 到 100 之间");
    expect(() => aggregate({ ...base, rubric: [{ ...OVERALL[0]!, weight: 90 }] })).toThrow(
      "各评分项权重之和须为 100%，当前为 90%",
    );
  });

  it("ranks each track on its own and advances the top N of each", () => {
    const result = aggregate({
      rubric: OVERALL,
      method: "mean",
      entries: [
        { id: "m1", track: "民生服务" },
        { id: "m2", track: "民生服务" },
        { id: "m3", track: "民生服务" },
        { id: "c1", track: "城市治理" },
        { id: "c2", track: "城市治理" },
      ],
      sheets: [
        sheet("J1", "m1", 70),
        sheet("J1", "m2", 90),
        sheet("J1", "m3", 80),
        sheet("J1", "c1", 60),
        sheet("J1", "c2", 65),
      ],
    });
    // Tracks in code-unit order: 城 (U+57CE) before 民 (U+6C11).
    expect(result.entries.map((e) => [e.track, e.id, e.rank])).toEqual([
      ["城市治理", "c2", 1],
      ["城市治理", "c1", 2],
      ["民生服务", "m2", 1],
      ["民生服务", "m3", 2],
      ["民生服务", "m1", 3],
    ]);
    expect(advancing(result.entries, 2).map((e) => e.id)).toEqual(["c2", "c1", "m2", "m3"]);
    expect(advancing(result.entries, 1).map((e) => e.id)).toEqual(["c2", "m2"]);
    expect(advancing(result.entries, 0)).toEqual([]);
  });
});

describe("judge consistency", () => {
  it("measures each judge against the other judges of the same entries", () => {
    /*
     * E1: J1 70, J2 80, J3 90.   E2: J1 60, J2 70.   E3: J3 50 alone (no one to compare with).
     * J1: E1 70 − (80+90)/2 = −15, E2 60 − 70 = −10 → bias −12.5; scores 70, 60 → mean 65, SD 5.
     * J2: E1 80 − (70+90)/2 = 0,   E2 70 − 60 = 10  → bias 5;     scores 80, 70 → mean 75, SD 5.
     * J3: E1 90 − (70+80)/2 = 15, E3 skipped       → bias 15;    scores 90, 50 → mean 70, SD 20.
     * Biases −12.5, 5, 15: median 5, absolute deviations 17.5, 0, 10 → MAD 10, σ̂ = 14.826,
     * limit 2.5 × 14.826 ≈ 37.1: nobody is an outlier among three.
     */
    const judges = judgeConsistency({
      rubric: OVERALL,
      sheets: [
        sheet("J1", "E1", 70),
        sheet("J2", "E1", 80),
        sheet("J3", "E1", 90),
        sheet("J1", "E2", 60),
        sheet("J2", "E2", 70),
        sheet("J3", "E3", 50),
      ],
    });
    expect(judges).toEqual([
      { judgeId: "J1", sheetCount: 2, mean: 65, sd: 5, bias: -12.5, comparedSheets: 2, flag: null },
      { judgeId: "J2", sheetCount: 2, mean: 75, sd: 5, bias: 5, comparedSheets: 2, flag: null },
      { judgeId: "J3", sheetCount: 2, mean: 70, sd: 20, bias: 15, comparedSheets: 1, flag: null },
    ]);
  });

  it("has no bias for a judge who shares no entry", () => {
    expect(judgeConsistency({ rubric: OVERALL, sheets: [sheet("J1", "E1", 70)] })).toEqual([
      { judgeId: "J1", sheetCount: 1, mean: 70, sd: 0, bias: null, comparedSheets: 0, flag: null },
    ]);
  });

  /*
   * Ten entries, quality 50 + 3e (e = 0…9), each scored by every judge. The judge at index j adds a habit of
   * (j mod 5) − 2 points and a per-entry wobble of ((5j + 3e) mod 3) − 1, together always within ±3; the harsh
   * judge subtracts 15 more, the lenient one adds 15. With all fourteen, the normal judges' biases lie between
   * −3.08 and +3.38, median 0.15, σ̂ = 1.4826 × MAD ≈ 1.60, so the outlier limit is ≈ 4.0; the harsh judge's bias
   * is −17.08 (−15, measured against a panel that includes the +15 judge), the lenient one's +18.46. With the
   * twelve alone, biases lie between −3.00 and +3.55 (limit ≈ 4.0): no outlier, and none reaches 5 points.
   */
  const panel = (judges: { id: string; shift: number }[]): ScoreSheet[] =>
    judges.flatMap(({ id, shift }, j) =>
      Array.from({ length: 10 }, (_, e) => {
        const noise = ((j % 5) - 2) + (((5 * j + 3 * e) % 3) - 1);
        return sheet(id, `E${e}`, 50 + 3 * e + shift + noise);
      }),
    );
  const normal = Array.from({ length: 12 }, (_, i) => ({ id: `N${String(i + 1).padStart(2, "0")}`, shift: 0 }));

  it("flags a harsh and a lenient judge among twelve normal ones", () => {
    const judges = judgeConsistency({
      rubric: OVERALL,
      sheets: panel([...normal, { id: "H", shift: -15 }, { id: "L", shift: 15 }]),
    });
    const harsh = byJudge(judges, "H");
    const lenient = byJudge(judges, "L");
    expect(harsh.flag).toBe("harsh");
    expect(harsh.bias).toBeLessThan(-13);
    expect(lenient.flag).toBe("lenient");
    expect(lenient.bias).toBeGreaterThan(13);
    expect(judges.filter((judge) => judge.flag !== null).map((judge) => judge.judgeId)).toEqual(["H", "L"]);
    expect(judges.every((judge) => judge.comparedSheets === 10)).toBe(true);
  });

  it("flags nobody when every judge is within the noise", () => {
    const judges = judgeConsistency({ rubric: OVERALL, sheets: panel(normal) });
    expect(judges).toHaveLength(12);
    expect(judges.every((judge) => judge.flag === null && Math.abs(judge.bias!) < 5)).toBe(true);
  });

  it("flags nobody in an evenly spread panel", () => {
    // Four judges 10 points apart on two entries (E1 50/60/70/80, E2 60/70/80/90). K1's gap to the other three:
    // 50 − 70 = −20 and 60 − 80 = −20 → −20; likewise K2 −20/3, K3 20/3, K4 20. Median 0; absolute deviations
    // 20, 6.67, 6.67, 20 → MAD (6.67 + 20) / 2 = 13.33; limit 2.5 × 1.4826 × 13.33 ≈ 49.4. An evenly spread
    // panel has no outlier, however large the extremes' biases.
    const judges = judgeConsistency({
      rubric: OVERALL,
      sheets: ["K1", "K2", "K3", "K4"].flatMap((id, i) => [sheet(id, "E1", 50 + 10 * i), sheet(id, "E2", 60 + 10 * i)]),
    });
    expect(judges.map((judge) => round2(judge.bias!))).toEqual([-20, -6.67, 6.67, 20]);
    expect(judges.every((judge) => judge.flag === null)).toBe(true);
  });
});

describe("round2", () => {
  it("rounds half away from zero the way a person would", () => {
    expect(round2(224 / 3)).toBe(74.67);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(80.005)).toBe(80.01);
    expect(round2(-12.345)).toBe(-12.35);
    expect(round2(-0.001)).toBe(0);
  });
});

function byJudge<T extends { judgeId: string }>(judges: readonly T[], id: string): T {
  return judges.find((judge) => judge.judgeId === id)!;
}
