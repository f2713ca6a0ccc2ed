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

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL;
  // The build prerenders no catalogue data (those pages render on first visit), and no build
  // should write into a running deployment's cache.
  if (!url || process.env.NEXT_PHASE === "phase-production-build")
    return { handlers: [withoutScripts(allowingForRenders(createLruHandler({ maxItemsNumber: 2000 })))] };
  return { handlers: [await sharedHandler(url, buildId ?? "unknown")] };
});

/** Longer than a page takes to render on a busy instance. */
const RENDER_MARGIN_MS = 10_000;

/**
 * A page stored now may have been rendered from data read before a change whose revalidation came
 * while it rendered: stored after the revalidation, it would be served stale until the next change.
 * Entries are dated back by the longest render, so a revalidation of any of their paths in that
 * window makes them a miss, and the next request renders afresh. Both handlers compare an entry's
 * date with the time each path was revalidated (revalidatePath's implicit tags).
 */
export function allowingForRenders(handler, marginMs = RENDER_MARGIN_MS) {
  return { ...handler, set: (key, value, ctx) => handler.set(key, { ...value, lastModified: value.lastModified - marginMs }, ctx) };
}

/** The cache keys of the pages everyone gets alike: citizen (…/no-proof/standard/…, …/no-proof/elder/…) and anonymous catalogue pages. */
const PUBLIC_PAGE = /\/(no-proof\/(standard|elder)|cached\/anonymous)(\/|$)/;

/**
 * The pages everyone gets alike need no script: their links are plain links, their forms GET forms,
 * and the one client component among them, 「菜单」 on a phone, is a <details> that opens without
 * JavaScript (the citizen page with a script, 反映问题, is rendered per visit and never stored).
 * Next's runtime and the page's data for it (two thirds of each page) would only cost every phone
 * the download and every cached answer the bytes, so the stored copies go without scripts: a
 * visitor's first visit may bring them, later ones do not. React writes no `</script` inside a
 * script (its data is escaped), so each script ends at the first one.
 */
export function withoutScripts(handler) {
  return {
    ...handler,
    set(key, entry, ctx) {
      const page = entry.value;
      if (page?.kind !== "APP_PAGE" || typeof page.html !== "string" || !PUBLIC_PAGE.test(key)) return handler.set(key, entry, ctx);
      const html = page.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
      return handler.set(key, { ...entry, value: { ...page, html } }, ctx);
    },
  };
}

/** How long a build counts as running, for revalidations to reach its pages (a rollout is shorter). */
const BUILD_SEEN_MS = 2 * 24 * 3600 * 1000;

/**
 * Entries are kept per database and per build: a page of one build names that build's script
 * files, which another build does not serve. Revalidations reach every build seen lately, so
 * during a rolling upgrade a change made on an old instance also drops the new instances' pages.
 */
export async function sharedHandler(url, buildId) {
  const client = createClient({
    url,
    // A command while Redis is away fails at once instead of waiting in a queue: the page renders.
    disableOfflineQueue: true,
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
    if (readyBefore && lostAt) void revalidateTag(EVERY_PAGE_TAG).catch(() => {});
    if (lostAt) console.warn("page cache: Redis is back", { downSeconds: Math.round((Date.now() - lostAt) / 1000) });
    readyBefore = true;
    lostAt = 0;
  });
  // Start without waiting: while Redis is down, every call fails and Next renders the page.
  client.connect().catch(() => {});

  const handlers = new Map();
  const handlerOf = (namespace, build) => {
    const keyPrefix = `citybrain:${namespace}:${build}:`;
    if (!handlers.has(keyPrefix)) handlers.set(keyPrefix, withoutScripts(allowingForRenders(createRedisHandler({ client, keyPrefix, timeoutMs: 1000 }))));
    return handlers.get(keyPrefix);
  };
  let announced;
  async function namespaceOf() {
    const namespace = await globalThis.__cityCacheNamespace?.();
    if (!namespace) throw new Error("the database has not named its cache namespace yet");
    if (announced !== namespace) {
      await client.zAdd(`citybrain:${namespace}:builds`, { score: Date.now(), value: buildId });
      announced = namespace;
    }
    return namespace;
  }
  const forDatabase = async () => handlerOf(await namespaceOf(), buildId);
  async function revalidateTag(tag) {
    const namespace = await namespaceOf();
    const builds = await client.zRangeByScore(`citybrain:${namespace}:builds`, Date.now() - BUILD_SEEN_MS, "+inf");
    await Promise.all([...new Set([buildId, ...builds])].map((build) => handlerOf(namespace, build).revalidateTag(tag)));
  }
  return {
    name: "redis-per-database-and-build",
    get: async (key, meta) => (await forDatabase()).get(key, meta),
    set: async (key, value, ctx) => (await forDatabase()).set(key, value, ctx),
    revalidateTag,
    delete: async (key) => (await forDatabase()).delete(key),
  };
}

/**
 * Next's handler, telling the request being answered which entry it was asked for: with that, the
 * next request for the same address is answered from the same entry before Next routes it
 * (server/http/cached-answers.ts, which also reads the instance Next made). A revalidation made here
 * also drops the entries that path read within the last second.
 */
export default class PageCacheHandler extends CacheHandler {
  constructor(context) {
    super(context);
    globalThis.__cityPageCache = this;
  }

  get(key, context) {
    globalThis.__cityCacheLookups?.getStore()?.push({ key, context: context ?? {} });
    return super.get(key, context);
  }

  revalidateTag(...args) {
    globalThis.__cityForgetRecentEntries?.();
    return super.revalidateTag(...args);
  }
}
