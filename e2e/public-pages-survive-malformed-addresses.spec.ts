import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * What a scanner does to the public site: every page reachable by links from the home page and the
 * citizen service, requested with query strings no form produces. Each may show the page unfiltered,
 * or a 4xx, but never a server error.
 */
const MAX_PAGES = 60;

/** Query strings whatever the page: over-long, broken escapes, markup, NUL, impossible pages, repeats. */
const MALFORMED = [
  `q=${"x".repeat(5000)}`,
  "q=%",
  "q=%E0%A4%A",
  "q=%22'%3E%3Cscript%3Ealert(1)%3C/script%3E",
  "q=%00",
  "q=a&q=b",
  "page=-1",
  "page=1e9",
  "page=abc",
  "page=99999999999999999999",
  "page=1&page=2",
];

/** For each parameter the site's own links use: values it never offers. */
const paramValues = (key: string) => [`${key}=__unknown__`, `${key}=%`, `${key}=-1`, `${key}=%00`, `${key}=${"长".repeat(300)}`, `${key}=a&${key}=b`];

/** One address per route and set of parameters: ids and values vary, the page's code does not. */
const routeOf = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")
    .replace(/\/search\/[^/]+$/, "/search/:q")
    .replace(/\/browse\/([^/]+)\/[^/]+$/, "/browse/$1/:value");
const signature = (url: URL) => `${routeOf(url.pathname)}?${[...new Set(url.searchParams.keys())].sort().join("&")}`;

/** Public pages by following links, breadth first, and the query parameters links give each route. */
async function crawl(request: APIRequestContext, starts: string[]) {
  const seen = new Set(starts.map((s) => signature(new URL(s, "http://site"))));
  const queue = [...starts];
  const pages = new Map<string, string>();
  const params = new Map<string, Set<string>>();
  for (let fetched = 0; queue.length && fetched < MAX_PAGES; fetched++) {
    const link = queue.shift()!;
    const response = await request.get(link);
    expect(response.status(), link).toBeLessThan(500);
    if (!response.headers()["content-type"]?.includes("text/html")) continue;
    const route = routeOf(link.split("?")[0]!);
    if (!pages.has(route)) pages.set(route, link.split("?")[0]!);
    for (const [, href] of (await response.text()).matchAll(/href="(\/[^"#]*)"/g)) {
      const url = new URL(href!.replaceAll("&amp;", "&"), "http://site");
      if (/^\/(api|console|_next)(\/|$)/.test(url.pathname) || url.pathname === "/login") continue;
      const keys = params.get(routeOf(url.pathname)) ?? params.set(routeOf(url.pathname), new Set()).get(routeOf(url.pathname))!;
      for (const key of url.searchParams.keys()) keys.add(key);
      if (seen.has(signature(url))) continue;
      seen.add(signature(url));
      queue.push(url.pathname + url.search);
    }
  }
  return { pages, params };
}

test("no public page answers a malformed query string with a server error", async ({ request }) => {
  test.setTimeout(120_000);
  const { pages, params } = await crawl(request, ["/", "/no-proof"]);
  expect(pages.size).toBeGreaterThan(10);
  const targets = [...pages].flatMap(([route, path]) => [...MALFORMED, ...[...(params.get(route) ?? [])].flatMap(paramValues)].map((q) => `${path}?${q}`));
  const failures: string[] = [];
  // Four at a time: a scanner does not wait either, and the run stays short.
  for (let i = 0; i < targets.length; i += 4)
    await Promise.all(
      targets.slice(i, i + 4).map(async (target) => {
        const status = (await request.get(target, { maxRedirects: 0 })).status();
        if (status >= 500) failures.push(`${status} ${target.slice(0, 200)}`);
      }),
    );
  expect(failures).toEqual([]);
});
