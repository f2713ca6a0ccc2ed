import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionAttachments,
  competitionEntries,
  competitions,
  competitionScoreSheets,
  competitionStages,
  departments,
  people,
  scenarios,
  type CompetitionScoreSheet,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { validateScores } from "./aggregation";
import { assertReviewStage, assertScoringOpen, auditOf, loadStage, sheetOfAssignment } from "./records";
import type { reopenSheetInput, RubricCriterion, saveSheetInput, sheetRefInput } from "./schemas";

const notAssigned = () => new DomainError("FORBIDDEN", "您未被分配评审该作品");

async function assertAssigned(tx: Db, actor: Actor, stageId: string, entryId: string) {
  authorize(can.scoreEntries(actor), "只有评委可以评分");
  const [assigned] = await tx
    .select({ id: competitionAssignments.id })
    .from(competitionAssignments)
    .where(and(eq(competitionAssignments.stageId, stageId), eq(competitionAssignments.entryId, entryId), eq(competitionAssignments.judgeId, actor.id)));
  if (!assigned) throw notAssigned();
}

async function ownSheet(tx: Db, actor: Actor, stageId: string, entryId: string, lock = false) {
  const query = tx
    .select()
    .from(competitionScoreSheets)
    .where(and(eq(competitionScoreSheets.stageId, stageId), eq(competitionScoreSheets.entryId, entryId), eq(competitionScoreSheets.judgeId, actor.id)));
  const [sheet] = lock ? await query.for("update") : await query;
  return sheet ?? null;
}

/** Whether a judge can score in a stage now: an opened stage still takes no sheet before its window. */
export function scoringWindow(stage: { status: string; opensAt: Date; closesAt: Date }, now: Date): "upcoming" | "open" | "ended" {
  if (stage.status === "closed" || now >= stage.closesAt) return "ended";
  return stage.status === "open" && now >= stage.opensAt ? "open" : "upcoming";
}

/**
 * The judge's own assignments, per stage that has started, with the status of each of their sheets
 * and whether the stage's window lets them score now. Nobody else's scores.
 */
export async function myAssignments(db: Db, actor: Actor, now = new Date()) {
  authorize(can.scoreEntries(actor), "只有评委可以查看评审任务");
  const rows = await db
    .select({
      stageId: competitionStages.id,
      stageName: competitionStages.name,
      stageStatus: competitionStages.status,
      opensAt: competitionStages.opensAt,
      closesAt: competitionStages.closesAt,
      competitionId: competitions.id,
      competitionName: competitions.name,
      entryId: competitionEntries.id,
      track: competitionEntries.track,
      entryName: scenarios.name,
      departmentName: departments.name,
      sheetStatus: competitionScoreSheets.status,
    })
    .from(competitionAssignments)
    .innerJoin(competitionStages, eq(competitionStages.id, competitionAssignments.stageId))
    .innerJoin(competitions, eq(competitions.id, competitionStages.competitionId))
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
    .leftJoin(competitionScoreSheets, sheetOfAssignment)
    .where(and(eq(competitionAssignments.judgeId, actor.id), inArray(competitionStages.status, ["open", "closed"])))
    .orderBy(desc(competitions.year), asc(competitionStages.position), asc(competitionEntries.track), asc(scenarios.name));
  const byStage = new Map<string, typeof rows>();
  for (const r of rows) byStage.set(r.stageId, [...(byStage.get(r.stageId) ?? []), r]);
  return [...byStage.values()].map((group) => {
    const { stageId, stageName, stageStatus, opensAt, closesAt, competitionId, competitionName } = group[0]!;
    return {
      id: stageId,
      name: stageName,
      status: stageStatus,
      opensAt,
      closesAt,
      window: scoringWindow({ status: stageStatus, opensAt, closesAt }, now),
      competition: { id: competitionId, name: competitionName },
      entries: group.map((r) => ({ id: r.entryId, track: r.track, name: r.entryName, departmentName: r.departmentName, sheetStatus: r.sheetStatus })),
    };
  });
}

/** An assigned entry as its judge scores it: the entry, the rubric and the judge's own sheet. */
export async function getSheet(db: Db, actor: Actor, ref: z.output<typeof sheetRefInput>, now = new Date()) {
  const { stage, competition } = await loadStage(db, ref.stageId);
  assertReviewStage(stage);
  await assertAssigned(db, actor, stage.id, ref.entryId);
  const [entry] = await db
    .select({
      id: competitionEntries.id,
      track: competitionEntries.track,
      team: competitionEntries.team,
      summary: competitionEntries.summary,
      scenarioId: scenarios.id,
      scenarioName: scenarios.name,
      kind: scenarios.kind,
      domain: scenarios.domain,
      departmentName: departments.name,
    })
    .from(competitionEntries)
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
    .where(eq(competitionEntries.id, ref.entryId));
  if (!entry) throw notFound("参赛作品");
  const attachments = await db
    .select({ id: competitionAttachments.id, kind: competitionAttachments.kind, originalName: competitionAttachments.originalName, size: competitionAttachments.size, url: competitionAttachments.url })
    .from(competitionAttachments)
    .where(eq(competitionAttachments.entryId, entry.id))
    .orderBy(asc(competitionAttachments.createdAt));
  const sheet = await ownSheet(db, actor, stage.id, entry.id);
  const open = scoringWindow(stage, now) === "open";
  return {
    competition: { id: competition.id, name: competition.name },
    stage: { id: stage.id, name: stage.name, status: stage.status, opensAt: stage.opensAt, closesAt: stage.closesAt, rubric: stage.rubric },
    entry: { ...entry, attachments },
    sheet,
    editable: open && sheet?.status !== "submitted",
  };
}

