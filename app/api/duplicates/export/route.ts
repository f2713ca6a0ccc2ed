import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { exportDuplicateReport } from "@/server/duplicates/report";

/** The 集约建设 report as .xlsx, for 市大数据局's reviewers. */
export const GET = handler({ auth: "required" }, async ({ actor }) => {
  const { name, body } = await exportDuplicateReport(await getDb(), actor);
  return attachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
});
