import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { log, requestIdOf } from "@/server/log";
import { anonymousRoute, CACHED_PREFIX } from "./cached-pages";
import { plainAnswerHeaders } from "./plain-answer";
import { contentSecurityPolicy, hasSessionCookie, isAnonymousPage } from "./public-pages.mjs";
import { firstHeader, type RawRequest } from "./raw-request";

/** What the raw-request hook does with a request before Next routes it. */
export type Framing =
  /** Left to Next as it came: static files, the cached pages (next.config.js gives their headers), proxy.ts's rewrites. */
  | { kind: "as-is" }
  /** Answered here: a refusal or the way to sign in. */
  | { kind: "answer"; status: number; headers: Record<string, string>; body: string }
  /** A page or API answer rendered for this request: these headers added to the request and to the answer. */
  | { kind: "page"; requestId: string; requestHeaders: Record<string, string>; responseHeaders: Record<string, string> };

/** Headers a client may send that only the server sets: Next takes the script nonce from the request's policy header. */
const SERVER_SET = ["x-nonce", "content-security-policy", "x-pathname"];

/**
 * Runs before Next for every request (server/http/install-client-address.ts), doing what a proxy
 * (middleware) would: gives each request rendered per visitor a request id (kept from a load
 * balancer when plausible), a fresh CSP nonce and the path for sign-in redirects; sends anonymous
 * visitors of the console to sign in; refuses server actions posted from another site. Next runs a
 * proxy by building a web Request and Response around each call, which cost a signed-in page a
 * fifth of its CPU (docs/perf-profile.md); proxy.ts is left with the rewrites only Next can make.
 */
export function frameRequest(request: RawRequest): Framing {
  const headers = request.headers;
  // Next redirects an address with a doubled or back slash to its cleaned form before routing it.
  const address = request.url ?? "/";
  if (!/^\/(?![/\\])/.test(address)) return { kind: "as-is" };
  const url = new URL(address, "http://localhost");
  const { pathname, search } = url;
  if (pathname.startsWith("/_next/static/") || pathname.startsWith("/_next/image") || pathname === "/favicon.ico" || pathname === "/robots.txt")
    return { kind: "as-is" };
  const method = request.method ?? "GET";
  const https = firstHeader(headers, "x-forwarded-proto") === "https";
  // Only for what is answered or framed here: a cached page is left without one.
  const requestId = () => requestIdOf(firstHeader(headers, "x-request-id"));

  // Next refuses a server action posted from another site by throwing, which answers 500: say 403.
  if (method === "POST" && headers["next-action"] !== undefined && !fromThisSite(headers))
    return plain(403, requestId(), https, "请求来源不被允许");
  // Prefetches are left to the page (a console page sends whoever is not signed in to sign in).
  if (headers["next-router-prefetch"] !== undefined || headers.purpose === "prefetch") return { kind: "as-is" };

  const signedIn = hasSessionCookie(headers.cookie);
  if (pathname.startsWith("/console") && !signedIn) {
    const answer = plain(307, requestId(), https, "");
    answer.headers.location = `/login?${new URLSearchParams({ callbackUrl: pathname + search })}`;
    return answer;
  }
  // The cached renderings answer only through the rewrites.
  if (pathname.startsWith(CACHED_PREFIX)) return plain(404, requestId(), https, "Not Found");
  // Citizen pages and anonymous catalogue pages come from the page cache (next.config.js, proxy.ts),
  // which cannot keep a per-request nonce; a question too long to be cached is rendered per request.
  if (pathname === "/no-proof" || pathname.startsWith("/no-proof/")) return { kind: "as-is" };
  if (!signedIn && isAnonymousPage(pathname)) {
    const perRequest = (method === "GET" || method === "HEAD") && (pathname === "/resources" || pathname === "/scenarios") && anonymousRoute(pathname, url.searchParams) === null;
    if (!perRequest) return { kind: "as-is" };
  }

  const id = requestId();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, https, dev: process.env.NODE_ENV !== "production", unifiedIdentityIssuer: process.env.OIDC_ISSUER });
  return {
    kind: "page",
    requestId: id,
    // next.config.js leaves the policy of a request marked with x-nonce to this one.
    requestHeaders: { "x-request-id": id, "x-pathname": pathname + search, "x-nonce": nonce, "content-security-policy": csp },
    responseHeaders: { "content-security-policy": csp, "x-request-id": id },
  };
}

/** Frames a raw request as frameRequest says; false when it was answered here. */
export function prepareForNext(req: IncomingMessage, res: ServerResponse): boolean {
  for (const name of SERVER_SET) delete req.headers[name];
  const framing = frameRequest(req);
  if (framing.kind === "answer") {
    res.writeHead(framing.status, framing.headers).end(framing.body);
    return false;
  }
  if (framing.kind === "page") {
    Object.assign(req.headers, framing.requestHeaders);
    for (const [name, value] of Object.entries(framing.responseHeaders)) res.setHeader(name, value);
    log("info", "request", { method: req.method, path: framing.requestHeaders["x-pathname"]!.split("?")[0], requestId: framing.requestId });
  }
  return true;
}

function plain(status: number, requestId: string, https: boolean, body: string): Extract<Framing, { kind: "answer" }> {
  return { kind: "answer", status, headers: { ...plainAnswerHeaders(requestId, https), "content-type": "text/plain; charset=utf-8" }, body };
}

/** Whether a form post names this site as its origin, by the same rule Next applies to server actions. */
function fromThisSite(headers: IncomingHttpHeaders): boolean {
  const origin = firstHeader(headers, "origin");
  if (!origin) return true;
  const host = firstHeader(headers, "x-forwarded-host") ?? firstHeader(headers, "host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
