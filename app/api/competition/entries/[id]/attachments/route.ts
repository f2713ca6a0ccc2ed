import { z } from "zod";
import { getDb } from "@/db/client";
import { readUpload } from "@/server/api/http";
import { handler } from "@/server/api/route-handler";
import { addFileAttachment, maxAttachmentMb } from "@/server/competition/attachments";
import { notFound } from "@/server/errors";
import { fileStorage } from "@/server/storage";

/** Upload a PDF or PPTX (multipart field `file`) to an entry; answers with the stored attachment. */
export const POST = handler<{ id: string }>({ auth: "required" }, async ({ request, actor, params: { id } }) => {
  const { fileName, bytes } = await readUpload(request, { missing: "请选择要上传的 PDF 或 PPTX 文件", maxBytes: maxAttachmentMb() * 1024 * 1024 });
  if (!z.uuid().safeParse(id).success) throw notFound("参赛作品");
  const db = await getDb();
  const stored = await addFileAttachment(db, actor, fileStorage(db), { entryId: id, fileName, bytes });
  return Response.json(stored, { status: 201 });
});
