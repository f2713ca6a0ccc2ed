import { describe, expect, it } from "vitest";
import { describeMachineSpeed, machineSpeed } from "./machine-speed.mjs";

describe("machine speed", () => {
  it("measures the loop and a system call, and says both with the load they were taken under", () => {
    const { loopMs, callUs } = machineSpeed();
    expect(loopMs).toBeGreaterThan(0);
    expect(callUs).toBeGreaterThan(0);
    expect(describeMachineSpeed()).toMatch(/^machine speed: 50M-step loop \d+ ms, fstat \d+\.\d µs per call \(load average \d+\.\d\d\)$/);
  });
});
