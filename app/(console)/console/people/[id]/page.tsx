import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { PersonForm } from "../person-form";
import { ActiveToggle, ResetPasswordForm, ResetTwoFactorButton, UnlockButton } from "../person-actions";
import { EndSessionButton } from "@/app/_components/sessions/end-session-button";
import { SessionList } from "@/app/_components/sessions/session-list";

export const metadata: Metadata = { title: "人员详情" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const actor = await requirePermission(can.manageOrganisation);
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const [person, departments, sessions, twoFactor] = await Promise.all([
    caller.organisation.person({ id }).catch(rethrowAsPage),
    caller.organisation.allDepartments(),
    can.manageSessions(actor) ? caller.account.sessions({ personId: id }).catch(rethrowAsPage) : null,
    can.manageSessions(actor) ? caller.account.twoFactorOf({ personId: id }).catch(rethrowAsPage) : null,
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
        {created && <Notice tone="success">人员已创建，可将用户名和初始密码告知本人；首次登录时须改为自己的密码</Notice>}
        <Card title="基本信息与角色">
          <PersonForm person={person} departments={departments} />
        </Card>
        <div className="grid gap-6 md:grid-cols-2">
          <Card title="重置密码">
            <ResetPasswordForm personId={person.id} />
          </Card>
          <Card title="账号状态">
            <ActiveToggle personId={person.id} active={person.active} displayName={person.displayName} />
            {locked && can.manageSessions(actor) && (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <p className="mb-2 text-sm text-slate-700">该账号因多次密码错误被锁定。核实是本人后可提前解除。</p>
                <UnlockButton personId={person.id} />
              </div>
            )}
            {twoFactor && (
              <div className="mt-4 space-y-2 border-t border-slate-200 pt-4 text-sm text-slate-700">
                <p>
                  动态口令：{twoFactor.enabledAt ? `已于 ${formatDateTime(twoFactor.enabledAt)} 绑定，剩余恢复码 ${twoFactor.recoveryCodesLeft} 个` : "未绑定"}
                  {twoFactor.required && "（该角色必须使用）"}
                </p>
                {twoFactor.enabledAt && (
                  <>
                    <p>本人手机丢失且恢复码用完时，核实身份后重置；本人下次登录须重新绑定。</p>
                    <ResetTwoFactorButton personId={person.id} />
                  </>
                )}
              </div>
            )}
          </Card>
        </div>
        {sessions && (
          <Card title="登录会话">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-slate-700">{sessions.length ? `当前有 ${sessions.length} 个有效登录。强制下线后，对方下一次操作即需重新登录。` : "该人员当前没有登录。"}</p>
              {sessions.length > 1 && <EndSessionButton target={{ personId: person.id }} label="全部下线" />}
            </div>
            <SessionList sessions={sessions} currentSessionId={actor.sessionId} endLabel="强制下线" />
          </Card>
        )}
      </div>
    </>
  );
}
