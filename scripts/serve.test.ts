import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { processCount, refusalOf } from "./serve.mjs";

describe("WEB_CONCURRENCY", () => {
  it("is one process unset, one per core for auto, and refused when it is not a whole number", () => {
    expect(processCount(undefined)).toBe(1);
    expect(processCount("")).toBe(1);
    expect(processCount("3")).toBe(3);
    expect(processCount("auto")).toBeGreaterThanOrEqual(1);
    for (const bad of ["0", "-2", "1.5", "two"]) expect(() => processCount(bad), bad).toThrow(/whole number/);
  });

  it("needs PostgreSQL and Redis for more than one process", () => {
    expect(refusalOf({})).toMatch(/DATABASE_URL/);
    expect(refusalOf({ DATABASE_URL: "postgres://db/citybrain" })).toMatch(/REDIS_URL/);
    expect(refusalOf({ DATABASE_URL: "postgres://db/citybrain", REDIS_URL: "redis://cache:6379" })).toBeNull();
  });

  it("stops the server before it starts, saying why, when several processes would not share what they keep", () => {
    const serve = (env: Record<string, string | undefined>) => {
      const run = spawnSync(process.execPath, ["scripts/serve.mjs", "--port", "0"], { env: { ...process.env, DATABASE_URL: undefined, ...env }, encoding: "utf8", timeout: 20_000 });
      return { status: run.status, logged: JSON.parse(run.stderr) as { level: string; msg: string } };
    };
    expect(serve({ WEB_CONCURRENCY: "2" })).toEqual({ status: 1, logged: expect.objectContaining({ level: "error", msg: "WEB_CONCURRENCY=2: several processes need DATABASE_URL (the embedded PGlite database serves one process)" }) });
    expect(serve({ WEB_CONCURRENCY: "many" })).toEqual({ status: 1, logged: expect.objectContaining({ msg: 'WEB_CONCURRENCY must be a whole number of processes or "auto", not "many"' }) });
  });

  it("stops as a whole when a process cannot start, instead of starting it again and again", async () => {
    const taken = createServer();
    const dataDir = mkdtempSync(path.join(tmpdir(), "citybrain-serve-"));
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    try {
      const port = (taken.address() as AddressInfo).port;
      // With a build the process finds its port taken; without one (a fresh clone) it finds no build: either way it ends.
      const env = { ...process.env, WEB_CONCURRENCY: "2", DATABASE_URL: "postgres://127.0.0.1:1/none", REDIS_URL: "redis://127.0.0.1:1", DATA_DIR: dataDir };
      const child = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port)], { env, stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      expect(code).not.toBe(0);
      expect(stderr).toContain('"msg":"server process ended before serving"');
    } finally {
      taken.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
