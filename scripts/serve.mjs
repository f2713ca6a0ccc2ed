// `npm run serve` (and `npm start` once the build is current): `next start` with the arguments given,
// in WEB_CONCURRENCY processes that share the port (node:cluster), so one machine's cores all serve.
// One process (the default) is plain `next start` in this process.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const NEXT_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "node_modules/next/dist/bin/next");
/** A worker that ends by itself is replaced after this pause (a worker failing at start does not spin). */
const RESTART_AFTER_MS = 1_000;

/** WEB_CONCURRENCY: a whole number of processes, or "auto" for one per core; unset, one. */
export function processCount(value) {
  if (value === undefined || value === "") return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_CONCURRENCY must be a whole number of processes or "auto", not "${value}"`);
  return n;
}

/**
 * Why several processes cannot serve with these settings, or null. Everything one process keeps
 * that the others must see lives in PostgreSQL or Redis: PGlite is one process's database, and
 * without Redis each process would keep its own page cache and search counts.
 */
export function refusalOf(env) {
  if (!env.DATABASE_URL) return "several processes need DATABASE_URL (the embedded PGlite database serves one process)";
  if (!env.REDIS_URL) return "several processes need REDIS_URL (without it each process keeps its own page cache and search counts)";
  return null;
}

function startNext() {
  process.argv = [process.argv[0], NEXT_BIN, "start", ...process.argv.slice(2)];
  return import(NEXT_BIN);
}

function log(level, msg, fields = {}) {
  (level === "info" ? process.stdout : process.stderr).write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}

function primary(count) {
  let stopping = false;
  // The first process migrates and seeds alone; the others start once it listens.
  const first = cluster.fork();
  first.once("listening", () => {
    for (let i = 1; i < count; i++) cluster.fork();
  });
  let listening = 0;
  cluster.on("listening", () => {
    if (++listening === count) log("info", "serving", { processes: count });
  });
  const exitWhenAllEnded = () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return exitWhenAllEnded();
    // One that cannot start (port taken, bad build) stops the whole, for the service manager to see.
    if (listening === 0) {
      log("error", "server process ended before serving", { pid: worker.process.pid, code, signal });
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exit(code || 1);
    }
    log("error", "server process ended; starting another", { pid: worker.process.pid, code, signal });
    setTimeout(() => cluster.fork(), RESTART_AFTER_MS);
  });
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      exitWhenAllEnded();
    });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (cluster.isWorker) await startNext();
  else {
    let count;
    try {
      count = processCount(process.env.WEB_CONCURRENCY);
      const refusal = count > 1 ? refusalOf(process.env) : null;
      if (refusal) throw new Error(`WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY}: ${refusal}`);
    } catch (error) {
      log("error", error.message);
      process.exit(1);
    }
    if (count === 1) await startNext();
    else primary(count);
  }
}
