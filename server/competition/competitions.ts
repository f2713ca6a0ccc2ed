import { and, asc, count, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionEntries,
  competitionJudges,
  competitions,
  competitionScoreSheets,
  competitionStages,
  type CompetitionStage,
} from "@/db/schema";
import { describeChanges, diffFields, recordAudit } from "@/server/audit/audit";
import { authorize, can, hasRole, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { auditOf, loadCompetition, loadStage, loadStages, missingSheets, nextStage, registrationStage } from "./records";
import { outer } from "@/server/sql";
import {
  stageOrderProblems,
  type addStageInput,
  type createCompetitionInput,
  type StageInput,
  type stageRefInput,
  type updateCompetitionInput,
  type updateStageInput,
} from "./schemas";
import { formatShanghaiTime } from "@/server/time";

const COMPETITION_LABELS = { name: "名称", year: "年度", tracks: "赛道", aggregationMethod: "汇总方法", awardQuota: "奖项设置" };
const STAGE_LABELS = { name: "名称", opensAt: "开始时间", closesAt: "结束时间", rubric: "评分细则", judgesPerEntry: "每件作品评委人数", advancePerTrack: "每赛道晋级数" };

const duplicateName = () => new DomainError("CONFLICT", "已有同名大赛，请换一个名称", "name");

async function withNameCheck<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "competitions_name_unique")) throw duplicateName();
    throw error;
  }
}

/** The stage order rules of the input schema, for a list of stages assembled from the database. */
function assertStageOrder(stages: readonly StageInput[]) {
  const [problem] = stageOrderProblems(stages);
  if (problem) throw new DomainError("BAD_REQUEST", problem.message);
}

const stageValues = (s: StageInput) => ({
  name: s.name,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  rubric: s.rubric,
  judgesPerEntry: s.kind === "review" ? s.judgesPerEntry : null,
  advancePerTrack: s.kind === "review" ? s.advancePerTrack : null,
});

/** Organisers set up a competition with its stages; nobody else sees it until its first stage opens. */
export async function createCompetition(db: Db, actor: Actor, input: z.output<typeof createCompetitionInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以设置大赛");
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(competitions)
        .values({
          name: input.name,
          year: input.year,
          tracks: input.tracks,
          aggregationMethod: input.aggregationMethod,
          awardQuota: input.awardQuota,
          createdBy: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const stages = await tx
        .insert(competitionStages)
        .values(input.stages.map((s, i) => ({ ...stageValues(s), competitionId: created!.id, position: i + 1, kind: s.kind, createdAt: now, updatedAt: now })))
        .returning();
      await recordAudit(
        tx,
        actor,
        auditOf("competition", created!.id, "create", `创建大赛「${input.name}」：${input.tracks.length} 个赛道，${stages.length} 个阶段（${input.stages.map((s) => s.name).join("、")}）`),
      );
      return { ...created!, stages };
    }),
  );
}

/** Name, year, tracks, method and awards; a track that has entries cannot be dropped. */
export async function updateCompetition(db: Db, actor: Actor, input: z.output<typeof updateCompetitionInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以修改大赛设置");
  return withNameCheck(() =>
    db.transaction(async (tx) => {
      const c = await loadCompetition(tx, input.id);
      if (c.version !== input.version) throw staleVersion();
      if (c.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "本届大赛成绩已发布，设置不能再修改");
      const dropped = c.tracks.filter((t) => !input.tracks.includes(t));
      if (dropped.length) {
        const used = await tx
          .selectDistinct({ track: competitionEntries.track })
          .from(competitionEntries)
          .where(and(eq(competitionEntries.competitionId, c.id), inArray(competitionEntries.track, dropped), eq(competitionEntries.status, "submitted")));
        if (used[0]) throw new DomainError("BAD_REQUEST", `赛道“${used[0].track}”已有参赛作品，不能删除`, "tracks");
      }
      const { id: _id, version: _version, ...values } = input;
      const saved = await updateLocked(tx, competitions, c, { ...values, updatedAt: now });
      const changes = diffFields(c, values, Object.keys(COMPETITION_LABELS) as (keyof typeof COMPETITION_LABELS)[]);
      await recordAudit(tx, actor, { ...auditOf("competition", c.id, "update", `修改大赛「${saved.name}」设置：${describeChanges(changes, COMPETITION_LABELS)}`), changes });
      return saved;
    }),
  );
}

const asInput = (s: CompetitionStage): StageInput => ({
  name: s.name,
  kind: s.kind,
  opensAt: s.opensAt,
  closesAt: s.closesAt,
  rubric: s.rubric,
  judgesPerEntry: s.judgesPerEntry,
  advancePerTrack: s.advancePerTrack,
});

