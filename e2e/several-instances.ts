// Two instances of the built app on one PostgreSQL database and one Redis, behind Debian's nginx
// with the configuration of docs/nginx.conf: the deployment docs/deploy.md describes, on one machine.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createClient } from "redis";

export const REDIS_URL = "redis://127.0.0.1:6379";

/** Why the cluster cannot run here, or null when PostgreSQL, Redis and nginx are all present. */
export async function missingParts(): Promise<string | null> {
  if (!process.env.TEST_DATABASE_URL) return "needs TEST_DATABASE_URL, a PostgreSQL server (.ci/run sets it)";
  if (!(await redisAnswers())) return `needs Redis on ${REDIS_URL} (.ci/run installs and starts Debian's redis-server)`;
  if (!nginxBinary()) return "needs nginx (.ci/run installs Debian's nginx)";
  return null;
}

function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection(6379, "127.0.0.1");
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

function nginxBinary(): string | null {
  for (const candidate of ["nginx", "/usr/sbin/nginx"]) if (spawnSync(candidate, ["-v"]).status === 0) return candidate;
  return null;
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return server;
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** docs/nginx.conf with the test's ports: the two upstream servers and the listening port. */
export function templatedNginxSite(appPorts: number[], listenPort: number): string {
  const site = readFileSync(path.join("docs", "nginx.conf"), "utf8");
  let next = 0;
  const upstreams = site.replace(/^(\s*server\s+)[\w.-]+:\d+/gm, (_, lead: string) => `${lead}127.0.0.1:${appPorts[next++]}`);
  if (next !== appPorts.length) throw new Error(`docs/nginx.conf names ${next} upstream servers, the test runs ${appPorts.length}`);
  const listening = upstreams.replace(/^(\s*listen\s+)80(\s+default_server)?;/m, `$1127.0.0.1:${listenPort};`);
  if (listening === upstreams) throw new Error("docs/nginx.conf has no `listen 80;` line to point at the test's port");
  return listening;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, log?: string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s${log && existsSync(log) ? `; last lines of ${log}:\n${readFileSync(log, "utf8").split("\n").slice(-30).join("\n")}` : ""}`);
}

const healthy = (base: string) => async () => (await fetch(`${base}/api/health`)).status === 200;

export interface Cluster {
  a: string;
  b: string;
  nginx: string;
  database: string;
  /** The instances' and nginx's logs, for a failure's report. */
  logs: string[];
  stop(): Promise<void>;
}

/**
 * A scratch database on TEST_DATABASE_URL's server, instance A (which migrates and seeds it), then
 * B once A is healthy, as a rollout would, then nginx in front of both. Each instance has its own
 * DATA_DIR, so nothing is shared but PostgreSQL and Redis.
 */
export async function startCluster(): Promise<Cluster> {
  const server = process.env.TEST_DATABASE_URL!;
  const database = `multi_${process.pid}_${Date.now()}`;
  const folder = mkdtempSync(path.join(tmpdir(), "citybrain-multi-"));
  // nginx's workers drop root's rights: they must reach their temp folders and the log.
  chmodSync(folder, 0o755);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  const url = new URL(server);
  url.pathname = `/${database}`;
  const [portA, portB, portNginx] = await freePorts(3);
  const processes: ChildProcess[] = [];
  const logs: string[] = [];

  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url.toString(),
    REDIS_URL,
    FILE_STORAGE: "database",
    // One nginx in front: the address it saw is the client's, whatever the client wrote itself.
    TRUSTED_PROXIES: "1",
    // Sessions signed on one instance are read on the other.
    AUTH_SECRET: randomBytes(32).toString("hex"),
  } as NodeJS.ProcessEnv;
  for (const name of ["E2E_PORT", "E2E_SKIP_BUILD", "PORT", "PUBLIC_URL"]) delete env[name];

  function start(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
    const log = path.join(folder, `${name}.log`);
    const out = createWriteStream(log);
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
    processes.push(child);
    logs.push(log);
    return log;
  }
  // B is itself two processes on one port (scripts/serve.mjs, WEB_CONCURRENCY=2), as a machine with
  // two cores runs it: each of them must show the same truth too.
  const instance = (name: string, port: number, processes = 1) =>
    start(name, process.execPath, ["scripts/serve.mjs", "--port", String(port)], { DATA_DIR: path.join(folder, name), WEB_CONCURRENCY: String(processes) });

  async function stop() {
    // nginx first, then the instances; each gets a moment to close its connections.
    await Promise.all(
      processes.reverse().map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill("SIGKILL"), 5000);
            child.once("exit", () => (clearTimeout(force), resolve()));
            child.kill("SIGTERM");
          }),
      ),
    );
    // The run's cached pages (under the database's namespace) go before the database that names them.
    await dropRunKeys(url.toString()).catch(() => {});
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.end();
    rmSync(folder, { recursive: true, force: true });
  }

  try {
    const a = `http://127.0.0.1:${portA}`;
    const b = `http://127.0.0.1:${portB}`;
    const nginx = `http://127.0.0.1:${portNginx}`;
    const logA = instance("a", portA!);
    // The first instance migrates and seeds the empty database (about 10 s here).
    await waitFor("instance A", healthy(a), 90_000, logA);
    const logB = instance("b", portB!, 2);
    await waitFor("instance B", async () => (await healthy(b)()) && readFileSync(logB, "utf8").includes('"msg":"serving","processes":2'), 60_000, logB);

    const prefix = path.join(folder, "nginx");
    const conf = path.join(folder, "nginx.conf");
    writeFileSync(path.join(folder, "site.conf"), templatedNginxSite([portA!, portB!], portNginx!));
    // A main configuration of its own: nothing of the system's nginx (its pid, logs, sites) is touched.
    writeFileSync(
      conf,
      [
        "daemon off;",
        "worker_processes 1;",
        `pid ${prefix}.pid;`,
        `error_log ${prefix}-error.log warn;`,
        "events { worker_connections 256; }",
        "http {",
        `  access_log ${prefix}-access.log;`,
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${prefix}-${t}-temp;`),
        `  include ${path.join(folder, "site.conf")};`,
        "}",
        "",
      ].join("\n"),
    );
    const binary = nginxBinary()!;
    const check = spawnSync(binary, ["-t", "-q", "-c", conf, "-p", folder, "-e", `${prefix}-error.log`], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx refuses docs/nginx.conf: ${check.stderr}`);
    const logNginx = start("nginx", binary, ["-c", conf, "-p", folder, "-e", `${prefix}-error.log`]);
    logs.push(`${prefix}-error.log`);
    await waitFor("nginx", healthy(nginx), 10_000, logNginx);
    return { a, b, nginx, database, logs, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/** Deletes the Redis keys of this run's database (the page cache stores them under its namespace). */
async function dropRunKeys(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const namespace = await sql`select cache_namespace::text as ns from deployment_identity`.then(
    (rows) => rows[0]?.ns as string | undefined,
    () => undefined,
  );
  await sql.end();
  if (!namespace) return;
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  try {
    const keys: string[] = [];
    for await (const batch of redis.scanIterator({ MATCH: `*${namespace}*`, COUNT: 500 })) keys.push(...batch);
    for (let i = 0; i < keys.length; i += 500) await redis.del(keys.slice(i, i + 500));
  } finally {
    await redis.quit();
  }
}
