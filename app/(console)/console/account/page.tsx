import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { ROLE_LABELS } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { idleMinutes, SESSION_HOURS } from "@/server/auth/sessions";
import { SessionList } from "@/app/_components/sessions/session-list";
import { Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "我的账号" };

export default async function AccountPage() {
  const actor = await requireActor();
  const required = !!actor.mustChangePassword;
  const sessions = required ? [] : await (await api()).account.sessions({ personId: actor.id });
  return (
    <>
      <PageHeader
        title="我的账号"
        description={`${actor.displayName} · ${actor.username} · ${actor.departmentName} · ${actor.roles.map((r) => ROLE_LABELS[r]).join("、") || "无角色"}`}
      />
      <div className="space-y-6">
        {required && <Notice tone="warning">您的密码由管理员设置（或已到期）。请先设置只有您自己知道的新密码，之后才能使用其他功能。</Notice>}
        <Card title="修改密码">
          <ChangePasswordForm required={required} />
        </Card>
        {!required && (
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