/** Appends a scored stage after the last one. */
export async function addStage(db: Db, actor: Actor, input: z.output<typeof addStageInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以修改大赛设置");
  return db.transaction(async (tx) => {
    const c = await loadCompetition(tx, input.competitionId);
    if (c.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "本届大赛成绩已发布，不能再增加阶段");
    const stages = await loadStages(tx, c.id);
    assertStageOrder([...stages.map(asInput), input.stage]);
    const [stage] = await tx
      .insert(competitionStages)
      .values({ ...stageValues(input.stage), competitionId: c.id, position: stages.length + 1, kind: input.stage.kind, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, actor, auditOf("competition", c.id, "stage.add", `为大赛「${c.name}」增加阶段“${stage!.name}”`));
    return stage!;
  });
}

/** Times, rubric and numbers of a stage that has not ended; the rubric is fixed once anyone has scored. */
export async function updateStage(db: Db, actor: Actor, input: z.output<typeof updateStageInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以修改大赛设置");
  return db.transaction(async (tx) => {
    const { stage, competition, stages } = await loadStage(tx, input.id);
    if (stage.version !== input.version) throw staleVersion();
    if (competition.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "本届大赛成绩已发布，阶段设置不能再修改");
    if (stage.status === "closed") throw new DomainError("BAD_REQUEST", `“${stage.name}”已结束，请先重新开放再修改`);
    if (input.stage.kind !== stage.kind) throw new DomainError("BAD_REQUEST", "阶段类型不能修改", "kind");
    if (JSON.stringify(input.stage.rubric) !== JSON.stringify(stage.rubric)) {
      const [scored] = await tx.select({ id: competitionScoreSheets.id }).from(competitionScoreSheets).where(eq(competitionScoreSheets.stageId, stage.id)).limit(1);
      if (scored) throw new DomainError("BAD_REQUEST", `“${stage.name}”已有评委评分，评分细则不能再修改`, "rubric");
    }
    assertStageOrder(stages.map((s) => (s.id === stage.id ? input.stage : asInput(s))));
    const values = stageValues(input.stage);
    const saved = await updateLocked(tx, competitionStages, stage, { ...values, updatedAt: now });
    const changes = diffFields(stage, values, Object.keys(STAGE_LABELS) as (keyof typeof STAGE_LABELS)[]);
    await recordAudit(tx, actor, {
      ...auditOf("competition", competition.id, "stage.update", `修改大赛「${competition.name}」阶段“${saved.name}”：${describeChanges(changes, STAGE_LABELS)}`),
      changes,
    });
    return saved;
  });
}

function saveStageStatus(tx: Db, stage: CompetitionStage, status: CompetitionStage["status"], now: Date) {
  return updateLocked(tx, competitionStages, stage, { status, updatedAt: now });
}

/**
 * Opens a stage once the one before it has ended (a scored stage needs its judges assigned). A stage that
 * was closed can be opened again while the next one has not started.
 */
export async function openStage(db: Db, actor: Actor, ref: z.output<typeof stageRefInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以开放或结束阶段");
  return db.transaction(async (tx) => {
    const { stage, competition, stages } = await loadStage(tx, ref.id);
    if (stage.version !== ref.version) throw staleVersion();
    if (competition.resultsPublishedAt) throw new DomainError("BAD_REQUEST", "本届大赛成绩已发布，不能再开放阶段");
    if (stage.status === "open") throw new DomainError("CONFLICT", `“${stage.name}”已在进行中`);
    const before = stages.filter((s) => s.position < stage.position).find((s) => s.status !== "closed");
    if (before) throw new DomainError("BAD_REQUEST", `请先结束“${before.name}”，再开放“${stage.name}”`);
    const after = nextStage(stages, stage);
    if (stage.status === "closed" && after) {
      const [assigned] = await tx.select({ id: competitionAssignments.id }).from(competitionAssignments).where(eq(competitionAssignments.stageId, after.id)).limit(1);
      if (after.status !== "pending" || assigned)
        throw new DomainError("BAD_REQUEST", `“${after.name}”已开始或已分配评委，不能重新开放“${stage.name}”`);
    }
    if (stage.kind === "review") {
      const [assigned] = await tx.select({ id: competitionAssignments.id }).from(competitionAssignments).where(eq(competitionAssignments.stageId, stage.id)).limit(1);
      if (!assigned) throw new DomainError("BAD_REQUEST", `请先为“${stage.name}”分配评委`);
    }
    const saved = await saveStageStatus(tx, stage, "open", now);
    // Opening is allowed ahead of the window (to show judges their work), but nobody can score yet: say so.
    const warning =
      stage.kind === "review" && now < stage.opensAt
        ? `评分时间 ${formatShanghaiTime(stage.opensAt)} 起（北京时间），此前评委只能查看、不能评分；如需现在开始，请先修改阶段时间`
        : null;
    if (competition.status === "draft")
      await tx.update(competitions).set({ status: "running", version: competition.version + 1, updatedAt: now }).where(eq(competitions.id, competition.id));
    await recordAudit(tx, actor, auditOf("competition", competition.id, "stage.open", `${stage.status === "closed" ? "重新开放" : "开放"}大赛「${competition.name}」阶段“${stage.name}”`));
    return { ...saved, warning };
  });
}

/** Ends a stage. Nothing is computed here: rankings and advancement are separate steps, and the stage can be opened again. */
export async function closeStage(db: Db, actor: Actor, ref: z.output<typeof stageRefInput>, now = new Date()) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以开放或结束阶段");
  return db.transaction(async (tx) => {
    const { stage, competition } = await loadStage(tx, ref.id);
    if (stage.version !== ref.version) throw staleVersion();
    if (stage.status !== "open") throw new DomainError("CONFLICT", `“${stage.name}”不在进行中`);
    const saved = await saveStageStatus(tx, stage, "closed", now);
    const missing = stage.kind === "review" ? await missingSheets(tx, stage.id) : [];
    await recordAudit(
      tx,
      actor,
      auditOf("competition", competition.id, "stage.close", `结束大赛「${competition.name}」阶段“${stage.name}”${missing.length ? `（尚有 ${missing.length} 份评分未提交）` : ""}`),
    );
    return { stage: saved, missingSheets: missing.length };
  });
}

