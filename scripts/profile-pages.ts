/**
 * Where a page's time goes (issue 13): serves the built app under `node --cpu-prof` once per page,
 * loads that page with autocannon, stops the server with SIGINT (the profile is written at exit)
 * and prints scripts/profile-summary.ts's summary of the load's seconds. PGlite, on a fresh data
 * folder that a first, unprofiled start migrates and seeds (PROFILE_DATABASE_URL: an empty
 * PostgreSQL database instead). Run it alone:
 *
 *   flock /tmp/build.lock npx tsx scripts/profile-pages.ts
 *
 * BENCH_APP_DIR measures another checkout; PROFILE_DIR (default /tmp/prof) keeps the profiles;
 * PROFILE_PAGES=<regexp> profiles only the pages whose name matches (e.g. "console");
 * BENCH_CONNECTIONS × BENCH_SECONDS (50 × 10) the load, 10 connections for the signed-in page.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load, ownDepartmentId, signIn, startServer, stopServer, text } from "./bench-server";
import { summarise } from "./profile-summary";

const APP = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const PORT = Number(process.env.BENCH_PORT ?? 3295);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PROFILES = process.env.PROFILE_DIR ?? "/tmp/prof";

interface Target {
  name: string;
  path: string;
  signedIn?: boolean;
}

const TARGETS: Target[] = [
  { name: "home", path: "/" },
  { name: "citizen-home", path: "/no-proof" },
  { name: "resources", path: "/resources" },
  { name: "citizen", path: `/no-proof/search?q=${encodeURIComponent("驾驶证")}` },
  { name: "login", path: "/login" },
  { name: "console", path: "/console", signedIn: true },
  { name: "console-requests", path: "/console/requests", signedIn: true },
  { name: "console-own-resources", path: "/resources?departmentId=<own>", signedIn: true },
];

async function main() {
  if (!existsSync(path.join(APP, ".next/BUILD_ID"))) throw new Error(`no build in ${APP}: run next build first`);
  const work = mkdtempSync(path.join(tmpdir(), "citybrain-profile-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(work, "data"), PUBLIC_SEARCH_PER_MINUTE: "1000000000" };
  delete env.REDIS_URL;
  if (process.env.PROFILE_DATABASE_URL) env.DATABASE_URL = process.env.PROFILE_DATABASE_URL;
  else delete env.DATABASE_URL;
  try {
    // Migrate and seed without the profiler; sign a publisher in (the session outlives restarts).
    const first = await startServer("seed", APP, PORT, env, work, "/api/health");
    const cookie = await signIn(first.base, "publisher");
    // The publisher's department, for the resource list of their own department (本部门资源).
    const own = await ownDepartmentId(first.base, cookie).finally(() => stopServer(first));
    console.log(`# CPU profiles of ${APP} (${env.DATABASE_URL ? "PostgreSQL" : "PGlite"}), ${SECONDS} s of load per page, profiles in ${PROFILES}`);

    const only = process.env.PROFILE_PAGES ? new RegExp(process.env.PROFILE_PAGES) : null;
    for (const target of TARGETS.filter((t) => !only || only.test(t.name))) {
      const dir = path.join(PROFILES, target.name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const pagePath = target.path.replace("<own>", own);
      const server = await startServer(`profile-${target.name}`, APP, PORT, env, work, "/api/health", ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
      let figures;
      try {
        const headers = target.signedIn ? cookie : undefined;
        for (let i = 0; i < 5; i++) await text(server.base + pagePath, headers);
        figures = await load(server.base + pagePath, {
          connections: target.signedIn ? 10 : CONNECTIONS,
          seconds: SECONDS,
          setupClient: headers ? (client) => client.setHeaders({ cookie: headers }) : undefined,
        });
      } finally {
        await stopServer(server, "SIGINT");
      }
      const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
      if (!file) throw new Error(`no profile written in ${dir}`);
      console.log(`\n## ${target.name}: GET ${decodeURIComponent(pagePath)}${target.signedIn ? " (signed in, 10 connections)" : ""} — ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms, ${figures.errors}/${figures.non2xx} errors/non-2xx`);
      console.log(summarise(path.join(dir, file), { last: SECONDS, top: Number(process.env.PROFILE_TOP ?? 15) }));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
