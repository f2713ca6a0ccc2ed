import type { Metadata } from "next";
import { getDatabase } from "@/db/client";
import { listBackups } from "@/server/backup/backup";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatFileSize } from "@/server/format";
import { fileStorageKind } from "@/server/storage";
import { formatDateTime } from "@/server/time";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { BackupButton } from "./backup-button";

export const metadata: Metadata = { title: "备份与恢复" };

const code = "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs break-all";

export default async function BackupsPage() {
  const actor = await requirePermission(can.manageBackups);
  const { engine } = await getDatabase();
  const backups = await listBackups(actor);
  const filesInDatabase = fileStorageKind() === "database";
  return (
    <>
      <PageHeader
        title="备份与恢复"
        description="备份包含全部业务数据、审计日志、上传的附件和会话密钥，须按敏感数据保管：下载后另存到本机以外的地方（另一台服务器或离线介质），至少每天一份。"
      />
      <div className="space-y-6">
        <Card title="立即备份">
          {engine === "pglite" ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-600">
                在应用运行中生成内置数据库的一致副本和{filesInDatabase ? "" : "上传文件夹中的"}附件，写入数据文件夹的 backups 目录。数据较多时需要几十秒。
              </p>
              <BackupButton />
            </div>
          ) : (
            <Notice>
              本系统使用 PostgreSQL：数据库用 <code className={code}>pg_dump -Fc</code> 备份
              {filesInDatabase ? "（附件保存在数据库中，一并备份）" : "，附件另行打包各实例的 uploads 文件夹"}，命令见 docs/backup.md。
            </Notice>
          )}
        </Card>
        {engine === "pglite" && (
          <Card title="已有备份">
            <Table
            caption="已有备份"
            rows={backups}
            rowKey={(b) => b.name}
            empty="还没有备份"
            columns={[
              { header: "文件", cell: (b) => <span className="font-mono text-xs">{b.name}</span>, primary: true },
              { header: "生成时间", cell: (b) => formatDateTime(b.createdAt) },
              { header: "大小", cell: (b) => formatFileSize(b.size), metric: true },
              {
                header: "操作",
                cell: (b) => (
                  <a href={`/api/backups/${b.name}`} download className="text-brand-700 hover:underline">
                    下载<span className="sr-only"> {b.name}</span>
                  </a>
                ),
              },
            ]}
          />
          </Card>
        )}
        <Card title="恢复">
          <div className="space-y-2 text-sm text-slate-700">
            <p>恢复在服务器上用命令完成，写入一个新的空文件夹，不会覆盖现有数据：</p>
            <p>
              <code className={code}>npm run restore -- 备份文件.tar.gz --data-dir 新文件夹</code>
            </p>
            <p>恢复后会执行待完成的数据库迁移，并更换页面缓存的命名空间，恢复前缓存的页面不会再被使用。然后用 DATA_DIR 指向新文件夹重新启动应用。</p>
          </div>
        </Card>
      </div>
    </>
  );
}
