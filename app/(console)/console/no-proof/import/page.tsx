import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { BackLink, Card, PageHeader } from "@/app/_components/ui/layout";
import { CaseImport } from "./case-import";

export const metadata: Metadata = { title: "批量导入无证明场景" };

export default async function CaseImportPage() {
  const actor = await requireActor();
  if (!can.editNoProofCase(actor, actor.departmentId)) forbidden();
  return (
    <>
      <BackLink href="/console/no-proof">无证明场景</BackLink>
      <PageHeader
        title="批量导入无证明场景"
        description={`先导出${actor.departmentName}的清单，在表格上修改或添加（每项证明一行，同一事项编码的行合为一个场景），再上传。先检查，全部无误的场景才会导入；已有的事项编码生成新版本，照常审核。`}
      />
      <Card>
        <p className="mb-4 text-sm">
          <a className="text-brand-700 underline" href="/api/no-proof/export">
            导出本部门清单（.xlsx）
          </a>
        </p>
        <CaseImport />
      </Card>
    </>
  );
}
