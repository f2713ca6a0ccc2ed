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
import { outer } from "@/server/sql";
import { submittedVersions } from "@/server/versioning/queue";
import { scenarioChecklist } from "./checklist";

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

const confirmedAdoptions = sql<number>`(select count(*) from ${scenarioAdoptions} a where a.scenario_id = ${outer(scenarios.id)} and a.status = 'confirmed')::int`;

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
          sql`exists (select 1 from ${scenarioAdoptions} a where a.scenario_id = ${outer(scenarios.id)} and a.adopter_department_id = ${f.districtId} and a.status = 'confirmed')`,
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
        adoptions: confirmedAdoptions,
        updatedAt: scenarios.updatedAt,
      })
      .from(scenarios)
      .innerJoin(departments, eq(departments.id, scenarios.departmentId))
      .where(where)
      .orderBy(desc(scenarios.benchmark), desc(confirmedAdoptions), desc(scenarios.publishedAt), asc(scenarios.name))
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
  const insider = !!actor && (can.readUnpublishedResource(actor, scenario.departmentId) || can.reviewResources(actor));
  const versionIds = [scenario.currentVersionId, insider ? scenario.workingVersionId : null].filter((v): v is string => !!v);
  const versions = await db.select().from(scenarioVersions).where(inArray(scenarioVersions.id, versionIds));
  const working = versions.find((v) => v.id === scenario.workingVersionId) ?? null;
  // Reviewers and the lead department look at the version under work; everyone else at the published one.
  const version = working ?? versions.find((v) => v.id === scenario.currentVersionId)!;
  const content = version!.content;
  const adopter = aliasedTable(departments, "adopter");
  const recorder = aliasedTable(people, "recorder");
  const [participants, used, districts, adoptions] = await Promise.all([
    content.participatingDepartmentIds.length
      ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, content.participatingDepartmentIds))
      : [],
    content.resourceIds.length
      ? db
          .select({ id: resources.id, name: resources.name, code: resources.code, kind: resources.kind, sharingClass: resources.sharingClass, departmentId: resources.departmentId, departmentName: departments.name })
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
        adopterDepartmentId: scenarioAdoptions.adopterDepartmentId,
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
  const published = scenario.status === "published";
  const own = adoptions.find((a) => a.adopterDepartmentId === actor?.departmentId && a.status !== "rejected");
  const builtBy = [scenario.departmentId, ...content.participatingDepartmentIds];
  return {
    scenario,
    leadName: row.leadName,
    content: actor ? content : { ...content, contactName: "", contactPhone: "" },
    /** The version under work (draft, submitted or returned), for insiders. */
    working: working && {
      number: working.number,
      status: working.status,
      reviewComment: working.reviewComment,
      checklist: scenarioChecklist(working.content, scenario.departmentId),
      likelyDuplicates: working.likelyDuplicates,
      duplicateReason: working.content.duplicateReason,
    },
    participants,
    resources: used,
    coverage: districts,
    // Pending and declined records are the lead department's business; everyone sees confirmed reuse.
    adoptions: adoptions.filter((a) => a.status === "confirmed" || isLead),
    confirmedAdoptions: adoptions.filter((a) => a.status === "confirmed").length,
    /** The actor's department's own adoption record, if any. */
    ownAdoption: own ? { status: own.status, liveSince: own.liveSince } : null,
    permissions: {
      edit: isLead && scenario.status !== "retired" && working?.status !== "submitted",
      submit: isLead && (working?.status === "draft" || working?.status === "returned"),
      review: !!actor && can.reviewResources(actor) && working?.status === "submitted",
      retire: isLead && published,
      benchmark: !!actor && can.manageBenchmarks(actor) && published,
      decideAdoptions: isLead,
      recordAdoption:
        !!actor &&
        can.recordAdoption(actor) &&
        published &&
        !own &&
        !builtBy.includes(actor.departmentId) &&
        !districts.some((d) => d.id === actor.departmentId && d.live),
    },
  };
}

/** Scenarios waiting for review, oldest first, each with its checklist. */
export async function scenarioReviewQueue(db: Db, actor: Actor, f: { page: number }) {
  const page = await submittedVersions(db, actor, "scenario", f);
  return {
    ...page,
    rows: page.rows.map(({ content, ...r }) => ({ ...r, name: content.name, kind: content.kind, audience: content.audience, resourceCount: content.resourceIds.length, checklist: scenarioChecklist(content) })),
  };
}

/** Reuse records other departments made of the scenarios the actor's department leads, waiting for confirmation. */
export async function pendingAdoptions(db: Db, actor: Actor) {
  const adopter = aliasedTable(departments, "adopter");
  const recorder = aliasedTable(people, "recorder");
  return db
    .select({
      id: scenarioAdoptions.id,
      version: scenarioAdoptions.version,
      liveSince: scenarioAdoptions.liveSince,
      adaptations: scenarioAdoptions.adaptations,
      createdAt: scenarioAdoptions.createdAt,
      scenarioId: scenarios.id,
      scenarioName: scenarios.name,
      adopterName: adopter.name,
      recorderName: recorder.displayName,
    })
    .from(scenarioAdoptions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioAdoptions.scenarioId))
    .innerJoin(adopter, eq(adopter.id, scenarioAdoptions.adopterDepartmentId))
    .innerJoin(recorder, eq(recorder.id, scenarioAdoptions.recordedBy))
    .where(and(eq(scenarioAdoptions.status, "pending"), eq(scenarios.departmentId, actor.departmentId)))
    .orderBy(asc(scenarioAdoptions.createdAt));
}
