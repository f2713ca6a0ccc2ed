import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedIn } from "./fixtures";

/**
 * The browser-side defences, on every kind of answer the app gives: pages (cached citizen pages,
 * public pages, the signed-in console), API answers and downloads, static files, the 404 page and
 * error answers. Anonymous requests say they came over HTTPS through the load balancer, so HSTS is
 * due too; signed-in ones cannot (their session cookie was set over plain HTTP, so it would not count).
 */
const HTTPS = { "x-forwarded-proto": "https" };

type Init = { method?: string; headers?: Record<string, string>; data?: string };

const EXPECTED: [header: string, value: RegExp][] = [
  ["content-security-policy", /frame-ancestors 'none'/],
  ["content-security-policy", /object-src 'none'/],
  ["content-security-policy", /base-uri 'self'/],
  ["x-content-type-options", /^nosniff$/],
  ["x-frame-options", /^DENY$/],
  ["referrer-policy", /^same-origin$/],
  ["permissions-policy", /camera=\(\).*microphone=\(\).*geolocation=\(\)/],
  ["strict-transport-security", /max-age=\d{7,}/],
];

const trpcInput = (input: unknown) => `input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** Kind of answer → request; each must come back with the status given. */
const ANONYMOUS: [kind: string, path: string, status: number, init?: Init][] = [
  ["cached citizen page", "/no-proof", 200],
  ["cached citizen page (static)", "/no-proof/about", 200],
  ["cached citizen search", "/no-proof/search?q=%E9%A9%BE%E9%A9%B6%E8%AF%81", 200],
  ["public page", "/resources", 200],
  ["home page", "/", 200],
  ["sign-in page", "/login", 200],
  ["API: health", "/api/health", 200],
  ["API: procedure", `/api/trpc/site.targets?${trpcInput(null)}`, 200],
  ["API: open data", "/api/no-proof/cases.json", 200],
  ["static file", "/icon.svg", 200],
  ["robots.txt", "/robots.txt", 200],
  ["404 page", "/no-such-page", 404],
  ["404 citizen page", "/no-proof/cases/00000000-0000-4000-8000-000000000000", 404],
  ["error: bad procedure input", `/api/trpc/resource.get?${trpcInput({ id: "not-an-id" })}`, 400],
  ["error: unknown procedure", `/api/trpc/no.such?${trpcInput(null)}`, 404],
  ["error: route handler without sign-in", "/api/resources/export", 401],
  ["error: console without sign-in (redirect)", "/console", 307],
  ["error: upload without sign-in", "/api/resources/import", 401, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, data: "--x--" }],
  [
    "error: server action from another site",
    "/login",
    403,
    { method: "POST", headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
  ],
];

const SIGNED_IN: [kind: string, path: string, status: number][] = [
  ["console page", "/console", 200],
  ["console page with a form", "/console/resources/new", 200],
  ["download", "/api/resources/export?format=csv", 200],
  ["error: console page of another role", "/console/dashboard", 403],
];

async function missingHeaders(request: APIRequestContext, https: boolean, kind: string, path: string, status: number, init: Init = {}) {
  const response = await request.fetch(path, { method: init.method ?? "GET", headers: { ...(https ? HTTPS : {}), ...init.headers }, data: init.data, maxRedirects: 0 });
  expect(response.status(), `${kind} ${path}`).toBe(status);
  const headers = response.headers();
  return EXPECTED.filter(([name, value]) => (https || name !== "strict-transport-security") && !value.test(headers[name] ?? "")).map(
    ([name]) => `${kind} (${path}): ${name} = ${headers[name] ?? "absent"}`,
  );
}

test("every kind of answer carries the security headers, signed in or not", async ({ request, browser }) => {
  const missing: string[] = [];
  for (const [kind, path, status, init] of ANONYMOUS) missing.push(...(await missingHeaders(request, true, kind, path, status, init)));
  const publisher = await signedIn(browser, "publisher");
  for (const [kind, path, status] of SIGNED_IN) missing.push(...(await missingHeaders(publisher.context().request, false, kind, path, status)));
  await publisher.context().close();
  expect([...new Set(missing)]).toEqual([]);
});
