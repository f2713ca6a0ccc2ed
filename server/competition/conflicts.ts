import { aliasedTable, and, asc, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { competitionAssignments, competitionConflicts, competitionEntries, competitionJudges, departments, people, scenarios, type Competition } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { swapJudge } from "./assignment";
import { normaliseName, suggestJudges, type PanelJudge } from "./conflict-matching";
import { assignmentContext, replaceJudge, stageAssignmentRows } from "./judge-assignment";
import { assertNotPublished, auditOf, loadCompetition, loadStages } from "./records";
import {
  CONFLICT_STATUS_LABELS,
  CONFLICT_TYPE_LABELS,
  type competitionIdInput,
  type conflictListInput,
  type declareConflictInput,
  type decideConflictInput,
  type matchConflictInput,
} from "./schemas";

async function judgeOf(tx: Db, competitionId: string, personId: string) {
  const [row] = await tx
    .select({ status: competitionJudges.status, displayName: people.displayName, departmentId: people.departmentId })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .where(and(eq(competitionJudges.competitionId, competitionId), eq(competitionJudges.personId, personId)));
  return row ?? null;
}

/** The judges an organiser can match a declaration to: everyone invited who has not declined. */
async function matchablePanel(tx: Db, competitionId: string): Promise<PanelJudge[]> {
  return tx
    .select({ id: people.id, displayName: people.displayName, departmentName: departments.name, departmentShortName: departments.shortName })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(competitionJudges.competitionId, competitionId), ne(competitionJudges.status, "declined")))
    .orderBy(asc(departments.name), asc(people.displayName));
}

const entryName = async (tx: Db, entryId: string) =>
  (
    await tx
      .select({ name: scenarios.name })
      .from(competitionEntries)
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .where(eq(competitionEntries.id, entryId))
  )[0]?.name ?? "";

const alreadyDeclared = () => new DomainError("CONFLICT", "该评委与该作品的利益冲突已申报过");

/**
 * 利益冲突 declared by a judge about an entry assigned to them, or by the entrant's publisher about a person or
 * organisation they name (姓名或单位): the entrant does not see the panel before results are published, so an
 * organiser matches the name to judges. Either waits for an organiser; only a confirmed one keeps the judge off
 * the entry.
 */
export async function declareConflict(db: Db, actor: Actor, input: z.output<typeof declareConflictInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    // Locked so that two declarations of the same name on one entry cannot both pass the check below.
    const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, input.entryId)).for("update");
    if (!entry || entry.status !== "submitted") throw notFound("参赛作品");
    const competition = await loadCompetition(tx, entry.competitionId);
    assertNotPublished(competition, "申报利益冲突");
    const name = await entryName(tx, entry.id);
    const type = CONFLICT_TYPE_LABELS[input.type];

    if (input.namedPerson) {
      authorize(can.enterCompetition(actor, entry.departmentId), "只有该作品的参赛单位可以申报与他人的利益冲突");
      const named = normaliseName(input.namedPerson);
      const open = await tx
        .select({ namedPerson: competitionConflicts.namedPerson })
        .from(competitionConflicts)
        .where(and(eq(competitionConflicts.entryId, entry.id), eq(competitionConflicts.declaredBy, "entrant"), ne(competitionConflicts.status, "dismissed")));
      if (open.some((o) => o.namedPerson !== null && normaliseName(o.namedPerson) === named))
        throw new DomainError("CONFLICT", `与「${input.namedPerson}」的利益冲突已申报过`, "namedPerson");
      const [conflict] = await tx
        .insert(competitionConflicts)
        .values({ competitionId: competition.id, entryId: entry.id, namedPerson: input.namedPerson, type: input.type, declaredBy: "entrant", declaredByPerson: actor.id, note: input.note, createdAt: now })
        .returning();
      await recordAudit(tx, actor, auditOf("competition_conflict", conflict!.id, "conflict.declare", `参赛单位申报利益冲突：「${input.namedPerson}」与作品「${name}」（${type}）`));
      return conflict!;
    }

    const own = await judgeOf(tx, competition.id, actor.id);
    if (!own) {
      if (can.enterCompetition(actor, entry.departmentId)) throw new DomainError("BAD_REQUEST", "请填写存在利益冲突的人员姓名或单位", "namedPerson");
      throw new DomainError("FORBIDDEN", "只有该作品的参赛单位或评审该作品的评委可以申报利益冲突");
    }
    const [assigned] = await tx
      .select({ id: competitionAssignments.id })
      .from(competitionAssignments)
      .where(and(eq(competitionAssignments.entryId, entry.id), eq(competitionAssignments.judgeId, actor.id)))
      .limit(1);
    if (!assigned) throw new DomainError("FORBIDDEN", "您未被分配评审该作品");
    const [open] = await tx
      .select({ id: competitionConflicts.id })
      .from(competitionConflicts)
      .where(and(eq(competitionConflicts.entryId, entry.id), eq(competitionConflicts.judgeId, actor.id), ne(competitionConflicts.status, "dismissed")));
    if (open) throw alreadyDeclared();
    try {
      const [conflict] = await tx
        .insert(competitionConflicts)
        .values({ competitionId: competition.id, entryId: entry.id, judgeId: actor.id, type: input.type, declaredBy: "judge", declaredByPerson: actor.id, note: input.note, createdAt: now })
        .returning();
      await recordAudit(tx, actor, auditOf("competition_conflict", conflict!.id, "conflict.declare", `评委申报利益冲突：评委${own.displayName}与作品「${name}」（${type}）`));
      return conflict!;
    } catch (error) {
      if (isUniqueViolation(error, "competition_conflicts_pair_unique")) throw alreadyDeclared();
      throw error;
    }
  });
}

