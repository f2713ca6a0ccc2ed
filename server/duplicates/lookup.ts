import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";
import { departments, duplicatePairs, duplicateTermFrequencies, resources, scenarios } from "@/db/schema";
import type { ResourceContent } from "@/server/resources/schemas";
import type { ScenarioContent } from "@/server/scenarios/schemas";
import { LIKELY_DUPLICATE, similarity, termsOf, type Comparable, type Rarity } from "./similarity";
import type { EntryType, LikelyDuplicate } from "./schemas";
import { GENERIC_WORDS, OWN_RECORD_WORDS } from "./vocabulary";

/** The name's specific terms (no generic words, no single characters): what the GIN index holds. */
export function retrievalTerms(name: string): string[] {
  return [...termsOf(name)].filter(([t, w]) => w === 1 && [...t].length > 1).map(([t]) => t);
}

/**
 * A resource is compared by its name, summary and kind. Its data items are not: measured on the
 * demo catalogue, items every register shares (统一社会信用代码、姓名、有效期) made 燃气 and 危化品
 * permit APIs look like one resource; a scenario's used resources are specific and do count.
 */
export const resourceComparable = (c: Pick<ResourceContent, "name" | "summary" | "kind">): Comparable => ({
  name: c.name,
  summary: c.summary,
  kind: c.kind,
  parts: [],
});

export const scenarioComparable = (c: Pick<ScenarioContent, "name" | "problem" | "howItWorks" | "kind" | "resourceIds">): Comparable => ({
  name: c.name,
  summary: `${c.problem} ${c.howItWorks}`,
  kind: c.kind,
  parts: c.resourceIds,
});

/** How many candidates sharing the most name terms are scored in full. */
const CANDIDATES = 40;

/**
 * About how many entries the candidate query may read. Terms thousands of names share (许可、行政、
 * 企业) made it read thousands of rows for 40 candidates (p95 over 100 ms at 100,000 resources in
 * `npm run bench`), so the probe's terms are looked up rarest first until their counters add up to
 * this; the terms left out still count in the order of the candidates. An entry sharing only such
 * common terms weighs too little after rarity to be shown (1,000 bench probes found the same
 * lookalikes either way); a catalogue the demo's size reads every term.
 */
const CANDIDATE_READ = 1500;

/** An entry as the comparison reads it, with its department. */
interface Entry extends Comparable {
  id: string;
  code: string | null;
  status: "submitted" | "published";
  departmentId: string;
  departmentName: string;
  departmentKind: string;
}

