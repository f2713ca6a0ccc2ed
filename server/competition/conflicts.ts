import { aliasedTable, and, asc, desc, eq, ne, or } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { competitionAssignments, competitionConflicts, competitionEntries, competitionJudges, departments, people, scenarios } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { swapJudge } from "./assignment";
import { assignmentContext, replaceJudge, stageAssignmentRows } from "./judge-assignment";
import { assertNotPublished, auditOf, loadCompetition, loadStages } from "./records";
import { CONFLICT_TYPE_LABELS, type conflictJudgesInput, type conflictListInput, type declareConflictInput, type decideConflictInput } from "./schemas";

/** The judges an entrant can name when declaring a conflict about their entry: names and departments, declined ones left out. */
export async function judgesForConflict(db: Db, actor: Actor, input: z.output<typeof conflictJudgesInput>) {
  const [entry] = await db.select().from(competitionEntries).where(eq(competitionEntries.id, input.entryId));
  if (!entry) throw notFound("参赛作品");
  authorize(can.enterCompetition(actor, entry.departmentId), "只有该作品的参赛单位可以查看评委名单");
  return db
    .select({ id: people.id, displayName: people.displayName, title: people.title, departmentName: departments.name })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(competitionJudges.competitionId, entry.competitionId), ne(competitionJudges.status, "declined")))
    .orderBy(asc(departments.name), asc(people.displayName));
}

async function judgeOf(tx: Db, competitionId: string, personId: string) {
  const [row] = await tx
    .select({ status: competitionJudges.status, displayName: people.displayName, departmentId: people.departmentId })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .where(and(eq(competitionJudges.competitionId, competitionId), eq(competitionJudges.personId, personId)));
  return row ?? null;
}

/**
 * 利益冲突 declared by a judge about an entry assigned to them, or by the entrant's publisher about one of the
 * competition's judges. It waits for an organiser; only a confirmed one keeps the judge off the entry.
 */
export async function declareConflict(db: Db, actor: Actor, input: z.output<typeof declareConflictInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, input.entryId));
    if (!entry || entry.status !== "submitted") throw notFound("参赛作品");
    const competition = await loadCompetition(tx, entry.competitionId);
    assertNotPublished(competition, "申报利益冲突");
    const own = await judgeOf(tx, competition.id, actor.id);
    let judgeId: string;
    let declaredBy: "judge" | "entrant";
    if (own && (input.judgeId === undefined || input.judgeId === actor.id)) {
      const [assigned] = await tx
        .select({ id: competitionAssignments.id })
        .from(competitionAssignments)
        .where(and(eq(competitionAssignments.entryId, entry.id), eq(competitionAssignments.judgeId, actor.id)))
        .limit(1);
      if (!assigned) throw new DomainError("FORBIDDEN", "您未被分配评审该作品");
      [judgeId, declaredBy] = [actor.id, "judge"];
    } else {
      authorize(can.enterCompetition(actor, entry.departmentId), "只有该作品的参赛单位或评审该作品的评委可以申报利益冲突");
      if (!input.judgeId) throw new DomainError("BAD_REQUEST", "请选择存在利益冲突的评委", "judgeId");
      const judge = await judgeOf(tx, competition.id, input.judgeId);
      if (!judge || judge.status === "declined") throw new DomainError("BAD_REQUEST", "所选人员不是本届大赛的评委", "judgeId");
      [judgeId, declaredBy] = [input.judgeId, "entrant"];
    }
    const [open] = await tx
      .select({ id: competitionConflicts.id })
      .from(competitionConflicts)
      .where(and(eq(competitionConflicts.entryId, entry.id), eq(competitionConflicts.judgeId, judgeId), ne(competitionConflicts.status, "dismissed")));
    if (open) throw new DomainError("CONFLICT", "该评委与该作品的利益冲突已申报过");
    try {
      const [conflict] = await tx
        .insert(competitionConflicts)
        .values({ competitionId: competition.id, entryId: entry.id, judgeId, type: input.type, declaredBy, declaredByPerson: actor.id, note: input.note, createdAt: now })
        .returning();
      const judgeName = (await judgeOf(tx, competition.id, judgeId))!.displayName;
      await recordAudit(
        tx,
        actor,
        auditOf("competition_conflict", conflict!.id, "conflict.declare", `${declaredBy === "judge" ? "评委" : "参赛单位"}申报利益冲突：评委${judgeName}与作品「${await entryName(tx, entry.scenarioId)}」（${CONFLICT_TYPE_LABELS[input.type]}）`),
      );
      return conflict!;
    } catch (error) {
      if (isUniqueViolation(error, "competition_conflicts_pair_unique")) throw new DomainError("CONFLICT", "该评委与该作品的利益冲突已申报过");
      throw error;
    }
  });
}

const entryName = async (tx: Db, scenarioId: string) => (await tx.select({ name: scenarios.name }).from(scenarios).where(eq(scenarios.id, scenarioId)))[0]?.name ?? "";

