import { NextResponse, type NextRequest } from "next/server";
import { anonymousRoute } from "@/server/http/cached-pages";
import { log, requestIdOf } from "@/server/log";
import { contentSecurityPolicy, VIEW_COOKIE } from "@/server/http/public-pages.mjs";
import { cleanQuestion, searchPath } from "@/server/no-proof/views";

/**
 * The rewrites only Next can make (every other request is framed before Next, by the raw-request
 * hook: server/http/page-request.ts): an anonymous visitor's catalogue question is answered by its
 * cached rendering, and a citizen search whose question a path cannot hold as it is (next.config.js
 * routes the others) by its cached search page. Cached pages carry no nonce.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers.get("x-request-id"));
  const { pathname, searchParams } = request.nextUrl;
  const citizenSearch = pathname === "/no-proof/search";
  if (citizenSearch && !cleanQuestion(searchParams.get("q"))) return NextResponse.redirect(new URL("/no-proof", request.url));
  const target = citizenSearch ? citizenSearchRoute(request) : anonymousRoute(pathname, searchParams);
  // A question too long to be a cache entry: rendered per request, as the raw-request hook framed it.
  if (!target) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  const response = NextResponse.rewrite(onThisServer(request, target), { request: { headers } });
  const https = request.headers.get("x-forwarded-proto") === "https";
  response.headers.set("content-security-policy", contentSecurityPolicy({ https, dev: process.env.NODE_ENV !== "production" }));
  response.headers.set("x-request-id", requestId);
  log("info", "request", { method: request.method, path: pathname, requestId });
  return response;
}

/** The visitor's view of the search, as next.config.js picks it for the other questions. */
function citizenSearchRoute(request: NextRequest): string {
  const view = request.cookies.get(VIEW_COOKIE)?.value === "elder" ? "elder" : "standard";
  return searchPath(view, request.nextUrl.searchParams.get("q")!);
}

/**
 * A rewrite target on this server's own origin, as Next names it (never the Host header, which a
 * client may forge: a rewrite to another origin would make the server fetch it).
 */
function onThisServer(request: NextRequest, pathname: string): URL {
  const target = request.nextUrl.clone();
  target.search = "";
  target.pathname = pathname;
  return target;
}

// Next reads this at build time: literals only (no names of constants), kept in step with server/http/public-pages.mjs (the
// pages it routes without the proxy) by server/http/public-pages.test.ts.
export const config = {
  matcher: [
    // A citizen search whose question cannot be a path as it is.
    { source: "/no-proof/search", has: [{ type: "query", key: "q", value: "[\\s\\S]*[%/\\\\?#][\\s\\S]*" }] },
    // An anonymous visitor's catalogue question (signed in, the page is rendered per request).
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "q" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "kind" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "domain" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "sharingClass" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "status" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "departmentId" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "districtId" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "sort" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "page" }], missing: [{ type: "cookie", key: "authjs.session-token" }, { type: "cookie", key: "__Secure-authjs.session-token" }, { type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
  ],
};
