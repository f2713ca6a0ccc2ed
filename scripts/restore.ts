/**
 * `npm run restore -- <archive> --data-dir <folder>`: restores a backup of the embedded database into
 * a new or empty folder, migrates it and gives it a new cache namespace; then start the app there.
 * `npm run restore -- --database-url <url>`: after pg_restore into PostgreSQL, the same finishing steps.
 * See docs/backup.md. Exits 0 when restored, 1 when refused, 2 when it failed.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { finishRestore, restoreBackup, RestoreRefused } from "@/server/backup/restore";

const USAGE = `用法：
  npm run restore -- <备份文件.tar.gz> --data-dir <新的空文件夹>   恢复内置数据库的备份
  npm run restore -- --database-url <PostgreSQL 地址>              pg_restore 之后：执行迁移并更换页面缓存命名空间`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "data-dir": { type: "string" }, "database-url": { type: "string" } },
  });
  const [archive] = positionals;
  if (values["database-url"] && !archive) {
    const database = await openDatabase({ url: values["database-url"] });
    try {
      const { cacheNamespace } = await finishRestore(database, "pg_restore");
      console.log(`已执行待完成的迁移，页面缓存命名空间已更换为 ${cacheNamespace}。请重启所有实例。`);
      return 0;
    } finally {
      await database.close();
    }
  }
  if (!archive || !values["data-dir"] || positionals.length > 1 || values["database-url"]) {
    console.error(USAGE);
    return 1;
  }
  const root = path.resolve(values["data-dir"]);
  const { manifest, uploads, cacheNamespace } = await restoreBackup(path.resolve(archive), root);
  console.log(`已将 ${manifest.createdAt} 的备份恢复到 ${root}：数据库，${uploads} 个上传文件；页面缓存命名空间已更换为 ${cacheNamespace}。`);
  console.log(`启动：DATA_DIR=${root}${manifest.fileStorage === "database" ? " FILE_STORAGE=database" : ""} npm start`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RestoreRefused) {
      console.error(error.message);
      process.exit(1);
    }
    const cause = error instanceof Error && error.cause instanceof Error ? `（${error.cause.message}）` : "";
    console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exit(2);
  },
);
