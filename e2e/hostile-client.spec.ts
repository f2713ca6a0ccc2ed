import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { signedIn } from "./fixtures";

/** A raw HTTP request to the app with headers a browser would never send (a forged Host, say). */
function raw(path: string, headers: Record<string, string>, method = "GET", body?: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: base.hostname, port: base.port, path, method, headers }, (res) => {
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

test("one request cannot batch more than ten procedure calls", async ({ request }) => {
  const calls = (n: number) => Array.from({ length: n }, () => "site.targets").join(",");
  const input = (n: number) => encodeURIComponent(JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}]))));
  expect((await request.get(`/api/trpc/${calls(10)}?batch=1&input=${input(10)}`)).status()).toBe(200);
  expect((await request.get(`/api/trpc/${calls(11)}?batch=1&input=${input(11)}`)).status()).toBe(400);
});
