import type { Metadata } from "next";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "批量导入资源" };

export default async function ImportPage() {
  const actor = await requirePermission(can.registerResources);
  return (
    <>
      <PageHeader
        title="批量导入资源"
        description={`从 Excel（.xlsx）或 CSV 文件导入${actor.departmentName}的资源清单。先预览检查，再导入无误的行；已有编码或同名的资源按新版本更新，不会重复登记。`}
      />
      <Card>
        <p className="mb-4 text-sm">
          <a className="text-brand-700 underline" href="/api/resources/template">
            下载导入模板（含可选值下拉和填写说明）
          </a>
        </p>
        <ImportWizard departmentId={actor.departmentId} />
      </Card>
    </>
  );
}
