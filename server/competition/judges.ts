import { aliasedTable, and, asc, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionConflicts,
  competitionEntries,
  competitionJudges,
  competitions,
  competitionScoreSheets,
  departments,
  people,
  scenarios,
  type Competition,
  type CompetitionStage,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, hasRole, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { assignJudges, swapJudge, type Assignment } from "./assignment";
import { assertNotPublished, assertReviewStage, auditOf, entriesInStage, loadCompetition, loadStage, loadStages, sheetOfAssignment } from "./records";
import {
  CONFLICT_TYPE_LABELS,
  type conflictListInput,
  type declareConflictInput,
  type decideConflictInput,
  type inviteJudgesInput,
  type respondInvitationInput,
  type swapInput,
} from "./schemas";

/** Organisers invite people who hold the judge role; inviting someone twice changes nothing. */
export async function inviteJudges(db: Db, actor: Actor, input: z.output<typeof inviteJudgesInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以邀请评委");
  return db.transaction(async (tx) => {
    const competition = await loadCompetition(tx, input.competitionId);
    assertNotPublished(competition, "邀请评委");
    const invitees = await tx.select().from(people).where(inArray(people.id, input.personIds));
    if (invitees.length !== new Set(input.personIds).size) throw notFound("所选人员");
    const unfit = invitees.find((p) => !p.active || !p.roles.includes("judge"));
    if (unfit) throw new DomainError("BAD_REQUEST", `“${unfit.displayName}”不是在用的评委账号，不能邀请`, "personIds");
    const added = await tx
      .insert(competitionJudges)
      .values(invitees.map((p) => ({ competitionId: competition.id, personId: p.id, invitedBy: actor.id, invitedAt: now })))
      .onConflictDoNothing()
      .returning({ personId: competitionJudges.personId });
    if (added.length) {
      const names = invitees.filter((p) => added.some((a) => a.personId === p.id)).map((p) => p.displayName);
      await recordAudit(tx, actor, auditOf("competition", competition.id, "judge.invite", `邀请 ${names.join("、")} 担任「${competition.name}」评委`));
    }
    return { invited: added.length };
  });
}

/** The judge accepts or declines; a judge with assignments cannot simply walk away. */
export async function respondToInvitation(db: Db, actor: Actor, input: z.output<typeof respondInvitationInput>, now = new Date()) {
  authorize(can.scoreEntries(actor), "只有评委可以答复评审邀请");
  return db.transaction(async (tx) => {
    const competition = await loadCompetition(tx, input.competitionId);
    const [invitation] = await tx
      .select()
      .from(competitionJudges)
      .where(and(eq(competitionJudges.competitionId, competition.id), eq(competitionJudges.personId, actor.id)));
    if (!invitation) throw new DomainError("NOT_FOUND", "您未受邀担任本届大赛评委");
    assertNotPublished(competition, "答复评审邀请");
    if (!input.accept) {
      const stages = (await loadStages(tx, competition.id)).map((s) => s.id);
      const [assigned] = await tx
        .select({ id: competitionAssignments.id })
        .from(competitionAssignments)
        .where(and(inArray(competitionAssignments.stageId, stages), eq(competitionAssignments.judgeId, actor.id)))
        .limit(1);
      if (assigned) throw new DomainError("BAD_REQUEST", "您已被分配评审作品，如需退出请联系大赛组织者");
    }
    const status = input.accept ? "accepted" : "declined";
    await tx
      .update(competitionJudges)
      .set({ status, respondedAt: now })
      .where(and(eq(competitionJudges.competitionId, competition.id), eq(competitionJudges.personId, actor.id)));
    await recordAudit(tx, actor, auditOf("competition", competition.id, "judge.respond", `${input.accept ? "接受" : "谢绝"}担任「${competition.name}」评委的邀请`));
    return { status };
  });
}

/** The competitions that invited this judge, newest first. */
export async function myInvitations(db: Db, actor: Actor) {
  authorize(can.scoreEntries(actor), "只有评委可以查看评审邀请");
  return db
    .select({
      competitionId: competitions.id,
      name: competitions.name,
      year: competitions.year,
      competitionStatus: competitions.status,
      status: competitionJudges.status,
      invitedAt: competitionJudges.invitedAt,
    })
    .from(competitionJudges)
    .innerJoin(competitions, eq(competitions.id, competitionJudges.competitionId))
    .where(eq(competitionJudges.personId, actor.id))
    .orderBy(desc(competitions.year), asc(competitions.name));
}

/**
 * The judges of a competition. Organisers get each judge's status and load per stage; an entrant's
 * publisher gets names and departments of the judges who have not declined, to declare a conflict.
 */
export async function listJudges(db: Db, actor: Actor, competitionId: string) {
  const manage = can.manageCompetitions(actor);
  authorize(manage || hasRole(actor, "publisher"), "只有大赛组织者和参赛单位可以查看评委名单");
  const competition = await loadCompetition(db, competitionId);
  if (competition.status === "draft" && !manage) throw notFound("大赛");
  const rows = await db
    .select({
      id: people.id,
      displayName: people.displayName,
      title: people.title,
      departmentId: people.departmentId,
      departmentName: departments.name,
      status: competitionJudges.status,
      invitedAt: competitionJudges.invitedAt,
      respondedAt: competitionJudges.respondedAt,
    })
    .from(competitionJudges)
    .innerJoin(people, eq(people.id, competitionJudges.personId))
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(competitionJudges.competitionId, competition.id), manage ? undefined : ne(competitionJudges.status, "declined")))
    .orderBy(asc(departments.name), asc(people.displayName));
  if (!manage) return rows.map(({ id, displayName, title, departmentName }) => ({ id, displayName, title, departmentName }));
  const stages = await loadStages(db, competition.id);
  const assigned = stages.length
    ? await db
        .select({ stageId: competitionAssignments.stageId, judgeId: competitionAssignments.judgeId })
        .from(competitionAssignments)
        .where(inArray(competitionAssignments.stageId, stages.map((s) => s.id)))
    : [];
  return rows.map((r) => ({
    ...r,
    loads: Object.fromEntries(
      stages.filter((s) => s.kind === "review").map((s) => [s.id, assigned.filter((a) => a.stageId === s.id && a.judgeId === r.id).length]),
    ),
  }));
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

