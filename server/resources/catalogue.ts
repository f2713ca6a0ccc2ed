import { sql, type SQL } from "drizzle-orm";
import { executeRows, type Db } from "@/db/client";
import { retrievalTerms } from "@/server/duplicates/lookup";
import { resourceCodeSeq } from "@/db/schema";
import type { ResourceContent, ResourceKind } from "./schemas";
import { searchDocument } from "./search-text";

/** The two letters of a resource code (资源编码) for each kind: QDZY-SJ-000123 is a dataset. */
export const KIND_CODES: Record<ResourceKind, string> = {
  dataset: "SJ",
  api: "JK",
  algorithm: "SF",
  component: "ZJ",
  iot: "WL",
  video: "SP",
  compute: "SL",
  application: "YY",
};

/** Draws `count` new codes for resources of `kind` from the citywide sequence. */
export async function nextResourceCodes(tx: Db, kinds: ResourceKind[]): Promise<string[]> {
  if (kinds.length === 0) return [];
  const result = await tx.execute<{ n: string }>(
    sql`select nextval(${sql.raw(`'${resourceCodeSeq.seqName}'`)})::text as n from generate_series(1, ${kinds.length})`,
  );
  return executeRows<{ n: string }>(result).map((r, i) => `QDZY-${KIND_CODES[kinds[i]!]}-${r.n.padStart(6, "0")}`);
}

/**
 * Everything about a resource that search reads beyond its name, tags and summary: the names of
 * its data items and its API path. Item descriptions stay out: they would double the index and
 * every scan of it, for words the name and summary already carry.
 */
function detailText(c: ResourceContent): string {
  return [...c.dataItems.map((d) => d.name), c.apiPath].join(" ");
}

/** The texts of the search vector's weights: name A, tags B, summary C, data items and details D. */
export function searchDocuments(c: ResourceContent) {
  return { searchA: searchDocument(c.name), searchB: searchDocument(c.tags.join(" ")), searchC: searchDocument(c.summary), searchD: searchDocument(detailText(c)) };
}

/** The weighted search vector of the four texts, given as SQL (parameters, or the fields of bulk rows). */
export function searchVectorOf(docs: Record<keyof ReturnType<typeof searchDocuments>, SQL>): SQL {
  const doc = (text: SQL, weight: "A" | "B" | "C" | "D") => sql`setweight(to_tsvector('simple', ${text}), ${weight})`;
  return sql`${doc(docs.searchA, "A")} || ${doc(docs.searchB, "B")} || ${doc(docs.searchC, "C")} || ${doc(docs.searchD, "D")}`;
}

/** The catalogue columns of `resources` for one version's content but the search vector: the facets and the name's terms. */
export function catalogueColumns(c: ResourceContent) {
  return {
    name: c.name,
    summary: c.summary,
    kind: c.kind,
    domain: c.domain,
    sharingClass: c.sharingClass,
    openClass: c.openClass,
    tags: c.tags,
    duplicateTerms: retrievalTerms(c.name),
  };
}

/**
 * The catalogue columns of `resources` for one version's content: the facets, and a weighted
 * search vector for ranking.
 */
export function catalogueFields(c: ResourceContent) {
  const docs = searchDocuments(c);
  return {
    ...catalogueColumns(c),
    searchVector: searchVectorOf({ searchA: sql`${docs.searchA}`, searchB: sql`${docs.searchB}`, searchC: sql`${docs.searchC}`, searchD: sql`${docs.searchD}` }),
  };
}
