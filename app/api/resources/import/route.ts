import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { MAX_IMPORT_BYTES, previewImport } from "@/server/resources/import";

/** Upload a spreadsheet; answers with the per-row preview. Nothing reaches the catalogue yet. */
export async function POST(request: Request) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录");
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES + 64 * 1024) throw new DomainError("BAD_REQUEST", "文件超过 10 MB，请拆分后分批导入");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("BAD_REQUEST", "请选择要导入的 .xlsx 或 .csv 文件");
    const preview = await previewImport(await getDb(), { ...actor, requestId }, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(preview);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