/** The probe's name terms to look candidates up by: the rarest names have, while their counters add up to CANDIDATE_READ (at least one). */
async function lookupTerms(db: Db, entryType: EntryType, terms: string[]): Promise<string[]> {
  const rows = await db
    .select({ term: duplicateTermFrequencies.term, entries: duplicateTermFrequencies.entries })
    .from(duplicateTermFrequencies)
    .where(and(eq(duplicateTermFrequencies.entryType, entryType), inArray(duplicateTermFrequencies.term, terms)));
  // A term no name has finds nothing: only the others are looked up.
  const rarestFirst = rows.filter((r) => r.entries > 0).sort((a, b) => a.entries - b.entries || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const chosen: string[] = [];
  let read = 0;
  for (const { term, entries } of rarestFirst) {
    read += entries;
    if (chosen.length > 0 && read > CANDIDATE_READ) break;
    chosen.push(term);
  }
  return chosen;
}

/**
 * Published or in-review entries of one type: all of them, those whose names share one of
 * `lookup` (those sharing the most of `terms` first), or those of `ids`. A scenario's problem, how
 * it works and used resources come from the version people see, or the one in review before the
 * first publication.
 */
async function liveEntries(
  db: Db,
  entryType: EntryType,
  near?: { terms: string[]; lookup: string[]; excludeIds: string[] } | { ids: string[] },
): Promise<Entry[]> {
  const textArray = (values: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
  const table = sql.raw(entryType === "resource" ? "resources" : "scenarios");
  // Only the columns read below: the catalogue's wide ones (search_vector) stay on disk.
  const columns = sql.raw(entryType === "resource" ? "id, code, name, summary, kind, status, department_id" : "id, name, kind, status, department_id, current_version_id, working_version_id");
  const live = sql`status in ('published', 'submitted')`;
  // Both term lists hold distinct terms, so the count is the size of their intersection.
  const chosen = !near
    ? sql`select ${columns} from ${table} where ${live}`
    : "ids" in near
      ? sql`select ${columns} from ${table} where id = any(${textArray(near.ids)}::uuid[]) and ${live}`
      : sql`select ${columns} from ${table} where duplicate_terms && ${textArray(near.lookup)} and ${live} and not (id = any(${textArray(near.excludeIds)}::uuid[]))
          order by (select count(*) from unnest(duplicate_terms) t where t = any(${textArray(near.terms)})) desc, id
          limit ${CANDIDATES}`;
  const result =
    entryType === "resource"
      ? await db.execute(sql`
          select c.id, c.code, c.name, c.summary, c.kind::text as kind, c.status::text as status, c.department_id as "departmentId",
            d.name as "departmentName", d.kind::text as "departmentKind", '[]'::jsonb as parts
          from (${chosen}) c join departments d on d.id = c.department_id`)
      : await db.execute(sql`
          select c.id, null as code, c.name, concat_ws(' ', v.content->>'problem', v.content->>'howItWorks') as summary, c.kind::text as kind,
            c.status::text as status, c.department_id as "departmentId", d.name as "departmentName", d.kind::text as "departmentKind",
            coalesce(v.content->'resourceIds', '[]'::jsonb) as parts
          from (${chosen}) c join departments d on d.id = c.department_id
          left join scenario_versions v on v.id = coalesce(c.current_version_id, c.working_version_id)`);
  return executeRows<Entry>(result);
}

const GENERIC = new Set(GENERIC_WORDS);
/** The least idf a term gets: a term in nearly every name. */
const LEAST_IDF = 0.05;

/** Below this many entries, frequencies are read as if the catalogue had this many (a new city). */
const MIN_CATALOGUE = 200;

/**
 * The rarity of `terms` in the names of this entry type, (ln((N+1)/(n+1)) / ln(N+1))², from the
 * counters the triggers keep, so a term in no other name weighs about 1 and one in every name 0.
 */
export async function rarityOf(db: Db, entryType: EntryType, entries: Comparable[] | "all"): Promise<Rarity> {
  // Comparing with the whole catalogue reads every counter; a few entries read theirs.
  const wanted = entries === "all" ? null : [...new Set(entries.flatMap((e) => [...termsOf(e.name).keys(), ...termsOf(e.summary).keys()])), ""];
  const rows = await db
    .select({ term: duplicateTermFrequencies.term, entries: duplicateTermFrequencies.entries })
    .from(duplicateTermFrequencies)
    .where(and(eq(duplicateTermFrequencies.entryType, entryType), wanted ? inArray(duplicateTermFrequencies.term, wanted) : undefined));
  const counts = new Map(rows.map((r) => [r.term, r.entries]));
  const total = Math.max(counts.get("") ?? 0, MIN_CATALOGUE);
  const scale = Math.log(total + 1);
  return (term) => {
    // Generic words are not counted (the index leaves them out): they are as common as the commonest
    // term, else 信息、查询、接口 outweighed a subject such as 企业 that hundreds of names share.
    if (GENERIC.has(term)) return LEAST_IDF ** 2;
    const idf = Math.min(1, Math.max(LEAST_IDF, Math.log((total + 1) / ((counts.get(term) ?? 0) + 1)) / scale));
    // Squared: the pattern terms of a family of names (经营许可、核验接口) must not outweigh the subject.
    return idf * idf;
  };
}

const isOwnRecord = (name: string) => OWN_RECORD_WORDS.some((w) => name.includes(w));

/** Who registers the probe, when known: the rules below depend on it. */
interface Owner {
  departmentId?: string;
  departmentKind?: string;
}

/**
 * Resources that hold each department's own data under a shared name are not built twice: the
 * records a department keeps of its own acts, and two districts' data of their own areas
 * (scenarios are different: a district running what another district built should reuse it).
 */
function ownDataOfEach(entryType: EntryType, probe: Comparable, owner: Owner, other: Entry): boolean {
  if (entryType !== "resource" || !owner.departmentId || owner.departmentId === other.departmentId) return false;
  if (isOwnRecord(probe.name) || isOwnRecord(other.name)) return true;
  return owner.departmentKind === "district" && other.departmentKind === "district";
}

/** `other` as a likely duplicate of the probe, or null below the shipped threshold. */
function judge(entryType: EntryType, probe: Comparable, owner: Owner, other: Entry, rarity: Rarity): LikelyDuplicate | null {
  if (ownDataOfEach(entryType, probe, owner, other)) return null;
  const { score, sharedNameTerms } = similarity(probe, other, rarity);
  if (score < LIKELY_DUPLICATE) return null;
  const { id, code, name, departmentId, departmentName, status } = other;
  return { entryType, id, code, name, departmentId, departmentName, status, score, sharedTerms: sharedNameTerms };
}

const mostAlikeFirst = (a: LikelyDuplicate, b: LikelyDuplicate) => b.score - a.score || a.name.localeCompare(b.name, "zh-CN");

/**
 * Up to `limit` published or in-review entries of any department that look like the probe, most
 * alike first, from the shipped threshold up.
 */
export async function findLookalikes(
  db: Db,
  entryType: EntryType,
  probe: Comparable,
  options: { excludeIds?: string[]; limit?: number; departmentId?: string; onlyOtherDepartments?: boolean } = {},
): Promise<LikelyDuplicate[]> {
  const terms = retrievalTerms(probe.name);
  if (terms.length === 0) return [];
  const lookup = await lookupTerms(db, entryType, terms);
  if (lookup.length === 0) return [];
  const [department] = options.departmentId
    ? await db.select({ kind: departments.kind }).from(departments).where(eq(departments.id, options.departmentId))
    : [];
  const owner = { departmentId: options.departmentId, departmentKind: department?.kind };
  const others = (await liveEntries(db, entryType, { terms, lookup, excludeIds: options.excludeIds ?? [] })).filter(
    (e) => !(options.onlyOtherDepartments && e.departmentId === options.departmentId),
  );
  const rarity = await rarityOf(db, entryType, [probe, ...others]);
  return others
    .map((other) => judge(entryType, probe, owner, other, rarity))
    .filter((f): f is LikelyDuplicate => f !== null)
    .sort(mostAlikeFirst)
    .slice(0, options.limit ?? 5);
}

type PairRow = typeof duplicatePairs.$inferInsert;

function pairOf(entryType: EntryType, entryId: string, found: LikelyDuplicate): PairRow {
  const [lowId, highId] = found.id < entryId ? [found.id, entryId] : [entryId, found.id];
  return { entryType, lowId, highId, score: found.score, sharedTerms: found.sharedTerms };
}

async function insertPairs(db: Db, rows: PairRow[]) {
  // A few hundred rows per statement keep under the bind-parameter limit.
  for (let i = 0; i < rows.length; i += 500) await db.insert(duplicatePairs).values(rows.slice(i, i + 500)).onConflictDoNothing();
}

/**
 * Keeps the 集约建设 pairs of one entry current: its lookalikes in other departments replace the
 * pairs found for it before. Called when the entry goes to review and when it is published.
 */
export async function recordPairs(db: Db, entryType: EntryType, entry: { id: string; departmentId: string }, probe: Comparable) {
  const found = await findLookalikes(db, entryType, probe, { excludeIds: [entry.id], departmentId: entry.departmentId, onlyOtherDepartments: true, limit: 20 });
  await db
    .delete(duplicatePairs)
    .where(and(eq(duplicatePairs.entryType, entryType), or(eq(duplicatePairs.lowId, entry.id), eq(duplicatePairs.highId, entry.id))));
  await insertPairs(db, found.map((f) => pairOf(entryType, entry.id, f)));
}

/**
 * Entries indexed by name term: the GIN index's twin. `near` picks candidates as the query does:
 * through the name's rarest terms (their lists adding up to CANDIDATE_READ), the CANDIDATES
 * sharing most of its terms first.
 */
function termIndex<E extends { id: string }>(entries: { entry: E; terms: Set<string> }[]) {
  const byTerm = new Map<string, E[]>();
  const termsOfEntry = new Map<E, Set<string>>();
  for (const { entry, terms } of entries) {
    termsOfEntry.set(entry, terms);
    for (const t of terms) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(entry);
    }
  }
  return (name: string, excludeId?: string): E[] => {
    const terms = retrievalTerms(name);
    const rarestFirst = terms.filter((t) => byTerm.has(t)).sort((a, b) => byTerm.get(a)!.length - byTerm.get(b)!.length);
    const shared = new Map<E, number>();
    let read = 0;
    for (const t of rarestFirst) {
      read += byTerm.get(t)!.length;
      if (shared.size > 0 && read > CANDIDATE_READ) break;
      for (const e of byTerm.get(t)!) if (e.id !== excludeId && !shared.has(e)) shared.set(e, terms.filter((x) => termsOfEntry.get(e)!.has(x)).length);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))
      .slice(0, CANDIDATES)
      .map(([e]) => e);
  };
}

