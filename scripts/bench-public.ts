/**
 * `npm run bench` (second part): the public no-proof pages against the built app, on loopback.
 *  - requests per second of the catalogue home, a search result and a detail page, each against
 *    the trivial static page of the same frame (/no-proof/about); target: at least half;
 *  - first-load JavaScript of each page (every <script src>, gzipped) against that page's;
 *    target: at most 15 kB more.
 * Builds the app first when there is no build. Figures are printed, not asserted.
 */
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const PORT = process.env.BENCH_PORT ?? "3290";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForHealth(deadline = Date.now() + 180_000) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the app did not start");
}

async function requestsPerSecond(pathname: string): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url: BASE + pathname, connections: CONNECTIONS, duration: SECONDS });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The gzipped size of every script the page loads by src, as a browser's first visit fetches them. */
async function firstLoadJs(pathname: string): Promise<number> {
  const html = await (await fetch(BASE + pathname)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
  const sizes = await Promise.all(sources.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length));
  return sizes.reduce((a, b) => a + b, 0);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  console.log(`\n# Public no-proof pages (${new Date().toISOString()}): ${CONNECTIONS} connections × ${SECONDS} s each, autocannon on loopback`);
  if (!existsSync(".next/BUILD_ID")) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "citybrain-bench-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  const server = spawn("npx", ["next", "start", "--port", PORT], { env, stdio: "ignore", detached: true });
  try {
    await waitForHealth();
    const search = await (await fetch(`${BASE}/no-proof/search?q=${encodeURIComponent("驾驶证")}`)).text();
    const caseId = /\/no-proof\/cases\/([0-9a-f-]{36})/.exec(search)?.[1];
    if (!caseId) throw new Error("no use case found for 驾驶证");
    const pages: [string, string][] = [
      ["trivial static page /no-proof/about", "/no-proof/about"],
      ["catalogue home /no-proof", "/no-proof"],
      ["search /no-proof/search?q=驾驶证", `/no-proof/search?q=${encodeURIComponent("驾驶证")}`],
      ["detail /no-proof/cases/…", `/no-proof/cases/${caseId}`],
    ];
    // The first visit renders a page into the cache; measure what every later visitor gets.
    for (const [, p] of pages) for (let i = 0; i < 3; i++) await fetch(BASE + p).then((r) => r.text());

    const figures = [];
    for (const [label, p] of pages) figures.push({ label, ...(await requestsPerSecond(p)), js: await firstLoadJs(p) });
    const [base, ...rest] = figures;
    console.log(`${base!.label}: ${base!.rps.toFixed(0)} req/s (p99 ${base!.p99} ms, ${base!.errors} errors), first-load JS ${kB(base!.js)}`);
    for (const f of rest) {
      const ratio = f.rps / base!.rps;
      const extra = f.js - base!.js;
      console.log(
        `${f.label}: ${f.rps.toFixed(0)} req/s (p99 ${f.p99} ms, ${f.errors} errors) = ${(ratio * 100).toFixed(0)}% of the static page — target ≥ 50%: ${ratio >= 0.5 ? "met" : "NOT met"}; ` +
          `first-load JS ${kB(f.js)} (${extra >= 0 ? "+" : ""}${kB(extra)}) — target ≤ +15 kB: ${extra <= 15 * 1024 ? "met" : "NOT met"}`,
      );
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
