import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { errorResponse } from "@/server/api/http";
import { getActor } from "@/server/auth/session";
import { DomainError } from "@/server/errors";
import { importCases } from "@/server/noproof/import-export";

/** Upload the department's no-proof sheet: checked row by row; saved only with commit=1. */
export async function POST(request: Request) {
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHORIZED", "请先登录");
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) throw new DomainError("BAD_REQUEST", "请选择要导入的 .xlsx 或 .csv 文件");
    const result = await importCases(
      await getDb(),
      { ...actor, requestId },
      { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      { commit: form!.get("commit") === "1", submit: form!.get("submit") === "1" },
    );
    return Response.json(result);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
