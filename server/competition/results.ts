import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionEntries,
  competitionResults,
  competitions,
  competitionScoreSheets,
  competitionStages,
  departments,
  people,
  scenarios,
  type Competition,
  type CompetitionStage,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { formatShanghaiTime } from "@/server/time";
import { notify, peopleWithRole } from "@/server/notifications/notify";
import { scenarioLifecycle } from "@/server/scenarios/lifecycle";
import { round2, validateScores, weightedScore } from "./aggregation";
import { awardPlacements } from "./awards";
import { stageStandings } from "./ranking";
import { assertNoMissingSheets, auditOf, loadCompetition, loadStages, missingSheets, reviewStages } from "./records";
import { AWARD_LABELS, SHEET_STATUS_LABELS, type promoteInput, type publishInput } from "./schemas";

/** The awards the current scores give, per track, from the last stage's ranking back to the first's. */
export async function computeResults(tx: Db, competition: Competition, stages: readonly CompetitionStage[]) {
  const rounds = [];
  for (const stage of reviewStages(stages).reverse()) {
    const { result } = await stageStandings(tx, competition, stage, stages);
    rounds.push({ stageId: stage.id, entries: result.entries });
  }
  return awardPlacements(rounds, competition.tracks, competition.awardQuota);
}

/**
 * Publishes the one result set of a competition. Refused while the last stage has sheets missing (naming
 * them) or has not ended. The competition row is claimed first with a conditional update on its version, so
 * of two organisers publishing at once one writes the results and the other gets a conflict.
 */
