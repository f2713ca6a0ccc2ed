import { and, arrayContains, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";
import { departments, noProofCases, noProofCaseVersions, noProofFeedback } from "@/db/schema";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { notFound } from "@/server/errors";
import { pageInput, pageWindow, toPage } from "@/server/pagination";
import { parseQuery } from "@/server/resources/search-text";
import { containsPattern, outer } from "@/server/sql";
import { searchText, z } from "@/server/validation";
import { subjectTerms } from "./query-words";
import { QUESTION_MAX } from "./views";
import { E_LICENCES, LIFE_EVENTS, NOPROOF_DOMAINS, type NoProofCaseContent } from "./schemas";
import { submittedVersions } from "@/server/versioning/queue";
import { caseChecklist } from "./checklist";

export const caseSearchSchema = z.object({
  q: searchText(QUESTION_MAX),
  event: z.enum(LIFE_EVENTS).optional().catch(undefined),
  domain: z.enum(NOPROOF_DOMAINS).optional().catch(undefined),
  licence: z.enum(E_LICENCES).optional().catch(undefined),
  /** A district's division code (370215); cases that apply citywide match every district. */
  district: z.string().regex(/^3702\d{2}$/).optional().catch(undefined),
  page: pageInput,
});
export type CaseSearch = z.output<typeof caseSearchSchema>;

const published = eq(noProofCases.status, "published");

/**
 * Matches any of the question's subjects, in the catalogue's words (「开公司要带什么」 → 开办企业),
 * each as a phrase of bigrams; single characters fall back to the name. Ranked by weight:
 * name, then proofs/licences/life events, then summary, then steps.
 */
function textMatch(q: string | undefined): { where?: SQL; rank?: SQL<number> } {
  if (!q) return {};
  const terms = subjectTerms(q);
  // A bare question (「怎么办」) has no subject: it narrows nothing.
  if (!terms.length) return {};
  const parts: SQL[] = [];
  let rank: SQL<number> | undefined;
  const phrases: string[] = [];
  for (const term of terms) {
    const { tsquery, singleChars } = parseQuery(term);
    if (tsquery) phrases.push(tsquery);
    for (const ch of singleChars) parts.push(ilike(noProofCases.name, containsPattern(ch)));
  }
  if (phrases.length) {
    const query = sql`to_tsquery('simple', ${phrases.map((p) => `(${p})`).join(" | ")})`;
    parts.push(sql`${noProofCases.searchVector} @@ ${query}`);
    rank = sql<number>`ts_rank(${noProofCases.searchVector}, ${query})`;
  }
  if (/^37\d{4}-/i.test(q)) parts.push(eq(noProofCases.itemCode, q.toUpperCase()));
  return { where: parts.length ? or(...parts) : sql`false`, rank };
}

async function districtId(db: Db, code: string | undefined): Promise<string | null | undefined> {
  if (!code) return undefined;
  const [d] = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.code, code), eq(departments.kind, "district")));
  return d?.id ?? null;
}

/** The public catalogue: published use cases matching the question and the browse filters. */
export async function searchCases(db: Db, f: CaseSearch, pageSize = 20) {
  const district = await districtId(db, f.district);
  const text = textMatch(f.q);
  const where = and(
    published,
    text.where,
    f.event ? arrayContains(noProofCases.lifeEvents, [f.event]) : undefined,
    f.domain ? eq(noProofCases.domain, f.domain) : undefined,
    f.licence ? arrayContains(noProofCases.eLicences, [f.licence]) : undefined,
    district === null ? sql`false` : district ? or(sql`cardinality(${noProofCases.districtIds}) = 0`, arrayContains(noProofCases.districtIds, [district])) : undefined,
  );
  const { limit, offset } = pageWindow(f.page, pageSize);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: noProofCases.id,
        name: noProofCases.name,
        summary: noProofCases.summary,
        domain: noProofCases.domain,
        dispositions: noProofCases.dispositions,
        eLicences: noProofCases.eLicences,
        districtCount: sql<number>`cardinality(${noProofCases.districtIds})`,
        departmentName: departments.name,
      })
      .from(noProofCases)
      .innerJoin(departments, eq(departments.id, noProofCases.departmentId))
      .where(where)
      .orderBy(...(text.rank ? [desc(text.rank)] : []), desc(noProofCases.effectiveDate), asc(noProofCases.name))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(noProofCases).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page, pageSize);
}

