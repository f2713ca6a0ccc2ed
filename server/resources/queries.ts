import { aliasedTable, and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { executeRows } from "@/db/client";
import { departments, people, resourceFacetCounts, resources, resourceVersions } from "@/db/schema";
import { can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { pageWindow, PAGE_SIZE, toPage } from "@/server/pagination";
import { containsPattern } from "@/server/sql";
import { reviewChecklist } from "./checklist";
import { diffContent } from "./diff";
import { RESOURCE_CODE_PATTERN, type ResourceContent, type ResourceSearch } from "./schemas";
import { parseQuery } from "./search-text";
import { submittedVersions } from "@/server/versioning/queue";

/** The facet columns, which `resources` and `resource_facet_counts` both have. */
type FacetTable = typeof resources | typeof resourceFacetCounts;

/** Which catalogue rows a person may see: the rule of the resource issue, as SQL. */
export function visibleTo(actor: Actor | null, t: FacetTable = resources): SQL | undefined {
  if (!actor) return and(eq(t.status, "published"), inArray(t.openClass, ["open", "conditional"]));
  if (can.reviewResources(actor)) return undefined;
  return or(eq(t.status, "published"), eq(t.departmentId, actor.departmentId));
}

/** The visibility rule and the facet filters of a search, on either table. */
function facetFilters(actor: Actor | null, f: ResourceSearch, t: FacetTable) {
  return and(
    visibleTo(actor, t),
    f.kind ? eq(t.kind, f.kind) : undefined,
    f.domain ? eq(t.domain, f.domain) : undefined,
    f.sharingClass ? eq(t.sharingClass, f.sharingClass) : undefined,
    f.status ? eq(t.status, f.status) : undefined,
    f.departmentId ? eq(t.departmentId, f.departmentId) : undefined,
  );
}

function textMatch(q: string | undefined): { where?: SQL; rank?: SQL<number> } {
  if (!q) return {};
  if (RESOURCE_CODE_PATTERN.test(q.toUpperCase())) return { where: eq(resources.code, q.toUpperCase()) };
  const { tsquery, singleChars } = parseQuery(q);
  const parts: SQL[] = singleChars.map((ch) => or(ilike(resources.name, containsPattern(ch)), ilike(resources.summary, containsPattern(ch)))!);
  let rank: SQL<number> | undefined;
  if (tsquery) {
    const query = sql`to_tsquery('simple', ${tsquery})`;
    parts.push(sql`${resources.searchVector} @@ ${query}`);
    rank = sql<number>`ts_rank(${resources.searchVector}, ${query})`;
  }
  // A query of only punctuation matches nothing rather than everything.
  return { where: parts.length ? and(...parts) : sql`false`, rank };
}

const FACETS = ["kind", "departmentId", "domain", "sharingClass", "status"] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Counts per facet combination: from the trigger-kept table when there is no search term (a few
 * hundred rows), otherwise one hash aggregate over the matches — far cheaper than GROUPING SETS,
 * which sorts the matches once per facet. Each combination carries its department's name, for the
 * department facet's labels (they took a third statement after this one).
 */
function facetQuery(t: FacetTable, where: SQL | undefined, counted: SQL) {
  return sql`select ${sql.join(
    FACETS.map((k) => sql`${t[k]}::text as ${sql.identifier(k)}`),
    sql`, `,
  )}, ${departments.name} as "departmentName", ${counted}::int as n from ${t} join ${departments} on ${departments.id} = ${t.departmentId} where ${where ?? sql`true`} group by ${sql.join(
    FACETS.map((k) => t[k]),
    sql`, `,
  )}, ${departments.name}`;
}

/**
 * One page of the catalogue for this person, with counts per facet value. The counts come from
 * one GROUPING SETS query over the same matches, so five facets cost one scan, not five.
 */
export async function searchResources(db: Db, actor: Actor | null, f: ResourceSearch, pageSize = PAGE_SIZE) {
  const text = textMatch(f.q);
  const where = and(facetFilters(actor, f, resources), text.where);
  const sort = f.sort ?? (text.rank ? "relevance" : "updated");
  const order =
    sort === "name"
      ? [asc(resources.name)]
      : sort === "relevance" && text.rank
        ? [desc(text.rank), desc(resources.updatedAt)]
        : [desc(resources.updatedAt)];
  const { limit, offset } = pageWindow(f.page, pageSize);

  const facetSql = text.where
    ? facetQuery(resources, where, sql`count(*)`)
    : facetQuery(resourceFacetCounts, and(facetFilters(actor, f, resourceFacetCounts), sql`${resourceFacetCounts.n} > 0`), sql`sum(${resourceFacetCounts.n})`);

  const [rows, facetRows] = await Promise.all([
    db
      .select({
        id: resources.id,
        code: resources.code,
        name: resources.name,
        summary: resources.summary,
        kind: resources.kind,
        domain: resources.domain,
        sharingClass: resources.sharingClass,
        openClass: resources.openClass,
        status: resources.status,
        tags: resources.tags,
        updatedAt: resources.updatedAt,
        publishedAt: resources.publishedAt,
        departmentId: resources.departmentId,
        departmentName: departments.name,
        hasPendingRevision: sql<boolean>`(${resources.workingVersionId} is not null and ${resources.currentVersionId} is not null)`,
      })
      .from(resources)
      .innerJoin(departments, eq(departments.id, resources.departmentId))
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    db.execute(facetSql),
  ]);

  const tallies = Object.fromEntries(FACETS.map((k) => [k, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const departmentNames: Record<string, string> = {};
  let total = 0;
  for (const row of executeRows<Record<Facet | "n" | "departmentName", string | number>>(facetRows)) {
    const n = Number(row.n);
    total += n;
    departmentNames[String(row.departmentId)] = String(row.departmentName);
    for (const k of FACETS) tallies[k].set(String(row[k]), (tallies[k].get(String(row[k])) ?? 0) + n);
  }
  const facets = Object.fromEntries(
    FACETS.map((k) => [k, [...tallies[k]].map(([value, count]) => ({ value, count }))]),
  ) as Record<Facet, { value: string; count: number }[]>;
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count);
  return { ...toPage(rows, total, f.page, pageSize), facets, departmentNames, sort };
}

/** What anonymous visitors get: no contact details. */
export const withoutContact = (c: ResourceContent): ResourceContent => ({ ...c, contactName: "", contactPhone: "", contactEmail: "" });

/** One resource as this person may see it, or NOT_FOUND (never a hint that a hidden one exists). */
export async function getResource(db: Db, actor: Actor | null, id: string) {
  const [r] = await db
    .select({ resource: resources, departmentName: departments.name, departmentCreditCode: departments.creditCode })
    .from(resources)
    .innerJoin(departments, eq(departments.id, resources.departmentId))
    .where(and(eq(resources.id, id), visibleTo(actor)));
  if (!r) throw notFound("资源");
  const { resource } = r;
  const insider = !!actor && can.readUnpublishedResource(actor, resource.departmentId);
  const reviewer = aliasedTable(people, "reviewer");
  const versions = await db
    .select({
      id: resourceVersions.id,
      number: resourceVersions.number,
      status: resourceVersions.status,
      content: resourceVersions.content,
      createdAt: resourceVersions.createdAt,
      updatedAt: resourceVersions.updatedAt,
      submittedAt: resourceVersions.submittedAt,
      reviewedAt: resourceVersions.reviewedAt,
      reviewComment: resourceVersions.reviewComment,
      likelyDuplicates: resourceVersions.likelyDuplicates,
      reviewerName: reviewer.displayName,
    })
    .from(resourceVersions)
    .leftJoin(reviewer, eq(reviewer.id, resourceVersions.reviewedBy))
    .where(eq(resourceVersions.resourceId, id))
    .orderBy(desc(resourceVersions.number));
  const current = versions.find((v) => v.id === resource.currentVersionId) ?? null;
  const working = insider ? (versions.find((v) => v.id === resource.workingVersionId) ?? null) : null;
  // Outsiders see the published history only; anonymous visitors no contact details.
  const history = insider ? versions : versions.filter((v) => v.status === "published" || v.status === "superseded");
  const shown = (current ?? working)!;
  const hide = (c: ResourceContent) => (actor ? c : withoutContact(c));
  const { searchVector: _sv, ...row } = resource;
  // 关联资源代码 this person may open become links; the others stay codes.
  const linkedCodes = shown.content.linkedCodes;
  const linkable = linkedCodes.length
    ? await db
        .select({ id: resources.id, code: resources.code, name: resources.name })
        .from(resources)
        .where(and(inArray(resources.code, linkedCodes), visibleTo(actor)))
    : [];
  const byCode = new Map(linkable.map((l) => [l.code, l]));
  return {
    resource: { ...row, departmentName: r.departmentName, departmentCreditCode: r.departmentCreditCode },
    content: hide(shown.content),
    linked: linkedCodes.map((code) => byCode.get(code) ?? { code, id: null, name: null }),
    working: working && { ...working, checklist: reviewChecklist(working.content) },
    history: history.map(({ content, ...v }) => ({ ...v, name: content.name })),
    permissions: {
      edit: !!actor && can.editResource(actor, resource.departmentId) && resource.status !== "retired",
      review: !!actor && can.reviewResources(actor) && working?.status === "submitted",
      retire: !!actor && can.editResource(actor, resource.departmentId) && resource.status === "published",
    },
  };
}

/** Field-by-field changes from version `from` to version `to` of one resource. */
export async function compareVersions(db: Db, actor: Actor | null, input: { id: string; from: number; to: number }) {
  const detail = await getResource(db, actor, input.id);
  const allowed = new Set(detail.history.map((v) => v.number));
  if (!allowed.has(input.from) || !allowed.has(input.to)) throw new DomainError("NOT_FOUND", "所选版本不存在");
  const rows = await db
    .select({ number: resourceVersions.number, content: resourceVersions.content })
    .from(resourceVersions)
    .where(and(eq(resourceVersions.resourceId, input.id), inArray(resourceVersions.number, [input.from, input.to])));
  const byNumber = new Map(rows.map((r) => [r.number, r.content]));
  return { name: detail.resource.name, from: input.from, to: input.to, changes: diffContent(byNumber.get(input.from)!, byNumber.get(input.to)!) };
}

/** Resources waiting for review, oldest first, each with its checklist. */
export async function reviewQueue(db: Db, actor: Actor, f: { kind?: string; departmentId?: string; page: number }) {
  const where = and(f.kind ? eq(resources.kind, f.kind as ResourceContent["kind"]) : undefined, f.departmentId ? eq(resources.departmentId, f.departmentId) : undefined);
  const page = await submittedVersions(db, actor, "resource", { page: f.page, where });
  return {
    ...page,
    rows: page.rows.map(({ content, ...r }) => ({
      ...r,
      name: content.name,
      kind: content.kind,
      checklist: reviewChecklist(content),
    })),
  };
}
