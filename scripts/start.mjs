// `npm start`: builds when the build is missing or older than the sources, then serves.
// Migrations and the demo seed run inside the server at start-up (instrumentation.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "server", "db", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json"];
const BUILD_ID = path.join(".next", "BUILD_ID");

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const built = existsSync(BUILD_ID) ? statSync(BUILD_ID).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestMtime))) {
  console.log("Building the app (first start or sources changed)…");
  run("npx", ["next", "build"]);
}
// `next start`, in WEB_CONCURRENCY processes when set (scripts/serve.mjs).
run(process.execPath, [path.join("scripts", "serve.mjs"), "--port", process.env.PORT ?? "3000"]);
