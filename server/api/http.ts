import { DomainError, type DomainErrorCode } from "@/server/errors";
import { log } from "@/server/log";

const STATUS: Record<DomainErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** For route handlers outside tRPC: a DomainError as JSON with its status; anything else as a 500 with a request id. */
export function errorResponse(error: unknown, requestId?: string): Response {
  if (error instanceof DomainError)
    return Response.json({ message: error.message, field: error.field ?? null }, { status: STATUS[error.code] });
  log("error", "route failed", { requestId, error });
  return Response.json({ message: `服务器内部错误，请稍后重试（请求编号 ${requestId ?? "无"}）` }, { status: 500 });
}

/** `资源目录.xlsx` as a Content-Disposition that keeps the Chinese name in every browser. */
export function attachment(fileName: string, contentType: string, body: Buffer): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="export.${fileName.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}
