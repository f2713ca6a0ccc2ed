/**
 * Summarises a V8 CPU profile (`node --cpu-prof` writes one .cpuprofile per process at exit):
 * where the time went by function (self), by package or file (self, and total: a sample counts
 * once for every package on its stack), and by the questions issue 13 asks (proxy, log line,
 * session, database, CSP nonce, React SSR, Next.js). Reads the JSON; guesses nothing.
 *
 *   npx tsx scripts/profile-summary.ts /tmp/prof/CPU.….cpuprofile [--last <seconds>] [--top <n>] [--callers <function>]
 *
 * --last keeps only the final seconds of the profile (the load, not the start-up before it);
 * --callers shows the stacks a function's self time came from; --within <regexp> keeps only the
 * samples with a frame of a matching package or file (e.g. "@auth|next-auth"). Frames are resolved through the
 * source maps beside Next's runtimes and the app's chunks (BENCH_APP_DIR: the app profiled).
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const NEXT_DIR = path.dirname(createRequire(path.join(APP_DIR, "package.json")).resolve("next/package.json"));

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A frame as its source map tells it: the original file and function (Next's runtimes and the app's chunks are minified). */
interface Frame {
  name: string;
  /** The original source (e.g. "[project]/server/log.ts", "next/dist/compiled/react-dom/…"), or the file when there is no map. */
  source: string;
  /** Where it ran: the package, node internals, or "(garbage collector)" and the like. */
  group: string;
}

const maps = new Map<string, SourceMap | null>();
const frames = new Map<string, Frame>();

function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    let map: SourceMap | null = null;
    try {
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return maps.get(file)!;
}

function resolve(frame: CallFrame): Frame {
  const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
  let resolved = frames.get(key);
  if (!resolved) {
    resolved = { name: frame.functionName || "(anonymous)", source: frame.url, group: "" };
    if (frame.url.startsWith("file://")) {
      const file = fileURLToPath(frame.url);
      resolved.source = file;
      const entry = sourceMapOf(file)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; name?: string } | undefined;
      if (entry?.originalSource) {
        // Next's runtimes name their sources webpack://next/./…; others are relative to the map.
        const original = decodeURIComponent(entry.originalSource.replace(/^webpack:\/\/next\/\.\//, `${NEXT_DIR}/`).replace(/^(turbopack|file):\/\/\/?/, "/"));
        resolved.source = path.resolve(path.dirname(file), original);
        if (entry.name && (resolved.name.length <= 3 || resolved.name === "(anonymous)")) resolved.name = entry.name;
      }
    }
    resolved.group = groupOf(frame, resolved.source);
    frames.set(key, resolved);
  }
  return resolved;
}

/** The package (or Node internals, or the app's own file) a frame belongs to. */
function groupOf(frame: CallFrame, source: string): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  if (frame.url.startsWith("node:")) return `node:${frame.url.slice(5).split("/")[0]}`;
  if (frame.url.startsWith("wasm:")) return "wasm (PGlite's PostgreSQL)";
  const inModules = source.lastIndexOf("/node_modules/");
  if (inModules >= 0) {
    const rest = source.slice(inModules + "/node_modules/".length).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg !== "next") return pkg;
    // Next ships React precompiled inside its runtimes: name those parts, and Next's own by folder.
    const [, where, name = "", file = ""] = rest;
    if (where === "dist" && name === "compiled") {
      const [pkgName = "", ...more] = rest.slice(3);
      const inner = more.join("/");
      if (pkgName === "react-dom" && /server/.test(inner)) return "React SSR (react-dom/server)";
      if (pkgName.startsWith("react-server-dom")) return /client/.test(inner) ? "React Flight client (RSC → HTML)" : "React Flight server (RSC)";
      if (pkgName === "react" || pkgName === "react-dom") return "react";
      return `next/compiled/${pkgName}`;
    }
    const dir = where === "src" || where === "dist" ? [name, file].filter((x) => x && !/\.[jt]sx?$/.test(x)).join("/") : where;
    return `next: ${dir}`;
  }
  if (source.startsWith(APP_DIR + "/")) {
    const relative = source.slice(APP_DIR.length + 1);
    return relative.startsWith(".next/") ? "app: .next (no source map)" : `app: ${relative}`;
  }
  return source;
}