/** The first problem of a sheet as a field error: a mark out of range, or (on submit) a missing mark or comment. */
function checkSheet(rubric: readonly RubricCriterion[], scores: Record<string, number>, comments: Record<string, string>, submit: boolean) {
  const errors = Object.entries(validateScores(rubric, scores)).filter(([key]) => submit || key in scores);
  const [problem] = errors;
  if (problem) throw new DomainError("BAD_REQUEST", problem[1], `scores.${problem[0]}`);
  const known = new Set(rubric.map((c) => c.key));
  const stray = Object.keys(comments).find((key) => !known.has(key));
  if (stray) throw new DomainError("BAD_REQUEST", `评分项“${stray}”不在评分细则中`, `comments.${stray}`);
  if (!submit) return;
  // An extreme mark says the most about an entry, so it must say why.
  const silent = rubric.find((c) => (scores[c.key] === c.min || scores[c.key] === c.max) && !comments[c.key]);
  if (silent) throw new DomainError("BAD_REQUEST", `给出最高分或最低分时须填写评语（“${silent.label}”）`, `comments.${silent.key}`);
}

/**
 * Saves the judge's draft, or submits it (every mark in range, a comment beside every lowest or highest
 * mark). A submitted sheet is locked until an organiser reopens it; two saves of the same version: one wins.
 */
export async function saveSheet(db: Db, actor: Actor, input: z.output<typeof saveSheetInput>, now = new Date()) {
  try {
    return await db.transaction(async (tx) => {
      const { stage, competition } = await loadStage(tx, input.stageId);
      // Who may score comes before what the stage allows, so nobody learns a stage's state from a refusal.
      await assertAssigned(tx, actor, stage.id, input.entryId);
      assertReviewStage(stage);
      assertScoringOpen(stage, now);
      const existing = await ownSheet(tx, actor, stage.id, input.entryId, true);
      if (existing?.status === "submitted") throw new DomainError("CONFLICT", "该评分已提交，不能修改；如需修改请联系大赛组织者退回");
      if ((existing?.version ?? null) !== input.version) throw staleVersion();
      const comments = Object.fromEntries(Object.entries(input.comments).filter(([, text]) => text !== ""));
      checkSheet(stage.rubric, input.scores, comments, input.submit);
      const status = input.submit ? "submitted" : existing?.status === "reopened" ? "reopened" : "draft";
      const values = { scores: input.scores, comments, status, submittedAt: input.submit ? now : (existing?.submittedAt ?? null), updatedAt: now } as const;
      let sheet: CompetitionScoreSheet | undefined;
      if (existing) {
        sheet = await updateLocked(tx, competitionScoreSheets, existing, values);
      } else {
        [sheet] = await tx
          .insert(competitionScoreSheets)
          .values({ ...values, stageId: stage.id, entryId: input.entryId, judgeId: actor.id, createdAt: now })
          .returning();
      }
      if (input.submit) {
        const [entry] = await tx
          .select({ name: scenarios.name })
          .from(competitionEntries)
          .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
          .where(eq(competitionEntries.id, input.entryId));
        await recordAudit(tx, actor, auditOf("competition_sheet", sheet!.id, "sheet.submit", `提交对作品「${entry?.name}」的评分（${competition.name}·${stage.name}）`));
      }
      return sheet!;
    });
  } catch (error) {
    // Two first saves of one sheet at once: the unique index lets one in, the other saved a stale form.
    if (isUniqueViolation(error, "competition_score_sheets_unique")) throw staleVersion();
    throw error;
  }
}

/** An organiser unlocks a submitted sheet for its judge, with a reason for the audit trail. */
export async function reopenSheet(db: Db, actor: Actor, input: z.output<typeof reopenSheetInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以退回评分");
  return db.transaction(async (tx) => {
    const [sheet] = await tx.select().from(competitionScoreSheets).where(eq(competitionScoreSheets.id, input.id)).for("update");
    if (!sheet) throw notFound("评分");
    if (sheet.version !== input.version) throw staleVersion();
    if (sheet.status !== "submitted") throw new DomainError("CONFLICT", "该评分尚未提交，无需退回");
    const { stage, competition } = await loadStage(tx, sheet.stageId);
    if (competition.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "本届大赛成绩已发布，评分不能再退回");
    if (stage.status !== "open") throw new DomainError("BAD_REQUEST", `“${stage.name}”不在进行中，请先重新开放该阶段再退回评分`);
    const saved = await updateLocked(tx, competitionScoreSheets, sheet, { status: "reopened", updatedAt: now });
    const [who] = await tx
      .select({ judge: people.displayName, entry: scenarios.name })
      .from(competitionEntries)
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .innerJoin(people, eq(people.id, sheet.judgeId))
      .where(eq(competitionEntries.id, sheet.entryId));
    await recordAudit(tx, actor, {
      ...auditOf("competition_sheet", sheet.id, "sheet.reopen", `退回评委${who?.judge}对作品「${who?.entry}」的评分（${stage.name}）：${input.reason}`),
      changes: { status: { from: "submitted", to: "reopened" } },
    });
    return saved;
  });
}
