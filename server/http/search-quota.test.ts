import { describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { publicSearchUrl, searchRefusal } from "./search-quota";

const from = (address: string, url: string, method = "GET") => ({ method, url, headers: { [CLIENT_ADDRESS_HEADER]: address } });

async function ask(address: string, url: string) {
  const request = from(address, url);
  return searchRefusal(request, publicSearchUrl(request)!);
}

describe("public search, counted on the raw request before Next", () => {
  it("knows a search by its address and query, and lets everything else pass uncounted", () => {
    for (const url of ["/no-proof/search?q=%E9%A9%BE%E9%A9%B6%E8%AF%81", "/resources?q=x&kind=api", "/scenarios?q=x", "/api/trpc/resource.search?input=%7B%7D"])
      expect(publicSearchUrl(from("10.0.0.1", url)), url).not.toBeNull();
    for (const url of ["/no-proof/search?q=%20", "/resources", "/resources?kind=api", "/no-proof/cases/1?q=x", "//evil.example/?q=x", "/%E0%A4%A?q=x"])
      expect(publicSearchUrl(from("10.0.0.1", url)), url).toBeNull();
    expect(publicSearchUrl(from("10.0.0.1", "/resources?q=x", "POST"))).toBeNull();
  });

  it("refuses an address past its limit with Retry-After and Chinese words, a page for people and JSON for the API; other addresses search on", async () => {
    vi.stubEnv("PUBLIC_SEARCH_PER_MINUTE", "2");
    const address = `10.1.${process.pid % 250}.${Date.now() % 250}`;
    expect(await ask(address, "/no-proof/search?q=a")).toBeNull();
    expect(await ask(address, "/resources?q=b")).toBeNull();
    const page = await ask(address, "/no-proof/search?q=c");
    expect(page?.status).toBe(429);
    expect(page?.headers["retry-after"]).toMatch(/^\d+$/);
    expect(page?.headers["x-frame-options"]).toBe("DENY");
    expect(page?.body).toContain("搜索过于频繁");
    const api = await ask(address, "/api/trpc/resource.search?input=%7B%7D");
    expect(JSON.parse(api!.body).error.message).toMatch(/^搜索过于频繁，请 \d+ 秒后再试$/);
    expect(await ask(`${address}1`, "/no-proof/search?q=a")).toBeNull();
  });
});
