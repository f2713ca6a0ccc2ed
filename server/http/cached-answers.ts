import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { hasSessionCookie, VIEW_COOKIE } from "./public-pages.mjs";

/**
 * The pages everyone gets alike (citizen pages, anonymous catalogue pages) are answered from the
 * shared page cache before Next routes the request. Next's own path for a cached page — resolving
 * the rewrite and the dynamic route, the render pipeline's cache lookup, the response wrapper —
 * cost four fifths of such an answer's CPU (docs/perf-profile.md).
 *
 * Nothing here decides what a page is: an address is answered here only after Next has answered
 * it once from the page cache, and then exactly as Next did. While Next answers, the page-cache
 * handler reports which entry it was asked for (server/cache/page-cache-handler.mjs); when the
 * answer was a cacheable page with nothing personal in it, this instance remembers the entry's key
 * and the answer's headers for that address. Later requests for the address ask the same shared
 * cache for the same entry, with the same tags, so a change made on any instance (the entry
 * revalidated, deleted, or stale) sends the request on to Next, which renders afresh.
 */

/** A page-cache lookup Next made while answering a request, as the handler received it. */
export interface CacheLookup {
  key: string;
  context: { kind?: string };
}

/** The handler's entry, as far as this path reads it. */
interface CacheEntry {
  lastModified?: number;
  lifespan?: { staleAt: number } | null;
  value?: { kind?: string; html?: unknown; status?: number } | null;
}

interface PageCache {
  get(key: string, context: object): Promise<CacheEntry | null>;
}

interface Bridge {
  __cityCacheLookups?: AsyncLocalStorage<CacheLookup[]>;
  __cityPageCache?: PageCache;
  __cityForgetRecentEntries?: () => void;
}
const bridge = globalThis as Bridge;

/** How Next answered an address: from which entry, with which headers. */
interface Route {
  lookup: CacheLookup;
  headers: OutgoingHttpHeaders;
}

/** Bounded: every distinct search is an address of its own. */
const routes = new LRUCache<string, Route>({ max: 5000 });

/**
 * Entries read from the shared cache within the last second. Reading one from Redis means parsing
 * the whole stored entry (the page, its RSC payload and segments: up to a few hundred kB), which
 * alone held a cached page to a fifth of a static one. A change made on another instance therefore
 * reaches this one's answers within a second (issue 13 asks for five); one made on this instance
 * forgets them all at once (the page-cache handler calls __cityForgetRecentEntries on revalidation).
 */
const recent = new LRUCache<string, CacheEntry>({ max: 2000, ttl: 1000 });

/** Counts revalidations, so an entry read while one happened is not kept. */
let generation = 0;

bridge.__cityForgetRecentEntries = () => {
  generation++;
  recent.clear();
};

/** Compressed bodies, per entry and version: compressing a page costs more than serving it. */
const compressed = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (b) => b.length || 1 });

/** Headers that belong to one response, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-nextjs-cache", "x-request-id"]);

/** Requests of the router or a server action, not a visitor's page load. */
const NEXT_REQUEST_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url", "x-nextjs-data"];


/**
 * The view cookie as sent, every copy of it: a quoted, repeated or oddly spaced one is an address of
 * its own, so no request can teach the instance to answer another view's visitors with it.
 */
const viewCookies = (cookie: string) =>
  cookie
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(VIEW_COOKIE))
    .join(";");

/**
 * The address as far as the pages answered here can differ by it: the path and query, the citizen
 * view cookie, and whether the load balancer says HTTPS (HSTS), all exactly as sent. Null for
 * anything that is not an anonymous visitor's page load.
 */
export function variantOf(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (req.method !== "GET" || !req.url?.startsWith("/") || req.url.includes("_rsc=")) return null;
  // Scripts, styles and the API are never pages.
  if (req.url.startsWith("/_next/") || req.url.startsWith("/api/")) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const cookie = req.headers.cookie ?? "";
  if (hasSessionCookie(cookie)) return null;
  return `${viewCookies(cookie)} ${String(req.headers["x-forwarded-proto"] ?? "")} ${req.url}`;
}

