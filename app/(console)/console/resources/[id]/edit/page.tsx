import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { RevisionNotice } from "@/app/_components/revision-notice";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { ResourceForm } from "../../resource-form";

export const metadata: Metadata = { title: "编辑资源" };

export default async function EditResourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const { id } = await params;
  const detail = await (await api()).resource.get({ id }).catch(rethrowAsPage);
  if (!detail.permissions.edit) forbidden();
  const { resource, working } = detail;
  const content = working?.content ?? detail.content;
  return (
    <>
      <PageHeader title={`编辑：${content.name}`} description={`${resource.departmentName} · ${resource.code}`} />
      <div className="space-y-4">
        {working?.status === "submitted" ? (
          <Notice tone="warning">该资源正在审核中，审核完成前不能修改。</Notice>
        ) : (
          <>
            <RevisionNotice status={resource.status} revising={!!working} noun="资源" shownIn="目录中" />
            <Card>
              <ResourceForm resource={{ id, version: resource.version, content }} ownDepartmentId={resource.departmentId} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
