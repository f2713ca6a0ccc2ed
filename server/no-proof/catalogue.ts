import { sql } from "drizzle-orm";
import { searchDocument } from "@/server/resources/search-text";
import { AUDIENCE_LABELS, E_LICENCE_LABELS, LIFE_EVENT_LABELS, NOPROOF_DOMAIN_LABELS, type NoProofCaseContent } from "./schemas";

/** The words a citizen might use for this item beyond its name: proofs, licences, life events, domain. */
function vocabulary(c: NoProofCaseContent): string {
  return [
    ...c.proofs.map((p) => p.name),
    ...c.eLicences.map((l) => E_LICENCE_LABELS[l]),
    ...c.lifeEvents.map((e) => LIFE_EVENT_LABELS[e]),
    ...c.audiences.map((a) => AUDIENCE_LABELS[a]),
    NOPROOF_DOMAIN_LABELS[c.domain],
  ].join(" ");
}

/** The catalogue columns of `noproof_cases` for one version's content, with a weighted search vector. */
export function catalogueFields(c: NoProofCaseContent) {
  const doc = (text: string, weight: "A" | "B" | "C" | "D") => sql`setweight(to_tsvector('simple', ${searchDocument(text)}), ${weight})`;
  const details = [...c.proofs.flatMap((p) => [p.replacement, p.issuer]), ...c.steps].join(" ");
  return {
    name: c.name,
    itemCode: c.itemCode,
    summary: c.summary,
    domain: c.domain,
    lifeEvents: c.lifeEvents,
    audiences: c.audiences,
    eLicences: c.eLicences,
    dispositions: [...new Set(c.proofs.map((p) => p.disposition).filter((d) => d !== "retained"))],
    districtIds: c.districtIds,
    countsTowardTarget: c.countsTowardTarget,
    effectiveDate: c.effectiveDate,
    searchVector: sql`${doc(c.name, "A")} || ${doc(vocabulary(c), "B")} || ${doc(c.summary, "C")} || ${doc(details, "D")}`,
  };
}
