import { createClient } from "redis";
import { log } from "@/server/log";

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateCount {
  allowed: boolean;
  hits: number;
  /** Seconds until the window turns. */
  retryAfter: number;
}

/** Counts requests per key in fixed windows. */
export interface RequestCounter {
  count(key: string, limit: RateLimit, now?: Date): Promise<RateCount>;
}

function windowOf({ windowSeconds }: RateLimit, now: Date) {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start, retryAfter: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
}

/**
 * In this process: right for one instance, which the embedded database is by construction (PGlite
 * admits one process per data folder). A count is a map lookup, not a database write on every search.
 */
export function memoryCounter(): RequestCounter {
  let current = { start: 0, hits: new Map<string, number>() };
  return {
    async count(key, limit, now = new Date()) {
      const { start, retryAfter } = windowOf(limit, now);
      // Only the current window is kept: a new one starts empty, so the map never grows past one minute's addresses.
      if (start !== current.start) current = { start, hits: new Map() };
      const hits = (current.hits.get(key) ?? 0) + 1;
      current.hits.set(key, hits);
      return { allowed: hits <= limit.limit, hits, retryAfter };
    },
  };
}

/** In Redis, shared by every instance (REDIS_URL): one INCR per request, the key expiring with its window. */
export function redisCounter(client: { multi(): { incr(key: string): unknown; expire(key: string, seconds: number): unknown; exec(): Promise<unknown[]> } }): RequestCounter {
  return {
    async count(key, limit, now = new Date()) {
      const { start, retryAfter } = windowOf(limit, now);
      const windowKey = `citybrain:rate:${key}:${start}`;
      const transaction = client.multi();
      transaction.incr(windowKey);
      transaction.expire(windowKey, limit.windowSeconds * 2);
      const [hits] = (await transaction.exec()) as [number, unknown];
      return { allowed: hits <= limit.limit, hits, retryAfter };
    },
  };
}

/** The counter of this process: Redis when REDIS_URL is set (several instances), otherwise memory. */
export function requestCounter(): RequestCounter {
  const store = globalThis as { __cityRequestCounter?: RequestCounter };
  if (!store.__cityRequestCounter) {
    const url = process.env.REDIS_URL;
    if (!url) store.__cityRequestCounter = memoryCounter();
    else {
      const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) } });
      let down = false;
      client.on("error", (error) => {
        if (!down) log("warn", "request counter: Redis unavailable, searches are let through uncounted", { error: String(error) });
        down = true;
      });
      client.on("ready", () => (down = false));
      client.connect().catch(() => {});
      store.__cityRequestCounter = redisCounter(client);
    }
  }
  return store.__cityRequestCounter;
}

/** PUBLIC_SEARCH_PER_MINUTE (default 120: mobile networks put many citizens behind one address). */
export function publicSearchLimit(): RateLimit {
  const configured = Number(process.env.PUBLIC_SEARCH_PER_MINUTE);
  return { limit: Number.isInteger(configured) && configured > 0 ? configured : 120, windowSeconds: 60 };
}

/** The citizen search's own route, which /no-proof/search?q= is rewritten to; a client may ask for it directly. */
const CITIZEN_SEARCH_ROUTE = /^\/no-proof\/[^/]+\/search\/[^/]+\/?$/;

/** Whether a request runs a public search: the search pages with a query, or the search procedure. */
export function isPublicSearch(method: string, pathname: string, searchParams: URLSearchParams): boolean {
  if (method !== "GET") return false;
  if (pathname.startsWith("/api/trpc/")) return pathname.includes("resource.search") || pathname.includes("scenario.list");
  if (CITIZEN_SEARCH_ROUTE.test(pathname)) return true;
  return ["/resources", "/scenarios", "/no-proof/search"].includes(pathname) && !!searchParams.get("q")?.trim();
}