/**
 * Takes judges off an entry in every stage not yet ended, each replaced by the least-loaded judge who may
 * score it; none of `judgeIds` is taken as a replacement for another.
 */
async function keepOffEntry(tx: Db, competition: Competition, entryId: string, judgeIds: readonly string[]) {
  const stages = await loadStages(tx, competition.id);
  const replacements: { stage: string; judge: string }[] = [];
  for (const stage of stages.filter((s) => s.kind === "review" && s.status !== "closed")) {
    const found = await assignmentContext(tx, competition, stage, stages);
    const context = { ...found, conflicts: [...found.conflicts, ...judgeIds.map((judgeId) => ({ judgeId, entryId }))] };
    for (const judgeId of judgeIds) {
      const current = await stageAssignmentRows(tx, stage.id);
      if (!current.some((a) => a.entryId === entryId && a.judgeId === judgeId)) continue;
      const load = (id: string) => current.filter((a) => a.judgeId === id).length;
      const candidates = [...context.judges].sort((a, b) => load(a.id) - load(b.id) || (a.id < b.id ? -1 : 1));
      const replacement = candidates.find((j) => swapJudge(current, { entryId, fromJudgeId: judgeId, toJudgeId: j.id }, context).ok);
      if (!replacement) throw new DomainError("BAD_REQUEST", `“${stage.name}”没有可换入的无利益冲突评委，无法确认回避；请先邀请更多评委`);
      await replaceJudge(tx, stage, entryId, judgeId, replacement.id);
      replacements.push({ stage: stage.name, judge: replacement.name });
    }
  }
  return replacements;
}

const swapped = (replacements: { stage: string; judge: string }[]) => {
  const text = replacements.map((r) => `${r.stage}由${r.judge}替换`).join("，");
  return text ? `（${text}）` : "";
};

async function lockDeclared(tx: Db, ref: { id: string; version: number }) {
  const [conflict] = await tx.select().from(competitionConflicts).where(eq(competitionConflicts.id, ref.id)).for("update");
  if (!conflict) throw notFound("利益冲突申报");
  if (conflict.version !== ref.version) throw staleVersion();
  if (conflict.status !== "declared") throw new DomainError("CONFLICT", "该申报已处理过");
  const competition = await loadCompetition(tx, conflict.competitionId);
  assertNotPublished(competition, "处理利益冲突");
  return { conflict, competition };
}

