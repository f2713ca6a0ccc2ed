import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { isPublicSearch, memoryCounter, redisCounter, type RequestCounter } from "./rate-limit";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
const redisAnswers = await redis.connect().then(
  () => true,
  () => false,
);
afterAll(async () => {
  if (redisAnswers) await redis.quit();
});

const run = `${process.pid}-${Date.now()}`;
const counters: [string, () => RequestCounter, boolean][] = [
  ["in memory (one instance)", memoryCounter, true],
  ["in Redis (every instance)", () => redisCounter(redis), redisAnswers],
];

describe.each(counters)("public search limits, counted %s", (_name, make, available) => {
  it.skipIf(!available)("counts per key and window, even when requests arrive at once, and says when to come back", async () => {
    const counter = make();
    const now = new Date("2026-11-30T08:00:10Z");
    const limit = { limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 8 }, () => counter.count(`search:${run}:10.0.0.1`, limit, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.find((r) => !r.allowed)?.retryAfter).toBe(50);
    expect((await counter.count(`search:${run}:10.0.0.2`, limit, now)).allowed).toBe(true);
    expect((await counter.count(`search:${run}:10.0.0.1`, limit, new Date("2026-11-30T08:01:00Z"))).allowed).toBe(true);
  });
});

describe("two instances on one Redis", () => {
  it.skipIf(!redisAnswers)("count together: what one let through counts on the other", async () => {
    const other = createClient({ url: REDIS_URL });
    await other.connect();
    const [a, b] = [redisCounter(redis), redisCounter(other)];
    const now = new Date("2026-11-30T09:00:10Z");
    const limit = { limit: 3, windowSeconds: 60 };
    const key = `search:${run}:10.0.0.3`;
    await a.count(key, limit, now);
    await b.count(key, limit, now);
    await a.count(key, limit, now);
    expect((await b.count(key, limit, now)).allowed).toBe(false);
    await other.quit();
  });
});

describe("which requests are public searches", () => {
  it("the search pages with a question and the search procedures, nothing else", () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(isPublicSearch("GET", "/resources", q("q=营业执照"))).toBe(true);
    expect(isPublicSearch("GET", "/resources", q("domain=交通"))).toBe(false);
    expect(isPublicSearch("GET", "/no-proof/search", q("q=驾驶证"))).toBe(true);
    // The route the search is rewritten to counts too when asked for directly, past the rewrite.
    expect(isPublicSearch("GET", "/no-proof/standard/search/%E9%A9%BE%E9%A9%B6%E8%AF%81", q(""))).toBe(true);
    expect(isPublicSearch("GET", "/no-proof/elder/search/x/", q(""))).toBe(true);
    expect(isPublicSearch("GET", "/no-proof/standard/services/x", q(""))).toBe(false);
    expect(isPublicSearch("GET", "/api/trpc/resource.search,site.targets", q(""))).toBe(true);
    expect(isPublicSearch("POST", "/resources", q("q=x"))).toBe(false);
  });
});
