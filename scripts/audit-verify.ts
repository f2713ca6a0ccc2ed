/**
 * `npm run audit:verify`: recomputes every audit row's hash and checks the chain, on the database the
 * app uses (DATABASE_URL, or the embedded one in DATA_DIR). Exits 0 when the chain holds, 1 when a
 * row is broken, 2 when the check could not run.
 *
 * The embedded database belongs to one process at a time, so the check opens a copy of its folder
 * and never the folder a running app has open; a copy taken while the app writes can be a moment
 * behind it, so stop the app first for a check to rely on.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dataDir, openDatabase, type DatabaseHandle } from "@/db/client";
import { describeCheck, verifyAuditChain } from "@/server/audit/integrity";
import { formatShanghaiSeconds } from "@/server/time";

async function open(): Promise<{ handle: DatabaseHandle; cleanUp(): void }> {
  if (process.env.DATABASE_URL) return { handle: await openDatabase({ url: process.env.DATABASE_URL }), cleanUp: () => {} };
  const folder = path.join(dataDir(), "pglite");
  if (!existsSync(folder)) throw new Error(`找不到内置数据库 ${folder}：请设置 DATABASE_URL 或 DATA_DIR`);
  const copy = mkdtempSync(path.join(tmpdir(), "audit-verify-"));
  cpSync(folder, copy, { recursive: true });
  return { handle: await openDatabase({ pgliteDir: copy }), cleanUp: () => rmSync(copy, { recursive: true, force: true }) };
}

async function main(): Promise<number> {
  const { handle, cleanUp } = await open();
  try {
    const result = await verifyAuditChain(handle.db);
    console.log(`审计日志完整性校验（${handle.engine === "postgres" ? "PostgreSQL" : `内置数据库 ${dataDir()}`}）：${describeCheck(result)}`);
    if (result.firstBroken) {
      const { seq, id, at } = result.firstBroken;
      console.log(`第一条校验不通过的记录：序号 ${seq}，编号 ${id}，时间 ${formatShanghaiSeconds(at)}（北京时间）。它或它之前的一条记录在写入后被改动或删除。`);
      return 1;
    }
    if (result.head) console.log(`最新一条：序号 ${result.head.seq}，哈希 ${result.head.hash}（请另行留存，日后可据此发现末尾记录被截去）`);
    return 0;
  } finally {
    await handle.close();
    cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`审计日志完整性校验未能完成：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
