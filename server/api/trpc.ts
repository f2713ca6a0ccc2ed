import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Db } from "@/db/client";
import { pendingAccountSetup, type Actor } from "@/server/auth/permissions";
import { recordRefusal } from "@/server/audit/audit";
import { DomainError } from "@/server/errors";
import { log } from "@/server/log";
import { fieldErrors, hasUnreadable, UNREADABLE_MESSAGE } from "@/server/validation";

export interface Context {
  db: Db;
  actor: Actor | null;
  requestId?: string;
  /** Drops the cached public no-proof pages after a change they show; absent outside a request. */
  refreshPublicPages?: () => void;
  /** Drops the catalogue pages cached for anonymous visitors (home, scenarios, resources, results …). */
  refreshAnonymousPages?: () => void;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    let fields: Record<string, string> | null = null;
    let message = shape.message;
    if (cause instanceof ZodError) {
      fields = fieldErrors(cause);
    } else if (cause instanceof DomainError && cause.field) {
      fields = { [cause.field]: cause.message };
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      // People never see a stack trace or an internal message; the request id finds it in the logs.
      message = `服务器内部错误，请稍后重试（请求编号 ${ctx?.requestId ?? "无"}）`;
    }
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors: fields } };
  },
});

/** A DomainError thrown by a service becomes a TRPCError of the same code and message. */
const mapDomainErrors = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      // A permission rule refused a signed-in person: the attempt stays in the audit trail.
      if (cause.code === "FORBIDDEN" && ctx.actor)
        await recordRefusal(ctx.db, { ...ctx.actor, requestId: ctx.requestId }, path, cause.message);
      throw new TRPCError({ code: cause.code, message: cause.message, cause });
    }
    // Input that fails its schema: the message is the first field's Chinese message, not zod's JSON.
    if (cause instanceof ZodError)
      throw new TRPCError({ code: "BAD_REQUEST", message: cause.issues[0]?.message ?? "输入有误，请检查后重试", cause });
    if (result.error.code === "INTERNAL_SERVER_ERROR")
      log("error", "procedure failed", { path, requestId: ctx.requestId, error: cause ?? result.error });
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/**
 * Input with a NUL or half a surrogate pair anywhere, in a field no schema refines (tags, comments,
 * keys): refused before any schema or service sees it, as PostgreSQL would refuse to store it.
 */
const refuseUnreadable = t.middleware(async ({ getRawInput, next }) => {
  if (hasUnreadable(await getRawInput())) throw new TRPCError({ code: "BAD_REQUEST", message: `输入${UNREADABLE_MESSAGE}` });
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseUnreadable);

/**
 * Signed-in people, even those who must first replace a password an administrator set: only
 * their own account's procedures use this. `ctx.actor` is non-null below this.
 */
export const accountProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "请先登录" });
  return next({ ctx: { ...ctx, actor: { ...ctx.actor, requestId: ctx.requestId } } });
});

/** Signed-in people whose account is set up: a password of their own, 动态口令 where the role needs it. */
export const authedProcedure = accountProcedure.use(async ({ ctx, next, type }) => {
  const setup = pendingAccountSetup(ctx.actor);
  if (setup) throw new TRPCError({ code: "FORBIDDEN", message: setup });
  const result = await next();
  // Nearly every change shows somewhere on the anonymous catalogue pages (counts on the home page,
  // a 标杆 mark, results): any committed change refreshes them, rather than a list that can fall behind.
  if (type === "mutation" && result.ok) ctx.refreshAnonymousPages?.();
  return result;
});


/** For changes the public sees: once they commit, the cached citizen pages are rebuilt. */
export const refreshesPublicPages = t.middleware(async ({ ctx, next }) => {
  const result = await next();
  if (result.ok) ctx.refreshPublicPages?.();
  return result;
});
