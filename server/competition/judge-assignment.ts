import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionConflicts,
  competitionJudges,
  competitionScoreSheets,
  departments,
  people,
  type Competition,
  type CompetitionStage,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError } from "@/server/errors";
import { assignJudges, swapJudge, type Assignment } from "./assignment";
import { assertNotPublished, assertReviewStage, auditOf, entriesInStage, loadStage, sheetOfAssignment } from "./records";
import type { swapInput } from "./schemas";

/** What the assignment functions need for one stage: its entries, the accepted judges, the confirmed conflicts. */
export async function assignmentContext(tx: Db, competition: Competition, stage: CompetitionStage, stages: readonly CompetitionStage[]) {
  const entries = await entriesInStage(tx, stage, stages);
  const judges = await tx
    .select({ id: people.id, departmentId: people.departmentId, name: people.displayName, status: competitionJudges.status })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .where(eq(competitionJudges.competitionId, competition.id));
  const conflicts = await tx
    .select({ judgeId: competitionConflicts.judgeId, entryId: competitionConflicts.entryId })
    .from(competitionConflicts)
    .where(and(eq(competitionConflicts.competitionId, competition.id), eq(competitionConflicts.status, "confirmed")));
  return {
    entries: entries.map((e) => ({ id: e.id, track: e.track, name: e.name, departmentIds: e.departmentIds })),
    judges: judges.filter((j) => j.status === "accepted").map(({ id, departmentId, name }) => ({ id, departmentId, name })),
    // A confirmed conflict always has its judge (a check constraint); this only tells the type so.
    conflicts: conflicts.flatMap((c) => (c.judgeId ? [{ judgeId: c.judgeId, entryId: c.entryId }] : [])),
    pending: judges.filter((j) => j.status === "invited").length,
  };
}

export async function stageAssignmentRows(tx: Db, stageId: string): Promise<Assignment[]> {
  return tx
    .select({ entryId: competitionAssignments.entryId, judgeId: competitionAssignments.judgeId })
    .from(competitionAssignments)
    .where(eq(competitionAssignments.stageId, stageId));
}

/**
 * Replaces one judge of an entry in a stage. Their draft is discarded; a submitted sheet must be reopened
 * by an organiser first, so no submitted score disappears silently.
 */
export async function replaceJudge(tx: Db, stage: CompetitionStage, entryId: string, fromJudgeId: string, toJudgeId: string) {
  const [sheet] = await tx
    .select({ id: competitionScoreSheets.id, status: competitionScoreSheets.status })
    .from(competitionScoreSheets)
    .where(and(eq(competitionScoreSheets.stageId, stage.id), eq(competitionScoreSheets.entryId, entryId), eq(competitionScoreSheets.judgeId, fromJudgeId)));
  if (sheet?.status === "submitted") {
    const [from] = await tx.select({ name: people.displayName }).from(people).where(eq(people.id, fromJudgeId));
    throw new DomainError("BAD_REQUEST", `评委“${from?.name}”已提交该作品在“${stage.name}”的评分，请先退回评分再换人`);
  }
  if (sheet) await tx.delete(competitionScoreSheets).where(eq(competitionScoreSheets.id, sheet.id));
  await tx
    .update(competitionAssignments)
    .set({ judgeId: toJudgeId })
    .where(and(eq(competitionAssignments.stageId, stage.id), eq(competitionAssignments.entryId, entryId), eq(competitionAssignments.judgeId, fromJudgeId)));
}

/**
 * Gives every entry of a scored stage its judges (assignJudges: no judge of the entry's departments, none
 * with a confirmed conflict, loads within one where possible) and replaces the stage's assignments. When it
 * cannot, nothing changes and the reasons come back in Chinese. Once anyone has saved a score, only swaps.
 */