export async function publishResults(db: Db, actor: Actor, input: z.output<typeof publishInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以发布成绩");
  return db.transaction(async (tx) => {
    const current = await loadCompetition(tx, input.competitionId);
    if (current.resultsPublishedAt) throw new DomainError("CONFLICT", "本届大赛成绩已发布，不能重复发布");
    const claimed = await updateLocked(
      tx,
      competitions,
      { id: input.competitionId, version: input.version },
      { status: "closed", resultsPublishedAt: now, resultsPublishedBy: actor.id, updatedAt: now },
      isNull(competitions.resultsPublishedAt),
    );
    const stages = await loadStages(tx, claimed.id);
    const final = reviewStages(stages).at(-1)!;
    assertNoMissingSheets(await missingSheets(tx, final.id));
    const open = stages.find((s) => s.status !== "closed");
    if (open) throw new DomainError("BAD_REQUEST", `请先结束“${open.name}”，再发布成绩`);
    const placements = await computeResults(tx, claimed, stages);
    if (placements.length === 0) throw new DomainError("BAD_REQUEST", `“${final.name}”还没有评分结果，无法发布成绩`);
    await tx.insert(competitionResults).values(placements.map((p) => ({ ...p, competitionId: claimed.id, publishedAt: now })));
    const perAward = (["first", "second", "third", "merit"] as const)
      .map((a) => [AWARD_LABELS[a], placements.filter((p) => p.award === a).length] as const)
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n} 项`)
      .join("、");
    await recordAudit(tx, actor, auditOf("competition", claimed.id, "publish", `发布「${claimed.name}」成绩：${perAward}`));
    const entrants = await tx
      .selectDistinct({ departmentId: competitionEntries.departmentId })
      .from(competitionEntries)
      .where(and(eq(competitionEntries.competitionId, claimed.id), ne(competitionEntries.status, "withdrawn")));
    const told = await Promise.all(entrants.map((e) => peopleWithRole(tx, "publisher", e.departmentId)));
    await notify(tx, told.flat(), {
      kind: "results_published",
      title: `「${claimed.name}」成绩已发布`,
      body: perAward,
      link: `/competitions/${claimed.id}/results`,
      subjectType: "competition",
      subjectId: claimed.id,
    }, now);
    return { competition: claimed, results: placements.length };
  });
}

/** The published results of a competition, per track in award order, each with its scenario; for everyone. */
export async function publicResults(db: Db, actor: Actor | null, competitionId: string) {
  const [competition] = await db.select().from(competitions).where(eq(competitions.id, competitionId));
  if (!competition || (competition.status === "draft" && !(actor && can.manageCompetitions(actor)))) throw notFound("大赛");
  if (!can.viewCompetitionResults(actor, competition.resultsPublishedAt)) throw new DomainError("NOT_FOUND", "本届大赛成绩尚未发布");
  const rows = await db
    .select({
      track: competitionResults.track,
      rank: competitionResults.rank,
      award: competitionResults.award,
      score: competitionResults.score,
      stageName: competitionStages.name,
      entryId: competitionEntries.id,
      team: competitionEntries.team,
      summary: competitionEntries.summary,
      scenarioId: scenarios.id,
      scenarioName: scenarios.name,
      kind: scenarios.kind,
      benchmark: scenarios.benchmark,
      departmentName: departments.name,
    })
    .from(competitionResults)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionResults.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
    .innerJoin(competitionStages, eq(competitionStages.id, competitionResults.stageId))
    .where(eq(competitionResults.competitionId, competition.id))
    .orderBy(asc(competitionResults.rank));
  return {
    competition: { id: competition.id, name: competition.name, year: competition.year, resultsPublishedAt: competition.resultsPublishedAt },
    tracks: competition.tracks.map((track) => ({
      track,
      results: rows.filter((r) => r.track === track).map((r) => ({ ...r, awardLabel: AWARD_LABELS[r.award], score: round2(r.score) })),
    })),
  };
}

/**
 * 标杆场景 in one step: every published scenario among the chosen awards becomes a benchmark, each with its
 * own audit row, in one transaction. Scenarios retired since, or already benchmarks, are reported back.
 */
export async function promoteWinners(db: Db, actor: Actor, input: z.output<typeof promoteInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor) && can.manageBenchmarks(actor), "只有大赛组织者可以设定标杆场景");
  return db.transaction(async (tx) => {
    const competition = await loadCompetition(tx, input.competitionId);
    if (!competition.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "成绩发布后才能将获奖场景设为标杆场景");
    const winners = await tx
      .select({ award: competitionResults.award, scenario: scenarios })
      .from(competitionResults)
      .innerJoin(competitionEntries, eq(competitionEntries.id, competitionResults.entryId))
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .where(and(eq(competitionResults.competitionId, competition.id), inArray(competitionResults.award, input.awards)))
      .orderBy(asc(competitionResults.track), asc(competitionResults.rank))
      .for("update", { of: scenarios });
    const promoted: string[] = [];
    const already: string[] = [];
    const skipped: string[] = [];
    for (const { award, scenario } of winners) {
      if (scenario.benchmark) already.push(scenario.name);
      else if (scenario.status !== "published") skipped.push(scenario.name);
      else {
        await tx.update(scenarios).set({ benchmark: true, benchmarkAt: now }).where(eq(scenarios.id, scenario.id));
        await recordAudit(
          tx,
          actor,
          scenarioLifecycle.auditOf(scenario.id, "benchmark", `设为标杆场景「${scenario.name}」（${competition.name}${AWARD_LABELS[award]}）`),
        );
        promoted.push(scenario.name);
      }
    }
    await recordAudit(
      tx,
      actor,
      auditOf("competition", competition.id, "promote", `将「${competition.name}」${input.awards.map((a) => AWARD_LABELS[a]).join("、")}场景设为标杆场景：新增 ${promoted.length} 个`),
    );
    return { promoted, already, skipped };
  });
}

/** Every score sheet of every scored stage, one worksheet per stage, and the results when published: for the record. */
export async function exportScores(db: Db, actor: Actor, competitionId: string): Promise<{ name: string; body: Buffer }> {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以导出评分");
  const competition = await loadCompetition(db, competitionId);
  const stages = await loadStages(db, competition.id);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "城市云脑场景开放平台";
  for (const stage of reviewStages(stages)) {
    const rows = await db
      .select({
        track: competitionEntries.track,
        entry: scenarios.name,
        department: departments.name,
        judge: people.displayName,
        scores: competitionScoreSheets.scores,
        comments: competitionScoreSheets.comments,
        status: competitionScoreSheets.status,
        submittedAt: competitionScoreSheets.submittedAt,
      })
      .from(competitionScoreSheets)
      .innerJoin(competitionEntries, eq(competitionEntries.id, competitionScoreSheets.entryId))
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
      .innerJoin(people, eq(people.id, competitionScoreSheets.judgeId))
      .where(eq(competitionScoreSheets.stageId, stage.id))
      .orderBy(asc(competitionEntries.track), asc(scenarios.name), asc(people.displayName));
    const sheet = workbook.addWorksheet(stage.name.slice(0, 31));
    sheet.columns = [
      { header: "赛道", width: 12 },
      { header: "参赛作品", width: 30 },
      { header: "申报单位", width: 26 },
      { header: "评委", width: 10 },
      ...stage.rubric.flatMap((c) => [
        { header: `${c.label}（${c.weight}%，${c.min}–${c.max}）`, width: 14 },
        { header: `${c.label}评语`, width: 30 },
      ]),
      { header: "加权得分", width: 10 },
      { header: "状态", width: 10 },
      { header: "提交时间", width: 18 },
    ];
    for (const r of rows) {
      const complete = Object.keys(validateScores(stage.rubric, r.scores)).length === 0;
      sheet.addRow([
        r.track,
        r.entry,
        r.department,
        r.judge,
        ...stage.rubric.flatMap((c) => [r.scores[c.key] ?? "", r.comments[c.key] ?? ""]),
        complete ? round2(weightedScore(stage.rubric, r.scores)) : "",
        SHEET_STATUS_LABELS[r.status],
        r.submittedAt ? formatShanghaiTime(r.submittedAt) : "",
      ]);
    }
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  if (competition.resultsPublishedAt) {
    const results = await publicResults(db, actor, competition.id);
    const sheet = workbook.addWorksheet("获奖名单");
    sheet.columns = [
      { header: "赛道", width: 12 },
      { header: "名次", width: 6 },
      { header: "奖项", width: 8 },
      { header: "参赛作品", width: 30 },
      { header: "申报单位", width: 26 },
      { header: "得分", width: 8 },
    ];
    for (const t of results.tracks) for (const r of t.results) sheet.addRow([t.track, r.rank, r.awardLabel, r.scenarioName, r.departmentName, r.score]);
    sheet.getRow(1).font = { bold: true };
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const what = competition.resultsPublishedAt ? "评分记录和获奖名单" : "评分记录";
  await recordAudit(db, actor, auditOf("competition", competition.id, "export", `导出「${competition.name}」的${what}`));
  return { name: `${competition.name}-评分记录.xlsx`, body };
}
