import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { PersonForm } from "../person-form";
import { ActiveToggle, ResetPasswordForm } from "../person-actions";

export const metadata: Metadata = { title: "人员详情" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  await requirePermission(can.manageOrganisation);
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const [person, departments] = await Promise.all([
    caller.organisation.person({ id }).catch(rethrowAsPage),
    caller.organisation.allDepartments(),
  ]);
  const locked = person.lockedUntil && person.lockedUntil > new Date();
  return (
    <>
      <PageHeader
        title={person.displayName}
        description={
          <>
            <span className="font-mono">{person.username}</span> ·{" "}
            <Link className="text-brand-700 hover:underline" href={`/console/departments/${person.departmentId}`}>
              {person.departmentName}
            </Link>{" "}
            · 最近登录 {formatDateTime(person.lastSignInAt)}{" "}
            {person.active ? <Badge tone="success">正常</Badge> : <Badge tone="danger">已停用</Badge>}{" "}
            {locked && <Badge tone="warning">锁定至 {formatDateTime(person.lockedUntil)}</Badge>}
          </>
        }
      />
      <div className="space-y-6">
        {created && <Notice tone="success">人员已创建，可将用户名和初始密码告知本人</Notice>}
        <Card title="基本信息与角色">
          <PersonForm person={person} departments={departments} />
        </Card>
        <div className="grid gap-6 md:grid-cols-2">
          <Card title="重置密码">
            <ResetPasswordForm personId={person.id} />
          </Card>
          <Card title="账号状态">
            <ActiveToggle personId={person.id} active={person.active} displayName={person.displayName} />
          </Card>
        </div>
      </div>
    </>
  );
}
