import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { countRequest, isPublicSearch } from "./rate-limit";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("shared rate limits", () => {
  it("counts per key and window, even when requests arrive at once, and says when to come back", async () => {
    const now = new Date("2026-11-30T08:00:10Z");
    const limit = { limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 8 }, () => countRequest(t.db, "search:10.0.0.1", limit, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.find((r) => !r.allowed)?.retryAfter).toBe(50);
    expect((await countRequest(t.db, "search:10.0.0.2", limit, now)).allowed).toBe(true);
    expect((await countRequest(t.db, "search:10.0.0.1", limit, new Date("2026-11-30T08:01:00Z"))).allowed).toBe(true);
  });

  it("knows which requests are public searches", () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(isPublicSearch("GET", "/resources", q("q=营业执照"))).toBe(true);
    expect(isPublicSearch("GET", "/resources", q("domain=交通"))).toBe(false);
    expect(isPublicSearch("GET", "/no-proof/search", q("q=驾驶证"))).toBe(true);
    expect(isPublicSearch("GET", "/api/trpc/resource.search,site.targets", q(""))).toBe(true);
    expect(isPublicSearch("POST", "/resources", q("q=x"))).toBe(false);
  });
});
