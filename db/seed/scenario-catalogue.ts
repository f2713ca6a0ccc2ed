import { retrievalTerms } from "@/server/duplicates/lookup";
import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { accessRequests, resources, scenarioAdoptions, scenarios, scenarioVersions } from "@/db/schema";
import { loadWorkingCalendar } from "@/server/calendar/calendar";
import { scenarioContentSchema, type ScenarioContent } from "@/server/scenarios/schemas";
import { DAY, seededOrganisation, versionsOf } from "./catalogue";
import { reformSheetFor } from "./reform-sheets";
import { generateScenarioSeeds } from "./scenarios";

/** An earlier version of a scenario: before its results were measured. */
const earlierScenario = (c: ScenarioContent): ScenarioContent => ({ ...c, results: c.results.slice(0, 1) });

/** Loads the ~60 generated scenarios with their access requests and reuse records, into a database that has none. */
export async function seedScenarios(tx: Db, now = Date.now()): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(scenarios);
  if ((existing?.n ?? 0) > 0) return 0;
  const { deptId, publisherOf, reviewer } = await seededOrganisation(tx);
  const calendar = await loadWorkingCalendar(tx);
  const published = await tx
    .select({ id: resources.id, name: resources.name, departmentId: resources.departmentId })
    .from(resources)
    .where(and(eq(resources.status, "published")));
  const resourceId = new Map(published.map((r) => [`${r.departmentId}|${r.name}`, r.id]));
  const ref = (r: { departmentCode: string; name: string }) => resourceId.get(`${deptId.get(r.departmentCode)}|${r.name}`)!;
  const code = (c: string) => deptId.get(c)!;

  const seeds = generateScenarioSeeds();
  const scenarioRows: PgInsertValue<typeof scenarios>[] = [];
  const versionRows: PgInsertValue<typeof scenarioVersions>[] = [];
  const requestRows: PgInsertValue<typeof accessRequests>[] = [];
  const adoptionRows: PgInsertValue<typeof scenarioAdoptions>[] = [];
  seeds.forEach((seed, i) => {
    const lead = code(seed.leadDepartmentCode);
    const sheet = reformSheetFor(seed.key, seed.content.name, seed.leadDepartmentCode);
    const content = scenarioContentSchema.parse({
      ...seed.content,
      reform: sheet ? { ...sheet, items: sheet.items.map(({ departmentCode, ...item }) => ({ ...item, departmentId: code(departmentCode) })) } : undefined,
      participatingDepartmentIds: seed.participatingDepartmentCodes.map(code),
      resourceIds: seed.resourceNames.map(ref),
      liveDistrictIds: seed.liveDistrictCodes.map(code),
    });
    const id = randomUUID();
    const versions = versionsOf(seed, i, content, earlierScenario, { creator: publisherOf.get(lead)!, reviewer }, now).map((v) => ({ ...v, id: randomUUID(), scenarioId: id }));
    const latest = versions[versions.length - 1]!;
    const isPublished = seed.status === "published" || seed.status === "retired";
    scenarioRows.push({
      id,
      departmentId: lead,
      status: seed.status,
      currentVersionId: isPublished ? latest.id : null,
      workingVersionId: isPublished ? null : latest.id,
      name: content.name,
      kind: content.kind,
      audience: content.audience,
      domain: content.domain,
      participatingDepartmentIds: content.participatingDepartmentIds,
      liveDistrictIds: content.liveDistrictIds,
      duplicateTerms: retrievalTerms(content.name),
      benchmark: seed.benchmark,
      benchmarkAt: seed.benchmark ? new Date(now - Math.floor(seed.ageDays / 2) * DAY) : null,
      publishedAt: isPublished ? versions[0]!.reviewedAt : null,
      retiredAt: seed.status === "retired" ? new Date(now - Math.floor(seed.ageDays / 4) * DAY) : null,
      retiredReason: seed.status === "retired" ? (seed.note ?? "场景停止运行") : null,
      createdBy: versions[0]!.createdBy,
      createdAt: versions[0]!.createdAt,
      updatedAt: latest.updatedAt,
    });
    versionRows.push(...versions);

    seed.accessRequests.forEach((r, j) => {
      const requester = code(r.requesterCode);
      const owner = code(r.resource.departmentCode);
      const created = new Date(now - Math.max(1, seed.ageDays - 1 - j) * DAY);
      const decided = r.state === "pending" ? null : r.state === "granted" ? created : new Date(Math.min(now, created.getTime() + 3 * DAY));
      requestRows.push({
        resourceId: ref(r.resource),
        ownerDepartmentId: owner,
        requesterDepartmentId: requester,
        requestedBy: publisherOf.get(requester)!,
        purpose: r.purpose,
        scenarioId: requester === lead ? id : null,
        status: r.state,
        dueAt: calendar.addWorkingDays(created, 10).due,
        dueProvisional: calendar.addWorkingDays(created, 10).provisional,
        decidedBy: decided && r.state !== "granted" ? publisherOf.get(owner)! : null,
        decidedAt: decided,
        decisionReason: r.reason ?? null,
        conditions: r.state === "approved" ? "仅用于本场景业务办理，不得转提供第三方" : null,
        ownerReadAt: decided ?? (j % 2 === 0 ? created : null),
        requesterReadAt: decided,
        createdAt: created,
      });
    });
    for (const a of seed.adoptions) {
      const adopter = code(a.adopterCode);
      const live = new Date(now - a.liveDaysAgo * DAY);
      adoptionRows.push({
        scenarioId: id,
        adopterDepartmentId: adopter,
        liveSince: live,
        adaptations: a.adapted,
        status: a.confirmed ? "confirmed" : "pending",
        decidedBy: a.confirmed ? publisherOf.get(lead)! : null,
        decidedAt: a.confirmed ? new Date(Math.min(now, live.getTime() + 5 * DAY)) : null,
        recordedBy: publisherOf.get(adopter)!,
        createdAt: live,
      });
    }
  });
  await tx.insert(scenarios).values(scenarioRows);
  await tx.insert(scenarioVersions).values(versionRows);
  if (requestRows.length) await tx.insert(accessRequests).values(requestRows);
  if (adoptionRows.length) await tx.insert(scenarioAdoptions).values(adoptionRows);
  return seeds.length;
}
