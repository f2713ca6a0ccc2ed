import { z } from "zod";
import { getDb } from "@/db/client";
import { attachment } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { readAttachment } from "@/server/competition/attachments";
import { notFound } from "@/server/errors";
import { fileStorage } from "@/server/storage";

/** Download an entry's attachment (organisers, the entrant's department, its assigned judges); a video link redirects. */
export const GET = handler<{ id: string }>({ auth: "required" }, async ({ actor, params: { id } }) => {
  if (!z.uuid().safeParse(id).success) throw notFound("附件");
  const db = await getDb();
  const found = await readAttachment(db, actor, fileStorage(db), id);
  if (found.kind === "link") return Response.redirect(found.url, 302);
  return attachment(found.name, found.mimeType, Buffer.from(found.body));
});
