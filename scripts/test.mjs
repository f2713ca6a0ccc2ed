// `npm test`: the whole suite — type check, server tests, browser journeys — and how long each took.
// The type check runs beside the server tests: tsc keeps one core busy, and the server tests leave
// the other idle for much of their start-up. The journeys come last, after both have passed.
import { spawn } from "node:child_process";
import { describeMachineSpeed } from "./machine-speed.mjs";

function run(name, command, { env = {}, quiet = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npx", command, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ name, ok: code === 0, seconds: (Date.now() - started) / 1000, output }));
  });
}

// Taken before anything else runs, so the durations below can be read against the machine.
const speed = describeMachineSpeed();
console.log(speed);
const phases = [];
console.log("▶ type check and server tests (vitest), side by side");
const [typecheck, unit] = await Promise.all([run("type check", ["tsc", "--noEmit"], { quiet: true }), run("server tests (vitest)", ["vitest", "run"])]);
if (typecheck.output.trim()) console.log(`\n▶ type check output\n${typecheck.output}`);
phases.push(typecheck, unit);
if (typecheck.ok && unit.ok) {
  console.log("\n▶ build and journeys (playwright)");
  // tsc has just checked every file: the build need not check them again.
  phases.push(await run("build and journeys (playwright)", ["playwright", "test"], { env: { BUILD_SKIP_TYPECHECK: "1" } }));
}

console.log(`\nPhase durations (${speed}):`);
for (const p of phases) console.log(`  ${p.name.padEnd(34)} ${p.seconds.toFixed(1).padStart(6)} s ${p.ok ? "" : " ✗ failed"}`);
if (phases.length < 3 || phases.some((p) => !p.ok)) process.exit(1);