/** The whole live catalogue of one type in memory, indexed by name term. */
async function catalogueInMemory(db: Db, entryType: EntryType) {
  const entries = await liveEntries(db, entryType);
  const rarity = await rarityOf(db, entryType, "all");
  const near = termIndex(entries.map((entry) => ({ entry, terms: new Set(retrievalTerms(entry.name)) })));
  return { entries, rarity, near };
}

/**
 * The live entries of one type as ids indexed by their stored name terms (from the name where a
 * migration cleared them), without reading their other columns or tokenising the names again.
 * All of them: the counts of the probes' terms must be exact, and an overlap with the thousands
 * of terms of a large file's names took longer than reading every entry's terms.
 */
async function storedTermIndex(db: Db, entryType: EntryType) {
  const table = sql.raw(entryType === "resource" ? "resources" : "scenarios");
  const rows = executeRows<{ id: string; terms: string[] | null; name: string | null }>(
    await db.execute(sql`
      select id, duplicate_terms as terms, case when duplicate_terms is null then name end as name
      from ${table} where status in ('published', 'submitted')`),
  );
  return termIndex(rows.map(({ id, terms, name }) => ({ entry: { id }, terms: new Set(terms ?? retrievalTerms(name!)) })));
}

/**
 * 「已有同类」 of many probes at once (an import's rows), from one read of the catalogue's name
 * terms: the same judgement as `findLookalikes`, without a query per probe.
 */
