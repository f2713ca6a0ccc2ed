import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { createCaller } from "./root";
import type { Context } from "./trpc";

/** The route that holds every cached citizen page, as revalidatePath names it (with its route group). */
export const NOPROOF_PAGES = "/(citizen)/no-proof/[view]";

/** The request's tRPC context: the database, the signed-in person (or null), the request id. */
export const createRequestContext = cache(async (): Promise<Context> => {
  const [db, actor, h] = await Promise.all([getDb(), getActor(), headers()]);
  return { db, actor, requestId: h.get("x-request-id") ?? undefined, refreshPublicPages: () => revalidatePath(NOPROOF_PAGES, "layout") };
});

/** Server Components call procedures through this, not over HTTP. */
export const api = cache(async () => createCaller(await createRequestContext()));
