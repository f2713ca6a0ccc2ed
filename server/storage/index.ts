import path from "node:path";
import { dataDir } from "@/db/client";
import { filesystemStorage } from "./filesystem";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

/** The app's file storage: the uploads folder inside DATA_DIR. */
export function fileStorage(): FileStorage {
  return filesystemStorage(path.join(dataDir(), "uploads"));
}