/**
 * An organiser confirms or dismisses a declared conflict. Confirming takes the judge off the entry in
 * every stage not yet ended, with the least-loaded eligible judge in their place. An entrant's declaration
 * is confirmed by matching it to judges (matchConflict); dismissing it here says it matches no judge.
 */
export async function decideConflict(db: Db, actor: Actor, input: z.output<typeof decideConflictInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以确认利益冲突");
  return db.transaction(async (tx) => {
    const { conflict, competition } = await lockDeclared(tx, input);
    if (input.confirm && conflict.judgeId === null) throw new DomainError("BAD_REQUEST", "请先将该申报与本届评委匹配，再确认回避");
    const replacements = input.confirm && conflict.judgeId ? await keepOffEntry(tx, competition, conflict.entryId, [conflict.judgeId]) : [];
    const saved = await updateLocked(tx, competitionConflicts, conflict, {
      status: input.confirm ? "confirmed" : "dismissed",
      decidedBy: actor.id,
      decidedAt: now,
      decisionNote: input.note || null,
    });
    const name = await entryName(tx, conflict.entryId);
    const note = input.note ? `：${input.note}` : "";
    let summary: string;
    if (conflict.judgeId) {
      const [judge] = await tx.select({ name: people.displayName }).from(people).where(eq(people.id, conflict.judgeId));
      summary = `${input.confirm ? "确认" : "不予"}回避：评委${judge?.name}与作品「${name}」${swapped(replacements)}${note}`;
    } else {
      summary = `驳回参赛单位申报的利益冲突：「${conflict.namedPerson}」与作品「${name}」，无此评委${note}`;
    }
    await recordAudit(tx, actor, auditOf("competition_conflict", conflict.id, input.confirm ? "conflict.confirm" : "conflict.dismiss", summary));
    return { conflict: saved, replacements };
  });
}

/**
 * An organiser matches an entrant's declaration to the judges it means and confirms it: each is kept off the
 * entry as a confirmed conflict is. The declaration takes the first judge; an organisation that means several
 * judges gives each further one a confirmed row of its own, as the rule is one row per entry and judge.
 */
export async function matchConflict(db: Db, actor: Actor, input: z.output<typeof matchConflictInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以确认利益冲突");
  return db.transaction(async (tx) => {
    const { conflict, competition } = await lockDeclared(tx, input);
    if (conflict.judgeId !== null) throw new DomainError("BAD_REQUEST", "该申报已指明评委，请直接确认或不予回避");
    const panel = await matchablePanel(tx, competition.id);
    const judges = input.judgeIds.map((id) => panel.find((j) => j.id === id));
    if (judges.some((j) => !j)) throw new DomainError("BAD_REQUEST", "所选人员不是本届大赛的评委", "judgeIds");
    const names = judges.map((j) => j!.displayName);
    const open = await tx
      .select({ judgeId: competitionConflicts.judgeId, status: competitionConflicts.status })
      .from(competitionConflicts)
      .where(and(eq(competitionConflicts.entryId, conflict.entryId), inArray(competitionConflicts.judgeId, input.judgeIds), ne(competitionConflicts.status, "dismissed")));
    if (open[0]) {
      const judge = panel.find((j) => j.id === open[0]!.judgeId)!;
      throw new DomainError("CONFLICT", `评委${judge.displayName}与该作品已有利益冲突申报（${CONFLICT_STATUS_LABELS[open[0].status]}），请取消选择该评委`, "judgeIds");
    }
    const replacements = await keepOffEntry(tx, competition, conflict.entryId, input.judgeIds);
    const decision = { status: "confirmed" as const, decidedBy: actor.id, decidedAt: now, decisionNote: input.note || null };
    try {
      const [first, ...more] = input.judgeIds;
      const saved = await updateLocked(tx, competitionConflicts, conflict, { ...decision, judgeId: first! });
      if (more.length) {
        const { id: _id, version: _version, ...declaration } = conflict;
        await tx.insert(competitionConflicts).values(more.map((judgeId) => ({ ...declaration, ...decision, judgeId })));
      }
      await recordAudit(
        tx,
        actor,
        auditOf(
          "competition_conflict",
          conflict.id,
          "conflict.match",
          `匹配并确认回避：参赛单位申报的「${conflict.namedPerson}」为评委${names.join("、")}，与作品「${await entryName(tx, conflict.entryId)}」${swapped(replacements)}${input.note ? `：${input.note}` : ""}`,
        ),
      );
      return { conflict: saved, replacements };
    } catch (error) {
      if (isUniqueViolation(error, "competition_conflicts_pair_unique")) throw alreadyDeclared();
      throw error;
    }
  });
}

