import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionEntries,
  competitionScoreSheets,
  competitions,
  competitionStages,
  departments,
  people,
  scenarios,
  type Competition,
  type CompetitionStage,
} from "@/db/schema";
import { DomainError, notFound } from "@/server/errors";
import { formatShanghaiTime } from "@/server/time";

/** Joins an assignment to the judge's sheet for it, when there is one. */
export const sheetOfAssignment = and(
  eq(competitionScoreSheets.stageId, competitionAssignments.stageId),
  eq(competitionScoreSheets.entryId, competitionAssignments.entryId),
  eq(competitionScoreSheets.judgeId, competitionAssignments.judgeId),
);

/** One audit row of the competition area; `entityType` names what changed. */
export const auditOf = (entityType: string, entityId: string, action: string, summary: string) => ({
  action: `competition.${action}`,
  entityType,
  entityId,
  summary,
});

export async function loadCompetition(tx: Db, id: string): Promise<Competition> {
  const [c] = await tx.select().from(competitions).where(eq(competitions.id, id));
  if (!c) throw notFound("大赛");
  return c;
}

export async function loadStages(tx: Db, competitionId: string): Promise<CompetitionStage[]> {
  return tx.select().from(competitionStages).where(eq(competitionStages.competitionId, competitionId)).orderBy(asc(competitionStages.position));
}

/** A stage with its competition and all of that competition's stages, in order. */
export async function loadStage(tx: Db, id: string) {
  const [stage] = await tx.select().from(competitionStages).where(eq(competitionStages.id, id));
  if (!stage) throw notFound("大赛阶段");
  const competition = await loadCompetition(tx, stage.competitionId);
  return { stage, competition, stages: await loadStages(tx, competition.id) };
}

export function registrationStage(stages: readonly CompetitionStage[]): CompetitionStage {
  const stage = stages.find((s) => s.kind === "registration");
  if (!stage) throw new DomainError("BAD_REQUEST", "本届大赛没有报名阶段");
  return stage;
}

export const reviewStages = (stages: readonly CompetitionStage[]) => stages.filter((s) => s.kind === "review");
export const nextStage = (stages: readonly CompetitionStage[], stage: CompetitionStage) => stages.find((s) => s.position > stage.position);

export function assertReviewStage(stage: CompetitionStage) {
  if (stage.kind !== "review") throw new DomainError("BAD_REQUEST", "报名阶段不评分，请选择评审阶段");
}

export function assertNotPublished(competition: Competition, doing: string) {
  if (competition.resultsPublishedAt) throw new DomainError("BAD_REQUEST", `本届大赛成绩已发布，不能再${doing}`);
}

/**
 * Entries, attachments and withdrawals are accepted only inside the 报名 window by the server's clock, whatever
 * the browser shows; an organiser can also close 报名 early.
 */
export function assertRegistrationOpen(stage: CompetitionStage, now: Date) {
  if (now >= stage.closesAt) throw new DomainError("BAD_REQUEST", `报名已于 ${formatShanghaiTime(stage.closesAt)} 截止，不能再提交或修改`);
  if (stage.status === "closed") throw new DomainError("BAD_REQUEST", "报名已截止，不能再提交或修改");
  if (stage.status === "pending" || now < stage.opensAt)
    throw new DomainError("BAD_REQUEST", `报名尚未开始，开始时间为 ${formatShanghaiTime(stage.opensAt)}`);
}

/** Judges save and submit only while the stage is open and before its closing time. */
export function assertScoringOpen(stage: CompetitionStage, now: Date) {
  if (now >= stage.closesAt) throw new DomainError("BAD_REQUEST", `“${stage.name}”评分已于 ${formatShanghaiTime(stage.closesAt)} 截止，不能再修改`);
  if (stage.status === "closed") throw new DomainError("BAD_REQUEST", `“${stage.name}”阶段已结束，不能再修改评分`);
  if (stage.status === "pending" || now < stage.opensAt) throw new DomainError("BAD_REQUEST", `“${stage.name}”阶段尚未开始评分`);
}

/**
 * The entries taking part in a scored stage: every live entry in the first one, and in a later one those
 * advanced to it (or further).
 */
export async function entriesInStage(tx: Db, stage: CompetitionStage, stages: readonly CompetitionStage[]) {
  const first = reviewStages(stages)[0];
  const reached = stages.filter((s) => s.position >= stage.position).map((s) => s.id);
  const rows = await tx
    .select({
      id: competitionEntries.id,
      track: competitionEntries.track,
      team: competitionEntries.team,
      submittedAt: competitionEntries.submittedAt,
      departmentId: competitionEntries.departmentId,
      departmentName: departments.name,
      scenarioId: scenarios.id,
      name: scenarios.name,
      leadDepartmentId: scenarios.departmentId,
      participatingDepartmentIds: scenarios.participatingDepartmentIds,
    })
    .from(competitionEntries)
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
    .where(
      and(
        eq(competitionEntries.competitionId, stage.competitionId),
        eq(competitionEntries.status, "submitted"),
        stage.id === first?.id ? undefined : inArray(competitionEntries.advancedStageId, reached),
      ),
    )
    .orderBy(asc(competitionEntries.track), asc(scenarios.name));
  return rows.map((r) => ({
    ...r,
    // A judge of any of these departments must recuse themselves.
    departmentIds: [...new Set([r.departmentId, r.leadDepartmentId, ...r.participatingDepartmentIds])],
  }));
}

/** Assigned sheets of a stage not yet submitted, with names for the message. */
export async function missingSheets(tx: Db, stageId: string) {
  const rows = await tx
    .select({
      entryId: competitionAssignments.entryId,
      entryName: scenarios.name,
      judgeId: competitionAssignments.judgeId,
      judgeName: people.displayName,
      status: competitionScoreSheets.status,
    })
    .from(competitionAssignments)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(people, eq(people.id, competitionAssignments.judgeId))
    .leftJoin(competitionScoreSheets, sheetOfAssignment)
    .where(and(eq(competitionAssignments.stageId, stageId), eq(competitionEntries.status, "submitted")))
    .orderBy(asc(scenarios.name), asc(people.displayName));
  return rows.filter((r) => r.status !== "submitted").map(({ status: _status, ...r }) => r);
}

/** 「作品“A”（评委甲、乙）；作品“B”（评委丙）」 */
export function missingSheetsText(missing: readonly { entryName: string; judgeName: string }[]): string {
  const byEntry = new Map<string, string[]>();
  for (const m of missing) byEntry.set(m.entryName, [...(byEntry.get(m.entryName) ?? []), m.judgeName]);
  return [...byEntry].map(([entry, judges]) => `作品“${entry}”（评委${judges.join("、")}）`).join("；");
}

export function assertNoMissingSheets(missing: Awaited<ReturnType<typeof missingSheets>>) {
  if (missing.length) throw new DomainError("BAD_REQUEST", `以下评分尚未提交：${missingSheetsText(missing)}`);
}
