import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { PersonForm } from "../person-form";

export const metadata: Metadata = { title: "新建人员" };

export default async function NewPersonPage({ searchParams }: { searchParams: Promise<{ departmentId?: string }> }) {
  await requirePermission(can.manageOrganisation);
  const [{ departmentId }, departments] = await Promise.all([searchParams, (await api()).organisation.allDepartments()]);
  return (
    <>
      <PageHeader title="新建人员" description="为部门或区市工作人员开通账号并分配角色" />
      <Card>
        <PersonForm departments={departments} defaultDepartmentId={departmentId} />
      </Card>
    </>
  );
}
