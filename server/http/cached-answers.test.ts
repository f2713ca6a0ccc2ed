import { describe, expect, it } from "vitest";
import { routeOf, servableHtml, variantOf } from "./cached-answers";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("variantOf", () => {
  it("tells apart what the answer can differ by: address, citizen view, HTTPS", () => {
    expect(variantOf(get("/no-proof"))).toBe("  /no-proof");
    expect(variantOf(get("/no-proof", { cookie: "a=1; noproof_view=elder" }))).toBe("noproof_view=elder  /no-proof");
    expect(variantOf(get("/no-proof", { cookie: "noproof_view=elder; b=2" }))).toBe("noproof_view=elder  /no-proof");
    expect(variantOf(get("/no-proof/search?q=%E9%A9%BE", { "x-forwarded-proto": "https" }))).toBe(" https /no-proof/search?q=%E9%A9%BE");
  });

  it("keeps an odd view cookie apart from the plain one, so it cannot teach the instance the wrong view", () => {
    const plain = variantOf(get("/no-proof", { cookie: "noproof_view=elder" }));
    for (const cookie of ['noproof_view="elder"', "noproof_view=standard; noproof_view=elder", "noproof_view =elder", "noproof_view=elder%20"])
      expect(variantOf(get("/no-proof", { cookie })), cookie).not.toBe(plain);
    expect(variantOf(get("/no-proof", { cookie: "other=1" }))).toBe(variantOf(get("/no-proof")));
  });

  it("leaves to Next what is not an anonymous visitor's page load", () => {
    expect(variantOf(get("/", { cookie: "authjs.session-token=abc" }))).toBeNull();
    expect(variantOf(get("/", { cookie: "x=1; __Secure-authjs.session-token=abc" }))).toBeNull();
    expect(variantOf(get("/", { rsc: "1" }))).toBeNull();
    expect(variantOf(get("/", { "next-router-prefetch": "1" }))).toBeNull();
    expect(variantOf(get("/?_rsc=abc"))).toBeNull();
    expect(variantOf({ method: "HEAD", url: "/", headers: {} })).toBeNull();
    expect(variantOf({ method: "POST", url: "/", headers: {} })).toBeNull();
    expect(variantOf(get("http://other.example/"))).toBeNull();
    expect(variantOf(get("/_next/static/chunks/a.js"))).toBeNull();
    expect(variantOf(get("/api/health"))).toBeNull();
  });
});

describe("routeOf", () => {
  const page = { key: "/no-proof/standard", context: { kind: "APP_PAGE" } };
  const cached = { "content-type": "text/html; charset=utf-8", "cache-control": "s-maxage=3600, stale-while-revalidate=31532400", vary: "rsc, Accept-Encoding" };

  it("keeps the page's headers, not the response's own", () => {
    const route = routeOf([page], 200, { ...cached, date: "x", "content-length": "9", "content-encoding": "gzip", "x-nextjs-cache": "MISS", "x-request-id": "r1" });
    expect(route).toEqual({ lookup: page, headers: cached });
  });

  it("answers nothing here that was personal, incomplete, not cached or given a nonce", () => {
    expect(routeOf([page], 404, cached)).toBeNull();
    expect(routeOf([], 200, cached)).toBeNull();
    expect(routeOf([page, page], 200, cached)).toBeNull();
    expect(routeOf([{ key: "f", context: { kind: "FETCH" } }], 200, cached)).toBeNull();
    expect(routeOf([page], 200, { ...cached, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBeNull();
    expect(routeOf([page], 200, { ...cached, "content-security-policy": "script-src 'self' 'nonce-YWJj' 'strict-dynamic'" })).toBeNull();
    expect(routeOf([page], 200, { ...cached, "set-cookie": ["a=1"] })).toBeNull();
    expect(routeOf([page], 200, { ...cached, "content-type": "application/json" })).toBeNull();
  });
});

describe("servableHtml", () => {
  const now = Date.UTC(2026, 11, 2);
  const entry = (value: object, staleAt = now / 1000 + 60) => ({ lastModified: now - 1000, lifespan: { staleAt }, value });

  it("serves a fresh, complete page as it is", () => {
    expect(servableHtml(entry({ kind: "APP_PAGE", html: "<p>页</p>" }), now)).toBe("<p>页</p>");
    expect(servableHtml(entry({ kind: "APP_PAGE", html: "<p>页</p>", status: 200 }), now)).toBe("<p>页</p>");
  });

  it("leaves to Next a missing, stale, other-status or other-kind entry", () => {
    expect(servableHtml(null, now)).toBeNull();
    expect(servableHtml(entry({ kind: "APP_PAGE", html: "<p>页</p>" }, now / 1000 - 1), now)).toBeNull();
    expect(servableHtml(entry({ kind: "APP_PAGE", html: "<p>无</p>", status: 404 }), now)).toBeNull();
    expect(servableHtml(entry({ kind: "APP_ROUTE", body: "x" }), now)).toBeNull();
    expect(servableHtml(entry({ kind: "APP_PAGE", html: { stream: true } }), now)).toBeNull();
  });
});
