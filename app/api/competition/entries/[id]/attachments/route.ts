import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db/client";
import { errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { addFileAttachment, maxAttachmentMb, tooLarge } from "@/server/competition/attachments";
import { DomainError, notFound } from "@/server/errors";
import { fileStorage } from "@/server/storage";

/** Upload a PDF or PPTX (multipart field `file`) to an entry; answers with the stored attachment. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录");
    // Refuse an oversized body before reading it; the form's own overhead is far below 64 KB.
    if (Number(request.headers.get("content-length") ?? 0) > maxAttachmentMb() * 1024 * 1024 + 64 * 1024) throw tooLarge();
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("BAD_REQUEST", "请选择要上传的 PDF 或 PPTX 文件", "file");
    const { id } = await params;
    if (!z.uuid().safeParse(id).success) throw notFound("参赛作品");
    const attachment = await addFileAttachment(await getDb(), { ...actor, requestId }, fileStorage(), {
      entryId: id,
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json(attachment, { status: 201 });
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
