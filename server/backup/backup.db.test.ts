import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { buffer } from "node:stream/consumers";
import path from "node:path";
import { count, desc, eq } from "drizzle-orm";
import type { Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type DatabaseHandle, type Db } from "@/db/client";
import { auditEvents, deploymentIdentity, people } from "@/db/schema";
import { actorFor } from "@/server/testing/database";
import { databaseStorage } from "@/server/storage/database";
import { filesystemStorage } from "@/server/storage/filesystem";
import { uploadsDir } from "@/server/storage";
import { createBackup, listBackups, openBackup } from "./backup";
import { finishRestore, restoreBackup, RestoreRefused } from "./restore";

const fixture = () => inject("databaseFixtures").organisation;
const DECK = "competition/0b6f2c1e-8a4d-4a57-9c7e-2f1d3b4a5c6d/3f9e1a2b.pdf";
const IN_DATABASE = "competition/0b6f2c1e-8a4d-4a57-9c7e-2f1d3b4a5c6d/77aa.pptx";
const deckBytes = new TextEncoder().encode("%PDF-1.7 申报书");
const databaseBytes = new Uint8Array(4096).map((_, i) => (i * 7) % 256);

const cacheNamespace = async (db: Db) => (await db.select().from(deploymentIdentity))[0]!.cacheNamespace;
const peopleCount = async (db: Db) => (await db.select({ n: count() }).from(people))[0]!.n;

