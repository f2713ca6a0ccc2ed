// The page cache (ISR) every instance shares. Next loads this file itself, outside the app's bundle.
// With REDIS_URL: @fortedigital/nextjs-cache-handler's Redis handler, the cache handler kept for
// self-hosted Next 16 (its tag and path revalidation is stored in Redis, so a change made on one
// instance reaches every other). Entries live under the database's own namespace
// (deployment_identity), so a page rendered from one database is never served from another.
// Without REDIS_URL (one instance, the embedded default): an in-memory LRU, which lives and dies
// with the process and so can never outlive its database either.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

/** Every page's implicit tags include the root layout's: marking it revalidated empties the cache. */
const EVERY_PAGE_TAG = "_N_T_/layout";

CacheHandler.onCreation(async () => {
  const url = process.env.REDIS_URL;
  // The build prerenders no catalogue data (those pages render on first visit), and no build
  // should write into a running deployment's cache.
  if (!url || process.env.NEXT_PHASE === "phase-production-build") return { handlers: [createLruHandler({ maxItemsNumber: 2000 })] };
  return { handlers: [await sharedHandler(url)] };
});

export async function sharedHandler(url) {
  const client = createClient({
    url,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
  });
  let readyBefore = false;
  let lostAt = 0;
  client.on("error", (error) => {
    // One line per outage, not one per retry.
    if (lostAt === 0) console.warn("page cache: Redis unavailable, pages are rendered afresh until it returns", { error: String(error) });
    lostAt ||= Date.now();
  });
  client.on("ready", () => {
    // Revalidations made while Redis was away were lost: entries from before the outage must go.
    if (readyBefore && lostAt) void forDatabase().then((handler) => handler.revalidateTag(EVERY_PAGE_TAG)).catch(() => {});
    if (lostAt) console.warn("page cache: Redis is back", { downSeconds: Math.round((Date.now() - lostAt) / 1000) });
    readyBefore = true;
    lostAt = 0;
  });
  // Start without waiting: while Redis is down, every call fails and Next renders the page.
  client.connect().catch(() => {});

  let current;
  async function forDatabase() {
    const namespace = await globalThis.__cityCacheNamespace?.();
    if (!namespace) throw new Error("the database has not named its cache namespace yet");
    if (current?.namespace !== namespace)
      current = { namespace, handler: createRedisHandler({ client, keyPrefix: `citybrain:${namespace}:`, timeoutMs: 1000 }) };
    return current.handler;
  }
  return {
    name: "redis-per-database",
    get: async (key, meta) => (await forDatabase()).get(key, meta),
    set: async (key, value, ctx) => (await forDatabase()).set(key, value, ctx),
    revalidateTag: async (tag) => (await forDatabase()).revalidateTag(tag),
    delete: async (key) => (await forDatabase()).delete(key),
  };
}

export default CacheHandler;
