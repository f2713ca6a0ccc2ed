import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { resourceSearchSchema } from "@/server/resources/schemas";
import { scenarioSearchSchema } from "@/server/scenarios/queries";
import { frameRequest } from "./page-request";
import { CATALOGUE_QUERY_KEYS, isAnonymousPage, publicPageHeaders, publicPageRedirects, publicPageRewrites, VIEW_COOKIE } from "./public-pages.mjs";

const RESULTS = "/competitions/8f0c2f4e-4a8e-4c55-9a39-0b0c1f4e2a10/results";

/** A request as Next's router sees it when it decides: path, query and cookie header. */
function request(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, "http://localhost");
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? [query[key]!].flat().concat(value) : value;
  return { pathname: url.pathname, query, req: { headers } as never };
}

// The matchers as `next build` compiles them from proxy.ts (Next exports the function, untyped), and
// the rewrites as Next's router applies them.
const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers(matcher: unknown, nextConfig: object): staticInfo.ProxyMatcher[] };
const proxyMatches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const compiled = <T extends { source: string }>(routes: T[]) => routes.map((r) => ({ ...r, match: getPathMatch(r.source, { removeUnnamedParams: true, strict: true }) }));
const redirects = compiled(publicPageRedirects());
const rewrites = compiled(publicPageRewrites());

/** Where Next sends the request: redirected, or through proxy.ts, or straight to a rewrite's destination, or neither (as Next orders them). */
function routed(address: string, cookie = "", headers: Record<string, string> = {}) {
  const { pathname, query, req } = request(address, { cookie, ...headers });
  const redirect = redirects.find((r) => r.match(pathname) && matchHas(req, query, r.has, r.missing));
  if (redirect) return { redirect: redirect.destination };
  const proxy = proxyMatches(pathname, req, query);
  for (const r of rewrites) {
    const params = r.match(pathname);
    const fromConditions = params && matchHas(req, query, r.has, r.missing);
    if (!fromConditions) continue;
    const all: Record<string, unknown> = { ...params, ...fromConditions };
    return { proxy, destination: r.destination.replace(/:(\w+)/g, (_, name: string) => String(all[name])) };
  }
  return { proxy, destination: null };
}

const SIGNED_IN = "authjs.session-token=abc";

