import { NextResponse, type NextRequest } from "next/server";
import { anonymousRoute, CACHED_PREFIX } from "@/server/http/cached-pages";
import { log, requestIdOf } from "@/server/log";
import { contentSecurityPolicy, VIEW_COOKIE } from "@/server/http/public-pages.mjs";
import { cleanQuestion, searchPath } from "@/server/no-proof/views";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Runs before the pages and API requests that differ per visitor (the cached public pages are
 * routed by next.config.js instead, server/http/public-pages.mjs): gives each a request id (kept
 * from a load balancer when plausible), a fresh CSP nonce, the path for sign-in redirects, and
 * sends anonymous visitors of the console to sign in.
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers.get("x-request-id"));
  const { pathname, search } = request.nextUrl;

  // Next refuses a server action posted from another site by throwing, which answers 500: say 403.
  if (request.method === "POST" && request.headers.has("next-action") && !fromThisSite(request))
    return new NextResponse("请求来源不被允许", { status: 403, headers: { "content-type": "text/plain; charset=utf-8", "x-request-id": requestId } });

  const signedIn = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (pathname.startsWith("/console") && !signedIn) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    const response = NextResponse.redirect(login);
    response.headers.set("x-request-id", requestId);
    return response;
  }

  // The cached renderings answer only through the rewrites below.
  if (pathname.startsWith(CACHED_PREFIX)) return new NextResponse("Not Found", { status: 404, headers: { "x-request-id": requestId } });

  // The citizen searches next.config.js cannot put in a path come here (its rewrites take the rest).
  const citizenSearch = pathname === "/no-proof/search";
  if (citizenSearch && !cleanQuestion(request.nextUrl.searchParams.get("q"))) return NextResponse.redirect(new URL("/no-proof", request.url));
  const anonymous = !signedIn && (request.method === "GET" || request.method === "HEAD") ? anonymousRoute(pathname, request.nextUrl.searchParams) : null;
  const cached = citizenSearch || anonymous !== null;
  const nonce = cached ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV !== "production", unifiedIdentityIssuer: process.env.OIDC_ISSUER });
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-pathname", pathname + search);
  if (nonce) {
    headers.set("x-nonce", nonce);
    // Next reads the nonce for its own scripts from the request's policy header.
    headers.set("content-security-policy", csp);
  }

  const target = citizenSearch ? citizenSearchRoute(request) : anonymous !== null ? onThisServer(request, anonymous) : null;
  const response = target ? NextResponse.rewrite(target, { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  log("info", "request", { method: request.method, path: pathname, requestId });
  return response;
}

/** Whether a form post names this site as its origin, by the same rule Next applies to server actions. */
function fromThisSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The visitor's view of the search, as next.config.js picks it for the other questions. */
function citizenSearchRoute(request: NextRequest): URL {
  const view = request.cookies.get(VIEW_COOKIE)?.value === "elder" ? "elder" : "standard";
  return onThisServer(request, searchPath(view, request.nextUrl.searchParams.get("q")!));
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
    {
      // Not the uploads either: for a request the proxy sees, Next reads the whole body before the
      // route runs, so an endless upload would be read to its end before the route could refuse it.
      // Nor the citizen pages, nor the anonymous catalogue pages (next.config.js routes them).
      source:
        "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/resources/import$|api/no-proof/import$|api/competition/entries/[^/]+/attachments$|no-proof(?:$|/)|$|scenarios$|scenarios/leaderboard$|competitions$|competitions/[0-9a-f-]{36}/results$|resources$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // A citizen search whose question cannot be a path as it is.
    { source: "/no-proof/search", has: [{ type: "query", key: "q", value: "[\\s\\S]*[%/\\\\?#][\\s\\S]*" }] },
    // A citizen page's form action, to be refused when another site posts it.
    { source: "/no-proof/:path*", has: [{ type: "header", key: "next-action" }] },
    // The cached public pages reach the proxy only when the visitor is signed in or asks a question.
    { source: "/:path((?:scenarios(?:/leaderboard)?|competitions(?:/[0-9a-f-]{36}/results)?|resources)?)", has: [{ type: "cookie", key: "authjs.session-token" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path((?:scenarios(?:/leaderboard)?|competitions(?:/[0-9a-f-]{36}/results)?|resources)?)", has: [{ type: "cookie", key: "__Secure-authjs.session-token" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "q" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "kind" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "domain" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "sharingClass" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "status" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "departmentId" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "districtId" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "sort" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
    { source: "/:path(resources|scenarios)", has: [{ type: "query", key: "page" }], missing: [{ type: "header", key: "next-router-prefetch" }, { type: "header", key: "purpose", value: "prefetch" }] },
  ],
};