/** What the assignment functions need for one stage: its entries, the accepted judges, the confirmed conflicts. */
async function assignmentContext(tx: Db, competition: Competition, stage: CompetitionStage, stages: readonly CompetitionStage[]) {
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
    entries: entries.map((e) => ({ id: e.id, track: e.track, title: e.name, departmentIds: e.departmentIds })),
    judges: judges.filter((j) => j.status === "accepted").map(({ id, departmentId, name }) => ({ id, departmentId, name })),
    conflicts,
    pending: judges.filter((j) => j.status === "invited").length,
  };
}

async function stageAssignmentRows(tx: Db, stageId: string): Promise<Assignment[]> {
  return tx
    .select({ entryId: competitionAssignments.entryId, judgeId: competitionAssignments.judgeId })
    .from(competitionAssignments)
    .where(eq(competitionAssignments.stageId, stageId));
}

/**
 * Replaces one judge of an entry in a stage. Their draft is discarded; a submitted sheet must be reopened
 * by an organiser first, so no submitted score disappears silently.
 */
async function replaceJudge(tx: Db, stage: CompetitionStage, entryId: string, fromJudgeId: string, toJudgeId: string) {
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
    const [saved] = await tx
      .update(competitionConflicts)
      .set({ status: input.confirm ? "confirmed" : "dismissed", decidedBy: actor.id, decidedAt: now, decisionNote: input.note || null, version: conflict.version + 1 })
      .where(and(eq(competitionConflicts.id, conflict.id), eq(competitionConflicts.version, conflict.version)))
      .returning();
    if (!saved) throw staleVersion();
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
      auditOf("competition", competition.id, "assign.swap", `“${stage.name}”作品「${entry.title}」：评委${name(input.fromJudgeId)}换为${name(input.toJudgeId)}`),
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
