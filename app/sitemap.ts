import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { publicOrigin } from "@/server/public-url";
import { publishedCaseIds } from "@/server/no-proof/queries";
import { E_LICENCES, LIFE_EVENTS, NOPROOF_DOMAINS } from "@/server/no-proof/schemas";

// Read from the database at request time, never at build time.
export const dynamic = "force-dynamic";

/** The public pages: the no-proof catalogue above all, then the scenario and resource catalogues. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await publicOrigin();
  const cases = await publishedCaseIds(await getDb());
  const fixed = ["/no-proof", "/no-proof/places", "/no-proof/open-data", "/no-proof/about", "/scenarios", "/resources"];
  const browse = [
    ...LIFE_EVENTS.map((e) => `/no-proof/browse/event/${e}`),
    ...NOPROOF_DOMAINS.map((d) => `/no-proof/browse/domain/${d}`),
    ...E_LICENCES.map((l) => `/no-proof/browse/licence/${l}`),
  ];
  return [
    ...[...fixed, ...browse].map((path) => ({ url: `${base}${path}` })),
    ...cases.map((c) => ({ url: `${base}/no-proof/cases/${c.id}`, lastModified: c.updatedAt })),
  ];
}
