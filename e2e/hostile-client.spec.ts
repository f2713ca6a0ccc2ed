import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signedIn, signIn } from "./fixtures";

/** A raw HTTP request to the app with headers a browser would never send (a forged Host, say). */
function raw(path: string, headers: Record<string, string>, method = "GET", body?: string, localAddress?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    // `localAddress`: another loopback address (127.0.0.9) is another client, as far as the server can tell.
    const req = httpRequest({ host: base.hostname, port: base.port, path, method, headers, localAddress }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

test("a forged Host header never makes the server fetch another address", async () => {
  // A server the attacker would like ours to call, with our visitor's cookies.
  const hits: string[] = [];
  const canary = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.end("canary");
  });
  await new Promise<void>((resolve) => canary.listen(0, "127.0.0.1", resolve));
  const { port } = canary.address() as AddressInfo;
  try {
    for (const path of ["/no-proof/about", "/no-proof", "/no-proof/search?q=%E9%A9%BE%E9%A9%B6%E8%AF%81"]) {
      const answer = await raw(path, { host: `127.0.0.1:${port}`, cookie: "authjs.session-token=stolen" });
      expect(answer.body, path).not.toContain("canary");
    }
    expect(hits).toEqual([]);
  } finally {
    canary.close();
  }
});

test("after signing in, a crafted callbackUrl never leads off the site", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  for (const callbackUrl of ["/%5Cevil.example/x", "/%09/evil.example", "//evil.example", "/%5C/evil.example", "https://evil.example"]) {
    await admin.goto(`/login?callbackUrl=${callbackUrl}`);
    expect(new URL(admin.url()).host, callbackUrl).toBe(new URL(test.info().project.use.baseURL!).host);
    await expect(admin).toHaveURL(/\/console$/);
  }
  await admin.context().close();
});

test("the sign-in action posted from another site is refused with 403, not a server error", async () => {
  const answer = await raw("/login", { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, "POST", "[]");
  expect(answer.status).toBe(403);
  expect(answer.body).toBe("请求来源不被允许");
});

test("a page request with a router header no browser writes is refused with 400, not a server error", async () => {
  // What the client router sends when it navigates to /login from the home page, then the same header broken.
  const fromHome = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }]));
  const navigation = await raw("/login", { rsc: "1", "next-router-state-tree": fromHome });
  expect([200, 307]).toContain(navigation.status);
  for (const header of ["%E0%A4%A", "[1,2]", `${fromHome}x`]) {
    const answer = await raw("/login", { rsc: "1", "next-router-state-tree": header });
    expect(answer.status, header).toBe(400);
    expect(answer.body).toBe("请求头 Next-Router-State-Tree 无效");
  }
});

test("one request cannot batch more than ten procedure calls", async ({ request }) => {
  const calls = (n: number) => Array.from({ length: n }, () => "site.targets").join(",");
  const input = (n: number) => encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))));
  expect((await request.get(`/api/trpc/${calls(10)}?batch=1&input=${input(10)}`)).status()).toBe(200);
  expect((await request.get(`/api/trpc/${calls(11)}?batch=1&input=${input(11)}`)).status()).toBe(400);
});

test("public search is limited per client address, whatever X-Forwarded-For claims, with a Chinese answer and Retry-After", async () => {
  const search = `/api/trpc/resource.search?input=${encodeURIComponent(JSON.stringify({ json: { q: "营业执照" } }))}`;
  let refused: Awaited<ReturnType<typeof raw>> | undefined;
  for (let i = 0; i < 300 && !refused; i++) {
    // Each request claims to come from somewhere else: the server goes by the socket.
    const answer = await raw(search, { "x-forwarded-for": `10.20.${i % 250}.1` }, "GET", undefined, "127.0.0.9");
    if (answer.status === 429) refused = answer;
    else expect(answer.status).toBe(200);
  }
  expect(refused?.headers["retry-after"]).toMatch(/^\d+$/);
  expect(JSON.parse(refused!.body).error.message).toMatch(/^搜索过于频繁，请 \d+ 秒后再试$/);
  // The search page from that address is refused too, in words a citizen reads.
  const page = await raw("/resources?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7", {}, "GET", undefined, "127.0.0.9");
  expect(page.status).toBe(429);
  expect(page.body).toContain("搜索过于频繁");
  // Another address searches on.
  expect((await raw(search, {}, "GET", undefined, "127.0.0.10")).status).toBe(200);
});

test("a forged X-Forwarded-For does not change the address the audit trail records", async ({ browser }) => {
  const page = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  await page.goto("/login");
  await signIn(page, "pub.sthjj");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.getByRole("link", { name: /我的账号/ }).click();
  const sessions = page.getByRole("table", { name: "登录会话" });
  await expect(sessions.getByText("127.0.0.1").first()).toBeVisible();
  await expect(sessions.getByText("203.0.113.77")).toHaveCount(0);
  await page.context().close();
});
