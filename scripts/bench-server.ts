/**
 * What the load benchmarks share (scripts/bench-public.ts, scripts/profile-pages.ts): a `next start`
 * server and how to stop it, one autocannon run with exact percentiles, and signing a demo person
 * in through Auth.js's credentials endpoint.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "@/db/seed/organisation";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Server {
  name: string;
  base: string;
  child: ChildProcess;
  logFile: string;
}

/**
 * `next start` of the app in `cwd`, its output in a log file (as a service manager keeps it), ready
 * when `readyPath` answers 200. `nodeOptions` go to node itself (e.g. --cpu-prof).
 */
export async function startServer(
  name: string,
  cwd: string,
  port: number,
  env: NodeJS.ProcessEnv,
  logDir: string,
  readyPath: string,
  nodeOptions: string[] = [],
): Promise<Server> {
  const logFile = path.join(logDir, `${name}.log`);
  const out = createWriteStream(logFile);
  await new Promise((r) => out.once("open", r));
  // The app's own serve script (WEB_CONCURRENCY processes when set); plain `next start` for the
  // reference app and for checkouts older than the script.
  const serve = path.join(cwd, "scripts/serve.mjs");
  const start = existsSync(serve) ? [serve] : [path.join(cwd, "node_modules/next/dist/bin/next"), "start"];
  const child = spawn(process.execPath, [...nodeOptions, ...start, "--port", String(port)], {
    cwd,
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", out, out],
    detached: true,
  });
  const server = { name, base: `http://127.0.0.1:${port}`, child, logFile };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await fetch(server.base + readyPath).then((r) => r.ok, () => false)) return server;
    await sleep(500);
  }
  await stopServer(server);
  throw new Error(`${name} did not start; its output:\n${readFileSync(logFile, "utf8").slice(-3000)}`);
}

/** SIGTERM to the server's process group, and wait for it to exit (a --cpu-prof profile is written then). */
export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM") {
  if (server.child.exitCode !== null || !server.child.pid) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  process.kill(-server.child.pid, signal);
  await Promise.race([exited, sleep(30_000)]);
}

export interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** Answers other than 2xx. */
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LoadClient {
  setHeaders(headers: Record<string, string>): void;
  setRequests(requests: { method: string; path: string }[]): void;
}

/** One autocannon run; latencies are kept per response, so any percentile is exact. */
export function load(url: string, options: { connections: number; seconds: number; setupClient?: (client: LoadClient) => void }): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, setupClient: options.setupClient as never },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        resolve({
          rps: result.requests.average,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

export async function text(url: string, cookie?: string): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

function cookieOf(response: Response, name: RegExp): string | undefined {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => name.test(c.split("=")[0]!));
}

/** The signed-in person's department, read from their 工作台 (its 本部门 link): for their own resource list. */
export async function ownDepartmentId(base: string, cookie: string): Promise<string> {
  return /\/console\/departments\/([0-9a-f-]{36})/.exec(await text(`${base}/console`, cookie))?.[1] ?? "";
}

/** Signs in through Auth.js's credentials endpoint (CSRF token and its cookie first); returns the session cookie. */
export async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookieOf(csrf, /authjs\.csrf-token$/);
  if (!csrfCookie) throw new Error("no CSRF cookie from /api/auth/csrf");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: base },
    body: new URLSearchParams({ username, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${base}/console` }),
  });
  const session = cookieOf(response, /authjs\.session-token(\.\d+)?$/);
  if (!session) throw new Error(`${username} was not signed in: ${response.status} ${response.headers.get("location")}`);
  return session;
}

