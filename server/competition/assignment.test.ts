import { describe, expect, it } from "vitest";
import {
  assignJudges,
  swapJudge,
  type AssignmentEntry,
  type AssignmentInput,
  type AssignmentJudge,
  type AssignmentResult,
} from "./assignment";

/** mulberry32: a tiny seeded PRNG, so every "random" case is the same on every run. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const pad = (n: number) => String(n).padStart(3, "0");
const TRACKS = ["民生服务", "城市治理", "产业发展"];

function randomInput(
  seed: number,
  size: { entries: number; judges: number; departments: number; conflictRate: number; perEntry: number },
): AssignmentInput {
  const random = prng(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const judges = Array.from({ length: size.judges }, (_, i) => ({
    id: `J${pad(i)}`,
    departmentId: `D${pick(size.departments)}`,
  }));
  const entries = Array.from({ length: size.entries }, (_, i) => ({
    id: `E${pad(i)}`,
    track: TRACKS[pick(TRACKS.length)]!,
    // One or two declaring departments.
    departmentIds: [...new Set([`D${pick(size.departments)}`, `D${pick(size.departments)}`])].slice(0, 1 + pick(2)),
  }));
  const conflicts = entries.flatMap((entry) =>
    judges.filter(() => random() < size.conflictRate).map((judge) => ({ judgeId: judge.id, entryId: entry.id })),
  );
  return { entries, judges, conflicts, perEntry: size.perEntry };
}

/** Eligibility worked out here independently of the module. */
function eligibleJudges(input: AssignmentInput, entry: AssignmentEntry): AssignmentJudge[] {
  return input.judges.filter(
    (judge) =>
      !entry.departmentIds.includes(judge.departmentId) &&
      !input.conflicts.some((c) => c.judgeId === judge.id && c.entryId === entry.id),
  );
}

/** Every rule the assignment must keep; returns the loads for further checks. */
function expectValid(input: AssignmentInput, result: AssignmentResult): number[] {
  if (!result.ok) throw new Error(`expected an assignment, got: ${result.problems.join("；")}`);
  for (const entry of input.entries) {
    const judgeIds = result.assignments.filter((a) => a.entryId === entry.id).map((a) => a.judgeId);
    expect(new Set(judgeIds).size).toBe(input.perEntry);
    expect(judgeIds).toHaveLength(input.perEntry);
    const eligible = new Set(eligibleJudges(input, entry).map((judge) => judge.id));
    for (const judgeId of judgeIds) expect(eligible.has(judgeId), `${judgeId} on ${entry.id}`).toBe(true);
  }
  expect(result.assignments).toHaveLength(input.entries.length * input.perEntry);
  expect(Object.keys(result.loads).sort()).toEqual(input.judges.map((judge) => judge.id).sort());
  for (const judge of input.judges) {
    expect(result.loads[judge.id]).toBe(result.assignments.filter((a) => a.judgeId === judge.id).length);
  }
  return Object.values(result.loads);
}

const spread = (loads: number[]) => Math.max(...loads) - Math.min(...loads);

