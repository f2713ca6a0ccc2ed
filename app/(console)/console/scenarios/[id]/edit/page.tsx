import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { ScenarioForm } from "../../scenario-form";

export const metadata: Metadata = { title: "编辑场景" };

export default async function EditScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  await requireActor();
  const { id } = await params;
  const caller = await api();
  const [detail, departments] = await Promise.all([caller.scenario.get({ id }).catch(rethrowAsPage), caller.organisation.allDepartments()]);
  if (!detail.permissions.edit) forbidden();
  const { scenario, content, working } = detail;
  return (
    <>
      <PageHeader title={`编辑：${content.name}`} description={`${detail.leadName}牵头`} />
      <div className="space-y-4">
        {!working && scenario.status === "published" && <Notice>这是已发布的场景。保存后将生成新版本，审核通过前目录中仍显示当前发布版。</Notice>}
        <Card>
          <ScenarioForm
            departments={departments}
            ownDepartmentId={scenario.departmentId}
            scenario={{ id, version: scenario.version, content, resources: detail.resources }}
          />
        </Card>
      </div>
    </>
  );
}
