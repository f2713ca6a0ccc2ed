import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { forbidden } from "next/navigation";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { ScenarioForm } from "../scenario-form";

export const metadata: Metadata = { title: "登记场景" };

export default async function NewScenarioPage() {
  const actor = await requireActor();
  if (!can.editScenario(actor, actor.departmentId)) forbidden();
  const departments = await (await api()).organisation.allDepartments();
  return (
    <>
      <PageHeader title="登记场景" description={`由${actor.departmentName}牵头；保存为草稿后可继续修改，提交后由市大数据局审核`} />
      <Card>
        <ScenarioForm departments={departments} ownDepartmentId={actor.departmentId} />
      </Card>
    </>
  );
}
