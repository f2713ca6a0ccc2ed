import { getDb } from "@/db/client";
import { handler } from "@/server/api/route-handler";
import { openDataJson, recordOpenDataDownload } from "@/server/no-proof/open-data";

/** Open data: the published no-proof catalogue as JSON (documented at /no-proof/open-data). */
export const GET = handler({ auth: "optional" }, async ({ actor }) => {
  const db = await getDb();
  const body = await openDataJson(db);
  if (actor) await recordOpenDataDownload(db, actor, "cases.json");
  return Response.json(body, { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
});
