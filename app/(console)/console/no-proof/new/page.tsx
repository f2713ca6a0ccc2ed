import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { CaseForm } from "../case-form";

export const metadata: Metadata = { title: "登记无证明场景" };

export default async function NewCasePage() {
  const actor = await requireActor();
  if (!can.editNoProofCase(actor, actor.departmentId)) forbidden();
  const departments = await (await api()).organisation.allDepartments();
  return (
    <>
      <PageHeader title="登记无证明场景" description={`由${actor.departmentName}负责；提交后由市大数据局审核，通过后向公众发布`} />
      <Card>
        <CaseForm districts={departments.filter((d) => d.kind === "district")} />
      </Card>
    </>
  );
}
