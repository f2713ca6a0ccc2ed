import type { EntryResult } from "./aggregation";
import type { Award, AwardQuota } from "./schemas";

export interface StageRanking {
  stageId: string;
  entries: readonly Pick<EntryResult, "id" | "track" | "rank" | "score">[];
}

export interface Placement {
  entryId: string;
  track: string;
  /** 1-based place within the track. */
  rank: number;
  award: Award;
  /** The stage whose score placed the entry, and that score. */
  stageId: string;
  score: number;
}

/**
 * Awards per track. Entries that reached the last stage are placed first, by their rank there; then those
 * that went out in each earlier stage, by their rank in it; unscored entries are not placed. The quota then
 * hands out 一等奖, 二等奖, 三等奖 and 优秀奖 down that order until either runs out.
 * `rankings` lists the scored stages from the last to the first.
 */
export function awardPlacements(rankings: readonly StageRanking[], tracks: readonly string[], quota: AwardQuota): Placement[] {
  const awards: Award[] = (["first", "second", "third", "merit"] as const).flatMap((award) => Array<Award>(quota[award]).fill(award));
  return tracks.flatMap((track) => {
    const placed = new Set<string>();
    const order: { entryId: string; stageId: string; score: number }[] = [];
    for (const ranking of rankings) {
      const ranked = ranking.entries
        .filter((e) => e.track === track && e.rank !== null && e.score !== null && !placed.has(e.id))
        .sort((a, b) => a.rank! - b.rank!);
      for (const e of ranked) {
        placed.add(e.id);
        order.push({ entryId: e.id, stageId: ranking.stageId, score: e.score! });
      }
    }
    return order.slice(0, awards.length).map((o, i) => ({ ...o, track, rank: i + 1, award: awards[i]! }));
  });
}
