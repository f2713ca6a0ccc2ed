import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { attachment, errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { exportCases } from "@/server/noproof/import-export";

/** The department's no-proof use cases as .xlsx, to edit and import back. */
export async function GET() {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录");
    const body = await exportCases(await getDb(), actor);
    return attachment(`${actor.departmentName}无证明场景.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
