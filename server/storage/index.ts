import path from "node:path";
import { dataDir, type Db } from "@/db/client";
import { databaseStorage } from "./database";
import { filesystemStorage } from "./filesystem";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

export const FILE_STORAGE_KINDS = ["folder", "database"] as const;
export type FileStorageKind = (typeof FILE_STORAGE_KINDS)[number];

/**
 * FILE_STORAGE: `folder` (default) keeps uploads in DATA_DIR/uploads of the instance that received
 * them; `database` keeps them in `stored_files`, shared by every instance. Any other value is a
 * configuration mistake and stops the upload, rather than quietly writing where other instances never look.
 */
export function fileStorageKind(value = process.env.FILE_STORAGE): FileStorageKind {
  const kind = value?.trim() || "folder";
  if (!(FILE_STORAGE_KINDS as readonly string[]).includes(kind))
    throw new Error(`FILE_STORAGE="${value}" is not one of ${FILE_STORAGE_KINDS.join(", ")}`);
  return kind as FileStorageKind;
}

/** The uploads folder of DATA_DIR, where `folder` storage keeps files (and a backup finds them). */
export const uploadsDir = (root = dataDir()) => path.join(root, "uploads");

/** The app's file storage, as FILE_STORAGE chooses; `db` is where `database` storage keeps files. */
export function fileStorage(db: Db): FileStorage {
  return fileStorageKind() === "database" ? databaseStorage(db) : filesystemStorage(uploadsDir());
}
