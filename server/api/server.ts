import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getActor } from "@/server/auth/session";
import { createCaller } from "./root";
import type { Context } from "./trpc";

/** The route of the catalogue pages cached for anonymous visitors (server/http/cached-pages.ts). */
const ANONYMOUS_PAGES_ROUTE = "/(anonymous)/cached/[audience]";

/** The route that holds every cached citizen page, as revalidatePath names it (with its route group). */
export const NOPROOF_PAGES = "/(citizen)/no-proof/[view]";

export type Caller = ReturnType<typeof createCaller>;

/** The request's tRPC context: the database, the signed-in person (or null), the request id. */
export const createRequestContext = cache(async (): Promise<Context> => {
  const [db, actor, h] = await Promise.all([getDb(), getActor(), headers()]);
  return {
    db,
    actor,
    requestId: h.get("x-request-id") ?? undefined,
    refreshPublicPages: () => revalidatePath(NOPROOF_PAGES, "layout"),
    refreshAnonymousPages: () => revalidatePath(ANONYMOUS_PAGES_ROUTE, "layout"),
  };
});

/**
 * Server Components call procedures through this, not over HTTP. Next forbids refreshing cached
 * pages during a render, and what a render changes (a read mark) is not shown on public pages.
 */
export const api = cache(async () =>
  createCaller({ ...(await createRequestContext()), refreshPublicPages: undefined, refreshAnonymousPages: undefined }),
);

/** For pages cached for every anonymous visitor: no session, nothing read from the request. */
export async function anonymousApi(): Promise<Caller> {
  return createCaller({ db: await getDb(), actor: null });
}
