import { pendingAccountSetup, type Actor } from "@/server/auth/permissions";
import type { Db } from "@/db/client";
import { recordRefusal } from "@/server/audit/audit";
import { DomainError, type DomainErrorCode } from "@/server/errors";
import { log, requestIdOf } from "@/server/log";
import { z } from "@/server/validation";

const STATUS: Record<DomainErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * For route handlers outside tRPC: a DomainError as JSON with its status, input that fails its
 * schema as a 400 naming the parameter, anything else as a 500 with a request id.
 */
export function errorResponse(error: unknown, requestId?: string): Response {
  if (error instanceof DomainError)
    return Response.json({ message: error.message, field: error.field ?? null }, { status: STATUS[error.code] });
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const field = issue?.path.join(".") || null;
    const message = `请求参数${field ? `“${field}”` : ""}有误：${issue?.message ?? "请检查后重试"}`;
    return Response.json({ message, field }, { status: 400 });
  }
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

type Params = Record<string, string | string[]>;

interface HandlerArgs<P, A> {
  request: Request;
  /** The route's dynamic segments. */
  params: P;
  requestId?: string;
  /** The signed-in person, carrying the request id for audit rows. */
  actor: A;
}

type Run<P, A> = (args: HandlerArgs<P, A>) => Promise<Response> | Response;
type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * Builds `handler`, the one wrapper of route handlers outside tRPC, around the way to find the
 * signed-in person (tests pass their own). `auth` is "required" (anonymous callers get 401),
 * "optional", or "none" for public routes that never look the person up. Every failure becomes
 * JSON through errorResponse; a permission rule's refusal of a signed-in person is also recorded
 * in `database`'s audit trail.
 */
export function createHandler(findActor: () => Promise<Actor | null>, database?: () => Promise<Db>) {
  function handler<P extends Params = Record<string, never>>(options: { auth: "required" }, run: Run<P, Actor>): RouteHandler<P>;
  function handler<P extends Params = Record<string, never>>(options: { auth: "optional" }, run: Run<P, Actor | null>): RouteHandler<P>;
  function handler<P extends Params = Record<string, never>>(options: { auth: "none" }, run: Run<P, null>): RouteHandler<P>;
  // The overloads tie the actor's type to `auth`; here it is whatever `auth` let through.
  function handler<P extends Params>(options: { auth: "required" | "optional" | "none" }, run: Run<P, never>): RouteHandler<P> {
    return async (request, context) => {
      // Set by proxy.ts, except on the uploads it leaves alone.
      const requestId = requestIdOf(request.headers.get("x-request-id"));
      let actor: Actor | null = null;
      try {
        const found = options.auth === "none" ? null : await findActor();
        if (options.auth === "required" && !found) throw new DomainError("UNAUTHORIZED", "请先登录");
        const setup = found && pendingAccountSetup(found);
        if (setup) throw new DomainError("FORBIDDEN", setup);
        // Next leaves `params` undefined on a route without dynamic segments.
        const params = (await context.params) ?? ({} as P);
        actor = found && { ...found, requestId };
        return await run({ request, params, requestId, actor: actor as never });
      } catch (error) {
        // A permission rule refused a signed-in person: the attempt stays in the audit trail.
        if (actor && database && error instanceof DomainError && error.code === "FORBIDDEN") {
          await recordRefusal(await database(), actor, `${request.method} ${new URL(request.url).pathname}`, error.message);
        }
        return errorResponse(error, requestId);
      }
    };
  }
  return handler;
}

export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  /** The whole form, for the fields sent beside the file. */
  form: FormData;
}

const MB = 1024 * 1024;
/** Room for the multipart form around the file; its own fields are far smaller. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * The file in a multipart form's `file` field. A body over `maxBytes` is refused (`tooLarge`, by
 * default "文件超过 N MB") before it is read when its Content-Length says so, and otherwise as soon
 * as that many bytes have arrived: a chunked upload declares no length. A missing or empty file is
 * refused with `missing`.
 */
export async function readUpload(
  request: Request,
  rules: { missing?: string; maxBytes?: number; tooLarge?: string } = {},
): Promise<Upload> {
  const { missing = "请选择要上传的文件", maxBytes = Infinity } = rules;
  const tooLarge = () => new DomainError("BAD_REQUEST", rules.tooLarge ?? `文件超过 ${maxBytes / MB} MB`, "file");
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + FORM_OVERHEAD) throw tooLarge();
  const body = await readBody(request, maxBytes + FORM_OVERHEAD, tooLarge);
  const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File) || file.size === 0) throw new DomainError("BAD_REQUEST", missing, "file");
  if (file.size > maxBytes) throw tooLarge();
  return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), form };
}

/** The request's body, read until it ends or passes `limit` bytes, when reading stops and `tooLarge` is thrown. */
async function readBody(request: Request, limit: number, tooLarge: () => Error): Promise<Blob> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  return new Blob(chunks);
}
