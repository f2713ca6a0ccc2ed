import { getDb } from "@/db/client";
import { openDataJson } from "@/server/noproof/open-data";

/** Open data: the published no-proof catalogue as JSON (documented at /no-proof/open-data). */
export async function GET() {
  return Response.json(await openDataJson(await getDb()), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