describe.runIf(process.env.TEST_ENGINE !== "postgres")("backup and restore of the embedded database", () => {
  let root: string;
  let restoredRoot: string;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "backup-data-"));
    restoredRoot = path.join(mkdtempSync(path.join(tmpdir(), "backup-restored-")), "data");
    cpSync(fixture(), path.join(root, "pglite"), { recursive: true });
    handle = await openDatabase({ pgliteDir: path.join(root, "pglite") });
  });
  afterAll(async () => {
    await handle.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(path.dirname(restoredRoot), { recursive: true, force: true });
  });

  it("is made only by the 系统管理员", async () => {
    const publisher = await actorFor(handle.db, "publisher");
    await expect(createBackup(handle, publisher, root)).rejects.toMatchObject({ code: "FORBIDDEN", message: "只有系统管理员可以备份数据和下载备份" });
    await expect(listBackups(publisher, root)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(openBackup(handle.db, publisher, "citybrain-20260101-000000-000.tar.gz", root)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("holds the records, the files in both storages and the session key, and restores them into a new folder with a new cache namespace", async () => {
    const admin = await actorFor(handle.db, "admin");
    await filesystemStorage(uploadsDir(root)).put(DECK, deckBytes);
    await databaseStorage(handle.db).put(IN_DATABASE, databaseBytes);
    // A file still being written stays out.
    writeFileSync(`${path.join(uploadsDir(root), ...DECK.split("/"))}.5f0c.partial`, "%PDF-1.7 half");
    writeFileSync(path.join(root, "auth-secret"), "the-session-key");
    const before = { people: await peopleCount(handle.db), namespace: await cacheNamespace(handle.db) };

    const backup = await createBackup(handle, admin, root);
    expect(backup.name).toMatch(/^citybrain-\d{8}-\d{6}-\d{3}\.tar\.gz$/);
    expect((await listBackups(admin, root)).map((b) => b.name)).toEqual([backup.name]);
    const [made] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "backup.create"));
    expect(made).toMatchObject({ actorId: admin.id, entityId: backup.name });
    // Any tar reads it, so an operator can look inside without this app.
    const archive = path.join(root, "backups", backup.name);
    expect(execFileSync("tar", ["-tzf", archive], { encoding: "utf8" }).trim().split("\n")).toEqual(["backup.json", "pglite.tar", `uploads/${DECK}`, "auth-secret"]);

    const restored = await restoreBackup(archive, restoredRoot);
    expect(restored).toMatchObject({ manifest: { format: 1, engine: "pglite", fileStorage: "folder", uploads: 1 }, uploads: 1 });
    expect(await readFile(path.join(uploadsDir(restoredRoot), ...DECK.split("/")))).toEqual(Buffer.from(deckBytes));
    expect(readFileSync(path.join(restoredRoot, "auth-secret"), "utf8")).toBe("the-session-key");

    // The restored folder opens as the app would open it.
    const reopened = await openDatabase({ pgliteDir: path.join(restoredRoot, "pglite") });
    try {
      expect(await peopleCount(reopened.db)).toBe(before.people);
      expect(await databaseStorage(reopened.db).get(IN_DATABASE)).toEqual(databaseBytes);
      expect(await cacheNamespace(reopened.db)).toBe(restored.cacheNamespace);
      expect(restored.cacheNamespace).not.toBe(before.namespace);
      const [last] = await reopened.db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1);
      expect(last).toMatchObject({ action: "backup.restore", actorName: "npm run restore", entityId: backup.name });
    } finally {
      await reopened.close();
    }
  });

  it("never restores over data, and says so", async () => {
    const [backup] = await listBackups(await actorFor(handle.db, "admin"), root);
    await expect(restoreBackup(path.join(root, "backups", backup!.name), restoredRoot)).rejects.toThrow(RestoreRefused);
    await expect(restoreBackup(path.join(root, "backups", backup!.name), restoredRoot)).rejects.toThrow(/不是空的/);
    const notABackup = path.join(root, "not-a-backup.tar.gz");
    writeFileSync(notABackup, "plain text");
    await expect(restoreBackup(notABackup, path.join(root, "elsewhere"))).rejects.toThrow(/无法读取备份文件/);
    expect(existsSync(path.join(root, "elsewhere"))).toBe(false);
  });

  it("hands a backup out for download, recorded, and nothing else from the folder", async () => {
    const admin = await actorFor(handle.db, "admin");
    const [backup] = await listBackups(admin, root);
    const download = await openBackup(handle.db, admin, backup!.name, root);
    expect(download.size).toBe(backup!.size);
    expect((await buffer(download.body)).byteLength).toBe(backup!.size);
    const [recorded] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, "backup.download"));
    expect(recorded).toMatchObject({ actorId: admin.id, entityId: backup!.name });
    for (const name of ["../pglite/postmaster.pid", `${backup!.name}.partial`, "citybrain-20260101-000000-000.tar.gz"])
      await expect(openBackup(handle.db, admin, name, root)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe.runIf(process.env.TEST_ENGINE === "postgres")("backup and restore on PostgreSQL with pg_dump and pg_restore", () => {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const run = randomBytes(4).toString("hex");
  const [sourceName, targetName] = [`citybrain_backup_${run}`, `citybrain_restored_${run}`];
  const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  let admin: Sql;
  let dir: string;
  beforeAll(async () => {
    const { default: postgres } = await import("postgres");
    admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    dir = mkdtempSync(path.join(tmpdir(), "pg-backup-"));
  });
  afterAll(async () => {
    for (const name of [sourceName, targetName]) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores records and files kept in the database intact, with a new cache namespace", async () => {
    await admin.unsafe(`create database ${sourceName} template ${fixture()}`);
    const source = await openDatabase({ url: urlOf(sourceName) });
    await databaseStorage(source.db).put(IN_DATABASE, databaseBytes);
    const before = { people: await peopleCount(source.db), namespace: await cacheNamespace(source.db) };
    await source.close();

    // The commands of docs/backup.md.
    const dump = path.join(dir, "citybrain.dump");
    execFileSync("pg_dump", ["-Fc", "-f", dump, "-d", urlOf(sourceName)]);
    await admin.unsafe(`create database ${targetName}`);
    execFileSync("pg_restore", ["--no-owner", "-d", urlOf(targetName), dump]);

    const target = await openDatabase({ url: urlOf(targetName) });
    try {
      const { cacheNamespace: rotated } = await finishRestore(target, "citybrain.dump");
      expect(await peopleCount(target.db)).toBe(before.people);
      expect(await databaseStorage(target.db).get(IN_DATABASE)).toEqual(databaseBytes);
      expect(await cacheNamespace(target.db)).toBe(rotated);
      expect(rotated).not.toBe(before.namespace);
    } finally {
      await target.close();
    }
  });
});