/** How many published use cases each life event, domain and e-licence has: the browse tiles. */
export async function browseCounts(db: Db) {
  const tally = (column: SQL) =>
    db.execute<{ key: string; n: number }>(sql`select k as key, count(*)::int as n from ${noProofCases}, unnest(${column}) as k where ${published} group by k`);
  const [events, licences, domains] = await Promise.all([
    tally(sql`${noProofCases.lifeEvents}`),
    tally(sql`${noProofCases.eLicences}`),
    db.select({ key: noProofCases.domain, n: count() }).from(noProofCases).where(published).groupBy(noProofCases.domain),
  ]);
  const toMap = (rows: Iterable<{ key: string; n: number }>) => Object.fromEntries([...rows].map((r) => [r.key, Number(r.n)]));
  return { events: toMap(executeRows(events)), licences: toMap(executeRows(licences)), domains: toMap(domains) };
}

/** Progress toward the plan's 40 new no-proof scenarios, by domain. */
export async function targetProgress(db: Db) {
  const rows = await db
    .select({ domain: noProofCases.domain, n: count() })
    .from(noProofCases)
    .where(and(published, eq(noProofCases.countsTowardTarget, true)))
    .groupBy(noProofCases.domain)
    .orderBy(desc(count()));
  return { target: 40, total: rows.reduce((sum, r) => sum + r.n, 0), byDomain: rows };
}

/** Published for everyone; the responsible department and reviewers also see the rest. */
function visibleTo(actor: Actor | null): SQL | undefined {
  if (!actor) return published;
  if (can.reviewResources(actor)) return undefined;
  return or(published, eq(noProofCases.departmentId, actor.departmentId));
}

/** One use case as this person may see it, with the public feedback counts. */
export async function getCase(db: Db, actor: Actor | null, id: string) {
  const [row] = await db
    .select({ entry: noProofCases, departmentName: departments.name })
    .from(noProofCases)
    .innerJoin(departments, eq(departments.id, noProofCases.departmentId))
    .where(and(eq(noProofCases.id, id), visibleTo(actor)));
  if (!row) throw notFound("无证明场景");
  const { entry } = row;
  const insider = !!actor && (can.editNoProofCase(actor, entry.departmentId) || can.reviewResources(actor));
  const ids = [entry.currentVersionId, insider ? entry.workingVersionId : null].filter((v): v is string => !!v);
  const versions = await db.select().from(noProofCaseVersions).where(inArray(noProofCaseVersions.id, ids));
  const working = versions.find((v) => v.id === entry.workingVersionId) ?? null;
  const shown = (working ?? versions.find((v) => v.id === entry.currentVersionId))!;
  // Versions saved before a field existed lack it: read them with the field's default.
  const content: NoProofCaseContent = { ...shown.content, materials: shown.content.materials ?? [] };
  const [districts, feedback] = await Promise.all([
    content.districtIds.length ? db.select({ id: departments.id, name: departments.name }).from(departments).where(inArray(departments.id, content.districtIds)) : [],
    feedbackCounts(db, id),
  ]);
  const isOwner = !!actor && can.editNoProofCase(actor, entry.departmentId);
  return {
    entry,
    departmentName: row.departmentName,
    content,
    districts,
    feedback,
    working: working && { number: working.number, status: working.status, reviewComment: working.reviewComment, checklist: caseChecklist(content) },
    permissions: {
      edit: isOwner && entry.status !== "retired" && working?.status !== "submitted",
      submit: isOwner && (working?.status === "draft" || working?.status === "returned"),
      review: !!actor && can.reviewResources(actor) && working?.status === "submitted",
      retire: isOwner && entry.status === "published",
    },
  };
}

