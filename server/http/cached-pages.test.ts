import { describe, expect, it } from "vitest";
import { anonymousRoute, querySegment, searchParamsOf } from "./cached-pages";

describe("the cached pages anonymous visitors get", () => {
  it("names one segment per query, whatever the order of its parameters, and reads it back", () => {
    const a = querySegment(new URLSearchParams("q=公交%20到站&kind=api&page=2"));
    const b = querySegment(new URLSearchParams("page=2&kind=api&q=公交 到站&domain="));
    expect(a).toBe(b);
    expect(searchParamsOf(a!)).toEqual({ kind: "api", page: "2", q: "公交 到站" });
    expect(querySegment(new URLSearchParams(""))).toBe("q");
    expect(searchParamsOf("q")).toEqual({});
  });

  it("keeps characters that a decoding step would change (%, +, &, =) as typed", () => {
    const params = new URLSearchParams();
    params.set("q", "100%+a&b=c");
    expect(searchParamsOf(querySegment(params)!)).toEqual({ q: "100%+a&b=c" });
  });

  it("ignores the client router's _rsc marker and reads a malformed segment as no query", () => {
    expect(querySegment(new URLSearchParams("_rsc=abc&kind=api"))).toBe(querySegment(new URLSearchParams("kind=api")));
    expect(searchParamsOf("../../etc")).toEqual({});
    expect(searchParamsOf("x")).toEqual({});
  });

  it("maps only the catalogue pages' questions, and leaves an unusually long query uncached", () => {
    const none = new URLSearchParams();
    expect(anonymousRoute("/resources", none)).toBe("/cached/anonymous/resources/q");
    expect(anonymousRoute("/resources", new URLSearchParams("q=交通"))).toMatch(/^\/cached\/anonymous\/resources\/q[A-Za-z0-9_-]+$/);
    expect(anonymousRoute("/resources", new URLSearchParams({ q: "交".repeat(200) }))).toBeNull();
    for (const other of ["/", "/login", "/resources/abc", "/scenarios/abc", "/console", "/competitions", "/no-proof"])
      expect(anonymousRoute(other, none)).toBeNull();
  });
});
