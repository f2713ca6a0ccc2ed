import { and, asc, count, desc, eq, notInArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import {
  competitionAssignments,
  competitionAttachments,
  competitionEntries,
  competitionStages,
  departments,
  scenarios,
  type CompetitionEntry,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, hasRole, type Actor } from "@/server/auth/permissions";
import { DomainError, isUniqueViolation, notFound, staleVersion } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import { pageWindow, toPage } from "@/server/pagination";
import { outer } from "@/server/sql";
import { assertRegistrationOpen, auditOf, loadCompetition, loadStages, registrationStage } from "./records";
import type { enterInput, entryListInput, entryRefInput, updateEntryInput } from "./schemas";

const alreadyEntered = () => new DomainError("CONFLICT", "该场景已报名本届大赛", "scenarioId");

function assertTrack(tracks: readonly string[], track: string) {
  if (!tracks.includes(track)) throw new DomainError("BAD_REQUEST", "请选择本届大赛设立的赛道", "track");
}

/** The published scenarios of the actor's department not yet entered in this competition. */
export async function eligibleScenarios(db: Db, actor: Actor, competitionId: string) {
  authorize(hasRole(actor, "publisher"), "只有发布员可以报名参赛");
  const entered = db
    .select({ id: competitionEntries.scenarioId })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.competitionId, competitionId), eq(competitionEntries.status, "submitted")));
  return db
    .select({ id: scenarios.id, name: scenarios.name, kind: scenarios.kind, domain: scenarios.domain })
    .from(scenarios)
    .where(and(eq(scenarios.departmentId, actor.departmentId), eq(scenarios.status, "published"), notInArray(scenarios.id, entered)))
    .orderBy(asc(scenarios.name));
}

/** A publisher enters a published scenario of their department during 报名; one entry per scenario. */
export async function enterCompetition(db: Db, actor: Actor, input: z.output<typeof enterInput>, now = new Date()) {
  try {
    return await db.transaction(async (tx) => {
      const competition = await loadCompetition(tx, input.competitionId);
      const [scenario] = await tx.select().from(scenarios).where(eq(scenarios.id, input.scenarioId));
      if (!scenario) throw notFound("场景");
      authorize(can.enterCompetition(actor, scenario.departmentId), "只能以本部门牵头的场景报名参赛");
      assertRegistrationOpen(registrationStage(await loadStages(tx, competition.id)), now);
      if (scenario.status !== "published") throw new DomainError("BAD_REQUEST", "只能以已发布的场景报名参赛", "scenarioId");
      assertTrack(competition.tracks, input.track);
      const [existing] = await tx
        .select({ id: competitionEntries.id })
        .from(competitionEntries)
        .where(and(eq(competitionEntries.competitionId, competition.id), eq(competitionEntries.scenarioId, scenario.id), eq(competitionEntries.status, "submitted")));
      if (existing) throw alreadyEntered();
      const [entry] = await tx
        .insert(competitionEntries)
        .values({
          competitionId: competition.id,
          track: input.track,
          scenarioId: scenario.id,
          departmentId: scenario.departmentId,
          team: input.team,
          summary: input.summary,
          submittedBy: actor.id,
          submittedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(tx, actor, auditOf("competition_entry", entry!.id, "entry.create", `${actor.departmentName}以场景「${scenario.name}」报名「${competition.name}」${input.track}赛道`));
      return entry!;
    });
  } catch (error) {
    // Two entries of one scenario at the same moment: the partial unique index lets one through.
    if (isUniqueViolation(error, "competition_entries_scenario_unique")) throw alreadyEntered();
    throw error;
  }
}

/**
 * The entry as the caller last saw it, for a change by its department inside the 报名 window. Shared by
 * edits, withdrawal and attachments.
 */
export async function loadEntryForChange(tx: Db, actor: Actor, ref: { id: string; version?: number }, now: Date) {
  const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, ref.id)).for("update");
  if (!entry) throw notFound("参赛作品");
  authorize(can.enterCompetition(actor, entry.departmentId), "只能修改本部门的参赛作品");
  if (ref.version !== undefined && entry.version !== ref.version) throw staleVersion();
  if (entry.status === "withdrawn") throw new DomainError("BAD_REQUEST", "该参赛作品已撤回");
  const competition = await loadCompetition(tx, entry.competitionId);
  assertRegistrationOpen(registrationStage(await loadStages(tx, competition.id)), now);
  return { entry, competition };
}

function saveEntry(tx: Db, entry: CompetitionEntry, set: Partial<CompetitionEntry>, now: Date) {
  return updateLocked(tx, competitionEntries, entry, { ...set, updatedAt: now });
}

const scenarioName = async (tx: Db, id: string) => (await tx.select({ name: scenarios.name }).from(scenarios).where(eq(scenarios.id, id)))[0]?.name ?? "";