/** What the public sees of the reports about one use case: how many, in which state. */
export async function feedbackCounts(db: Db, caseId: string) {
  const [row] = await db
    .select({
      total: count(),
      open: sql<number>`count(*) filter (where ${noProofFeedback.status} = 'open')::int`,
      replied: sql<number>`count(*) filter (where ${noProofFeedback.status} = 'replied')::int`,
      closed: sql<number>`count(*) filter (where ${noProofFeedback.status} = 'closed')::int`,
    })
    .from(noProofFeedback)
    .where(eq(noProofFeedback.caseId, caseId));
  return { total: row?.total ?? 0, open: row?.open ?? 0, replied: row?.replied ?? 0, closed: row?.closed ?? 0 };
}

/** The ids of every published use case, for static pages and the sitemap. */
export function publishedCaseIds(db: Db) {
  return db.select({ id: noProofCases.id, updatedAt: noProofCases.updatedAt }).from(noProofCases).where(published);
}

/** Every published use case with its full content, for the open-data export. */
export async function openDataCases(db: Db) {
  const rows = await db
    .select({ id: noProofCases.id, departmentName: departments.name, publishedAt: noProofCases.publishedAt, updatedAt: noProofCases.updatedAt, content: noProofCaseVersions.content })
    .from(noProofCases)
    .innerJoin(departments, eq(departments.id, noProofCases.departmentId))
    .innerJoin(noProofCaseVersions, eq(noProofCaseVersions.id, noProofCases.currentVersionId))
    .where(published)
    .orderBy(asc(noProofCases.itemCode));
  const districts = await db.select({ id: departments.id, name: departments.name, code: departments.code }).from(departments).where(eq(departments.kind, "district"));
  const byId = new Map(districts.map((d) => [d.id, d]));
  return rows.map(({ content, ...r }) => ({ ...r, content: content as NoProofCaseContent, districts: content.districtIds.map((id) => byId.get(id)!).filter(Boolean) }));
}

/** Use cases waiting for review, oldest first, each with its checklist. */
export async function caseReviewQueue(db: Db, actor: Actor, f: { page: number }) {
  const page = await submittedVersions(db, actor, "noProof", f);
  return {
    ...page,
    rows: page.rows.map(({ content, ...r }) => ({ ...r, name: content.name, itemCode: content.itemCode, domain: content.domain, proofCount: content.proofs.length, checklist: caseChecklist(content) })),
  };
}

/** A department's use cases in every state, for its console list. */
export async function departmentCases(db: Db, actor: Actor, f: { page: number }) {
  authorize(can.editNoProofCase(actor, actor.departmentId), "只有发布员可以维护无证明场景");
  const where = eq(noProofCases.departmentId, actor.departmentId);
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: noProofCases.id,
        name: noProofCases.name,
        itemCode: noProofCases.itemCode,
        domain: noProofCases.domain,
        status: noProofCases.status,
        countsTowardTarget: noProofCases.countsTowardTarget,
        hasPendingRevision: sql<boolean>`(${noProofCases.workingVersionId} is not null and ${noProofCases.currentVersionId} is not null)`,
        updatedAt: noProofCases.updatedAt,
        departmentName: departments.name,
        openFeedback: sql<number>`(select count(*) from ${noProofFeedback} f where f.case_id = ${outer(noProofCases.id)} and f.status = 'open')::int`,
      })
      .from(noProofCases)
      .innerJoin(departments, eq(departments.id, noProofCases.departmentId))
      .where(where)
      .orderBy(desc(noProofCases.updatedAt))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(noProofCases).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page);
}
