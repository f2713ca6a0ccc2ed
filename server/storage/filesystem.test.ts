import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesystemStorage } from "./filesystem";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("filesystem storage", () => {
  it("stores, reads and deletes files by key, leaving no partial files behind", async () => {
    const storage = filesystemStorage(root);
    const key = "competition/0b6f2c1e-8a4d-4a57-9c7e-2f1d3b4a5c6d/3f9e1a2b.pdf";
    await storage.put(key, new TextEncoder().encode("%PDF-1.7"));
    expect(new TextDecoder().decode((await storage.get(key))!)).toBe("%PDF-1.7");
    expect(await readdir(path.join(root, "competition", "0b6f2c1e-8a4d-4a57-9c7e-2f1d3b4a5c6d"))).toEqual(["3f9e1a2b.pdf"]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it("refuses keys that could leave its folder", async () => {
    const storage = filesystemStorage(root);
    for (const key of ["../secret", "/etc/passwd", "a/../../b", "Upper/Case.pdf", ""])
      await expect(storage.put(key, new Uint8Array(1))).rejects.toThrow("invalid storage key");
  });
});
