import { sql } from "drizzle-orm";
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

/**
 * The catalogue columns of `resources` for one version's content: the facets, and a weighted
 * search vector (name A, tags B, summary C, data items and details D) for ranking.
 */
export function catalogueFields(c: ResourceContent) {
  const doc = (text: string, weight: "A" | "B" | "C" | "D") =>
    sql`setweight(to_tsvector('simple', ${searchDocument(text)}), ${weight})`;
  return {
    name: c.name,
    summary: c.summary,
    kind: c.kind,
    domain: c.domain,
    sharingClass: c.sharingClass,
    openClass: c.openClass,
    tags: c.tags,
    duplicateTerms: retrievalTerms(c.name),
    searchVector: sql`${doc(c.name, "A")} || ${doc(c.tags.join(" "), "B")} || ${doc(c.summary, "C")} || ${doc(detailText(c), "D")}`,
  };
}
