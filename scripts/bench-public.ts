/**
 * `npm run bench` (second part): the built app's pages under load, side by side with a trivial
 * static page of a separate minimal Next.js app of the same version (issue 13). Figures are
 * printed, not asserted. Run it alone: `flock /tmp/build.lock npx tsx scripts/bench-public.ts`.
 *
 *  - Builds the app when .next/BUILD_ID is missing, and the reference app (one static page and one
 *    trivial page rendered per request, `next` and `react` from this repo's node_modules through a
 *    symlink) once per Next.js version in $TMPDIR/citybrain-bench-reference-next-<version>-dynamic;
 *    later runs reuse that build.
 *  - For each engine — PGlite on a fresh data folder, and PostgreSQL on a scratch database
 *    `bench_<pid>` (dropped at the end) when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, with
 *    the shared page cache on Redis (BENCH_REDIS_URL, REDIS_URL or redis://127.0.0.1:6379 if it
 *    answers; entries sit under the scratch database's own namespace and are deleted at the end) —
 *    starts `next start` of the app (which migrates and seeds the demo data) and of the reference,
 *    and loads one page at a time with autocannon (BENCH_CONNECTIONS × BENCH_SECONDS, default
 *    50 × 10 s). The reference page is measured again after every BENCH_REFERENCE_EVERY (3) pages,
 *    and each page is compared with the mean of the reference runs before and after it, so drift
 *    shows in the reference rows rather than in the ratios. Every measured run follows an unmeasured
 *    one of BENCH_WARM_UP_SECONDS (2) on the same page: a cold server's first seconds measure its JIT.
 *  - Signed in: 10 demo people (publishers and reviewers, no 动态口令) sign in through Auth.js's
 *    credentials endpoint; each autocannon connection is one of them, requesting a console page
 *    back to back; p50/p95 per page, target p95 ≤ 150 ms on PostgreSQL. First the reference's
 *    trivial dynamic page with as many connections: the floor of any page rendered per request.
 *  - First-load JS of each page (every <script src>, gzipped) against the reference page's.
 * BENCH_PAGES=<regexp> measures only the pages whose label matches (e.g. "citizen", "console");
 * BENCH_ENGINES=PostgreSQL (or PGlite) only that engine; WEB_CONCURRENCY serves the PostgreSQL run from
 * that many processes (scripts/serve.mjs). The signed-in part alone on PostgreSQL:
 * `BENCH_PAGES=console BENCH_ENGINES=PostgreSQL TEST_DATABASE_URL=… flock /tmp/build.lock npx tsx scripts/bench-public.ts`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { createClient } from "redis";
import { DEMO_ACCOUNTS, generatedPeople } from "@/db/seed/organisation";
import { load as loadWith, ownDepartmentId, signIn, startServer, stopServer, text, type Figures, type Server } from "./bench-server";
import { describeMachineSpeed } from "./machine-speed.mjs";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const REFERENCE_EVERY = Number(process.env.BENCH_REFERENCE_EVERY ?? 3);
const CONSOLE_PEOPLE = 10;
const CONSOLE_SECONDS = Number(process.env.BENCH_CONSOLE_SECONDS ?? SECONDS);
const APP_PORT = Number(process.env.BENCH_PORT ?? 3290);
const REFERENCE_PORT = APP_PORT + 1;
/** The app to measure: this checkout, or another one (BENCH_APP_DIR, e.g. an unpacked commit with node_modules linked). */
const REPO = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const NEXT_BIN = path.join(REPO, "node_modules/next/dist/bin/next");
const NEXT_VERSION = (JSON.parse(readFileSync(path.join(REPO, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
/** BENCH_PAGES: only the pages whose label matches this regular expression ("console" for the signed-in part). */
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
/** A common word in the demo catalogue's resource names, tags and summaries. */
const RESOURCE_TERM = process.env.BENCH_RESOURCE_TERM ?? "数据";
/** BENCH_ENGINES: the engines to measure, comma-separated (default both, PostgreSQL when its URL is set). */
const ENGINES = process.env.BENCH_ENGINES?.split(",").map((e) => e.trim().toLowerCase()) ?? null;
const measures = (engine: Engine["name"]) => !ENGINES || ENGINES.includes(engine.toLowerCase());

const q = encodeURIComponent;

// ---------------------------------------------------------------------------------------------
// Builds and servers

function ensureAppBuild() {
  if (existsSync(path.join(REPO, ".next/BUILD_ID"))) return;
  console.log("building the app (no .next/BUILD_ID) …");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The trivial reference app, built once per Next.js version and kept in the temp folder. */
function ensureReferenceBuild(): string {
  const dir = path.join(tmpdir(), `citybrain-bench-reference-next-${NEXT_VERSION}-dynamic`);
  if (existsSync(path.join(dir, ".next/BUILD_ID"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"));
  // Turbopack compiles only files under its root: make it a folder holding both the app and the real node_modules.
  const root = commonAncestor(realpathSync(dir), realpathSync(path.join(REPO, "node_modules")));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-reference", private: true }));
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} }, poweredByHeader: false };\n`);
  writeFileSync(path.join(dir, "app/layout.js"), `export default function RootLayout({ children }) { return <html lang="zh-CN"><body>{children}</body></html>; }\n`);
  writeFileSync(path.join(dir, "app/page.js"), `export default function Page() { return <main><h1>静态页</h1><p>A trivial static page.</p></main>; }\n`);
  // The floor of a page rendered per request (reading a header makes it dynamic), for the console's figures.
  mkdirSync(path.join(dir, "app/dynamic"));
  writeFileSync(
    path.join(dir, "app/dynamic/page.js"),
    `import { headers } from "next/headers";\nexport default async function Page() { const h = await headers(); return <main><h1>动态页</h1><p>A trivial page rendered for {h.get("user-agent") ? "a browser" : "nobody"}.</p></main>; }\n`,
  );
  console.log(`building the reference app in ${dir} …`);
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (build.status !== 0) throw new Error(`the reference app did not build (exit ${build.status}); run \`next build\` in ${dir} to see why`);
  return dir;
}

function commonAncestor(a: string, b: string): string {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(path.sep) || path.sep;
}

/** Each measured run follows a short unmeasured one, so that neither server is measured while its JIT still compiles the path. */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
async function load(url: string) {
  if (WARM_UP_SECONDS > 0) await loadWith(url, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
  return loadWith(url, { connections: CONNECTIONS, seconds: SECONDS });
}

/** The gzipped size of every script the page loads by src, as a browser's first visit fetches them. */
async function firstLoadJs(base: string, pathname: string, cookie?: string): Promise<number> {
  const html = await (await fetch(base + pathname, { headers: cookie ? { cookie } : {} })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
  const sizes = await Promise.all(sources.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length));
  return sizes.reduce((a, b) => a + b, 0);
}

// ---------------------------------------------------------------------------------------------
// Pages

interface Page {
  label: string;
  path: string;
  /** Target: requests per second as a share of the reference page's. */
  target: number;
}

/** The public pages, with the ids the demo data gave this database. */
async function publicPages(base: string): Promise<Page[]> {
  const search = await text(`${base}/no-proof/search?q=${q("驾驶证")}`);
  const caseId = /\/no-proof\/cases\/([0-9a-f-]{36})/.exec(search)?.[1];
  if (!caseId) throw new Error("no use case found for 驾驶证");
  const competitions = await text(`${base}/competitions`);
  const results = /\/competitions\/([0-9a-f-]{36})\/results/.exec(competitions)?.[0];
  if (!results) throw new Error("no published results linked from /competitions");
  return [
    { label: "citizen /no-proof", path: "/no-proof", target: 0.8 },
    { label: "citizen /no-proof/search?q=驾驶证", path: `/no-proof/search?q=${q("驾驶证")}`, target: 0.8 },
    { label: "citizen /no-proof/cases/<id>", path: `/no-proof/cases/${caseId}`, target: 0.8 },
    { label: "home /", path: "/", target: 0.5 },
    { label: "/scenarios", path: "/scenarios", target: 0.5 },
    { label: "leaderboard /scenarios/leaderboard", path: "/scenarios/leaderboard", target: 0.5 },
    { label: "/competitions", path: "/competitions", target: 0.5 },
    { label: "results /competitions/<id>/results", path: results, target: 0.5 },
    { label: "/resources", path: "/resources", target: 0.3 },
    { label: `/resources?q=${RESOURCE_TERM}`, path: `/resources?q=${q(RESOURCE_TERM)}`, target: 0.3 },
  ];
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "—");
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function row(label: string, f: Figures, tail: string) {
  return `${pad(label, 40)} ${lpad(f.rps.toFixed(0), 6)} ${lpad(ms(f.p50), 8)} ${lpad(ms(f.p99), 8)} ${lpad(`${f.errors}/${f.non2xx}`, 8)}  ${tail}`;
}

/** Reference, three pages, reference, three pages … reference; each page against the references around it. */
async function measurePublic(app: Server, reference: Server, pages: Page[]) {
  console.log(`${pad("page", 40)} ${lpad("req/s", 6)} ${lpad("p50", 8)} ${lpad("p99", 8)} ${lpad("err/non2xx", 8)}  ratio to reference (target)`);
  const referenceRun = async (n: number) => {
    const f = await load(reference.base + "/");
    console.log(row(`reference / (run ${n})`, f, "—"));
    return f.rps;
  };
  let before = await referenceRun(1);
  let runs = 1;
  for (let start = 0; start < pages.length; start += REFERENCE_EVERY) {
    const group = pages.slice(start, start + REFERENCE_EVERY);
    const figures: Figures[] = [];
    for (const page of group) figures.push(await load(app.base + page.path));
    const after = await referenceRun(++runs);
    const ref = (before + after) / 2;
    group.forEach((page, i) => {
      const ratio = figures[i]!.rps / ref;
      console.log(row(page.label, figures[i]!, `${ratio.toFixed(2)}× (≥ ${page.target}×: ${ratio >= page.target ? "met" : "NOT met"})`));
    });
    before = after;
  }
}

// ---------------------------------------------------------------------------------------------
// Signed in

/** Ten demo people without 动态口令 (publishers and reviewers), their usernames. */
function consolePeople(): string[] {
  const plain = (roles: string[]) => roles.every((r) => r === "publisher" || r === "reviewer");
  const everyone = [...DEMO_ACCOUNTS, ...generatedPeople()].filter((p) => plain(p.roles)).map((p) => p.username);
  return [...new Set(everyone)].slice(0, CONSOLE_PEOPLE);
}

/** The client router's state header for a page under the console frame, as it sends it when leaving that page. */
function fromConsolePage(...segments: string[]): string {
  const page = segments.reduceRight<unknown[]>((child, segment) => [segment, { children: child }], ["__PAGE__", {}]);
  return encodeURIComponent(JSON.stringify(["", { children: ["(console)", { children: ["console", { children: page }] }] }]));
}

/**
 * A click on a link to `pagePath` from the page the state header names: the request the client
 * router makes (RSC, the state tree, and the cache-busting parameter Next checks, computed by Next's
 * own function). Next renders only the segments below the layouts the two pages share.
 */
async function navigationRequest(pagePath: string, stateTree: string): Promise<{ path: string; headers: Record<string, string> }> {
  const { computeCacheBustingSearchParam } = await import("next/dist/shared/lib/router/utils/cache-busting-search-param");
  const url = new URL(pagePath, "http://localhost");
  url.searchParams.set("_rsc", await computeCacheBustingSearchParam(undefined, undefined, stateTree, undefined));
  return { path: url.pathname + url.search, headers: { rsc: "1", "next-router-state-tree": stateTree } };
}

/**
 * p50/p95 of console pages with ten people, each one autocannon connection requesting back to back:
 * each page as a document (signing in, a reload, a link opened anew) and reached by a click from
 * another console page (what staff do most: the header and the frame are not rendered again).
 */
async function measureConsole(app: Server, reference: Server, engine: string) {
  const people = consolePeople();
  const cookies: string[] = [];
  for (const username of people) cookies.push(await signIn(app.base, username));
  // Each person's own department, for the resource list of their department (本部门资源).
  const departments = await Promise.all(cookies.map((cookie) => ownDepartmentId(app.base, cookie)));
  const pages: [string, (i: number) => string, string][] = [
    ["/console (工作台)", () => "/console", fromConsolePage("requests")],
    ["/console/requests (资源申请)", () => "/console/requests", fromConsolePage()],
    ["/resources?departmentId=<own> (signed in)", (i) => `/resources?departmentId=${departments[i]}`, fromConsolePage()],
  ];
  console.log(`\nsigned in: ${people.length} people (${people.join(", ")}), one connection each, ${CONSOLE_SECONDS} s per page and way`);
  console.log(`${pad("page", 44)} ${lpad("req/s", 6)} ${lpad("p50", 8)} ${lpad("p95", 8)} ${lpad("err/non2xx", 8)}  target p95 ≤ 150 ms${engine === "PostgreSQL" ? "" : " (on PostgreSQL)"}`);
  // What rendering a page per request costs at the least on this machine: the reference app's
  // trivial dynamic page (no data, no frame), with as many connections.
  await loadWith(reference.base + "/dynamic", { connections: cookies.length, seconds: WARM_UP_SECONDS });
  const floor = await loadWith(reference.base + "/dynamic", { connections: cookies.length, seconds: CONSOLE_SECONDS });
  console.log(`${pad("reference /dynamic (trivial, bare Next.js)", 44)} ${lpad(floor.rps.toFixed(0), 6)} ${lpad(ms(floor.p50), 8)} ${lpad(ms(floor.p95), 8)} ${lpad(`${floor.errors}/${floor.non2xx}`, 8)}  (the floor)`);
  for (const [label, pathFor, cameFrom] of pages) {
    for (let i = 0; i < cookies.length; i++) await text(app.base + pathFor(i), cookies[i]);
    const clicks = await Promise.all(cookies.map((_, i) => navigationRequest(pathFor(i), cameFrom)));
    for (const [way, requestFor] of [
      ["document", (i: number) => ({ path: pathFor(i), headers: {} })],
      ["by a click", (i: number) => clicks[i]!],
    ] as const) {
      let next = 0;
      const f = await loadWith(app.base + "/console", {
        connections: cookies.length,
        seconds: CONSOLE_SECONDS,
        setupClient: (client) => {
          const i = next++ % cookies.length;
          const { path: requestPath, headers } = requestFor(i);
          client.setHeaders({ ...headers, cookie: cookies[i]! });
          client.setRequests([{ method: "GET", path: requestPath }]);
        },
      });
      const verdict = engine === "PostgreSQL" ? (f.p95 <= 150 ? "met" : "NOT met") : "—";
      console.log(`${pad(way === "document" ? label : "  … by a click from another console page", 44)} ${lpad(f.rps.toFixed(0), 6)} ${lpad(ms(f.p50), 8)} ${lpad(ms(f.p95), 8)} ${lpad(`${f.errors}/${f.non2xx}`, 8)}  ${verdict}`);
    }
  }
  return cookies[0]!;
}

// ---------------------------------------------------------------------------------------------
// Engines

interface Engine {
  name: "PGlite" | "PostgreSQL";
  env: Record<string, string>;
  note: string;
  cleanUp(): Promise<void>;
}

async function pgliteEngine(work: string): Promise<Engine> {
  const dataDir = mkdtempSync(path.join(work, "pglite-"));
  return { name: "PGlite", env: { DATA_DIR: dataDir }, note: "fresh data folder, in-memory page cache", cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** Redis for the shared page cache, if one answers. */
async function redisUrl(): Promise<string | null> {
  const url = process.env.BENCH_REDIS_URL ?? process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return null;
  } finally {
    await client.destroy();
  }
}

async function postgresEngine(work: string, adminUrl: string): Promise<Engine> {
  const name = `bench_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}"`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const redis = await redisUrl();
  return {
    name: "PostgreSQL",
    env: { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(path.join(work, "pg-data-")), ...(redis ? { REDIS_URL: redis } : {}) },
    note: `scratch database ${name}${redis ? `, page cache on Redis ${redis} (under the database's own namespace)` : ", no Redis: in-memory page cache"}`,
    async cleanUp() {
      if (redis) await deleteCacheEntries(redis, url.toString()).catch((e: unknown) => console.warn("could not delete the run's Redis entries:", e));
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** The page cache keeps this database's pages under citybrain:<its namespace>:… (server/cache): remove them. */
async function deleteCacheEntries(redis: string, databaseUrl: string) {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await db`select cache_namespace from deployment_identity`.catch(() => []);
  await db.end();
  const namespace = rows[0]?.cache_namespace as string | undefined;
  if (!namespace) return;
  const client = createClient({ url: redis });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `citybrain:${namespace}:*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.destroy();
}

async function runEngine(engine: Engine, work: string, referenceDir: string) {
  // Anything else running on the machine shows here (and as drift between the reference runs).
  const env: NodeJS.ProcessEnv = { ...process.env, ...engine.env };
  // WEB_CONCURRENCY (scripts/serve.mjs) serves PostgreSQL from several processes; PGlite is one process's.
  if (!engine.env.DATABASE_URL) {
    delete env.DATABASE_URL;
    delete env.WEB_CONCURRENCY;
  }
  console.log(`\n## ${engine.name} (${engine.note}), WEB_CONCURRENCY=${env.WEB_CONCURRENCY ?? 1}: ${CONNECTIONS} connections × ${SECONDS} s per page; load average ${loadavg()[0]!.toFixed(2)}`);
  if (!engine.env.REDIS_URL) delete env.REDIS_URL;
  // The load comes from one address: count searches as always, but never refuse them.
  env.PUBLIC_SEARCH_PER_MINUTE = "1000000000";
  const reference = await startServer(`reference-${engine.name}`, referenceDir, REFERENCE_PORT, { ...process.env }, work, "/");
  let app: Server | undefined;
  try {
    const started = Date.now();
    app = await startServer(`app-${engine.name}`, REPO, APP_PORT, env, work, "/api/health");
    console.log(`app ready (migrated and seeded) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const pages = (await publicPages(app.base)).filter((p) => !ONLY || ONLY.test(p.label));
    // The first visits render pages into the cache; measure what every later visitor gets.
    for (const page of pages) for (let i = 0; i < 3; i++) await text(app.base + page.path);
    for (let i = 0; i < 3; i++) await text(reference.base + "/");
    if (pages.length) await measurePublic(app, reference, pages);
    if (ONLY && !ONLY.test("console")) return;

    const cookie = await measureConsole(app, reference, engine.name);

    const referenceJs = await firstLoadJs(reference.base, "/");
    const sizes = await Promise.all(pages.map((p) => firstLoadJs(app!.base, p.path)));
    const consoleJs = await firstLoadJs(app.base, "/console", cookie);
    console.log(`\nfirst-load JS, gzipped (target ≤ reference + 15 kB): reference / ${kB(referenceJs)}`);
    const line = (label: string, size: number, verdict: string) =>
      `  ${pad(label, 40)} ${lpad(kB(size), 9)} (${size >= referenceJs ? "+" : ""}${kB(size - referenceJs)}) ${verdict}`;
    pages.forEach((p, i) => console.log(line(p.label, sizes[i]!, sizes[i]! - referenceJs <= 15 * 1024 ? "met" : "NOT met")));
    console.log(line("/console (signed in)", consoleJs, "(no target: staff pages)"));
  } catch (error) {
    if (app) console.error(`app output (last lines):\n${readFileSync(app.logFile, "utf8").split("\n").slice(-20).join("\n")}`);
    throw error;
  } finally {
    if (app) await stopServer(app);
    await stopServer(reference);
  }
}

async function main() {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: REPO, encoding: "utf8" }).stdout.trim();
  const what = git("rev-parse", "--short", "HEAD") ? `commit ${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " with uncommitted changes" : ""}` : REPO;
  console.log(`\n# Pages under load against a trivial static page (${new Date().toISOString()}, ${what}, next ${NEXT_VERSION}, autocannon on loopback)`);
  console.log(describeMachineSpeed());
  ensureAppBuild();
  const referenceDir = ensureReferenceBuild();
  const work = mkdtempSync(path.join(tmpdir(), "citybrain-bench-"));
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  try {
    const makers = [...(measures("PGlite") ? [() => pgliteEngine(work)] : []), ...(postgresUrl && measures("PostgreSQL") ? [() => postgresEngine(work, postgresUrl)] : [])];
    for (const make of makers) {
      const engine = await make();
      try {
        await runEngine(engine, work, referenceDir);
      } finally {
        await engine.cleanUp();
      }
    }
    if (!postgresUrl && measures("PostgreSQL")) console.log("\n(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL)");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
