import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import postgres from "postgres";

/**
 * A second instance of the built app, started while its PostgreSQL cannot be reached: its
 * DATABASE_URL names a local port where nothing listens yet. Later a relay to the real server
 * opens on that port, as a database coming back would, and the instance must recover by itself.
 * The relay needs TEST_DATABASE_URL (as the server tests do); without it only the first part runs.
 */
const PORT = 3211;
const BASE = `http://127.0.0.1:${PORT}`;
const serverUrl = process.env.TEST_DATABASE_URL;
const database = `citybrain_e2e_${randomBytes(4).toString("hex")}`;

let app: ChildProcess;
let dataDir: string;
let databasePort: number;
let relay: Server | undefined;
const output: string[] = [];

/** A local port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function health(): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const response = await fetch(`${BASE}/api/health`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return null;
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  databasePort = await freePort();
  dataDir = mkdtempSync(path.join(tmpdir(), "citybrain-nodb-"));
  const url = new URL(serverUrl ?? "postgres://postgres@127.0.0.1:5432/postgres");
  url.host = `127.0.0.1:${databasePort}`;
  url.pathname = `/${database}`;
  // The build the journeys' server uses (scripts/e2e-server.mjs built it before any test ran).
  app = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(PORT)], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url.toString(), DATA_DIR: dataDir, SEED_DEMO_DATA: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [app.stdout!, app.stderr!]) stream.on("data", (chunk: Buffer) => output.push(...chunk.toString().split("\n")));
  await expect.poll(health, { timeout: 30_000 }).not.toBeNull();
});

test.afterAll(async () => {
  app?.kill();
  relay?.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (serverUrl) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
});

test("without its database the app starts, says why in its health check, shows the Chinese error page and logs JSON lines", async ({ page }) => {
  expect(await health()).toEqual({ status: 503, body: { status: "unavailable", reason: "database_unreachable" } });

  // Citizen pages a previous run of this build cached are still served; these pages are never cached.
  for (const path of ["/resources", "/login"]) {
    const answer = await page.goto(`${BASE}${path}`);
    expect(answer!.status(), path).toBeGreaterThanOrEqual(500);
    // A server error is an answer like any other: the security headers hold (see every-answer-carries-the-security-headers).
    expect(answer!.headers()).toMatchObject({ "x-frame-options": "DENY", "x-content-type-options": "nosniff" });
    expect(answer!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await expect(page.getByRole("heading", { name: /页面出错了|系统暂时无法访问/ })).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Internal Server Error");
  }
  const api = await fetch(`${BASE}/api/trpc/site.targets`);
  expect(api.status).toBe(500);
  expect(await api.text()).toContain("服务器内部错误");

  // Next's own banner comes before the app's first line; from there on, every line is one JSON object.
  const lines = output.slice(output.findIndex((l) => l.startsWith("{"))).filter((l) => l.trim());
  expect(lines.length).toBeGreaterThan(3);
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  expect(lines.map((l) => JSON.parse(l).msg)).toContain("database unavailable, will retry on the next request");
});

test("when the database comes back the app migrates it and serves again, without a restart", async ({ page }) => {
  test.skip(!serverUrl, "needs TEST_DATABASE_URL, a PostgreSQL server to come back");
  const target = new URL(serverUrl!);
  const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  relay = createServer((client) => {
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    client.pipe(upstream).pipe(client);
    for (const end of [client, upstream]) end.on("error", () => (client.destroy(), upstream.destroy()));
  });
  await new Promise<void>((resolve) => relay!.listen(databasePort, "127.0.0.1", resolve));

  await expect.poll(async () => (await health())?.status, { timeout: 60_000 }).toBe(200);
  expect((await health())!.body).toMatchObject({ status: "ok", database: "postgres" });
  const answer = await page.goto(`${BASE}/resources`);
  expect(answer!.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "资源目录", level: 1 })).toBeVisible();
});