describe("the public pages Next routes without proxy.ts", () => {
  it("sends the citizen pages and searches to the visitor's view, an empty search home, and only form actions through the proxy", () => {
    expect(routed("/no-proof")).toEqual({ proxy: false, destination: "/no-proof/standard" });
    expect(routed("/no-proof/cases/42")).toEqual({ proxy: false, destination: "/no-proof/standard/cases/42" });
    expect(routed("/no-proof/about", `${VIEW_COOKIE}=elder`)).toEqual({ proxy: false, destination: "/no-proof/elder/about" });
    expect(routed("/no-proof/about", `${VIEW_COOKIE}=elderly`)).toEqual({ proxy: false, destination: "/no-proof/standard/about" });
    expect(routed("/no-proof/elder/about")).toEqual({ proxy: false, destination: null });
    expect(routed("/no-proof/search?q=驾驶证")).toEqual({ proxy: false, destination: "/no-proof/standard/search/驾驶证" });
    expect(routed("/no-proof/search?q=%20a%20b%0A%20", `${VIEW_COOKIE}=elder`)).toEqual({ proxy: false, destination: "/no-proof/elder/search/ a b\n " });
    // What a path cannot hold as it is goes through the proxy, which encodes it.
    for (const question of ["100%25", "a/b", "a%5Cb", "a%3Fb", "a%23b", "%", "%E0%A4%A"])
      expect(routed(`/no-proof/search?q=${question}`), question).toEqual({ proxy: true, destination: null });
    for (const empty of ["/no-proof/search", "/no-proof/search?q=", "/no-proof/search?q=%20%0A"]) expect(routed(empty), empty).toEqual({ redirect: "/no-proof" });
    // A form action posted to a citizen page from another site is refused before Next (page-request.ts).
    const action = { method: "POST", url: "/no-proof/cases/42/feedback", headers: { "next-action": "0".repeat(42), host: "qd.example", origin: "https://evil.example" } };
    expect(frameRequest(action)).toMatchObject({ kind: "answer", status: 403 });
    expect(frameRequest({ ...action, headers: { ...action.headers, origin: "http://qd.example" } }).kind).toBe("as-is");
    // Not an address anyone is given: no view is called "search", so it is a 404.
    expect(routed("/no-proof/search/x")).toEqual({ proxy: false, destination: null });
  });

  it("sends anonymous visitors of the catalogue pages to the cached rendering, and renders them per request for the signed-in", () => {
    const pages: [string, string][] = [
      ["/", "/cached/anonymous"],
      ["/scenarios/leaderboard", "/cached/anonymous/leaderboard"],
      ["/competitions", "/cached/anonymous/competitions"],
      [RESULTS, `/cached/anonymous/results/${RESULTS.split("/")[2]}`],
      ["/resources", "/cached/anonymous/resources/q"],
      ["/scenarios", "/cached/anonymous/scenarios/q"],
    ];
    for (const [address, cached] of pages) {
      expect(routed(address), address).toEqual({ proxy: false, destination: cached });
      // A query the page does not read changes nothing.
      expect(routed(`${address}?utm_source=wx`), address).toEqual({ proxy: false, destination: cached });
      expect(frameRequest({ url: address, headers: {} }).kind, address).toBe("as-is");
      for (const cookie of [SIGNED_IN, "__Secure-authjs.session-token=abc"]) {
        expect(routed(address, cookie), address).toEqual({ proxy: false, destination: null });
        expect(frameRequest({ url: address, headers: { cookie } }).kind, address).toBe("page");
      }
    }
  });

  it("knows the anonymous catalogue pages by the same addresses as the rewrites", () => {
    const anonymousRewrites = rewrites.filter((r) => r.destination.startsWith("/cached/anonymous"));
    for (const address of ["/", "/resources", "/scenarios", "/scenarios/leaderboard", "/competitions", RESULTS, "/resources/x", "/scenarios/x", "/competitions/x/results", `${RESULTS}/x`, "/login", "/no-proof", "//", "/resources/"])
      expect(isAnonymousPage(address), address).toBe(anonymousRewrites.some((r) => r.match(address) !== false));
  });

  it("sends every question a catalogue page reads through the proxy, which caches each as a page of its own", () => {
    for (const [page, keys] of Object.entries(CATALOGUE_QUERY_KEYS))
      for (const key of keys) {
        expect(routed(`${page}?${key}=x`), `${page}?${key}`).toEqual({ proxy: true, destination: null });
        expect(frameRequest({ url: `${page}?${key}=x`, headers: {} }).kind, `${page}?${key}`).toBe("as-is");
        // Signed in, the question is rendered per request, without the proxy.
        expect(routed(`${page}?${key}=x`, SIGNED_IN), `${page}?${key}`).toEqual({ proxy: false, destination: null });
        // An empty field of the filter form asks nothing.
        expect(routed(`${page}?${key}=`).destination, `${page}?${key}=`).toBe(`/cached/anonymous${page}/q`);
      }
    expect(routed("/resources?q=交通&kind=api")).toEqual({ proxy: true, destination: null });
    // Too long a question to be a cache entry is rendered per request, with a nonce.
    expect(frameRequest({ url: `/resources?q=${"交".repeat(200)}`, headers: {} }).kind).toBe("page");
  });

  it("lists exactly the parameters the catalogue pages read", () => {
    expect(CATALOGUE_QUERY_KEYS["/resources"].toSorted()).toEqual(Object.keys(resourceSearchSchema.shape).toSorted());
    expect(CATALOGUE_QUERY_KEYS["/scenarios"].toSorted()).toEqual(Object.keys(scenarioSearchSchema.shape).toSorted());
  });

  it("leaves every other page to be rendered per request, framed before Next", () => {
    for (const address of ["/console", "/console/resources", "/login", "/resources/abc", "/scenarios/abc", "/competitions/abc", "/cached/anonymous", "/api/health", "/no-such-page"]) {
      expect(routed(address), address).toEqual({ proxy: false, destination: null });
      expect(routed(address, SIGNED_IN), address).toEqual({ proxy: false, destination: null });
    }
    for (const address of ["/login", "/resources/abc", "/api/health", "/no-such-page"]) expect(frameRequest({ url: address, headers: {} }).kind, address).toBe("page");
    for (const address of ["/_next/static/chunks/a.js", "/favicon.ico", "/robots.txt"]) expect(frameRequest({ url: address, headers: {} }).kind, address).toBe("as-is");
  });

  it("gives the pages it routes their policy without a nonce", () => {
    const routes = publicPageHeaders();
    for (const route of routes) {
      const policy = route.headers.find((h) => h.key === "Content-Security-Policy")!.value;
      expect(policy).toContain("script-src 'self' 'unsafe-inline'");
      expect(policy).toContain("frame-ancestors 'none'");
    }
    expect(routes.map((r) => r.source)).toEqual(["/no-proof/:path*", ...publicPageRewrites().slice(6).map((r) => r.source)]);
  });
});
