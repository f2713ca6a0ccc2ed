import { format } from "node:util";

type Level = "debug" | "info" | "warn" | "error";

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** A request's id for logs and audit rows: a load balancer's X-Request-Id when plausible, else a new one. */
export function requestIdOf(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

const SECRET_KEY = /pass(word)?|secret|token|cookie|authorization|hash/i;

/** Copies `fields`, blanking anything whose key looks like a credential, at any depth. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1)]),
  );
}

/**
 * One JSON object per line on stdout/stderr, for a log collector. Warnings and errors go through
 * the console (rare, and where tests silence them); the rest — the proxy's line for every request
 * among it — straight to stdout, as the console would first pass each line through Next's console
 * wrappers and ours (a measurable share of a cached page's time, docs/perf-profile.md).
 */
export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (level === "debug" && process.env.LOG_LEVEL !== "debug") return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...(redact(fields) as object) });
  if (level === "error" || level === "warn") console.error(line);
  else process.stdout.write(`${line}\n`);
}

const CAPTURED = Symbol.for("citybrain.consoleAsJson");
const COLOURS = /\u001b\[[0-9;]*m/g;
// The marks Next puts before its messages (⨯ error, ⚠ warning …).
const MARK = /^\s*[⨯⚠✓○▲]\s*/;

/**
 * Next.js and libraries write to the console in their own formats, errors with stacks over many
 * lines (a failed render, an unreachable database): from start-up on, what reaches the console
 * leaves as one JSON line too, so a log collector never sees half an entry.
 */
export function logConsoleAsJson(): void {
  const target = console as Console & { [CAPTURED]?: true };
  if (target[CAPTURED]) return;
  target[CAPTURED] = true;
  const levels = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" } as const;
  for (const [method, level] of Object.entries(levels) as [keyof typeof levels, Level][]) {
    const write = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (args.length === 1 && typeof args[0] === "string" && args[0].startsWith('{"time":')) return write(args[0]);
      const error = args.find((a): a is Error & { digest?: string } => a instanceof Error);
      const text = format(...args.filter((a) => a !== error)).replace(COLOURS, "").replace(MARK, "").trim();
      log(level, text || error?.message || "", error ? { error, cause: error.cause, digest: error.digest } : {});
    };
  }
}
