import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { dataDir, type DatabaseHandle, type Db } from "@/db/client";
import { recordAudit, type AuditActor } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { DomainError, notFound } from "@/server/errors";
import { formatFileSize } from "@/server/format";
import { fileStorageKind, uploadsDir } from "@/server/storage";
import { STORAGE_KEY } from "@/server/storage/storage";
import { UTC_OFFSET_MS } from "@/server/time";
import { TAR_END, tarEntry } from "./tar";

/**
 * A backup of the embedded database is one .tar.gz: `backup.json` (what it holds), `pglite.tar`
 * (PGlite's data folder, dumped by the process that has it open, so it is consistent while the app
 * runs), the uploads folder as `uploads/<key>`, and `auth-secret` when the data folder holds the
 * session key, which also encrypts the 动态口令 secrets: without it nobody with 动态口令 could sign in.
 */
export const BACKUP_FORMAT = 1;
export const MANIFEST = "backup.json";
export const DATABASE_ENTRY = "pglite.tar";
export const AUTH_SECRET_ENTRY = "auth-secret";

export interface BackupManifest {
  format: number;
  engine: "pglite";
  createdAt: string;
  fileStorage: string;
  uploads: number;
}

export interface BackupFile {
  name: string;
  size: number;
  createdAt: Date;
}

/** citybrain-20261201-150405-123.tar.gz, on Qingdao's clock; nothing else in the folder is offered. */
const BACKUP_NAME = /^citybrain-\d{8}-\d{6}-\d{3}\.tar\.gz$/;
const BACKUPS_ONLY = "只有系统管理员可以备份数据和下载备份";

export const backupsDir = (root = dataDir()) => path.join(root, "backups");

function backupName(now: Date): string {
  const [date, time] = new Date(now.getTime() + UTC_OFFSET_MS).toISOString().replace("Z", "").split("T") as [string, string];
  return `citybrain-${date.replaceAll("-", "")}-${time.slice(0, 8).replaceAll(":", "")}-${time.slice(9, 12)}.tar.gz`;
}

/** The files the storage wrote under `dir`, as [key, path]; a file still being written has a name no key has. */
async function filesUnder(dir: string, prefix = ""): Promise<[string, string][]> {
  if (!existsSync(dir)) return [];
  const found: [string, string][] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full, `${prefix}${entry.name}/`)));
    else if (entry.isFile() && STORAGE_KEY.test(`${prefix}${entry.name}`)) found.push([`${prefix}${entry.name}`, full]);
  }
  return found;
}

/**
 * Writes a backup of the embedded database and the data folder's files into `root`/backups. The
 * database is dumped first: an upload's file is stored before its row, so a row in the dump finds
 * its file in the folder read after it (unless the attachment is removed in that moment).
 */
export async function writeBackup(database: DatabaseHandle, root = dataDir(), now = new Date()): Promise<BackupFile> {
  if (!database.dump) throw new DomainError("BAD_REQUEST", "使用 PostgreSQL 时请用 pg_dump 备份数据库（见 docs/backup.md），此处只备份内置数据库");
  const databaseTar = Buffer.from(await (await database.dump()).arrayBuffer());
  const uploads = await filesUnder(uploadsDir(root));
  const secretFile = path.join(root, "auth-secret");
  const manifest: BackupManifest = { format: BACKUP_FORMAT, engine: "pglite", createdAt: now.toISOString(), fileStorage: fileStorageKind(), uploads: uploads.length };

  async function* archive() {
    yield* tarEntry({ name: MANIFEST, body: Buffer.from(JSON.stringify(manifest, null, 2)) }, now);
    yield* tarEntry({ name: DATABASE_ENTRY, body: databaseTar }, now);
    for (const [key, file] of uploads) yield* tarEntry({ name: `uploads/${key}`, body: await readFile(file) }, now);
    if (existsSync(secretFile)) yield* tarEntry({ name: AUTH_SECRET_ENTRY, body: await readFile(secretFile) }, now);
    yield TAR_END;
  }

  const dir = backupsDir(root);
  await mkdir(dir, { recursive: true });
  const name = backupName(now);
  const file = path.join(dir, name);
  // Written under another name first, so the list never offers half a backup.
  const partial = `${file}.partial`;
  try {
    await pipeline(Readable.from(archive()), createGzip(), createWriteStream(partial, { mode: 0o600, flags: "wx" }));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { name, size: (await stat(file)).size, createdAt: now };
}

/** 「立即备份」: a backup of the running app's embedded database, for the 系统管理员, recorded in the audit trail. */
export async function createBackup(database: DatabaseHandle, actor: Actor, root = dataDir()): Promise<BackupFile> {
  authorize(can.manageBackups(actor), BACKUPS_ONLY);
  const backup = await writeBackup(database, root);
  await recordBackup(database.db, actor, backup);
  return backup;
}

/** The audit row of a backup made, by a person on the console or by `npm run backup`. */
export function recordBackup(db: Db, actor: AuditActor, backup: BackupFile): Promise<void> {
  return recordAudit(db, actor, { action: "backup.create", entityType: "backup", entityId: backup.name, summary: `数据备份 ${backup.name}（${formatFileSize(backup.size)}）` });
}

/** The backups in the data folder, newest first. */
export async function listBackups(actor: Actor, root = dataDir()): Promise<BackupFile[]> {
  authorize(can.manageBackups(actor), BACKUPS_ONLY);
  const dir = backupsDir(root);
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => BACKUP_NAME.test(n)).sort().reverse();
  return Promise.all(
    names.map(async (name) => {
      const info = await stat(path.join(dir, name));
      return { name, size: info.size, createdAt: info.mtime };
    }),
  );
}

/** A backup to download, as a stream (a backup can be large); each download is recorded. */
export async function openBackup(db: Db, actor: Actor, name: string, root = dataDir()): Promise<{ name: string; size: number; body: Readable }> {
  authorize(can.manageBackups(actor), BACKUPS_ONLY);
  const file = path.join(backupsDir(root), name);
  if (!BACKUP_NAME.test(name) || !existsSync(file)) throw notFound("备份文件");
  const { size } = await stat(file);
  await recordAudit(db, actor, { action: "backup.download", entityType: "backup", entityId: name, summary: `下载数据备份 ${name}（${formatFileSize(size)}）` });
  return { name, size, body: createReadStream(file) };
}
