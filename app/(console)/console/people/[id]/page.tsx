import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can, ROLE_LABELS } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { PersonForm } from "../person-form";
import { ActiveToggle, PersonActionButton, ResetPasswordForm } from "../person-actions";
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
  // 三权分立: the system administrator keeps the account, the security officer its sessions, lock and 动态口令.
  const actor = await requirePermission(can.viewPeople);
  const manage = can.manageOrganisation(actor);
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const [person, departments, sessions, twoFactor] = await Promise.all([
    caller.organisation.person({ id }).catch(rethrowAsPage),
    manage ? caller.organisation.allDepartments() : null,
    can.manageSessions(actor) ? caller.account.sessions({ personId: id }).catch(rethrowAsPage) : null,
    can.manageSessions(actor) ? caller.account.twoFactorOf({ personId: id }).catch(rethrowAsPage) : null,
  ]);
  const locked = person.lockedUntil && person.lockedUntil > new Date();
  const unlock = locked && can.manageSessions(actor);
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
          {departments ? (
            <PersonForm person={person} departments={departments} ownAccount={person.id === actor.id} />
          ) : (
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-600">职务</dt>
              <dd>{person.title || "—"}</dd>
              <dt className="text-slate-600">角色</dt>
              <dd>{person.roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色"}</dd>
            </dl>
          )}
        </Card>
        <div className="grid gap-6 md:grid-cols-2">
          {manage && (
            <Card title="重置密码">
              <ResetPasswordForm personId={person.id} />
            </Card>
          )}
          <Card title="账号状态">
            {manage && <ActiveToggle personId={person.id} active={person.active} displayName={person.displayName} />}
            {unlock && (
              <div className={manage ? "mt-4 border-t border-slate-200 pt-4" : undefined}>
                <p className="mb-2 text-sm text-slate-700">该账号因多次密码错误被锁定。核实是本人后可提前解除。</p>
                <PersonActionButton personId={person.id} action="unlock" />
              </div>
            )}
            {twoFactor && (
              <div className={`space-y-2 text-sm text-slate-700 ${manage || unlock ? "mt-4 border-t border-slate-200 pt-4" : ""}`}>
                <p>
                  动态口令：{twoFactor.enabledAt ? `已于 ${formatDateTime(twoFactor.enabledAt)} 绑定，剩余恢复码 ${twoFactor.recoveryCodesLeft} 个` : "未绑定"}
                  {twoFactor.required && "（该角色必须使用）"}
                </p>
                {twoFactor.enabledAt && (
                  <>
                    <p>本人手机丢失且恢复码用完时，核实身份后重置；本人下次登录须重新绑定。</p>
                    <PersonActionButton personId={person.id} action="resetTwoFactor" />
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
            {sessions.length > 0 && <SessionList sessions={sessions} currentSessionId={actor.sessionId} endLabel="强制下线" />}
          </Card>
        )}
      </div>
    </>
  );
}
