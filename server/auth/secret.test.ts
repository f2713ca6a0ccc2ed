import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getAuthSecret } from "./secret";

describe("the generated auth secret", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "auth-secret-"));
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("DATA_DIR", dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is created once in the data folder and then read from memory", () => {
    const secret = getAuthSecret();
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(secret);
    rmSync(path.join(dir, "auth-secret"));
    expect(getAuthSecret()).toBe(secret);
  });

  it("does not keep an empty read (another process has created the file but not yet written it)", () => {
    writeFileSync(path.join(dir, "auth-secret"), "");
    expect(getAuthSecret()).toBe("");
    writeFileSync(path.join(dir, "auth-secret"), "the-other-process-secret\n");
    expect(getAuthSecret()).toBe("the-other-process-secret");
  });

  it("comes from AUTH_SECRET when it is set", () => {
    vi.stubEnv("AUTH_SECRET", "from-the-environment");
    expect(getAuthSecret()).toBe("from-the-environment");
  });
});