/** Issue 13's questions, each a test on one frame of a sample's stack; a sample goes to the first question any of its frames answers. */
const CATEGORIES: [string, (f: Frame) => boolean][] = [
  ["JSON log line (server/log.ts)", (f) => f.group === "app: server/log.ts"],
  ["public search quota (proxy → request counter)", (f) => f.group === "app: server/http/rate-limit.ts"],
  ["session: Auth.js (auth(), JWT decoding)", (f) => /^(jose|@auth\/core|next-auth|@panva\/hkdf)$/.test(f.group) || /^app: server\/auth\/(config|secret)\.ts$/.test(f.group)],
  ["session: sessions row (loadSession)", (f) => /^app: server\/auth\/sessions?\.ts$/.test(f.group)],
  ["proxy.ts (request id, CSP nonce, rewrites)", (f) => f.group === "app: proxy.ts"],
  ["Next's proxy (middleware) adapter", (f) => f.group === "next: server/web"],
  ["database: PGlite", (f) => f.group === "@electric-sql/pglite" || f.group.startsWith("wasm") || f.group === "pg-protocol"],
  ["database: postgres.js", (f) => f.group === "postgres"],
  ["database: drizzle (query building, mapping)", (f) => f.group === "drizzle-orm"],
  ["React SSR (react-dom/server, Flight)", (f) => f.group.startsWith("React")],
  ["app code (pages, components, services)", (f) => f.group.startsWith("app: ")],
];

/** The summary as text: `last` keeps the final seconds only; `top` rows per table. */
export function summarise(file: string, { last, top = 25, callers, within }: { last?: number; top?: number; callers?: string; within?: RegExp } = {}): string {
  const out: string[] = [];
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Sample times: startTime plus the running sum of deltas; each sample stands for the time to the next.
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const from = last ? profile.endTime - last * 1e6 : -Infinity;

  const selfByFunction = new Map<string, number>();
  const selfByGroup = new Map<string, number>();
  const totalByGroup = new Map<string, number>();
  const byCategory = new Map<string, number>();
  // --callers <name>: the stacks under which that function spent its self time.
  const callerStacks = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i]! < from) continue;
    const us = (i + 1 < times.length ? times[i + 1]! : profile.endTime) - times[i]!;
    const leaf = byId.get(profile.samples[i]!)!;
    total += us;
    if (leaf.callFrame.functionName === "(idle)") {
      idle += us;
      continue;
    }
    const f = resolve(leaf.callFrame);
    const groups = new Set<string>();
    const stack: Frame[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.functionName === "(root)") continue;
      const resolved = resolve(frame);
      stack.push(resolved);
      groups.add(resolved.group);
    }
    // Shares stay of all CPU time, so a part's figures read the same with and without --within.
    if (within && !stack.some((s) => within.test(s.group))) continue;
    add(selfByFunction, `${f.name}  ${f.group.startsWith("app: ") || f.group.startsWith("(") || f.group.startsWith("node:") ? f.group : `${f.group} ${path.basename(f.source)}`}`, us);
    add(selfByGroup, f.group, us);
    for (const g of groups) add(totalByGroup, g, us);
    if (callers && f.name === callers)
      add(callerStacks, stack.slice(1, 9).map((s) => `${s.name} (${s.group})`).join(" ← "), us);
    const category = CATEGORIES.find(([, test]) => stack.some(test))?.[0];
    // The rest: Next.js itself (routing, rendering, the response), GC and the like, or other.
    add(byCategory, category ?? (stack.some((s) => s.group.startsWith("next")) ? "Next.js (routing, rendering, response)" : f.group.startsWith("(") ? f.group : `other (${f.group})`), us);
  }

  const busy = total - idle;
  const pct = (us: number, of = busy) => `${((100 * us) / of).toFixed(1).padStart(5)}%`;
  const msOf = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const print = (title: string, map: Map<string, number>, n = top) => {
    out.push(`\n${title}`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) out.push(`${msOf(v)} ${pct(v)}  ${k}`);
  };
  out.push(`${file}: ${(total / 1e6).toFixed(1)} s profiled${last ? ` (the last ${last} s)` : ""}, ${(busy / 1e6).toFixed(1)} s on the CPU (${pct(idle, total)} idle); shares below are of CPU time`);
  print("by issue 13's question (each sample once, first matching question)", byCategory);
  print("self time by function", selfByFunction);
  print("self time by package or file", selfByGroup);
  print("total time by package or file (a sample counts for every package on its stack)", totalByGroup);
  if (callers) print(`where ${callers} was called from (self time)`, callerStacks, 8);
  return out.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  if (!file) throw new Error("usage: profile-summary <file.cpuprofile> [--last <seconds>] [--top <n>]");
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const named = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const within = named("--within");
  console.log(summarise(file, { last: option("--last"), top: option("--top"), callers: named("--callers"), within: within ? new RegExp(within) : undefined }));
}