describe("assigning judges", () => {
  it("keeps every judge within one entry of the others", () => {
    // 10 entries × 3 judges = 30 slots over 4 judges: 30 / 4 = 7.5 → two judges get 7, two get 8.
    const input: AssignmentInput = {
      entries: Array.from({ length: 10 }, (_, i) => ({ id: `E${i}`, track: "民生服务", departmentIds: ["D-entry"] })),
      judges: ["A", "B", "C", "D"].map((id) => ({ id, departmentId: `D-${id}` })),
      conflicts: [],
      perEntry: 3,
    };
    const result = assignJudges(input);
    expect(expectValid(input, result).sort()).toEqual([7, 7, 8, 8]);
    expect(result.ok && result.warnings).toEqual([]);

    // 8 × 3 = 24 slots over 6 judges: exactly 4 each.
    const exact: AssignmentInput = {
      ...input,
      entries: input.entries.slice(0, 8),
      judges: ["A", "B", "C", "D", "E", "F"].map((id) => ({ id, departmentId: `D-${id}` })),
    };
    expect(expectValid(exact, assignJudges(exact))).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it("never assigns a judge to an entry of their own department or with a declared conflict", () => {
    const input: AssignmentInput = {
      entries: [
        { id: "E1", track: "民生服务", departmentIds: ["公安局", "交通局"] },
        { id: "E2", track: "民生服务", departmentIds: ["卫健委"] },
      ],
      judges: [
        { id: "J1", departmentId: "公安局" },
        { id: "J2", departmentId: "交通局" },
        { id: "J3", departmentId: "卫健委" },
        { id: "J4", departmentId: "大数据局" },
        { id: "J5", departmentId: "大数据局" },
      ],
      conflicts: [{ judgeId: "J4", entryId: "E2" }],
      perEntry: 2,
    };
    const result = assignJudges(input);
    expectValid(input, result);
    // E1 can only have J3, J4, J5; E2 only J1, J2, J5. Loads 4 slots over 5 judges: 0 or 1 each.
    if (!result.ok) return;
    const judgesOf = (entryId: string) => result.assignments.filter((a) => a.entryId === entryId).map((a) => a.judgeId);
    expect(["J3", "J4", "J5"]).toEqual(expect.arrayContaining(judgesOf("E1")));
    expect(["J1", "J2", "J5"]).toEqual(expect.arrayContaining(judgesOf("E2")));
    expect(Object.values(result.loads).every((load) => load <= 1)).toBe(true);
  });

  it("keeps the rules and the balance on random competitions", () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const size = { entries: 20 + seed * 3, judges: 9 + (seed % 6), departments: 8, conflictRate: 0.05, perEntry: 3 };
      const input = randomInput(seed, size);
      // These sizes leave every entry at least 3 eligible judges, so an assignment must exist.
      expect(input.entries.every((entry) => eligibleJudges(input, entry).length >= 3)).toBe(true);
      const result = assignJudges(input);
      expect(spread(expectValid(input, result)), `seed ${seed}`).toBeLessThanOrEqual(1);
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it("finds the most even loads there are when conflicts forbid spreading within one", () => {
    // Brute force on tiny competitions with many conflicts: try every way of giving each entry k of its
    // eligible judges, and compare the smallest max − min load with the module's.
    let uneven = 0;
    for (let seed = 100; seed < 140; seed += 1) {
      const input = randomInput(seed, { entries: 4, judges: 4, departments: 4, conflictRate: 0.3, perEntry: 2 });
      const choices = input.entries.map((entry) => pairsOf(eligibleJudges(input, entry).map((judge) => judge.id)));
      const result = assignJudges(input);
      if (choices.some((options) => options.length === 0)) {
        expect(result.ok).toBe(false);
        continue;
      }
      let best = Infinity;
      for (const combination of product(choices)) {
        const loads = input.judges.map((judge) => combination.flat().filter((id) => id === judge.id).length);
        best = Math.min(best, spread(loads));
      }
      const loads = expectValid(input, result);
      expect(spread(loads), `seed ${seed}`).toBe(best);
      expect(result.ok && result.warnings.length > 0, `seed ${seed}`).toBe(best > 1);
      if (best > 1) uneven += 1;
    }
    // The seeds must actually exercise the uneven case.
    expect(uneven).toBeGreaterThan(0);
  });

  it("says how uneven the loads have to be, and which judge is short of entries", () => {
    /*
     * 4 entries × 2 judges = 8 slots over A, B, C (even would be 2–3 each). C's department declared E2, E3 and
     * E4, so C can only take E1. E2–E4 then need both A and B (3 each), and E1 needs two of A, B, C:
     *   C on E1 → loads 1, 3, 4 (spread 3);  C idle → loads 0, 4, 4 (spread 4). The first is the best there is.
     */
    const input: AssignmentInput = {
      entries: [
        { id: "E1", track: "民生服务", departmentIds: ["D-x"] },
        { id: "E2", track: "民生服务", departmentIds: ["D-C"] },
        { id: "E3", track: "民生服务", departmentIds: ["D-C"] },
        { id: "E4", track: "民生服务", departmentIds: ["D-C", "D-x"] },
      ],
      judges: [
        { id: "A", departmentId: "D-A" },
        { id: "B", departmentId: "D-B" },
        { id: "C", departmentId: "D-C", name: "王芳" },
      ],
      conflicts: [],
      perEntry: 2,
    };
    const result = assignJudges(input);
    const loads = expectValid(input, result);
    expect(result.ok && result.loads.C).toBe(1);
    expect(loads.sort()).toEqual([1, 3, 4]);
    expect(result.ok && result.warnings).toEqual([
      "因回避规则，评委工作量无法做到相差不超过 1 件：最少 1 件，最多 4 件",
      "评委“王芳”只有 1 件无需回避的作品",
    ]);
  });

  it("keeps the other judges within one when a judge must recuse from everything", () => {
    /*
     * 11 entries × 2 = 22 slots. X's department declared every entry, so X scores nothing and the spread is at
     * least 22 / 5 → 5. The window [0, 5] alone would allow 5, 5, 5, 5, 2 for the others; lifting them
     * towards the average gives 4, 4, 4, 5, 5.
     */
    const input: AssignmentInput = {
      entries: Array.from({ length: 11 }, (_, i) => ({ id: `E${pad(i)}`, track: "民生服务", departmentIds: ["D-X"] })),
      judges: ["A", "B", "C", "D", "E", "X"].map((id) => ({ id, departmentId: `D-${id}` })),
      conflicts: [],
      perEntry: 2,
    };
    const result = assignJudges(input);
    expect(expectValid(input, result).sort()).toEqual([0, 4, 4, 4, 5, 5]);
    expect(result.ok && result.loads.X).toBe(0);
    expect(result.ok && result.warnings).toEqual([
      "因回避规则，评委工作量无法做到相差不超过 1 件：最少 0 件，最多 5 件",
      "评委“X”只有 0 件无需回避的作品",
    ]);
  });

  it("gives the same assignment whatever order the input comes in", () => {
    for (const seed of [7, 8, 9]) {
      const input = randomInput(seed, { entries: 30, judges: 12, departments: 8, conflictRate: 0.1, perEntry: 3 });
      const random = prng(seed * 1000);
      const shuffled: AssignmentInput = {
        ...input,
        entries: shuffle(input.entries, random).map((entry) => ({
          ...entry,
          departmentIds: shuffle(entry.departmentIds, random),
        })),
        judges: shuffle(input.judges, random),
        conflicts: shuffle(input.conflicts, random),
      };
      expect(assignJudges(shuffled)).toEqual(assignJudges(input));
    }
  });

  it("spreads the work beyond the first judges by id", () => {
    // 10 entries × 1 judge over 20 equally eligible judges: who gets one comes from the pair hash, not the id order.
    const input: AssignmentInput = {
      entries: Array.from({ length: 10 }, (_, i) => ({ id: `E${pad(i)}`, track: "民生服务", departmentIds: ["D-entry"] })),
      judges: Array.from({ length: 20 }, (_, i) => ({ id: `J${pad(i)}`, departmentId: "D-judge" })),
      conflicts: [],
      perEntry: 1,
    };
    const result = assignJudges(input);
    expectValid(input, result);
    const used = result.ok ? [...new Set(result.assignments.map((a) => a.judgeId))].sort() : [];
    expect(used).toHaveLength(10);
    expect(used).not.toEqual(input.judges.slice(0, 10).map((judge) => judge.id));
  });

  it("handles the largest competition: 200 entries, 50 judges, 5 each", () => {
    const input = randomInput(42, { entries: 200, judges: 50, departments: 20, conflictRate: 0.05, perEntry: 5 });
    // 200 × 5 = 1000 slots over 50 judges: exactly 20 each.
    expect(new Set(expectValid(input, assignJudges(input)))).toEqual(new Set([20]));
  });

  it("has nothing to do without entries", () => {
    expect(assignJudges({ entries: [], judges: [{ id: "J1", departmentId: "D1" }], conflicts: [], perEntry: 3 })).toEqual({
      ok: true,
      assignments: [],
      loads: { J1: 0 },
      warnings: [],
    });
  });
});

describe("explaining an impossible assignment", () => {
  const judges = [
    { id: "J1", departmentId: "D1" },
    { id: "J2", departmentId: "D2" },
    { id: "J3", departmentId: "D2" },
    { id: "J4", departmentId: "D3" },
  ];

  it("names each entry short of judges, why, and the track when several are", () => {
    const result = assignJudges({
      judges,
      perEntry: 3,
      entries: [
        // J2, J3 (D2) and J4 (D3) share its departments: only J1 is left.
        { id: "E1", track: "民生服务", name: "智慧停车", departmentIds: ["D2", "D3"] },
        // J1 shares its department, J2 and J3 declared a conflict: only J4 is left.
        { id: "E2", track: "民生服务", name: "社区食堂", departmentIds: ["D1"] },
        // Every judge must recuse.
        { id: "E3", track: "城市治理", name: "河道巡查", departmentIds: ["D1", "D2"] },
        // Fine: J1, J2, J3 and J4 minus J4's conflict.
        { id: "E4", track: "城市治理", name: "渣土车监管", departmentIds: [] },
      ],
      conflicts: [
        { judgeId: "J2", entryId: "E2" },
        { judgeId: "J3", entryId: "E2" },
        { judgeId: "J4", entryId: "E3" },
        { judgeId: "J4", entryId: "E4" },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        "作品“河道巡查”没有无利益冲突的评委，每件作品需要 3 位（需回避：3 位与申报单位同属一个部门，1 位申报了利益冲突）",
        "赛道“民生服务”：无利益冲突的评委不足，2 件作品的可选评委少于 3 位",
        "作品“智慧停车”只有 1 位无利益冲突的评委，少于每件作品所需的 3 位（需回避：3 位与申报单位同属一个部门）",
        "作品“社区食堂”只有 1 位无利益冲突的评委，少于每件作品所需的 3 位（需回避：1 位与申报单位同属一个部门，2 位申报了利益冲突）",
      ],
    });
  });

  it("says when there are fewer judges than each entry needs", () => {
    const entries = [{ id: "E1", track: "民生服务", departmentIds: [] }];
    expect(assignJudges({ entries, judges: judges.slice(0, 2), conflicts: [], perEntry: 3 })).toEqual({
      ok: false,
      problems: ["评委共 2 位，少于每件作品所需的 3 位"],
    });
    for (const perEntry of [0, 1.5]) {
      expect(assignJudges({ entries, judges, conflicts: [], perEntry })).toEqual({
        ok: false,
        problems: ["每件作品所需评委人数须为正整数"],
      });
    }
  });
});

describe("swapping a judge", () => {
  const context: Pick<AssignmentInput, "entries" | "judges" | "conflicts"> = {
    entries: [{ id: "E1", track: "民生服务", name: "智慧停车", departmentIds: ["交通局"] }],
    judges: [
      { id: "J1", departmentId: "大数据局", name: "李明" },
      { id: "J2", departmentId: "卫健委", name: "张伟" },
      { id: "J3", departmentId: "交通局", name: "刘洋" },
      { id: "J4", departmentId: "教育局", name: "陈静" },
      { id: "J5", departmentId: "财政局", name: "赵磊" },
    ],
    conflicts: [{ judgeId: "J4", entryId: "E1" }],
  };
  const assignments = [
    { entryId: "E1", judgeId: "J1" },
    { entryId: "E1", judgeId: "J2" },
  ];

  it("replaces the judge and leaves the old list untouched", () => {
    const before = structuredClone(assignments);
    expect(swapJudge(assignments, { entryId: "E1", fromJudgeId: "J1", toJudgeId: "J5" }, context)).toEqual({
      ok: true,
      assignments: [
        { entryId: "E1", judgeId: "J5" },
        { entryId: "E1", judgeId: "J2" },
      ],
    });
    expect(assignments).toEqual(before);
  });

  it("refuses a judge with a conflict of interest, from the entry's department, or already on the entry", () => {
    const swap = (fromJudgeId: string, toJudgeId: string) =>
      swapJudge(assignments, { entryId: "E1", fromJudgeId, toJudgeId }, context);
    expect(swap("J1", "J4")).toEqual({ ok: false, error: "评委“陈静”已申报与作品“智慧停车”存在利益冲突，须回避" });
    expect(swap("J1", "J3")).toEqual({ ok: false, error: "评委“刘洋”与作品“智慧停车”的申报单位同属一个部门，须回避" });
    expect(swap("J1", "J2")).toEqual({ ok: false, error: "评委“张伟”已在作品“智慧停车”的评审名单中" });
    expect(swap("J5", "J4")).toEqual({ ok: false, error: "评委“赵磊”并未分配评审作品“智慧停车”" });
    expect(swap("J1", "J9")).toEqual({ ok: false, error: "要换入的评委不存在" });
    expect(swapJudge(assignments, { entryId: "E9", fromJudgeId: "J1", toJudgeId: "J5" }, context)).toEqual({
      ok: false,
      error: "参赛作品不存在或已被删除",
    });
  });
});

function pairsOf(ids: string[]): string[][] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
}

function* product(options: string[][][]): Generator<string[][]> {
  const [first, ...rest] = options;
  if (!first) {
    yield [];
    return;
  }
  for (const choice of first) for (const tail of product(rest)) yield [choice, ...tail];
}
