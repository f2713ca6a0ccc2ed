/**
 * `npm run backup`: a backup of the embedded database and the data folder's files, for when the app
 * is stopped; a running app makes its own (console 「备份与恢复」 → 「立即备份」), as PGlite's folder
 * belongs to one process at a time. Writes DATA_DIR/backups/citybrain-….tar.gz (docs/backup.md).
 * Exits 0 when written, 1 when refused, 2 when it failed.
 */
import { existsSync, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";
import { dataDir, openDatabase } from "@/db/client";
import { recordBackup, writeBackup } from "@/server/backup/backup";
import { formatFileSize } from "@/server/format";

/**
 * Another process with a file of `folder` open (a running app keeps its WAL and tables open), found
 * through /proc; undefined when there is none, null where /proc cannot tell (not Linux).
 */
function processUsing(folder: string): string | undefined | null {
  if (!existsSync("/proc/self/fd")) return null;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's: such a process cannot write our folder either
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(`${folder}${path.sep}`)) return pid;
      } catch {
        continue;
      }
    }
  }
  return undefined;
}

async function main(): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error("已设置 DATABASE_URL：PostgreSQL 请用 pg_dump -Fc 备份，见 docs/backup.md。");
    return 1;
  }
  const folder = path.join(dataDir(), "pglite");
  if (!existsSync(folder)) {
    console.error(`找不到内置数据库 ${folder}：请用 DATA_DIR 指明数据文件夹。`);
    return 1;
  }
  const user = processUsing(folder);
  if (user) {
    console.error(
      `内置数据库 ${folder} 正被进程 ${user} 使用（应用正在运行）。它同一时间只能由一个进程打开：请在控制台「备份与恢复」中点「立即备份」，或先停止应用再运行 npm run backup。`,
    );
    return 1;
  }
  if (user === null) console.warn("本系统无法检查数据库是否正被使用：请确认应用已停止。");
  const database = await openDatabase({ pgliteDir: folder });
  try {
    const backup = await writeBackup(database);
    await recordBackup(database.db, { system: "npm run backup" }, backup);
    console.log(`已备份到 ${path.join(dataDir(), "backups", backup.name)}（${formatFileSize(backup.size)}）。请把它另存到本机以外的地方。`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("备份失败：", error);
    process.exit(2);
  },
);
