import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { pendingAccountSetup, ROLE_LABELS } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { idleMinutes, SESSION_HOURS } from "@/server/auth/sessions";
import { formatDateTime } from "@/server/time";
import { SessionList } from "@/app/_components/sessions/session-list";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { ChangePasswordForm } from "./change-password-form";
import { TwoFactorCard } from "./two-factor-card";

export const metadata: Metadata = { title: "我的账号" };

export default async function AccountPage() {
  const actor = await requireActor();
  const setup = pendingAccountSetup(actor);
  const caller = await api();
  const [twoFactor, sessions] = await Promise.all([caller.account.twoFactor(), setup ? [] : caller.account.sessions({ personId: actor.id })]);
  return (
    <>
      <PageHeader
        title="我的账号"
        description={`${actor.displayName} · ${actor.username} · ${actor.departmentName} · ${actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色"}`}
      />
      <div className="space-y-6">
        {actor.mustChangePassword && <Notice tone="warning">您的密码由管理员设置（或已到期）。请先设置只有您自己知道的新密码，之后才能使用其他功能。</Notice>}
        {!actor.mustChangePassword && actor.mustEnrolTwoFactor && (
          <Notice tone="warning">您的角色须使用动态口令（两种方式登录，等保三级要求）。请先绑定，之后才能使用其他功能。</Notice>
        )}
        <Card title="修改密码">
          {actor.signedInWith === "oidc" ? (
            <p className="text-sm text-slate-700">您本次通过统一身份认证登录，密码在统一身份认证平台管理，请到平台修改。</p>
          ) : (
            <ChangePasswordForm required={!!actor.mustChangePassword} then={actor.mustChangePassword && !actor.mustEnrolTwoFactor ? "/console" : null} />
          )}
        </Card>
        {!actor.mustChangePassword && (
          <Card title="动态口令">
            <TwoFactorCard status={{ enabled: twoFactor.enabledAt ? formatDateTime(twoFactor.enabledAt) : null, required: twoFactor.required, recoveryCodesLeft: twoFactor.recoveryCodesLeft }} />
          </Card>
        )}
        {!setup && (
          <Card title="登录会话">
            <p className="mb-3 text-sm text-slate-700">
              以下是您当前有效的登录。无操作 {idleMinutes()} 分钟或登录满 {SESSION_HOURS} 小时后自动退出。如有不认识的登录，请结束它并修改密码。
            </p>
            <SessionList sessions={sessions} currentSessionId={actor.sessionId} endLabel="结束此会话" />
          </Card>
        )}
      </div>
    </>
  );
}
