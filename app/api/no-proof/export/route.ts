import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { exportCases } from "@/server/no-proof/import-export";

/** The department's no-proof use cases as .xlsx, to edit and import back. */
export const GET = handler({ auth: "required" }, async ({ actor }) => {
  const body = await exportCases(await getDb(), actor);
  return attachment(`${actor.departmentName}无证明场景.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
});
