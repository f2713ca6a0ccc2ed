import { randomUUID } from "node:crypto";
import { count } from "drizzle-orm";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { noProofCases, noProofCaseVersions, noProofFeedback, noProofPlaces, noProofPlaceVersions } from "@/db/schema";
import { catalogueFields } from "@/server/no-proof/catalogue";
import { noProofCaseContentSchema, placeContentSchema } from "@/server/no-proof/schemas";
import { DAY, seededOrganisation } from "./catalogue";
import { FEEDBACK_TEMPLATES, NOPROOF_CASE_TEMPLATES, PLACE_TEMPLATES } from "./no-proof-cases";
import { shanghaiInstant } from "@/server/time";

/**
 * Which demo cases are still in review: a few of the older ones (never one that counts toward
 * the plan's target), so the reviewers' queue has work and the public count is the published one.
 */
const stateOf = (i: number, counts: boolean) => (counts ? "published" : i % 9 === 4 ? "submitted" : i % 9 === 7 ? "draft" : "published");

/** Loads the ~80 no-proof use cases, the 一码亮证 places and citizens' feedback, into a database that has none. */
export async function seedNoProof(tx: Db, now = Date.now()): Promise<number> {
  const [existing] = await tx.select({ n: count() }).from(noProofCases);
  if ((existing?.n ?? 0) > 0) return 0;
  const { deptId, publisherOf, reviewer } = await seededOrganisation(tx);
  const caseRows: PgInsertValue<typeof noProofCases>[] = [];
  const versionRows: PgInsertValue<typeof noProofCaseVersions>[] = [];
  const idByName = new Map<string, { id: string; departmentId: string }>();
  NOPROOF_CASE_TEMPLATES.forEach((t, i) => {
    const content = noProofCaseContentSchema.parse({ ...t.content, districtIds: t.districtCodes.map((c) => deptId.get(c)!) });
    const departmentId = deptId.get(t.departmentCode)!;
    const status = stateOf(i, content.countsTowardTarget);
    const id = randomUUID();
    const versionId = randomUUID();
    // Registered a few weeks before it took effect; published on the day, or a week ago for recent ones.
    const effective = shanghaiInstant(`${content.effectiveDate} 09:00`).getTime();
    const createdAt = new Date(Math.min(now - 14 * DAY, effective - 30 * DAY));
    const publishedAt = status === "published" ? new Date(Math.min(now - 7 * DAY, effective)) : null;
    const updatedAt = publishedAt ?? new Date(now - (i % 5) * DAY);
    idByName.set(content.name, { id, departmentId });
    caseRows.push({
      id,
      departmentId,
      status,
      currentVersionId: status === "published" ? versionId : null,
      workingVersionId: status === "published" ? null : versionId,
      publishedAt,
      createdBy: publisherOf.get(departmentId) ?? null,
      createdAt,
      updatedAt,
      ...catalogueFields(content),
    });
    versionRows.push({
      id: versionId,
      caseId: id,
      number: 1,
      status,
      content,
      createdBy: publisherOf.get(departmentId) ?? null,
      submittedAt: status === "draft" ? null : createdAt,
      submittedBy: status === "draft" ? null : (publisherOf.get(departmentId) ?? null),
      reviewedAt: publishedAt,
      reviewedBy: publishedAt ? reviewer : null,
      createdAt,
      updatedAt,
    });
  });
  await tx.insert(noProofCases).values(caseRows);
  await tx.insert(noProofCaseVersions).values(versionRows);
  // Places as their departments published them a month ago.
  const placed = new Date(now - 30 * DAY);
  const places = PLACE_TEMPLATES.map((p) => ({ id: randomUUID(), versionId: randomUUID(), departmentId: deptId.get(p.departmentCode)!, content: placeContentSchema.parse(p) }));
  await tx.insert(noProofPlaces).values(
    places.map((p) => ({
      id: p.id,
      departmentId: p.departmentId,
      kind: p.content.kind,
      name: p.content.name,
      status: "published" as const,
      currentVersionId: p.versionId,
      publishedAt: placed,
      createdBy: publisherOf.get(p.departmentId) ?? null,
      createdAt: placed,
      updatedAt: placed,
    })),
  );
  await tx.insert(noProofPlaceVersions).values(
    places.map((p) => ({
      id: p.versionId,
      placeId: p.id,
      number: 1,
      status: "published" as const,
      content: p.content,
      createdBy: publisherOf.get(p.departmentId) ?? null,
      submittedAt: placed,
      submittedBy: publisherOf.get(p.departmentId) ?? null,
      reviewedAt: placed,
      reviewedBy: reviewer,
      createdAt: placed,
      updatedAt: placed,
    })),
  );
  const feedbackRows = FEEDBACK_TEMPLATES.map((f, i) => {
    const target = idByName.get(f.itemName)!;
    const createdAt = new Date(now - f.daysAgo * DAY);
    const answeredAt = new Date(Math.min(now, createdAt.getTime() + 2 * DAY));
    const answerer = publisherOf.get(target.departmentId) ?? null;
    return {
      caseId: target.id,
      text: f.text,
      status: f.state,
      reply: f.reply ?? null,
      repliedBy: f.state === "open" ? null : answerer,
      repliedAt: f.state === "open" ? null : answeredAt,
      closedBy: f.state === "closed" ? answerer : null,
      closedAt: f.state === "closed" ? answeredAt : null,
      clientKey: `demo-${i}`,
      readAt: f.state === "open" && i % 2 === 0 ? null : createdAt,
      createdAt,
    };
  });
  await tx.insert(noProofFeedback).values(feedbackRows);
  return caseRows.length;
}
