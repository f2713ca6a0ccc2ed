import type { Metadata } from "next";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { DepartmentForm } from "../department-form";

export const metadata: Metadata = { title: "新建部门" };

export default async function NewDepartmentPage() {
  await requirePermission(can.manageOrganisation);
  return (
    <>
      <PageHeader title="新建部门" description="登记市直部门或区市；编码全市唯一" />
      <Card>
        <DepartmentForm />
      </Card>
    </>
  );
}
