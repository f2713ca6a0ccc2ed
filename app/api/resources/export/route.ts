import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { attachment, errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { exportResources } from "@/server/resources/export";
import { resourceSearchSchema } from "@/server/resources/schemas";
import { formatShanghaiTime } from "@/server/time";

/** The current search (same URL params as /resources) as .xlsx or as CSV for Excel. */
export async function GET(request: Request) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录后导出");
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const format = params.format === "csv" ? "csv" : "xlsx";
    const { body } = await exportResources(await getDb(), actor, resourceSearchSchema.parse(params), format);
    const stamp = formatShanghaiTime(new Date()).replace(/[-: ]/g, "").slice(0, 12);
    return attachment(
      `资源目录导出-${stamp}.${format}`,
      format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      body,
    );
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
