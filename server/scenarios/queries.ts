import { aliasedTable, and, arrayContains, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, people, resources, scenarioAdoptions, scenarios, scenarioVersions } from "@/db/schema";
import { can, type Actor } from "@/server/auth/permissions";
import { notFound } from "@/server/errors";
import { pageInput, pageWindow, toPage } from "@/server/pagination";
import { DOMAINS } from "@/server/resources/schemas";
import { z } from "@/server/validation";
import { coverage } from "./adoptions";
import { SCENARIO_KINDS } from "./schemas";

export const scenarioSearchSchema = z.object({
  kind: z.enum(SCENARIO_KINDS).optional().catch(undefined),
  domain: z.enum(DOMAINS).optional().catch(undefined),
  departmentId: z.uuid().optional().catch(undefined),
  districtId: z.uuid().optional().catch(undefined),
  page: pageInput,
});

/** Published scenarios for everyone; a department's own and reviewers' views add the rest. */
function visibleTo(actor: Actor | null): SQL | undefined {
  if (!actor) return eq(scenarios.status, "published");
  if (can.reviewResources(actor)) return undefined;
  return or(eq(scenarios.status, "published"), eq(scenarios.departmentId, actor.departmentId));
}

const confirmedReuse = sql<number>`(select count(*) from ${scenarioAdoptions} a where a.scenario_id = ${scenarios.id} and a.status = 'confirmed')::int`;

/** The public catalogue: benchmark scenarios first, then the most reused, then the newest. */
export async function listScenarios(db: Db, actor: Actor | null, f: z.output<typeof scenarioSearchSchema>) {
  const where = and(
    visibleTo(actor),
    f.kind ? eq(scenarios.kind, f.kind) : undefined,
    f.domain ? eq(scenarios.domain, f.domain) : undefined,
    f.departmentId ? or(eq(scenarios.departmentId, f.departmentId), arrayContains(scenarios.participatingDepartmentIds, [f.departmentId])) : undefined,
    f.districtId
      ? or(
          eq(scenarios.departmentId, f.districtId),
          arrayContains(scenarios.liveDistrictIds, [f.districtId]),
          sql`exists (select 1 from ${scenarioAdoptions} a where a.scenario_id = ${scenarios.id} and a.adopter_department_id = ${f.districtId} and a.status = 'confirmed')`,
        )
      : undefined,
  );
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: scenarios.id,
        name: scenarios.name,
        kind: scenarios.kind,
        audience: scenarios.audience,
        domain: scenarios.domain,
        status: scenarios.status,
        benchmark: scenarios.benchmark,
        departmentName: departments.name,
        liveDistricts: sql<number>`cardinality(${scenarios.liveDistrictIds})`,
        reuse: confirmedReuse,
        updatedAt: scenarios.updatedAt,
      })
      .from(scenarios)
      .innerJoin(departments, eq(departments.id, scenarios.departmentId))
      .where(where)
      .orderBy(desc(scenarios.benchmark), desc(confirmedReuse), desc(scenarios.publishedAt), asc(scenarios.name))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(scenarios).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page);
}

/** One scenario as this person may see it: content, departments, resources, coverage and reuse. */
export async function getScenario(db: Db, actor: Actor | null, id: string) {
  const [row] = await db
    .select({ scenario: scenarios, leadName: departments.name })
    .from(scenarios)
    .innerJoin(departments, eq(departments.id, scenarios.departmentId))
    .where(and(eq(scenarios.id, id), visibleTo(actor)));
  if (!row) throw notFound("场景");
  const { scenario } = row;
  const shownId = scenario.currentVersionId ?? scenario.workingVersionId!;
  const [version] = await db.select().from(scenarioVersions).where(eq(scenarioVersions.id, shownId));
  const content = version!.content;
  const adopter = aliasedTable(departments, "adopter");
  const recorder = aliasedTable(people, "recorder");
  const [participants, used, districts, adoptions] = await Promise.all([
    content.participatingDepartmentIds.length
      ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, content.participatingDepartmentIds))
      : [],
    content.resourceIds.length
      ? db
          .select({ id: resources.id, name: resources.name, code: resources.code, kind: resources.kind, sharingClass: resources.sharingClass, departmentName: departments.name })
          .from(resources)
          .innerJoin(departments, eq(departments.id, resources.departmentId))
          .where(inArray(resources.id, content.resourceIds))
      : [],
    coverage(db, id),
    db
      .select({
        id: scenarioAdoptions.id,
        version: scenarioAdoptions.version,
        status: scenarioAdoptions.status,
        liveSince: scenarioAdoptions.liveSince,
        adaptations: scenarioAdoptions.adaptations,
        adopterName: adopter.name,
        recorderName: recorder.displayName,
      })
      .from(scenarioAdoptions)
      .innerJoin(adopter, eq(adopter.id, scenarioAdoptions.adopterDepartmentId))
      .innerJoin(recorder, eq(recorder.id, scenarioAdoptions.recordedBy))
      .where(eq(scenarioAdoptions.scenarioId, id))
      .orderBy(asc(scenarioAdoptions.liveSince)),
  ]);
  const isLead = !!actor && can.editScenario(actor, scenario.departmentId);
  return {
    scenario,
    leadName: row.leadName,
    content: actor ? content : { ...content, contactName: "", contactPhone: "" },
    participants,
    resources: used,
    coverage: districts,
    // Pending and declined records are the lead department's business; everyone sees confirmed reuse.
    adoptions: adoptions.filter((a) => a.status === "confirmed" || isLead),
    reuse: adoptions.filter((a) => a.status === "confirmed").length,
    canDecideAdoptions: isLead,
  };
}
