import type { Db } from "@/db/client";

/**
 * Where uploaded files live. Services see only this interface, so an object store (S3, OSS, MinIO) can
 * replace the local folder without touching them.
 */
export interface FileStorage {
  /**
   * `transaction`, when the file belongs to a change being written: a storage inside the database
   * writes the file in it, so file and row commit or roll back together (and PGlite's one
   * connection, held by the transaction, is not asked for another); the folder ignores it.
   */
  put(key: string, body: Uint8Array, transaction?: Db): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** Keys are paths of lower-case segments made by the app ("competition/<uuid>/<uuid>.pdf"), never user input. */
export const STORAGE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*(\.[a-z0-9]+)?$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}
