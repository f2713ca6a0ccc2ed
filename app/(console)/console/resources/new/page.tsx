import type { Metadata } from "next";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { ResourceForm } from "../resource-form";

export const metadata: Metadata = { title: "登记资源" };

export default async function NewResourcePage() {
  const actor = await requirePermission(can.registerResources);
  return (
    <>
      <PageHeader title="登记资源" description={`以${actor.departmentName}名义登记；保存为草稿后可继续修改，提交后由市大数据局审核`} />
      <Card>
        <ResourceForm ownDepartmentId={actor.departmentId} />
      </Card>
    </>
  );
}
