import { NextResponse, type NextRequest } from "next/server";

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    // Only Next's own scripts, which carry this request's nonce, and what they load.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Runs before every page and API request: gives it a request id (kept from a load balancer
 * when plausible), a fresh CSP nonce, the path for sign-in redirects, and sends anonymous
 * visitors of the console to sign in.
 */
export function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  const { pathname, search } = request.nextUrl;

  if (pathname.startsWith("/console") && !request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", pathname + search);
    const response = NextResponse.redirect(login);
    response.headers.set("x-request-id", requestId);
    return response;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("x-pathname", pathname + search);
  // Next reads the nonce for its own scripts from the request's policy header.
  headers.set("content-security-policy", csp);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-request-id", requestId);
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  console.log(
    JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "request", method: request.method, path: pathname, requestId }),
  );
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
