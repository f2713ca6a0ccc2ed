import { log, requestIdOf } from "@/server/log";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { plainAnswerHeaders } from "./plain-answer";
import { firstHeader, type RawRequest } from "./raw-request";
import { isPublicSearch, publicSearchLimit, requestCounter } from "./rate-limit";

export interface Refusal {
  status: 429;
  headers: Record<string, string>;
  body: string;
}

/** The address of a raw request when it runs a public search (rate-limit.ts says which do), else null. */
export function publicSearchUrl(request: RawRequest): URL | null {
  try {
    const url = new URL(request.url ?? "/", "http://localhost");
    return isPublicSearch(request.method ?? "GET", url.pathname, url.searchParams) ? url : null;
  } catch {
    return null;
  }
}

/**
 * Public search, per client address and shared by every instance (in Redis when several run;
 * rate-limit.ts). Counted on the raw request before Next sees it, so that the search pages can be
 * served from the page cache without running proxy.ts (server/http/public-pages.mjs): past the
 * limit, 429 with Retry-After and Chinese words, as JSON for the API.
 */
export async function searchRefusal(request: RawRequest, url: URL): Promise<Refusal | null> {
  const requestId = requestIdOf(firstHeader(request.headers, "x-request-id"));
  try {
    const address = firstHeader(request.headers, CLIENT_ADDRESS_HEADER) || "unknown";
    const { allowed, retryAfter } = await requestCounter().count(`search:${address}`, publicSearchLimit());
    if (allowed) return null;
    const headers = { ...plainAnswerHeaders(requestId), "retry-after": String(retryAfter) };
    if (url.pathname.startsWith("/api/"))
      return { status: 429, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ error: { message: `搜索过于频繁，请 ${retryAfter} 秒后再试` } }) };
    const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>请稍后再试</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.6"><main><h1>搜索过于频繁</h1><p>来自您网络的搜索次数过多，请 ${retryAfter} 秒后再试。</p><p><a href="/">返回首页</a></p></main></body></html>`;
    return { status: 429, headers: { ...headers, "content-type": "text/html; charset=utf-8" }, body: page };
  } catch (error) {
    // Counting is a guard, not a gate: a failed count lets the search through (and says so).
    log("warn", "search quota unavailable", { requestId, error });
    return null;
  }
}
