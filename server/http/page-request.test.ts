import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameRequest, prepareForNext } from "./page-request";

const SIGNED_IN = { cookie: "theme=x; authjs.session-token=abc" };
const page = (url: string, headers: http.IncomingHttpHeaders = SIGNED_IN, method = "GET") => {
  const framing = frameRequest({ method, url, headers });
  if (framing.kind !== "page") throw new Error(`${url}: ${framing.kind}`);
  return framing;
};

describe("a request rendered per visitor, framed before Next", () => {
  it("gets a fresh nonce, in the policy Next reads from the request and in the answer's", () => {
    const [a, b] = [page("/console"), page("/console")];
    const nonce = a.requestHeaders["x-nonce"]!;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(b.requestHeaders["x-nonce"]).not.toBe(nonce);
    expect(a.requestHeaders["content-security-policy"]).toContain(`'nonce-${nonce}' 'strict-dynamic'`);
    expect(a.responseHeaders["content-security-policy"]).toBe(a.requestHeaders["content-security-policy"]);
    expect(a.responseHeaders["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(a.responseHeaders["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    expect(page("/console", { ...SIGNED_IN, "x-forwarded-proto": "https" }).responseHeaders["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("keeps a load balancer's plausible request id, and replaces anything else", () => {
    const id = "4b8f2c1e-0d3a-4e5f-9a6b-7c8d9e0f1a2b";
    expect(page("/console", { ...SIGNED_IN, "x-request-id": id }).requestId).toBe(id);
    for (const forged of ["<script>", "a".repeat(500), "x\u0000y"]) {
      const framing = page("/console", { ...SIGNED_IN, "x-request-id": forged });
      expect(framing.requestId).not.toBe(forged);
      expect(framing.responseHeaders["x-request-id"]).toBe(framing.requestId);
    }
  });

  it("names the page asked for, for the way back after signing in", () => {
    expect(page("/console/requests?box=sent&status=pending").requestHeaders["x-pathname"]).toBe("/console/requests?box=sent&status=pending");
  });

  it("sends an anonymous visitor of the console to sign in, and comes back to the same page", () => {
    const framing = frameRequest({ url: "/console/requests?box=sent", headers: { "x-forwarded-proto": "https" } });
    expect(framing).toMatchObject({ kind: "answer", status: 307 });
    if (framing.kind !== "answer") return;
    expect(framing.headers.location).toBe(`/login?callbackUrl=${encodeURIComponent("/console/requests?box=sent")}`);
    expect(framing.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(framing.headers["x-frame-options"]).toBe("DENY");
  });

  it("refuses a server action posted from another site, and the internal cached paths", () => {
    const action = { "next-action": "0".repeat(42), host: "qd.example" };
    expect(frameRequest({ method: "POST", url: "/login", headers: { ...action, origin: "https://evil.example" } })).toMatchObject({ kind: "answer", status: 403 });
    expect(frameRequest({ method: "POST", url: "/login", headers: { ...action, origin: "not a url" } })).toMatchObject({ kind: "answer", status: 403 });
    // Through the load balancer, the host it was asked for.
    expect(frameRequest({ method: "POST", url: "/login", headers: { ...action, "x-forwarded-host": "city.example", origin: "https://city.example" } }).kind).toBe("page");
    expect(frameRequest({ method: "POST", url: "/login", headers: action }).kind).toBe("page");
    expect(frameRequest({ url: "/cached/anonymous", headers: SIGNED_IN })).toMatchObject({ kind: "answer", status: 404 });
  });

  it("leaves prefetches, static files and addresses Next cleans itself as they came", () => {
    expect(frameRequest({ url: "/console", headers: { "next-router-prefetch": "1" } }).kind).toBe("as-is");
    expect(frameRequest({ url: "/console", headers: { purpose: "prefetch" } }).kind).toBe("as-is");
    for (const url of ["//console", "/\\console", "/_next/static/chunks/a.js", "/favicon.ico"]) expect(frameRequest({ url, headers: {} }).kind, url).toBe("as-is");
  });
});

describe("prepareForNext on a real server", () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (prepareForNext(req, res)) res.end(JSON.stringify(req.headers));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("replaces what a client sends under the names only the server sets", async () => {
    const forged = { "x-nonce": "forged", "content-security-policy": "script-src 'nonce-forged'", "x-pathname": "/elsewhere" };
    const framed = await fetch(`${base}/login`, { headers: forged });
    const seen = (await framed.json()) as Record<string, string>;
    expect(seen["x-nonce"]).not.toBe("forged");
    expect(seen["x-pathname"]).toBe("/login");
    expect(framed.headers.get("content-security-policy")).toContain(`'nonce-${seen["x-nonce"]}'`);
    expect(framed.headers.get("x-request-id")).toBe(seen["x-request-id"]);
    // A cached page is rendered without any nonce at all.
    const cached = (await (await fetch(`${base}/no-proof`, { headers: forged })).json()) as Record<string, string>;
    for (const name of Object.keys(forged)) expect(cached[name], name).toBeUndefined();
  });

  it("answers a refusal itself, with the security headers", async () => {
    const refused = await fetch(`${base}/console`, { redirect: "manual" });
    expect(refused.status).toBe(307);
    expect(refused.headers.get("location")).toBe("/login?callbackUrl=%2Fconsole");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
