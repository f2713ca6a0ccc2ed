import type { SearchParams } from "@/server/validation";

/**
 * Public catalogue pages as an anonymous visitor sees them are the same for everyone, so they are
 * rendered once into the shared page cache under internal paths, which proxy.ts rewrites to:
 * /cached/anonymous/… (the segment keeps the route out of the build: nothing is prerendered from
 * the build machine's database). Visitors never address these paths themselves.
 */
export const CACHED_PREFIX = "/cached/";
export const ANONYMOUS_PAGES = "/cached/anonymous";
export const ANONYMOUS_AUDIENCE = "anonymous";

/** Beyond this, a query is too unusual to be worth a cache entry: the page is rendered per request. */
const QUERY_SEGMENT_MAX = 400;

/**
 * A query as one path segment: its parameters sorted, empty ones dropped, base64url so that no
 * decoding step can change it; "q" alone is the page without a query.
 */
export function querySegment(searchParams: URLSearchParams): string | null {
  const kept = [...searchParams].filter(([key, value]) => value !== "" && key !== "_rsc").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const segment = `q${Buffer.from(new URLSearchParams(kept).toString()).toString("base64url")}`;
  return segment.length <= QUERY_SEGMENT_MAX ? segment : null;
}

/** The query back from its segment; anything malformed reads as no query. */
export function searchParamsOf(segment: string): SearchParams {
  if (!/^q[A-Za-z0-9_-]*$/.test(segment)) return {};
  const params: SearchParams = {};
  for (const [key, value] of new URLSearchParams(Buffer.from(segment.slice(1), "base64url").toString())) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/**
 * The cached page that answers a catalogue question of an anonymous visitor, if there is one. The
 * pages without a question are routed by next.config.js (server/http/public-pages.mjs) and never
 * reach proxy.ts anonymously.
 */
export function anonymousRoute(pathname: string, searchParams: URLSearchParams): string | null {
  if (pathname !== "/scenarios" && pathname !== "/resources") return null;
  const segment = querySegment(searchParams);
  return segment ? `${ANONYMOUS_PAGES}${pathname}/${segment}` : null;
}
