import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { exportResources } from "@/server/resources/export";
import { resourceSearchSchema } from "@/server/resources/schemas";
import { formatShanghaiTime } from "@/server/time";

/**
 * The current search (same URL params as /resources) as .xlsx or as CSV for Excel, in the app's
 * template or (`layout=national`) the national catalogue's column layout.
 */
export const GET = handler({ auth: "required" }, async ({ request, actor }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = params.format === "csv" ? "csv" : "xlsx";
  const layout = params.layout === "national" ? "national" : "app";
  const { body } = await exportResources(await getDb(), actor, resourceSearchSchema.parse(params), format, layout);
  const stamp = formatShanghaiTime(new Date()).replace(/[-: ]/g, "").slice(0, 12);
  return attachment(
    `${layout === "national" ? "政务信息资源目录" : "资源目录导出"}-${stamp}.${format}`,
    format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body,
  );
});
