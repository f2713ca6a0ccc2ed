import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileStorageContract } from "./contract";
import { filesystemStorage } from "./filesystem";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("filesystem storage", () => {
  fileStorageContract(() => filesystemStorage(root));

  it("keeps one file per key under its folder, leaving no partial files behind", async () => {
    const storage = filesystemStorage(root);
    await storage.put("competition/0b6f2c1e/3f9e1a2b.pdf", new TextEncoder().encode("%PDF-1.7"));
    expect(await readdir(path.join(root, "competition", "0b6f2c1e"))).toEqual(["3f9e1a2b.pdf"]);
  });
});
