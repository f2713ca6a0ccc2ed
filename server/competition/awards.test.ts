import { describe, expect, it } from "vitest";
import { awardPlacements, type StageRanking } from "./awards";

const ranked = (stageId: string, rows: [id: string, track: string, rank: number | null, score: number | null][]): StageRanking => ({
  stageId,
  entries: rows.map(([id, track, rank, score]) => ({ id, track, rank, score })),
});

describe("award placements", () => {
  // 初赛: eight entries in two tracks; three of 城市治理 and two of 民生服务 reach 决赛.
  const preliminary = ranked("初赛", [
    ["A", "城市治理", 1, 88],
    ["B", "城市治理", 2, 85],
    ["C", "城市治理", 3, 80],
    ["D", "城市治理", 4, 79],
    ["E", "城市治理", 5, 60],
    ["F", "民生服务", 1, 90],
    ["G", "民生服务", 2, 70],
    ["H", "民生服务", null, null],
  ]);
  const final = ranked("决赛", [
    ["C", "城市治理", 1, 91],
    ["A", "城市治理", 2, 87],
    ["B", "城市治理", 3, 86],
    ["G", "民生服务", 1, 84],
    ["F", "民生服务", 2, 83],
  ]);

  it("places finalists by their final rank, then the others by their rank in the stage they went out in", () => {
    const placements = awardPlacements([final, preliminary], ["城市治理", "民生服务"], { first: 1, second: 1, third: 1, merit: 2 });
    expect(placements.map((p) => [p.track, p.rank, p.entryId, p.award, p.stageId, p.score])).toEqual([
      ["城市治理", 1, "C", "first", "决赛", 91],
      ["城市治理", 2, "A", "second", "决赛", 87],
      ["城市治理", 3, "B", "third", "决赛", 86],
      // D scored 79 in 初赛 and E 60: 优秀奖 in that order.
      ["城市治理", 4, "D", "merit", "初赛", 79],
      ["城市治理", 5, "E", "merit", "初赛", 60],
      ["民生服务", 1, "G", "first", "决赛", 84],
      ["民生服务", 2, "F", "second", "决赛", 83],
      // H was never scored, so 民生服务 runs out of entries before its awards.
    ]);
  });

  it("hands out no more awards than the quota, and none for a quota of zero", () => {
    const placements = awardPlacements([final, preliminary], ["城市治理", "民生服务"], { first: 1, second: 0, third: 0, merit: 1 });
    expect(placements.map((p) => [p.entryId, p.award])).toEqual([
      ["C", "first"],
      ["A", "merit"],
      ["G", "first"],
      ["F", "merit"],
    ]);
    expect(awardPlacements([final], ["产业发展"], { first: 1, second: 1, third: 1, merit: 3 })).toEqual([]);
  });
});
