import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { storedFiles } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/server/testing/database";
import { fileStorageContract } from "./contract";
import { databaseStorage } from "./database";
import { fileStorage, fileStorageKind } from "./index";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe("database storage", () => {
  fileStorageContract(() => databaseStorage(t.db));

  it("writes a file put inside a transaction in it, so the file goes with a rollback", async () => {
    const storage = databaseStorage(t.db);
    await t.db.transaction(async (tx) => storage.put("competition/kept.pdf", new Uint8Array([1]), tx));
    await expect(
      t.db.transaction(async (tx) => {
        await storage.put("competition/rolled-back.pdf", new Uint8Array([2]), tx);
        throw new Error("the row beside it failed");
      }),
    ).rejects.toThrow("the row beside it failed");
    expect(await storage.get("competition/kept.pdf")).toEqual(new Uint8Array([1]));
    expect(await storage.get("competition/rolled-back.pdf")).toBeNull();
  });

  it("records each file's size beside its bytes", async () => {
    await databaseStorage(t.db).put("imports/size-check.csv", new Uint8Array(1234));
    const rows = await t.db.select({ key: storedFiles.key, size: storedFiles.size }).from(storedFiles);
    expect(rows).toContainEqual({ key: "imports/size-check.csv", size: 1234 });
  });
});

describe("FILE_STORAGE", () => {
  it("chooses the folder by default and the database when asked", () => {
    expect(fileStorageKind(undefined)).toBe("folder");
    expect(fileStorageKind("")).toBe("folder");
    expect(fileStorageKind("database")).toBe("database");
  });

  it("refuses a value it does not know instead of falling back to the folder", () => {
    expect(() => fileStorageKind("s3")).toThrow('FILE_STORAGE="s3" is not one of folder, database');
    expect(() => fileStorageKind("Database ")).toThrow("is not one of");
  });

  it("hands out the storage it names", async () => {
    vi.stubEnv("FILE_STORAGE", "database");
    try {
      await fileStorage(t.db).put("competition/chosen.pdf", new Uint8Array([1, 2, 3]));
      expect(await databaseStorage(t.db).get("competition/chosen.pdf")).toEqual(new Uint8Array([1, 2, 3]));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
