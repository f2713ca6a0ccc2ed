import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, resources, scenarioAdoptions, scenarios } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { updateLocked } from "@/server/versioning/locked-update";
import type { decideAdoptionInput, recordAdoptionInput } from "./schemas";
import { shanghaiInstant } from "@/server/time";

const auditOf = (id: string, action: string, summary: string) => ({ action: `adoption.${action}`, entityType: "scenario_adoption", entityId: id, summary });

/** The districts where a scenario is live: the ones it names, and confirmed adoptions by districts. */
export async function coverage(db: Db, scenarioId: string) {
  const [s] = await db.select({ departmentId: scenarios.departmentId, liveDistrictIds: scenarios.liveDistrictIds }).from(scenarios).where(eq(scenarios.id, scenarioId));
  if (!s) throw notFound("场景");
  const districts = await db.select({ id: departments.id, name: departments.name, code: departments.code }).from(departments).where(eq(departments.kind, "district")).orderBy(departments.code);
  const adopted = await db
    .select({ departmentId: scenarioAdoptions.adopterDepartmentId, liveSince: scenarioAdoptions.liveSince })
    .from(scenarioAdoptions)
    .where(and(eq(scenarioAdoptions.scenarioId, scenarioId), eq(scenarioAdoptions.status, "confirmed")));
  return districts.map((d) => {
    const adoption = adopted.find((a) => a.departmentId === d.id);
    const named = s.liveDistrictIds.includes(d.id) || s.departmentId === d.id;
    return { ...d, live: named || !!adoption, liveSince: adoption?.liveSince ?? null, via: adoption ? ("adoption" as const) : named ? ("original" as const) : null };
  });
}

/**
 * 复用: the actor's department or district records that it put a published scenario live. The
 * scenario's lead department confirms it before it counts.
 */
export async function recordAdoption(db: Db, actor: Actor, input: z.output<typeof recordAdoptionInput>) {
  authorize(can.recordAdoption(actor), "只有发布员可以登记复用");
  return db.transaction(async (tx) => {
    const [s] = await tx.select().from(scenarios).where(eq(scenarios.id, input.scenarioId));
    if (!s || s.status !== "published") throw new DomainError("BAD_REQUEST", "只能复用已发布的场景");
    if (s.departmentId === actor.departmentId || s.participatingDepartmentIds.includes(actor.departmentId))
      throw new DomainError("BAD_REQUEST", "本部门是该场景的建设部门，无需登记复用");
    const live = (await coverage(tx, s.id)).find((d) => d.id === actor.departmentId);
    const [existing] = await tx
      .select({ status: scenarioAdoptions.status })
      .from(scenarioAdoptions)
      .where(and(eq(scenarioAdoptions.scenarioId, s.id), eq(scenarioAdoptions.adopterDepartmentId, actor.departmentId), ne(scenarioAdoptions.status, "rejected")));
    if (live?.live || existing)
      throw new DomainError("CONFLICT", existing?.status === "pending" ? "本部门已登记复用该场景，正在等待牵头部门确认" : "本区市已上线该场景，无需重复登记");
    if (input.connectedResourceIds.length) {
      const own = await tx
        .select({ id: resources.id })
        .from(resources)
        .where(and(inArray(resources.id, input.connectedResourceIds), eq(resources.departmentId, actor.departmentId)));
      if (own.length !== new Set(input.connectedResourceIds).size)
        throw new DomainError("BAD_REQUEST", "接入的资源须为本部门的资源", "connectedResourceIds");
    }
    const [created] = await tx
      .insert(scenarioAdoptions)
      .values({
        scenarioId: s.id,
        adopterDepartmentId: actor.departmentId,
        liveSince: shanghaiInstant(input.liveSince),
        adaptations: input.adaptations,
        connectedResourceIds: input.connectedResourceIds,
        recordedBy: actor.id,
      })
      .returning();
    await recordAudit(tx, actor, auditOf(created!.id, "record", `${actor.departmentName}登记复用场景「${s.name}」，${input.liveSince} 上线`));
    return created!;
  });
}

/** The lead department confirms (or declines, with a reason) a recorded adoption; one decision counts. */
export async function decideAdoption(db: Db, actor: Actor, input: z.output<typeof decideAdoptionInput>) {
  return db.transaction(async (tx) => {
    const [a] = await tx
      .select({ adoption: scenarioAdoptions, scenarioName: scenarios.name, leadId: scenarios.departmentId })
      .from(scenarioAdoptions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioAdoptions.scenarioId))
      .where(eq(scenarioAdoptions.id, input.id));
    if (!a) throw notFound("复用记录");
    authorize(can.editScenario(actor, a.leadId), "只有场景牵头部门可以确认复用");
    if (a.adoption.status !== "pending") throw new DomainError("CONFLICT", "该复用记录已处理，不能重复确认");
    const decided = await updateLocked(
      tx,
      scenarioAdoptions,
      input,
      {
        status: input.confirm ? "confirmed" : "rejected",
        decidedBy: actor.id,
        decidedAt: new Date(),
        decisionReason: input.reason || null,
      },
      eq(scenarioAdoptions.status, "pending"),
    );
    await recordAudit(tx, actor, auditOf(input.id, input.confirm ? "confirm" : "decline", `${input.confirm ? "确认" : "不予确认"}对场景「${a.scenarioName}」的复用${input.reason ? `：${input.reason}` : ""}`));
    return decided;
  });
}

/** 复用排行榜: published scenarios and lead departments by confirmed reuse. */
export async function adoptionLeaderboard(db: Db, limit = 10) {
  const confirmed = sql<number>`count(${scenarioAdoptions.id}) filter (where ${scenarioAdoptions.status} = 'confirmed')::int`;
  const [byScenario, byDepartment] = await Promise.all([
    db
      .select({ id: scenarios.id, name: scenarios.name, kind: scenarios.kind, benchmark: scenarios.benchmark, departmentName: departments.name, adoptions: confirmed })
      .from(scenarios)
      .innerJoin(departments, eq(departments.id, scenarios.departmentId))
      .leftJoin(scenarioAdoptions, eq(scenarioAdoptions.scenarioId, scenarios.id))
      .where(eq(scenarios.status, "published"))
      .groupBy(scenarios.id, departments.name)
      .orderBy(desc(confirmed), desc(scenarios.benchmark), scenarios.name)
      .limit(limit),
    db
      .select({ id: departments.id, name: departments.name, scenarios: sql<number>`count(distinct ${scenarios.id})::int`, adoptions: confirmed })
      .from(departments)
      .innerJoin(scenarios, and(eq(scenarios.departmentId, departments.id), eq(scenarios.status, "published")))
      .leftJoin(scenarioAdoptions, eq(scenarioAdoptions.scenarioId, scenarios.id))
      .groupBy(departments.id)
      .orderBy(desc(confirmed), departments.name)
      .limit(limit),
  ]);
  return { byScenario, byDepartment };
}
