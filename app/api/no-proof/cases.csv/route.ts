import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { openDataCsv, recordOpenDataDownload } from "@/server/no-proof/open-data";

/** Open data: the published no-proof catalogue as CSV, one row per proof (documented at /no-proof/open-data). */
export const GET = handler({ auth: "optional" }, async ({ actor }) => {
  const db = await getDb();
  const body = await openDataCsv(db);
  if (actor) await recordOpenDataDownload(db, actor, "cases.csv");
  return attachment("青岛市无证明城市场景清单.csv", "text/csv; charset=utf-8", body);
});
