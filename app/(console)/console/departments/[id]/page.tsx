import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can, ROLE_LABELS } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { DEPARTMENT_KIND_LABELS } from "@/server/organisation/labels";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { ButtonLink } from "@/app/_components/ui/button";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { ON_TIME_EXPLAINED, OnTimeSummary } from "@/app/_components/on-time";
import { DepartmentForm } from "../department-form";

export const metadata: Metadata = { title: "部门详情" };

export default async function DepartmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requireActor();
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const [{ department, members }, onTime] = await Promise.all([
    caller.organisation.department({ id }).catch(rethrowAsPage),
    caller.access.onTimeOf({ departmentId: id }).catch(rethrowAsPage),
  ]);
  const isAdmin = can.manageOrganisation(actor);
  return (
    <>
      <PageHeader
        title={department.name}
        description={
          <>
            {DEPARTMENT_KIND_LABELS[department.kind]} · 编码 <span className="font-mono">{department.code}</span>
            {department.creditCode && (
              <>
                {" "}
                · 统一社会信用代码 <span className="font-mono">{department.creditCode}</span>
              </>
            )}
            {department.description && ` · ${department.description}`}
          </>
        }
        actions={
          <>
            {can.manageWebhooks(actor, department.id) && (
              <ButtonLink href={`/console/departments/${department.id}/webhooks`} variant="secondary">
                消息推送
              </ButtonLink>
            )}
            {isAdmin && <ButtonLink href={`/console/people/new?departmentId=${department.id}`} variant="secondary">在本部门新建人员</ButtonLink>}
          </>
        }
      />
      <div className="space-y-6">
        {created && <Notice tone="success">部门已创建</Notice>}
        <Card title="资源申请按期答复">
          <OnTimeSummary figures={onTime} />
          <p className="mt-3 text-sm text-slate-600">{ON_TIME_EXPLAINED}</p>
        </Card>
        <Card title={`人员（${members.length}）`}>
          <Table
            caption={`${department.name}的人员`}
            rows={members}
            rowKey={(m) => m.id}
            empty="本部门尚无人员"
            columns={[
              {
                header: "姓名",
                cell: (m) =>
                  isAdmin ? (
                    <Link className="text-brand-700 hover:underline" href={`/console/people/${m.id}`}>
                      {m.displayName}
                    </Link>
                  ) : (
                    m.displayName
                  ),
              },
              { header: "用户名", cell: (m) => <span className="font-mono">{m.username}</span> },
              { header: "职务", cell: (m) => m.title || "—" },
              { header: "角色", cell: (m) => m.roles.map((r) => ROLE_LABELS[r]).join("、") || "—" },
              { header: "状态", cell: (m) => (m.active ? <Badge tone="success">正常</Badge> : <Badge tone="danger">已停用</Badge>) },
              { header: "最近登录", cell: (m) => formatDateTime(m.lastSignInAt) },
            ]}
          />
        </Card>
        {isAdmin && (
          <Card title="编辑部门信息">
            <DepartmentForm department={department} />
          </Card>
        )}
      </div>
    </>
  );
}