export async function updateEntry(db: Db, actor: Actor, input: z.output<typeof updateEntryInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const { entry, competition } = await loadEntryForChange(tx, actor, input, now);
    assertTrack(competition.tracks, input.track);
    const saved = await saveEntry(tx, entry, { track: input.track, team: input.team, summary: input.summary }, now);
    await recordAudit(tx, actor, auditOf("competition_entry", entry.id, "entry.update", `修改参赛作品「${await scenarioName(tx, entry.scenarioId)}」（${competition.name}）`));
    return saved;
  });
}

export async function withdrawEntry(db: Db, actor: Actor, ref: z.output<typeof entryRefInput>, now = new Date()) {
  return db.transaction(async (tx) => {
    const { entry, competition } = await loadEntryForChange(tx, actor, ref, now);
    const saved = await saveEntry(tx, entry, { status: "withdrawn", withdrawnAt: now }, now);
    await recordAudit(tx, actor, auditOf("competition_entry", entry.id, "entry.withdraw", `撤回参赛作品「${await scenarioName(tx, entry.scenarioId)}」（${competition.name}）`));
    return saved;
  });
}

/** Organisers see every entry; anyone else their own department's. */
export async function listEntries(db: Db, actor: Actor, f: z.output<typeof entryListInput>) {
  const manage = can.manageCompetitions(actor);
  const where = and(
    eq(competitionEntries.competitionId, f.competitionId),
    manage ? undefined : eq(competitionEntries.departmentId, actor.departmentId),
    f.track ? eq(competitionEntries.track, f.track) : undefined,
  );
  const attachments = sql<number>`(select count(*) from ${competitionAttachments} a where a.entry_id = ${outer(competitionEntries.id)})::int`;
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: competitionEntries.id,
        version: competitionEntries.version,
        track: competitionEntries.track,
        team: competitionEntries.team,
        status: competitionEntries.status,
        submittedAt: competitionEntries.submittedAt,
        scenarioId: scenarios.id,
        scenarioName: scenarios.name,
        departmentName: departments.name,
        stageName: competitionStages.name,
        attachments,
      })
      .from(competitionEntries)
      .innerJoin(scenarios, eq(scenarios.id, competitionEntries.scenarioId))
      .innerJoin(departments, eq(departments.id, competitionEntries.departmentId))
      .leftJoin(competitionStages, eq(competitionStages.id, competitionEntries.advancedStageId))
      .where(where)
      .orderBy(asc(competitionEntries.status), asc(competitionEntries.track), desc(competitionEntries.submittedAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(competitionEntries).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page);
}

/** Organisers, the entrant's department and the judges assigned to it may open an entry. */
export async function assertCanSeeEntry(tx: Db, actor: Actor, entry: CompetitionEntry) {
  if (can.manageCompetitions(actor) || actor.departmentId === entry.departmentId) return;
  const [assigned] = await tx
    .select({ id: competitionAssignments.id })
    .from(competitionAssignments)
    .where(and(eq(competitionAssignments.entryId, entry.id), eq(competitionAssignments.judgeId, actor.id)))
    .limit(1);
  if (assigned) return;
  if (can.scoreEntries(actor)) throw new DomainError("FORBIDDEN", "您未被分配评审该作品");
  throw notFound("参赛作品");
}

/** One entry with its scenario, attachments and what this person may do with it. */
export async function getEntry(db: Db, actor: Actor, id: string, now = new Date()) {
  const [entry] = await db.select().from(competitionEntries).where(eq(competitionEntries.id, id));
  if (!entry) throw notFound("参赛作品");
  await assertCanSeeEntry(db, actor, entry);
  const [scenario] = await db
    .select({ id: scenarios.id, name: scenarios.name, kind: scenarios.kind, domain: scenarios.domain, benchmark: scenarios.benchmark, departmentName: departments.name })
    .from(scenarios)
    .innerJoin(departments, eq(departments.id, scenarios.departmentId))
    .where(eq(scenarios.id, entry.scenarioId));
  const competition = await loadCompetition(db, entry.competitionId);
  const registration = registrationStage(await loadStages(db, competition.id));
  const files = await db
    .select({
      id: competitionAttachments.id,
      kind: competitionAttachments.kind,
      originalName: competitionAttachments.originalName,
      mimeType: competitionAttachments.mimeType,
      size: competitionAttachments.size,
      url: competitionAttachments.url,
      createdAt: competitionAttachments.createdAt,
    })
    .from(competitionAttachments)
    .where(eq(competitionAttachments.entryId, entry.id))
    .orderBy(asc(competitionAttachments.createdAt));
  const editable =
    can.enterCompetition(actor, entry.departmentId) &&
    entry.status === "submitted" &&
    registration.status === "open" &&
    now >= registration.opensAt &&
    now < registration.closesAt;
  return {
    ...entry,
    scenario: scenario!,
    competition: { id: competition.id, name: competition.name, tracks: competition.tracks },
    registration: { opensAt: registration.opensAt, closesAt: registration.closesAt, status: registration.status },
    attachments: files,
    permissions: { edit: editable, withdraw: editable, attach: editable, declareConflict: can.enterCompetition(actor, entry.departmentId) && !competition.resultsPublishedAt },
  };
}
