import { NextResponse, type NextRequest } from "next/server";
import { anonymousRoute, CACHED_PREFIX } from "@/server/http/cached-pages";
import { clientAddress } from "@/server/http/client-address";
import { isPublicSearch, publicSearchLimit, requestCounter } from "@/server/http/rate-limit";
import { log, requestIdOf } from "@/server/log";
import { cleanQuestion, internalPath, searchPath, VIEW_COOKIE } from "@/server/no-proof/views";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Staff pages: only Next's own scripts, which carry this request's nonce, and what they load.
 * Citizen pages and the catalogue pages anonymous visitors get are served from the cache, where no
 * per-request nonce can be, so Next's inline bootstrap scripts are allowed there; those pages render
 * only published catalogue text, escaped.
 */
function contentSecurityPolicy(nonce: string | null, https: boolean): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' ${nonce ? `'nonce-${nonce}' 'strict-dynamic'` : "'unsafe-inline'"}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Signing in and out through 统一身份认证 sends the browser on to the platform (server/auth/oidc).
    `form-action 'self'${unifiedIdentityOrigin()}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function unifiedIdentityOrigin(): string {
  try {
    return process.env.OIDC_ISSUER ? ` ${new URL(process.env.OIDC_ISSUER).origin}` : "";
  } catch {
    return "";
  }
}

/**
 * Runs before every page and API request: gives it a request id (kept from a load balancer
 * when plausible), a fresh CSP nonce, the path for sign-in redirects, and sends anonymous
 * visitors of the console to sign in.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdOf(request.headers.get("x-request-id"));
  const { pathname, search } = request.nextUrl;

  if (isPublicSearch(request.method, pathname, request.nextUrl.searchParams)) {
    const refused = await searchQuota(request, requestId);
    if (refused) return refused;
  }

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

  const citizen = pathname === "/no-proof" || pathname.startsWith("/no-proof/");
  if (citizen && pathname === "/no-proof/search" && !cleanQuestion(request.nextUrl.searchParams.get("q")))
    return NextResponse.redirect(new URL("/no-proof", request.url));
  const anonymous = !signedIn && (request.method === "GET" || request.method === "HEAD") ? anonymousRoute(pathname, request.nextUrl.searchParams) : null;
  const cached = citizen || anonymous !== null;
  const nonce = cached ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-pathname", pathname + search);
  if (nonce) {
    headers.set("x-nonce", nonce);
    // Next reads the nonce for its own scripts from the request's policy header.
    headers.set("content-security-policy", csp);
  }

  const target = citizen ? citizenRoute(request) : anonymous !== null ? onThisServer(request, anonymous) : null;
  const response = target ? NextResponse.rewrite(target, { request: { headers } }) : NextResponse.next({ request: { headers } });
  if (target) response.headers.set("vary", "Cookie");
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  log("info", "request", { method: request.method, path: pathname, requestId });
  return response;
}

/**
 * Public search, per client address and shared by every instance (in Redis when several run;
 * server/http/rate-limit.ts): past the limit, 429 with Retry-After and a Chinese page.
 */
async function searchQuota(request: NextRequest, requestId: string): Promise<NextResponse | null> {
  try {
    const { allowed, retryAfter } = await requestCounter().count(`search:${clientAddress(request.headers)}`, publicSearchLimit());
    if (allowed) return null;
    const headers = { "retry-after": String(retryAfter), "x-request-id": requestId, "cache-control": "no-store" };
    if (request.nextUrl.pathname.startsWith("/api/"))
      return NextResponse.json({ error: { message: `搜索过于频繁，请 ${retryAfter} 秒后再试` } }, { status: 429, headers });
    const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>请稍后再试</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><main><h1>搜索过于频繁</h1><p>来自您网络的搜索次数过多，请 ${retryAfter} 秒后再试。</p><p><a href="/">返回首页</a></p></main></body></html>`;
    return new NextResponse(page, { status: 429, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  } catch (error) {
    // Counting is a guard, not a gate: a failed count lets the search through (and says so).
    log("warn", "search quota unavailable", { requestId, error });
    return null;
  }
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

/**
 * Citizen pages have one public address and two cached renderings: the visitor's remembered
 * view picks the route. A search is a path too (/search/驾驶证), so its answer can be cached.
 */
function citizenRoute(request: NextRequest): URL {
  const { pathname, searchParams } = request.nextUrl;
  const view = request.cookies.get(VIEW_COOKIE)?.value === "elder" ? "elder" : "standard";
  return onThisServer(
    request,
    /^\/no-proof\/(standard|elder)(\/|$)/.test(pathname)
      ? pathname
      : internalPath(view, pathname === "/no-proof/search" ? searchPath(searchParams.get("q")!) : pathname),
  );
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

export const config = {
  matcher: [
    {
      // Not the uploads either: for a request the proxy sees, Next reads the whole body before the
      // route runs, so an endless upload would be read to its end before the route could refuse it.
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt|api/resources/import$|api/no-proof/import$|api/competition/entries/[^/]+/attachments$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
