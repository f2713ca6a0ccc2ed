import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { executeRows, openDatabase, type DatabaseHandle } from "@/db/client";
import { recordAudit } from "@/server/audit/audit";
import { STORAGE_KEY } from "@/server/storage/storage";
import { uploadsDir } from "@/server/storage";
import { AUTH_SECRET_ENTRY, BACKUP_FORMAT, DATABASE_ENTRY, MANIFEST, type BackupManifest } from "./backup";
import { readTar } from "./tar";

/** A restore that cannot go ahead, with what to do instead; the command prints it as is. */
export class RestoreRefused extends Error {}

/**
 * Gives the database a new cache namespace: pages cached from the state before the restore (or
 * from the database the backup was taken of, still running elsewhere) are never served from it.
 */
export async function rotateCacheNamespace(db: DatabaseHandle["db"]): Promise<string> {
  const result = await db.execute(sql`update deployment_identity set cache_namespace = gen_random_uuid() returning cache_namespace`);
  return executeRows<{ cache_namespace: string }>(result)[0]!.cache_namespace;
}

/**
 * What follows every restore, on either engine: pending migrations (a backup of an older version),
 * a new cache namespace, and a row in the audit trail saying where the data came from.
 */
export async function finishRestore(database: DatabaseHandle, from: string): Promise<{ cacheNamespace: string }> {
  await database.migrate();
  const cacheNamespace = await rotateCacheNamespace(database.db);
  await recordAudit(database.db, { system: "npm run restore" }, { action: "backup.restore", entityType: "backup", entityId: from, summary: `从备份 ${from} 恢复数据，页面缓存已换用新的命名空间` });
  return { cacheNamespace };
}

/**
 * Restores a backup made by `writeBackup` into `root`, a new or empty data folder (never over
 * data), then opens it and finishes the restore. Start the app on that folder afterwards.
 */
export async function restoreBackup(archive: string, root: string): Promise<{ manifest: BackupManifest; uploads: number; cacheNamespace: string }> {
  if (existsSync(root) && (await readdir(root)).length > 0)
    throw new RestoreRefused(`目标文件夹 ${root} 不是空的：恢复只写入新的或空的文件夹，不会覆盖现有数据。请指定一个新文件夹。`);
  let entries: Map<string, Buffer<ArrayBuffer>>;
  let manifest: BackupManifest | undefined;
  try {
    entries = new Map([...readTar(gunzipSync(await readFile(archive)))].map((e) => [e.name, e.body]));
    manifest = entries.has(MANIFEST) ? (JSON.parse(entries.get(MANIFEST)!.toString("utf8")) as BackupManifest) : undefined;
  } catch (error) {
    throw new RestoreRefused(`无法读取备份文件 ${archive}：${(error as Error).message}。请确认它是「备份与恢复」或 npm run backup 生成的 .tar.gz 文件，且传输完整。`);
  }
  const databaseTar = entries.get(DATABASE_ENTRY);
  if (!manifest || !databaseTar) throw new RestoreRefused(`${archive} 不是本系统的备份文件（缺少 ${MANIFEST} 或 ${DATABASE_ENTRY}）。`);
  if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefused(`备份格式 ${manifest.format} 不是本版本能恢复的格式 ${BACKUP_FORMAT}：请用生成该备份的版本恢复。`);

  const uploads = [...entries].filter(([name]) => name.startsWith("uploads/")).map(([name, body]) => ({ key: name.slice("uploads/".length), body }));
  // Only keys the app makes, so no entry can write outside the uploads folder.
  const strange = uploads.find((u) => !STORAGE_KEY.test(u.key));
  if (strange) throw new RestoreRefused(`备份中的文件名 uploads/${strange.key} 不合规，未恢复任何内容。`);

  await mkdir(root, { recursive: true });
  for (const { key, body } of uploads) {
    const file = path.join(uploadsDir(root), ...key.split("/"));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  const secret = entries.get(AUTH_SECRET_ENTRY);
  if (secret) await writeFile(path.join(root, AUTH_SECRET_ENTRY), secret, { mode: 0o600 });

  const database = await openDatabase({ pgliteDir: path.join(root, "pglite"), loadDataDir: new Blob([databaseTar]) });
  try {
    const { cacheNamespace } = await finishRestore(database, path.basename(archive));
    return { manifest, uploads: uploads.length, cacheNamespace };
  } finally {
    await database.close();
  }
}