/** Competitions people may see: organisers every one, everybody else those that have started. */
export async function listCompetitions(db: Db, actor: Actor | null) {
  const manage = !!actor && can.manageCompetitions(actor);
  const entryCount = sql<number>`(select count(*) from ${competitionEntries} e where e.competition_id = ${outer(competitions.id)} and e.status = 'submitted')::int`;
  const rows = await db
    .select({
      id: competitions.id,
      name: competitions.name,
      year: competitions.year,
      status: competitions.status,
      tracks: competitions.tracks,
      resultsPublishedAt: competitions.resultsPublishedAt,
      entryCount,
    })
    .from(competitions)
    .where(manage ? undefined : ne(competitions.status, "draft"))
    .orderBy(desc(competitions.year), asc(competitions.name));
  const stages = rows.length
    ? await db.select().from(competitionStages).where(inArray(competitionStages.competitionId, rows.map((r) => r.id))).orderBy(asc(competitionStages.position))
    : [];
  return rows.map((r) => {
    const own = stages.filter((s) => s.competitionId === r.id);
    return {
      ...r,
      registration: own.find((s) => s.kind === "registration") ?? null,
      currentStage: own.find((s) => s.status === "open") ?? null,
    };
  });
}

/** One competition with its stages and rubrics, and what this person may do with it. */
export async function getCompetition(db: Db, actor: Actor | null, id: string, now = new Date()) {
  const [c] = await db.select().from(competitions).where(eq(competitions.id, id));
  const manage = !!actor && can.manageCompetitions(actor);
  if (!c || (c.status === "draft" && !manage)) throw notFound("大赛");
  const stages = await loadStages(db, c.id);
  const registration = registrationStage(stages);
  const perTrack = await db
    .select({ track: competitionEntries.track, n: count() })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.competitionId, c.id), eq(competitionEntries.status, "submitted")))
    .groupBy(competitionEntries.track);
  const [invitation] = actor
    ? await db.select({ status: competitionJudges.status }).from(competitionJudges).where(and(eq(competitionJudges.competitionId, c.id), eq(competitionJudges.personId, actor.id)))
    : [];
  const registrationOpen = registration.status === "open" && now >= registration.opensAt && now < registration.closesAt;
  return {
    ...c,
    stages,
    entriesByTrack: Object.fromEntries(c.tracks.map((t) => [t, perTrack.find((p) => p.track === t)?.n ?? 0])),
    invitation: invitation?.status ?? null,
    permissions: {
      manage,
      enter: !!actor && hasRole(actor, "publisher") && registrationOpen,
      score: !!actor && can.scoreEntries(actor) && invitation?.status === "accepted",
      results: can.viewCompetitionResults(actor, c.resultsPublishedAt),
    },
  };
}