/**
 * An organiser confirms or dismisses a declared conflict. Confirming takes the judge off the entry in
 * every stage not yet ended, with the least-loaded eligible judge in their place.
 */
export async function decideConflict(db: Db, actor: Actor, input: z.output<typeof decideConflictInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以确认利益冲突");
  return db.transaction(async (tx) => {
    const [conflict] = await tx.select().from(competitionConflicts).where(eq(competitionConflicts.id, input.id)).for("update");
    if (!conflict) throw notFound("利益冲突申报");
    if (conflict.version !== input.version) throw staleVersion();
    if (conflict.status !== "declared") throw new DomainError("CONFLICT", "该申报已处理过");
    const competition = await loadCompetition(tx, conflict.competitionId);
    assertNotPublished(competition, "处理利益冲突");
    const replacements: { stage: string; judge: string }[] = [];
    if (input.confirm) {
      const stages = await loadStages(tx, competition.id);
      for (const stage of stages.filter((s) => s.kind === "review" && s.status !== "closed")) {
        const current = await stageAssignmentRows(tx, stage.id);
        if (!current.some((a) => a.entryId === conflict.entryId && a.judgeId === conflict.judgeId)) continue;
        const found = await assignmentContext(tx, competition, stage, stages);
        const context = { ...found, conflicts: [...found.conflicts, { judgeId: conflict.judgeId, entryId: conflict.entryId }] };
        const load = (id: string) => current.filter((a) => a.judgeId === id).length;
        const candidates = [...context.judges].sort((a, b) => load(a.id) - load(b.id) || (a.id < b.id ? -1 : 1));
        const replacement = candidates.find(
          (j) => swapJudge(current, { entryId: conflict.entryId, fromJudgeId: conflict.judgeId, toJudgeId: j.id }, context).ok,
        );
        if (!replacement) throw new DomainError("BAD_REQUEST", `“${stage.name}”没有可换入的无利益冲突评委，无法确认回避；请先邀请更多评委`);
        await replaceJudge(tx, stage, conflict.entryId, conflict.judgeId, replacement.id);
        replacements.push({ stage: stage.name, judge: replacement.name });
      }
    }
    const saved = await updateLocked(tx, competitionConflicts, conflict, {
      status: input.confirm ? "confirmed" : "dismissed",
      decidedBy: actor.id,
      decidedAt: now,
      decisionNote: input.note || null,
    });
    const [judge] = await tx.select({ name: people.displayName }).from(people).where(eq(people.id, conflict.judgeId));
    const [entry] = await tx.select({ scenarioId: competitionEntries.scenarioId }).from(competitionEntries).where(eq(competitionEntries.id, conflict.entryId));
    const swapped = replacements.map((r) => `${r.stage}由${r.judge}替换`).join("，");
    await recordAudit(
      tx,
      actor,
      auditOf(
        "competition_conflict",
        conflict.id,
        input.confirm ? "conflict.confirm" : "conflict.dismiss",
        `${input.confirm ? "确认" : "不予"}回避：评委${judge?.name}与作品「${await entryName(tx, entry!.scenarioId)}」${swapped ? `（${swapped}）` : ""}${input.note ? `：${input.note}` : ""}`,
      ),
    );
    return { conflict: saved, replacements };
  });
}

/** Organisers see every declaration; judges and entrants the ones about themselves or made by them. */
export async function listConflicts(db: Db, actor: Actor, f: z.output<typeof conflictListInput>) {
  const judge = aliasedTable(people, "judge");
  const declarer = aliasedTable(people, "declarer");
  const manage = can.manageCompetitions(actor);
  return db
    .select({
      id: competitionConflicts.id,
      version: competitionConflicts.version,
      type: competitionConflicts.type,
      declaredBy: competitionConflicts.declaredBy,
      note: competitionConflicts.note,
      status: competitionConflicts.status,
      decisionNote: competitionConflicts.decisionNote,
      createdAt: competitionConflicts.createdAt,
      decidedAt: competitionConflicts.decidedAt,
      entryId: competitionEntries.id,
      entryName: scenarios.name,
      judgeId: judge.id,
      judgeName: judge.displayName,
      declarerName: declarer.displayName,
    })
    .from(competitionConflicts)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionConflicts.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(judge, eq(judge.id, competitionConflicts.judgeId))
    .innerJoin(declarer, eq(declarer.id, competitionConflicts.declaredByPerson))
    .where(
      and(
        eq(competitionConflicts.competitionId, f.competitionId),
        f.status ? eq(competitionConflicts.status, f.status) : undefined,
        manage ? undefined : or(eq(competitionConflicts.declaredByPerson, actor.id), eq(competitionConflicts.judgeId, actor.id)),
      ),
    )
    .orderBy(asc(competitionConflicts.status), desc(competitionConflicts.createdAt));
}
