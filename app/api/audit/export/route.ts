import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { auditFilterSchema } from "@/server/audit/audit";
import { exportAuditEvents } from "@/server/audit/export";

/** The audit page's current filters (same URL params) as .xlsx, for auditors. */
export const GET = handler({ auth: "required" }, async ({ request, actor }) => {
  const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { name, body } = await exportAuditEvents(await getDb(), actor, filter);
  return attachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
});
