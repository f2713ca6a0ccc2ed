import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment, errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { exportScores } from "@/server/competition/results";
import { DomainError, notFound } from "@/server/errors";

/** Every score sheet of a competition (and its results once published) as .xlsx, for organisers. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录后导出");
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw notFound("大赛");
    const { name, body } = await exportScores(await getDb(), actor, id);
    return attachment(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
