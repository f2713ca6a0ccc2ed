// The server Playwright tests against: `next build && next start` on a fresh PGlite data folder,
// seeded with the demo data at start-up. E2E_SKIP_BUILD=1 reuses an existing build.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3210";
const dataDir = ".data/e2e";
rmSync(dataDir, { recursive: true, force: true });

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: "production" };
// The journeys run on the embedded defaults: PGlite, the in-process page cache, uploads in DATA_DIR.
// (e2e/several-instances-share-one-truth.spec.ts starts its own instances on PostgreSQL and Redis.)
for (const name of ["DATABASE_URL", "REDIS_URL", "FILE_STORAGE"]) delete env[name];
// No --hostname: with one set, Next forwards proxy.ts rewrites (the citizen pages) to "localhost",
// which is not the address it listens on.
const server = spawn("npx", ["next", "start", "--port", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