/** Entrants' declarations waiting for a match, with the judges each one's 姓名或单位 suggests and the panel to choose from. */
export async function declarationsToMatch(db: Db, actor: Actor, input: z.output<typeof competitionIdInput>) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以确认利益冲突");
  const competition = await loadCompetition(db, input.competitionId);
  const judges = await matchablePanel(db, competition.id);
  const waiting = await db
    .select({ id: competitionConflicts.id, namedPerson: competitionConflicts.namedPerson })
    .from(competitionConflicts)
    .where(and(eq(competitionConflicts.competitionId, competition.id), eq(competitionConflicts.status, "declared"), isNull(competitionConflicts.judgeId)));
  return {
    judges: judges.map(({ id, displayName, departmentName }) => ({ id, displayName, departmentName })),
    suggestions: Object.fromEntries(waiting.map((w) => [w.id, suggestJudges(w.namedPerson ?? "", judges)])),
  };
}

/**
 * Organisers see every declaration; judges and entrants the ones about themselves or made by them. Until
 * results are published an entrant learns nothing of the panel from their own declarations: not which judge
 * a name was matched to, nor whether it was a judge's at all, so a confirmed or dismissed one reads 「已处理」.
 */
export async function listConflicts(db: Db, actor: Actor, f: z.output<typeof conflictListInput>) {
  const competition = await loadCompetition(db, f.competitionId);
  const declarer = aliasedTable(people, "declarer");
  const manage = can.manageCompetitions(actor);
  const open = manage || !!competition.resultsPublishedAt;
  const rows = await db
    .select({
      id: competitionConflicts.id,
      version: competitionConflicts.version,
      type: competitionConflicts.type,
      declaredBy: competitionConflicts.declaredBy,
      namedPerson: competitionConflicts.namedPerson,
      note: competitionConflicts.note,
      status: competitionConflicts.status,
      decisionNote: competitionConflicts.decisionNote,
      createdAt: competitionConflicts.createdAt,
      decidedAt: competitionConflicts.decidedAt,
      entryId: competitionEntries.id,
      entryName: scenarios.name,
      judgeId: competitionConflicts.judgeId,
      // A subquery, not a second join of people: drizzle types a left join beside an aliased one as never.
      judgeName: sql<string | null>`(select ${people.displayName} from ${people} where ${people.id} = ${competitionConflicts.judgeId})`,
      declarerName: declarer.displayName,
    })
    .from(competitionConflicts)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionConflicts.entryId))
    .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
    .innerJoin(declarer, eq(declarer.id, competitionConflicts.declaredByPerson))
    .where(
      and(
        eq(competitionConflicts.competitionId, competition.id),
        // Filtered below for entrants, on what they may see.
        f.status && open ? eq(competitionConflicts.status, f.status) : undefined,
        manage ? undefined : or(eq(competitionConflicts.declaredByPerson, actor.id), eq(competitionConflicts.judgeId, actor.id)),
      ),
    )
    .orderBy(asc(competitionConflicts.status), desc(competitionConflicts.createdAt));
  if (open) return rows;
  return rows
    .map((r) =>
      r.judgeId === actor.id
        ? r
        : { ...r, judgeId: null, judgeName: null, decisionNote: null, status: r.status === "declared" ? ("declared" as const) : ("decided" as const) },
    )
    .filter((r) => !f.status || r.status === f.status);
}
