import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import type PageCacheHandler from "./page-cache-handler.mjs";

/**
 * The page cache handler as Next calls it, against the machine's real Redis (CI starts one; where
 * none answers, these tests are skipped and say so). Each run uses namespaces of its own.
 */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const probe = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
const redisAnswers = await probe.connect().then(
  () => true,
  () => false,
);

const run = `${process.pid}-${Date.now()}`;
const namespaces = { first: `test-${run}-a`, second: `test-${run}-b` };
let namespace = namespaces.first;
const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200, postponed: undefined, segmentData: new Map() });
const softTags = ["_N_T_/layout", "_N_T_/(citizen)/no-proof/[view]/layout", "_N_T_/no-proof/standard"];

describe.skipIf(!redisAnswers)("the shared page cache (Redis)", () => {
  let handler: PageCacheHandler;

  beforeAll(async () => {
    process.env.REDIS_URL = REDIS_URL;
    (globalThis as { __cityCacheNamespace?: () => Promise<string> }).__cityCacheNamespace = async () => namespace;
    const { default: CacheHandler } = await import("./page-cache-handler.mjs");
    handler = new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false });
    // The client connects in the background: wait until a write lands.
    for (let tries = 0; tries < 50; tries++) {
      await handler.set("/probe", page("probe"), { tags: [] });
      if (await handler.get("/probe", { softTags: [] })) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    for (const ns of Object.values(namespaces)) {
      const keys = await probe.keys(`citybrain:${ns}:*`);
      if (keys.length) await probe.del(keys);
    }
    await probe.quit();
  });

  it("serves a page to the next request, and never a page stored under another database's namespace", async () => {
    namespace = namespaces.first;
    await handler.set("/no-proof/standard", page("<p>第一个数据库</p>"), { tags: [] });
    expect(((await handler.get("/no-proof/standard", { softTags }))?.value as { html: string }).html).toBe("<p>第一个数据库</p>");
    namespace = namespaces.second;
    expect(await handler.get("/no-proof/standard", { softTags })).toBeNull();
    namespace = namespaces.first;
  });

  it("never serves a page another build rendered, and drops a page once any build's instance revalidates its path", async () => {
    await handler.set("/no-proof/standard", page("<p>撤销前</p>"), { tags: [] });
    // Another instance, running the next build during a rollout.
    const { sharedHandler } = await import("./page-cache-handler.mjs");
    const next = await sharedHandler(REDIS_URL, `next-build-${run}`);
    for (let tries = 0; tries < 50; tries++) {
      try {
        expect(await next.get("/no-proof/standard", { implicitTags: softTags })).toBeNull();
        break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(await handler.get("/no-proof/standard", { softTags })).not.toBeNull();
    await next.revalidateTag("_N_T_/(citizen)/no-proof/[view]/layout");
    expect(await handler.get("/no-proof/standard", { softTags })).toBeNull();
  });
});

describe("the page cache while Redis is down", () => {
  it("fails every call at once (the handler Next sees then reports a miss and Next renders the page)", async () => {
    (globalThis as { __cityCacheNamespace?: () => Promise<string> }).__cityCacheNamespace = async () => "test-down";
    const { sharedHandler } = await import("./page-cache-handler.mjs");
    const handler = await sharedHandler("redis://127.0.0.1:1", "test");
    const started = Date.now();
    await expect(handler.get("/no-proof/standard", { implicitTags: softTags })).rejects.toThrow(/not ready|offline/i);
    await expect(handler.set("/no-proof/standard", { value: page("<p>x</p>"), tags: [], lastModified: Date.now() })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe("a page rendered while its data changed", () => {
  it("is not served once stored: a revalidation of its path during the render makes it a miss, and later renders are kept", async () => {
    const { default: createLruHandler } = await import("@fortedigital/nextjs-cache-handler/local-lru");
    const { allowingForRenders } = await import("./page-cache-handler.mjs");
    const handler = allowingForRenders(createLruHandler({ maxItemsNumber: 10 }) as never, 200);
    const entry = (html: string) => ({ value: page(html), tags: softTags, lastModified: Date.now() });
    // The render began, the place was retired and its path revalidated, then the render was stored.
    await handler.revalidateTag("_N_T_/no-proof/standard");
    await handler.set("/no-proof/standard", entry("<p>撤销前</p>"));
    expect(await handler.get("/no-proof/standard", { implicitTags: softTags })).toBeNull();
    // A render stored well after the change is served.
    await new Promise((resolve) => setTimeout(resolve, 250));
    await handler.set("/no-proof/standard", entry("<p>撤销后</p>"));
    expect(((await handler.get("/no-proof/standard", { implicitTags: softTags }))?.value as { html: string }).html).toBe("<p>撤销后</p>");
  });
});

describe("a public page stored in the cache", () => {
  it("is kept without scripts, its text and styles intact; other pages keep theirs", async () => {
    const { default: createLruHandler } = await import("@fortedigital/nextjs-cache-handler/local-lru");
    const { withoutScripts } = await import("./page-cache-handler.mjs");
    const handler = withoutScripts(createLruHandler({ maxItemsNumber: 10 }) as never);
    const html =
      '<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/b.js" async=""></script></head>' +
      '<body><main><a href="/no-proof/cases/1">出生医学证明</a></main><script>self.__next_f.push([1,"\\u003c/p\\u003e"])</script><script id="_R_">x</script></body></html>';
    const entry = { value: page(html), tags: [], lastModified: Date.now() };
    const read = async (key: string) => ((await handler.get(key, { implicitTags: [] }))?.value as { html: string }).html;
    for (const key of ["/route-cache/APP_PAGE/1/$/no-proof/standard/about", "/no-proof/elder", "/cached/anonymous", "/cached/anonymous/resources/q"]) {
      await handler.set(key, entry);
      const stored = await read(key);
      expect(stored).not.toMatch(/<script|as="script"/);
      expect(stored).toContain('<main><a href="/no-proof/cases/1">出生医学证明</a></main>');
      expect(stored).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    }
    for (const key of ["/resources", "/no-proof-elsewhere/standard", "/cached/anonymously"]) {
      await handler.set(key, entry);
      expect(await read(key)).toBe(html);
    }
  });
});
