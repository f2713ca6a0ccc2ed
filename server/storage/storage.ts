/**
 * Where uploaded files live. Services see only this interface, so an object store (S3, OSS, MinIO) can
 * replace the local folder without touching them.
 */
export interface FileStorage {
  put(key: string, body: Uint8Array): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** Keys are paths of lower-case segments made by the app ("competition/<uuid>/<uuid>.pdf"), never user input. */
export const STORAGE_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*(\.[a-z0-9]+)?$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
}
