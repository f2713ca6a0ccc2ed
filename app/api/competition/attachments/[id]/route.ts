import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment, errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { readAttachment } from "@/server/competition/attachments";
import { DomainError, notFound } from "@/server/errors";
import { fileStorage } from "@/server/storage";

/** Download an entry's attachment (organisers, the entrant's department, its assigned judges); a video link redirects. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录");
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw notFound("附件");
    const found = await readAttachment(await getDb(), actor, fileStorage(), id);
    if (found.kind === "link") return Response.redirect(found.url, 302);
    return attachment(found.name, found.mimeType, Buffer.from(found.body));
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
