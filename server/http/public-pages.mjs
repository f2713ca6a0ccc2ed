// The public pages every visitor gets alike, served from the page cache without running proxy.ts.
// Next runs a proxy (middleware) by building a full Request and Response around every call: on
// this machine even an empty one took half of a cached page's throughput (docs/perf-profile.md).
// So the citizen pages and the anonymous catalogue pages are routed by next.config.js's rewrites
// (matched inside Next's router, keeping the public address for the browser) and get their headers
// from next.config.js's headers(); proxy.ts's matcher leaves them out. Plain JavaScript: next.config.js
// loads it before anything is compiled; proxy.ts and the tests import it too.

/** The cookie that remembers a visitor's choice of the citizen view; set by /api/no-proof/view. */
export const VIEW_COOKIE = "noproof_view";

/** The names Auth.js gives the session cookie (over HTTP and HTTPS); it carries a session id only, so it is never split. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const SESSION_COOKIE = new RegExp(`(?:^|;\\s*)(?:${SESSION_COOKIES.map((c) => c.replace(/[.]/g, "\\.")).join("|")})=`);

/** Whether a Cookie header carries a session (signed in, or so it claims: the pages check it). */
export function hasSessionCookie(cookie) {
  return typeof cookie === "string" && SESSION_COOKIE.test(cookie);
}

/**
 * Headers every answer carries, static files included (next.config.js; the answers given on the raw
 * request, plain-answer.ts). Pages get their full CSP, with its nonce, from the raw-request hook
 * (page-request.ts) or, cached, from publicPageHeaders; this one restricts nothing those allow.
 */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** HSTS, for answers that came over HTTPS (as the load balancer says). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * The parameters each catalogue page reads. A request carrying any of them goes through proxy.ts,
 * which caches each query as a page of its own; without them the page is the catalogue's first page.
 * server/http/public-pages.test.ts checks these lists against the pages' search schemas.
 */
export const CATALOGUE_QUERY_KEYS = {
  "/resources": ["q", "kind", "domain", "sharingClass", "status", "departmentId", "sort", "page"],
  "/scenarios": ["kind", "domain", "departmentId", "districtId", "page"],
};

/** Anonymous catalogue pages without a query → their cached rendering (server/http/cached-pages.ts names the same). */
const ANONYMOUS_PAGES = [
  ["/", "/cached/anonymous"],
  ["/scenarios/leaderboard", "/cached/anonymous/leaderboard"],
  ["/competitions", "/cached/anonymous/competitions"],
  ["/competitions/:id([0-9a-f-]{36})/results", "/cached/anonymous/results/:id"],
  ["/resources", "/cached/anonymous/resources/q"],
  ["/scenarios", "/cached/anonymous/scenarios/q"],
];

/** The same addresses as one pattern, for the raw-request hook (page-request.ts; public-pages.test.ts checks both agree). */
const ANONYMOUS_PAGE = /^\/(?:scenarios(?:\/leaderboard)?|competitions(?:\/[0-9a-f-]{36}\/results)?|resources)?$/;

/** Whether a path is one of the catalogue pages an anonymous visitor gets from the page cache. */
export function isAnonymousPage(pathname) {
  return ANONYMOUS_PAGE.test(pathname);
}

const anonymous = SESSION_COOKIES.map((key) => ({ type: "cookie", key }));
const elder = [{ type: "cookie", key: VIEW_COOKIE, value: "elder" }];
/** Citizen addresses other than the views' own and the search. */
const CITIZEN_PAGE = "/no-proof/:path((?!(?:standard|elder|search)(?:/|$)).+)";
/**
 * A question with something in it that a path can hold as it is: Next puts it in the destination
 * without encoding, so %, /, \, ? and # are left to proxy.ts (its matcher says the same). The search
 * page drops control characters and cuts the question (searchText).
 */
const QUESTION = { type: "query", key: "q", value: "(?<q>[^%/\\\\?#]*[^%/\\\\?#\\s][^%/\\\\?#]*)" };

/**
 * Rewrites checked before the app's routes: citizen pages to the visitor's view, anonymous
 * catalogue pages to their cached rendering.
 */
export function publicPageRewrites() {
  return [
    // A search is a path too, so its answer can be cached; the raw request was counted (search-quota.ts).
    { source: "/no-proof/search", has: [...elder, QUESTION], destination: "/no-proof/elder/search/:q" },
    { source: "/no-proof/search", has: [QUESTION], destination: "/no-proof/standard/search/:q" },
    { source: "/no-proof", has: elder, destination: "/no-proof/elder" },
    { source: "/no-proof", destination: "/no-proof/standard" },
    { source: CITIZEN_PAGE, has: elder, destination: "/no-proof/elder/:path" },
    { source: CITIZEN_PAGE, destination: "/no-proof/standard/:path" },
    ...ANONYMOUS_PAGES.map(([source, destination]) => ({
      source,
      missing: [...anonymous, ...(CATALOGUE_QUERY_KEYS[source] ?? []).map((key) => ({ type: "query", key }))],
      destination,
    })),
  ];
}

/** An empty search box asks nothing: back to the catalogue home. */
export function publicPageRedirects() {
  return [
    { source: "/no-proof/search", missing: [{ type: "query", key: "q" }], destination: "/no-proof", permanent: false },
    { source: "/no-proof/search", has: [{ type: "query", key: "q", value: "\\s*" }], destination: "/no-proof", permanent: false },
  ];
}

/**
 * The page policy. Staff pages allow only scripts with this request's nonce; cached pages cannot
 * carry a per-request nonce, so they allow Next's inline bootstrap scripts, and render only
 * published catalogue text, escaped.
 */
export function contentSecurityPolicy({ nonce = null, https = false, dev = false, unifiedIdentityIssuer = "" } = {}) {
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
    `form-action 'self'${originOf(unifiedIdentityIssuer)}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

function originOf(issuer) {
  try {
    return issuer ? ` ${new URL(issuer).origin}` : "";
  } catch {
    return "";
  }
}

/**
 * The policy of the pages the rewrites serve (proxy.ts sets it on the others), fixed when the app is
 * built: no form on these pages posts to the unified identity platform, and over HTTPS, HSTS from
 * next.config.js does the work of upgrade-insecure-requests. (A Vary: Cookie here would be replaced
 * by Next's own Vary; these pages are not for shared caches, docs/deploy.md.)
 */
export function publicPageHeaders({ dev = false } = {}) {
  const headers = [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }];
  return [
    { source: "/no-proof/:path*", headers },
    ...ANONYMOUS_PAGES.map(([source]) => ({ source, missing: anonymous, headers })),
  ];
}