export async function findLookalikesOfMany(
  db: Db,
  entryType: EntryType,
  probes: { probe: Comparable; excludeId?: string }[],
  owner: { departmentId: string },
  limit = 3,
): Promise<LikelyDuplicate[][]> {
  if (probes.length === 0) return [];
  const [department] = await db.select({ kind: departments.kind }).from(departments).where(eq(departments.id, owner.departmentId));
  const near = await storedTermIndex(db, entryType);
  const candidates = probes.map(({ probe, excludeId }) => near(probe.name, excludeId).map((e) => e.id));
  // Only the chosen candidates are read in full (one that has just left the catalogue drops out).
  const chosen = [...new Set(candidates.flat())];
  const byId = new Map<string, Entry>();
  for (let i = 0; i < chosen.length; i += 5000) for (const e of await liveEntries(db, entryType, { ids: chosen.slice(i, i + 5000) })) byId.set(e.id, e);
  const rarity = await rarityOf(db, entryType, "all");
  const who = { departmentId: owner.departmentId, departmentKind: department?.kind };
  return probes.map(({ probe }, i) =>
    candidates[i]!
      .flatMap((id) => byId.get(id) ?? [])
      .map((other) => judge(entryType, probe, who, other, rarity))
      .filter((f): f is LikelyDuplicate => f !== null)
      .sort(mostAlikeFirst)
      .slice(0, limit),
  );
}

/** Pairs for entries whose lookalikes were found already (an import's submitted rows). */
export async function recordFoundPairs(db: Db, entryType: EntryType, found: { entry: { id: string; departmentId: string }; lookalikes: LikelyDuplicate[] }[]) {
  await insertPairs(
    db,
    found.flatMap(({ entry, lookalikes }) => lookalikes.filter((l) => l.departmentId !== entry.departmentId).map((l) => pairOf(entryType, entry.id, l))),
  );
}

/**
 * Finds the pairs of every published or in-review entry again, in one pass in memory (one query
 * per entry type instead of one per entry): after the demo data is seeded, and when 市大数据局
 * asks for a fresh check (a changed synonym list or threshold).
 */
export async function refreshAllPairs(db: Db): Promise<number> {
  let checked = 0;
  for (const entryType of ["resource", "scenario"] as const) {
    const { entries, rarity, near } = await catalogueInMemory(db, entryType);
    const rows = new Map<string, PairRow>();
    for (const e of entries) {
      const owner = { departmentId: e.departmentId, departmentKind: e.departmentKind };
      // Either side may find the pair (each reads its own nearest candidates); kept once, never within one department.
      for (const other of near(e.name, e.id)) {
        if (other.departmentId === e.departmentId) continue;
        const found = judge(entryType, e, owner, other, rarity);
        if (!found) continue;
        const pair = pairOf(entryType, e.id, found);
        rows.set(`${pair.lowId}/${pair.highId}`, pair);
      }
    }
    await db.delete(duplicatePairs).where(eq(duplicatePairs.entryType, entryType));
    await insertPairs(db, [...rows.values()]);
    checked += entries.length;
  }
  return checked;
}

/** Fills `duplicate_terms` where a migration cleared it (a changed synonym list), in batches. */
export async function fillDuplicateTerms(db: Db): Promise<number> {
  let filled = 0;
  for (const table of [resources, scenarios]) {
    for (;;) {
      const rows = await db.select({ id: table.id, name: table.name }).from(table).where(isNull(table.duplicateTerms)).limit(500);
      if (rows.length === 0) break;
      await db.transaction(async (tx) => {
        for (const row of rows) await tx.update(table).set({ duplicateTerms: retrievalTerms(row.name) }).where(eq(table.id, row.id));
      });
      filled += rows.length;
    }
  }
  return filled;
}