export async function assignStage(db: Db, actor: Actor, stageId: string, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以分配评委");
  return db.transaction(async (tx) => {
    const { stage, competition, stages } = await loadStage(tx, stageId);
    assertReviewStage(stage);
    assertNotPublished(competition, "分配评委");
    if (stage.status === "closed") throw new DomainError("BAD_REQUEST", `“${stage.name}”已结束，不能重新分配评委`);
    const [scored] = await tx.select({ id: competitionScoreSheets.id }).from(competitionScoreSheets).where(eq(competitionScoreSheets.stageId, stage.id)).limit(1);
    if (scored) throw new DomainError("CONFLICT", `“${stage.name}”已有评委开始评分，不能重新分配；如需调整请逐件换人`);
    const context = await assignmentContext(tx, competition, stage, stages);
    if (context.entries.length === 0) throw new DomainError("BAD_REQUEST", `“${stage.name}”还没有参赛作品`);
    const result = assignJudges({ ...context, perEntry: stage.judgesPerEntry! });
    if (!result.ok) return { ok: false as const, problems: result.problems };
    await tx.delete(competitionAssignments).where(eq(competitionAssignments.stageId, stage.id));
    await tx.insert(competitionAssignments).values(result.assignments.map((a) => ({ ...a, stageId: stage.id, assignedAt: now })));
    const loads = context.judges.map((j) => ({ judgeId: j.id, name: j.name, load: result.loads[j.id] ?? 0 }));
    const counts = loads.map((l) => l.load);
    const warnings = [...result.warnings, ...(context.pending ? [`${context.pending} 位评委尚未接受邀请，未参与分配`] : [])];
    await recordAudit(
      tx,
      actor,
      auditOf(
        "competition",
        competition.id,
        "assign",
        `为“${stage.name}”分配评委：${context.entries.length} 件作品，每件 ${stage.judgesPerEntry} 位评委，${loads.length} 位评委各评 ${Math.min(...counts)}–${Math.max(...counts)} 件`,
      ),
    );
    return { ok: true as const, assignments: result.assignments.length, loads, warnings };
  });
}

/** Swaps one judge of an entry by hand; the recusal rules of the automatic assignment still hold. */
export async function swapAssignment(db: Db, actor: Actor, input: z.output<typeof swapInput>) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以调整评委分配");
  return db.transaction(async (tx) => {
    const { stage, competition, stages } = await loadStage(tx, input.stageId);
    assertReviewStage(stage);
    assertNotPublished(competition, "调整评委分配");
    if (stage.status === "closed") throw new DomainError("BAD_REQUEST", `“${stage.name}”已结束，不能再调整评委`);
    const context = await assignmentContext(tx, competition, stage, stages);
    if (!context.judges.some((j) => j.id === input.toJudgeId)) throw new DomainError("BAD_REQUEST", "要换入的人员不是已接受邀请的本届评委", "toJudgeId");
    const result = swapJudge(await stageAssignmentRows(tx, stage.id), input, context);
    if (!result.ok) throw new DomainError("BAD_REQUEST", result.error);
    await replaceJudge(tx, stage, input.entryId, input.fromJudgeId, input.toJudgeId);
    const name = (id: string) => context.judges.find((j) => j.id === id)?.name ?? id;
    const entry = context.entries.find((e) => e.id === input.entryId)!;
    await recordAudit(
      tx,
      actor,
      auditOf("competition", competition.id, "assign.swap", `“${stage.name}”作品「${entry.name}」：评委${name(input.fromJudgeId)}换为${name(input.toJudgeId)}`),
    );
    return { ok: true as const };
  });
}

/** A stage's assignment table for organisers: each entry with its judges and their sheets' status. */
export async function stageAssignments(db: Db, actor: Actor, stageId: string) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以查看评委分配");
  const { stage, stages } = await loadStage(db, stageId);
  assertReviewStage(stage);
  const entries = await entriesInStage(db, stage, stages);
  const rows = await db
    .select({
      entryId: competitionAssignments.entryId,
      judgeId: competitionAssignments.judgeId,
      judgeName: people.displayName,
      departmentName: departments.name,
      sheetId: competitionScoreSheets.id,
      sheetVersion: competitionScoreSheets.version,
      status: competitionScoreSheets.status,
    })
    .from(competitionAssignments)
    .innerJoin(people, eq(people.id, competitionAssignments.judgeId))
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(competitionScoreSheets, sheetOfAssignment)
    .where(eq(competitionAssignments.stageId, stage.id))
    .orderBy(asc(people.displayName));
  return {
    stage,
    entries: entries.map((e) => ({
      id: e.id,
      name: e.name,
      track: e.track,
      departmentName: e.departmentName,
      judges: rows.filter((r) => r.entryId === e.id).map(({ entryId: _entryId, ...r }) => ({ ...r, status: r.status ?? ("unscored" as const) })),
    })),
  };
}
