import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { createCaller } from "./root";
import type { Context } from "./trpc";

/** The request's tRPC context: the database, the signed-in person (or null), the request id. */
export const createRequestContext = cache(async (): Promise<Context> => {
  const [db, actor, h] = await Promise.all([getDb(), getActor(), headers()]);
  return { db, actor, requestId: h.get("x-request-id") ?? undefined };
});

/** Server Components call procedures through this, not over HTTP. */
export const api = cache(async () => createCaller(await createRequestContext()));
