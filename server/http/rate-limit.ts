import { lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateCounters } from "@/db/schema";

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one request against `key` in the current fixed window, in the database so every
 * instance counts together. Returns whether it is within the limit and, when not, how many
 * seconds until the window turns.
 */
export async function countRequest(db: Db, key: string, { limit, windowSeconds }: RateLimit, now = new Date()) {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateCounters)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateCounters.key, rateCounters.windowStart], set: { hits: sql`${rateCounters.hits} + 1` } })
    .returning({ hits: rateCounters.hits });
  const hits = row?.hits ?? 1;
  // The first request of a window clears windows long past, so the table stays small.
  if (hits === 1) await db.delete(rateCounters).where(lt(rateCounters.windowStart, new Date(now.getTime() - 3600_000)));
  const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: hits <= limit, hits, retryAfter };
}

/** PUBLIC_SEARCH_PER_MINUTE (default 120: mobile networks put many citizens behind one address). */
export function publicSearchLimit(): RateLimit {
  const configured = Number(process.env.PUBLIC_SEARCH_PER_MINUTE);
  return { limit: Number.isInteger(configured) && configured > 0 ? configured : 120, windowSeconds: 60 };
}

/** Whether a request runs a public search: the search pages with a query, or the search procedure. */
export function isPublicSearch(method: string, pathname: string, searchParams: URLSearchParams): boolean {
  if (method !== "GET") return false;
  if (pathname.startsWith("/api/trpc/")) return pathname.includes("resource.search") || pathname.includes("scenario.list");
  return ["/resources", "/scenarios", "/no-proof/search"].includes(pathname) && !!searchParams.get("q")?.trim();
}