/**
 * What Next's answer says about answering the address here: a page from the page cache (one page
 * lookup), complete (200), cacheable by its own Cache-Control, setting no cookie, and with no
 * per-request nonce in its policy (proxy.ts gives none to the cached catalogue questions it routes;
 * their request id is not repeated, as the pages routed without proxy.ts have none either).
 */
export function routeOf(lookups: CacheLookup[], status: number, headers: OutgoingHttpHeaders): Route | null {
  const pages = lookups.filter((l) => l.context.kind === "APP_PAGE");
  if (pages.length !== 1 || status !== 200) return null;
  if (!String(headers["cache-control"] ?? "").includes("s-maxage")) return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  if (headers["set-cookie"] !== undefined || String(headers["content-security-policy"] ?? "").includes("'nonce-")) return null;
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
  return { lookup: pages[0]!, headers: kept };
}

/** The page's HTML when the entry is one Next would serve as it is: fresh, complete. */
export function servableHtml(entry: CacheEntry | null, now = Date.now()): string | null {
  const page = entry?.value;
  if (!page || page.kind !== "APP_PAGE" || typeof page.html !== "string" || (page.status ?? 200) !== 200) return null;
  if (entry!.lifespan && now / 1000 >= entry!.lifespan.staleAt) return null;
  return page.html;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b(?!;\s*q=0(?:\.0*)?(?:,|$))/.test(String(req.headers["accept-encoding"] ?? ""));

function write(req: IncomingMessage, res: ServerResponse, route: Route, entry: CacheEntry, html: string) {
  let body: Buffer | undefined;
  if (acceptsGzip(req)) {
    const id = `${route.lookup.key} ${entry.lastModified}`;
    body = compressed.get(id);
    if (!body) {
      body = gzipSync(html);
      compressed.set(id, body);
    }
    res.setHeader("content-encoding", "gzip");
  } else {
    body = Buffer.from(html);
  }
  res.writeHead(200, { ...route.headers, "x-nextjs-cache": "HIT", "content-length": body.length });
  res.end(body);
}

/** The lookups of the request Next is answering, where the page-cache handler adds its own. */
const lookups = (bridge.__cityCacheLookups = new AsyncLocalStorage<CacheLookup[]>());

/** Lets Next answer, noting which page-cache entry it answered from. */
function learn(variant: string, res: ServerResponse, next: () => void) {
  const seen: CacheLookup[] = [];
  res.once("finish", () => {
    const route = routeOf(seen, res.statusCode, res.getHeaders());
    if (route) routes.set(variant, route);
    else routes.delete(variant);
  });
  lookups.run(seen, next);
}

/**
 * Answers an anonymous visitor's page load from the page cache when Next answered the same address
 * from it before; otherwise (and whenever the entry is gone or stale) calls `next`, Next's own handling.
 */
export function answerFromCache(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const variant = variantOf(req);
  if (!variant) return next();
  const route = routes.get(variant);
  const cache = bridge.__cityPageCache;
  if (!route || !cache) return learn(variant, res, next);
  const known = recent.get(route.lookup.key);
  // Read within the second and still fresh; once stale, Next decides (it serves it and renders anew).
  const knownHtml = known ? servableHtml(known) : null;
  if (knownHtml !== null) return write(req, res, route, known!, knownHtml);
  const readIn = generation;
  cache
    .get(route.lookup.key, route.lookup.context)
    .catch(() => null)
    .then((entry) => {
      const html = servableHtml(entry);
      if (html === null) return learn(variant, res, next);
      if (readIn === generation) recent.set(route.lookup.key, entry!);
      write(req, res, route, entry!, html);
    })
    .catch(() => {
      if (!res.headersSent) learn(variant, res, next);
    });
}
