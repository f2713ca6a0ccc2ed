import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { competitionAssignments, competitionEntries, competitionScoreSheets, departments, people, type Competition, type CompetitionStage } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { advancing, aggregate, judgeConsistency } from "./aggregation";
import {
  assertNoMissingSheets,
  assertNotPublished,
  assertReviewStage,
  auditOf,
  entriesInStage,
  loadStage,
  missingSheets,
  nextStage,
} from "./records";

/**
 * A scored stage's submitted sheets run through the aggregation: every entry with its mean, trimmed mean
 * and normalised score, ranked per track by the competition's method, and each judge's consistency.
 */
export async function stageStandings(tx: Db, competition: Competition, stage: CompetitionStage, stages: readonly CompetitionStage[]) {
  const entries = await entriesInStage(tx, stage, stages);
  const ids = new Set(entries.map((e) => e.id));
  const sheets = (
    await tx
      .select({ judgeId: competitionScoreSheets.judgeId, entryId: competitionScoreSheets.entryId, scores: competitionScoreSheets.scores })
      .from(competitionScoreSheets)
      .where(and(eq(competitionScoreSheets.stageId, stage.id), eq(competitionScoreSheets.status, "submitted")))
  ).filter((s) => ids.has(s.entryId));
  const result = aggregate({
    rubric: stage.rubric,
    entries: entries.map((e) => ({ id: e.id, track: e.track, name: e.name, submittedAt: e.submittedAt })),
    sheets,
    method: competition.aggregationMethod,
  });
  const consistency = sheets.length ? judgeConsistency({ rubric: stage.rubric, sheets }) : [];
  return { entries, result, consistency };
}

/**
 * The organisers' ranking of a stage, at any time (while open it counts the sheets submitted so far): per
 * track by the competition's method, with every method's score beside it, the tie-break reason, who would
 * advance, the judge-consistency report and the sheets still missing.
 */
export async function stageRanking(db: Db, actor: Actor, stageId: string) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以查看评审排名");
  const { stage, competition, stages } = await loadStage(db, stageId);
  assertReviewStage(stage);
  const { entries, result, consistency } = await stageStandings(db, competition, stage, stages);
  const goingOn = new Set(stage.advancePerTrack ? advancing(result.entries, stage.advancePerTrack).map((e) => e.id) : []);
  const judgeIds = consistency.map((c) => c.judgeId);
  const judges = judgeIds.length
    ? await db
        .select({ id: people.id, name: people.displayName, departmentName: departments.name })
        .from(people)
        .innerJoin(departments, eq(departments.id, people.departmentId))
        .where(inArray(people.id, judgeIds))
    : [];
  return {
    stage,
    method: competition.aggregationMethod,
    entries: result.entries.map((r) => {
      const e = entries.find((x) => x.id === r.id)!;
      return { ...r, name: e.name, departmentName: e.departmentName, team: e.team, scenarioId: e.scenarioId, advancing: goingOn.has(r.id) };
    }),
    panelMean: result.panelMean,
    panelSd: result.panelSd,
    normalisedJudgeIds: result.normalisedJudgeIds,
    consistency: consistency.map((c) => ({ ...c, ...judges.find((j) => j.id === c.judgeId)! })),
    missing: await missingSheets(db, stage.id),
  };
}

/**
 * After a stage has ended with every sheet in, the top N of each track go on to the next stage. It can be
 * run again while the next stage has no scores yet; its assignments are then cleared, as its entries change.
 */
export async function advanceStage(db: Db, actor: Actor, stageId: string) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以确定晋级作品");
  return db.transaction(async (tx) => {
    const { stage, competition, stages } = await loadStage(tx, stageId);
    assertReviewStage(stage);
    assertNotPublished(competition, "调整晋级作品");
    const next = nextStage(stages, stage);
    if (!next || !stage.advancePerTrack) throw new DomainError("BAD_REQUEST", `“${stage.name}”是最后一个阶段，没有晋级`);
    if (stage.status !== "closed") throw new DomainError("BAD_REQUEST", `请先结束“${stage.name}”，再确定晋级作品`);
    if (next.status !== "pending") throw new DomainError("BAD_REQUEST", `“${next.name}”已开始，晋级作品不能再调整`);
    const [scored] = await tx.select({ id: competitionScoreSheets.id }).from(competitionScoreSheets).where(eq(competitionScoreSheets.stageId, next.id)).limit(1);
    if (scored) throw new DomainError("BAD_REQUEST", `“${next.name}”已有评分，晋级作品不能再调整`);
    assertNoMissingSheets(await missingSheets(tx, stage.id));
    const { entries, result } = await stageStandings(tx, competition, stage, stages);
    const winners = advancing(result.entries, stage.advancePerTrack);
    const winnerIds = winners.map((w) => w.id);
    const others = entries.map((e) => e.id).filter((id) => !winnerIds.includes(id));
    if (winnerIds.length) await tx.update(competitionEntries).set({ advancedStageId: next.id }).where(inArray(competitionEntries.id, winnerIds));
    if (others.length) await tx.update(competitionEntries).set({ advancedStageId: stage.id }).where(inArray(competitionEntries.id, others));
    await tx.delete(competitionAssignments).where(eq(competitionAssignments.stageId, next.id));
    const perTrack = competition.tracks.map((t) => `${t} ${winners.filter((w) => w.track === t).length} 件`).join("、");
    await recordAudit(tx, actor, auditOf("competition", competition.id, "advance", `“${stage.name}”晋级“${next.name}”：${perTrack}`));
    return {
      next: { id: next.id, name: next.name },
      advanced: winners.map((w) => ({ id: w.id, track: w.track, rank: w.rank, name: entries.find((e) => e.id === w.id)!.name })),
    };
  });
}
