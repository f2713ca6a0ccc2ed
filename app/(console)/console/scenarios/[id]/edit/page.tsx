import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { RevisionNotice } from "@/app/_components/revision-notice";
import { requireActor } from "@/server/auth/session";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Card, PageHeader } from "@/app/_components/ui/layout";
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
        <RevisionNotice status={scenario.status} revising={!!working} noun="场景" shownIn="目录中" />
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
