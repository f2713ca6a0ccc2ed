import { aliasedTable, and, asc, count, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, noProofCases, noProofCaseVersions, noProofPlaces, noProofPlaceVersions, people, resources, resourceVersions, scenarios, scenarioVersions } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { pageWindow, toPage } from "@/server/pagination";
import { REVIEW_KINDS, REVIEW_PATHS, type ReviewKind } from "./review-kinds";

/** The kinds of catalogue entry that 市大数据局 reviews, each with its tables. */
const SOURCES: Record<ReviewKind, unknown> & {
  resource: { entries: typeof resources; versions: typeof resourceVersions; owner: typeof resourceVersions.resourceId };
  scenario: { entries: typeof scenarios; versions: typeof scenarioVersions; owner: typeof scenarioVersions.scenarioId };
  noProof: { entries: typeof noProofCases; versions: typeof noProofCaseVersions; owner: typeof noProofCaseVersions.caseId };
  place: { entries: typeof noProofPlaces; versions: typeof noProofPlaceVersions; owner: typeof noProofPlaceVersions.placeId };
} = {
  resource: { entries: resources, versions: resourceVersions, owner: resourceVersions.resourceId },
  scenario: { entries: scenarios, versions: scenarioVersions, owner: scenarioVersions.scenarioId },
  noProof: { entries: noProofCases, versions: noProofCaseVersions, owner: noProofCaseVersions.caseId },
  place: { entries: noProofPlaces, versions: noProofPlaceVersions, owner: noProofPlaceVersions.placeId },
} as const;


/**
 * The versions of one kind waiting for review, oldest first — the one queue query the three review
 * tabs share. `where` narrows it (by the entries' columns); contents come back for each kind to
 * describe and check.
 */
export async function submittedVersions<K extends ReviewKind>(db: Db, actor: Actor, kind: K, f: { page: number; where?: SQL }) {
  authorize(can.reviewResources(actor), "只有审核员可以查看审核队列");
  const { entries, versions, owner } = SOURCES[kind];
  const submitter = aliasedTable(people, "submitter");
  const where = and(eq(versions.status, "submitted"), f.where);
  const { limit, offset } = pageWindow(f.page);
  // 「已有同类」 found on submit, for the queue's 疑似重复 mark (resources and scenarios only).
  const likelyDuplicates = kind === "resource" || kind === "scenario" ? (versions as typeof resourceVersions).likelyDuplicates : sql<null>`null`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: entries.id,
        likelyDuplicates,
        version: entries.version,
        number: versions.number,
        content: versions.content,
        submittedAt: versions.submittedAt,
        submitterName: submitter.displayName,
        departmentName: departments.name,
      })
      .from(versions)
      .innerJoin(entries, eq(entries.id, owner))
      .innerJoin(departments, eq(departments.id, entries.departmentId))
      .leftJoin(submitter, eq(submitter.id, versions.submittedBy))
      .where(where)
      .orderBy(asc(versions.submittedAt), asc(entries.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(versions).innerJoin(entries, eq(entries.id, owner)).where(where),
  ]);
  type Content = (typeof SOURCES)[K]["versions"]["$inferSelect"]["content"];
  return toPage(rows as (Omit<(typeof rows)[number], "content"> & { content: Content })[], total?.n ?? 0, f.page);
}

/** How many of each kind wait for review: the counts on the queue's tabs and in the navigation. */
export async function reviewCounts(db: Db, actor: Actor): Promise<Record<ReviewKind, number>> {
  if (!can.reviewResources(actor)) return { resource: 0, scenario: 0, noProof: 0, place: 0 };
  const counts = await Promise.all(REVIEW_KINDS.map((kind) => db.$count(SOURCES[kind].versions, eq(SOURCES[kind].versions.status, "submitted"))));
  return Object.fromEntries(REVIEW_KINDS.map((kind, i) => [kind, counts[i]!])) as Record<ReviewKind, number>;
}

/**
 * For a reviewer on an entry's page: the oldest other entry of the same kind waiting for review
 * (「下一项」), and how many wait in all.
 */
export async function nextInQueue(db: Db, actor: Actor, kind: ReviewKind, currentId: string) {
  authorize(can.reviewResources(actor), "只有审核员可以查看审核队列");
  const { entries, versions, owner } = SOURCES[kind];
  const submitted = eq(versions.status, "submitted");
  const [[next], waiting] = await Promise.all([
    db
      .select({ id: entries.id, name: entries.name })
      .from(versions)
      .innerJoin(entries, eq(entries.id, owner))
      .where(and(submitted, ne(entries.id, currentId)))
      .orderBy(asc(versions.submittedAt), asc(entries.id))
      .limit(1),
    db.$count(versions, submitted),
  ]);
  return { next: next ? { ...next, href: REVIEW_PATHS[kind].entry(next.id) } : null, waiting, queueHref: REVIEW_PATHS[kind].queue };
}
