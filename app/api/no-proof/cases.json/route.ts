import { getDb } from "@/db/client";
import { handler } from "@/server/api/route-handler";
import { openDataJson } from "@/server/no-proof/open-data";

/** Open data: the published no-proof catalogue as JSON (documented at /no-proof/open-data). */
export const GET = handler({ auth: "none" }, async () =>
  Response.json(await openDataJson(await getDb()), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  }),
);
