// `npm test`: the whole suite in phases — type check, server tests, browser journeys — stopping at
// the first that fails, and a summary of how long each phase took.
import { spawnSync } from "node:child_process";

const phases = [
  { name: "type check", command: ["tsc", "--noEmit"] },
  { name: "server tests (vitest)", command: ["vitest", "run"] },
  // tsc has just checked every file: the build need not check them again.
  { name: "build and journeys (playwright)", command: ["playwright", "test"], env: { BUILD_SKIP_TYPECHECK: "1" } },
];

const times = [];
let failed = null;
for (const phase of phases) {
  const started = Date.now();
  console.log(`\n▶ ${phase.name}`);
  const result = spawnSync("npx", phase.command, { stdio: "inherit", env: { ...process.env, ...phase.env } });
  times.push([phase.name, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    failed = phase.name;
    break;
  }
}

console.log("\nPhase durations:");
for (const [name, seconds] of times) console.log(`  ${name.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`);
if (failed) {
  console.log(`\n✗ ${failed} failed`);
  process.exit(1);
}
