// How fast this machine is, in two figures printed beside durations that depend on it (`npm test`,
// `npm run bench`). Machines of the same kind differ: the same suite took 333–351 s on one and
// 773–880 s on others, which a duration alone cannot tell apart from a slower suite.
import { closeSync, fstatSync, openSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";

const LOOP_STEPS = 50_000_000;
const SYSTEM_CALLS = 20_000;

/** Milliseconds for a fixed loop of JavaScript on one core, and microseconds per system call (fstat). */
export function machineSpeed() {
  let started = performance.now();
  let x = 0;
  for (let i = 0; i < LOOP_STEPS; i++) x = (x + i * 7) % 1_000_003;
  const loopMs = performance.now() - started;
  const fd = openSync(tmpdir(), "r");
  started = performance.now();
  for (let i = 0; i < SYSTEM_CALLS; i++) fstatSync(fd);
  const callUs = ((performance.now() - started) * 1000) / SYSTEM_CALLS;
  closeSync(fd);
  // The loop's result feeds the answer (adding nothing: x is never negative), so it cannot be optimised away.
  return { loopMs: loopMs + (x < 0 ? 1 : 0), callUs };
}

/** One line for a report: the two figures and the load average they were taken under. */
export function describeMachineSpeed() {
  const { loopMs, callUs } = machineSpeed();
  return `machine speed: ${LOOP_STEPS / 1e6}M-step loop ${loopMs.toFixed(0)} ms, fstat ${callUs.toFixed(1)} µs per call (load average ${loadavg()[0].toFixed(2)})`;
}
