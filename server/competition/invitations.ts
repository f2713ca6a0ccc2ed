import { and, arrayContains, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { competitionAssignments, competitionJudges, competitions, departments, people } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { assertNotPublished, auditOf, loadCompetition, loadStages } from "./records";
import type { competitionIdInput, inviteJudgesInput, respondInvitationInput } from "./schemas";

/** Who an organiser can still invite: active people with the judge role not yet invited to this competition. */
export async function judgeCandidates(db: Db, actor: Actor, input: z.output<typeof competitionIdInput>) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以邀请评委");
  return db
    .select({ id: people.id, displayName: people.displayName, departmentName: departments.name })
    .from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(competitionJudges, and(eq(competitionJudges.personId, people.id), eq(competitionJudges.competitionId, input.competitionId)))
    .where(and(eq(people.active, true), arrayContains(people.roles, ["judge"]), isNull(competitionJudges.personId)))
    .orderBy(asc(departments.code), asc(people.username));
}

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

/** Everyone invited to judge a competition, declined included, with their answer and their load in each review stage. */
export async function judgePanel(db: Db, actor: Actor, input: z.output<typeof competitionIdInput>) {
  authorize(can.manageCompetitions(actor), "只有大赛组织者可以查看评委名单");
  const competition = await loadCompetition(db, input.competitionId);
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
    .where(eq(competitionJudges.competitionId, competition.id))
    .orderBy(asc(departments.name), asc(people.displayName));
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
