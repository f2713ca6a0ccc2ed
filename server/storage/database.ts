import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { storedFiles } from "@/db/schema";
import { assertStorageKey, type FileStorage } from "./storage";

/**
 * Files as rows of `stored_files`: every instance on one PostgreSQL sees the same files, and a
 * database backup holds them. A put replaces the row in one statement, so a reader never sees half a file.
 */
export function databaseStorage(db: Db): FileStorage {
  return {
    async put(key, body, transaction = db) {
      assertStorageKey(key);
      await transaction
        .insert(storedFiles)
        .values({ key, body, size: body.byteLength })
        .onConflictDoUpdate({ target: storedFiles.key, set: { body, size: body.byteLength, createdAt: new Date() } });
    },
    async get(key) {
      assertStorageKey(key);
      const [row] = await db.select({ body: storedFiles.body }).from(storedFiles).where(eq(storedFiles.key, key));
      // postgres.js hands bytea over as a Buffer, PGlite as a Uint8Array: callers get the latter from both.
      return row ? new Uint8Array(row.body.buffer, row.body.byteOffset, row.body.byteLength) : null;
    },
    async delete(key) {
      assertStorageKey(key);
      await db.delete(storedFiles).where(eq(storedFiles.key, key));
    },
  };
}
