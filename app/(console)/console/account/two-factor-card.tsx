"use client";

import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { useSaving } from "@/app/_components/use-saving";
import { Button, ButtonLink } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

interface Status {
  enabled: string | null;
  required: boolean;
  recoveryCodesLeft: number;
}

/** Binding 动态口令: a QR code for the authenticator app, a code to confirm, recovery codes shown once. */
export function TwoFactorCard({ status }: { status: Status }) {
  const trpc = useTRPC();
  const begin = useSaving(trpc.account.beginTwoFactor.mutationOptions());
  const confirm = useSaving(trpc.account.confirmTwoFactor.mutationOptions());
  const disable = useSaving(trpc.account.disableTwoFactor.mutationOptions());
  const [codes, setCodes] = useState<string[] | null>(null);
  const confirmErrors = formErrors(confirm.error);
  const disableErrors = formErrors(disable.error);

  if (codes)
    return (
      <div className="space-y-3">
        <Notice tone="success">动态口令已绑定。以下 10 个恢复码只显示这一次：请抄写或打印后妥善保存，手机丢失时每个可代替动态口令登录一次。</Notice>
        <ol aria-label="恢复码" className="grid max-w-md grid-cols-2 gap-2 font-mono text-base">
          {codes.map((c) => (
            <li key={c} className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-center">
              {c}
            </li>
          ))}
        </ol>
        <ButtonLink href="/console">我已保存恢复码，进入工作台</ButtonLink>
      </div>
    );

  if (status.enabled) {
    async function onDisable(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      await disable.mutateAsync({ password: String(new FormData(event.currentTarget).get("disablePassword") ?? "") }).catch(() => null);
    }
    return (
      <div className="space-y-3 text-sm text-slate-700">
        <p>
          已于 {status.enabled} 启用。剩余恢复码 {status.recoveryCodesLeft} 个。
        </p>
        {status.required ? (
          <p>您的角色必须使用动态口令。更换手机时请联系安全管理员重置后重新绑定。</p>
        ) : (
          <form onSubmit={onDisable} className="max-w-md space-y-3" noValidate>
            {disableErrors.form && !disableErrors.fields.password && <Notice tone="error">{disableErrors.form}</Notice>}
            <Field id="disablePassword" label="当前密码" required error={disableErrors.fields.password}>
              <Input {...describedBy("disablePassword", disableErrors.fields.password)} type="password" autoComplete="current-password" />
            </Field>
            <Button type="submit" variant="danger" disabled={disable.busy}>
              关闭动态口令
            </Button>
          </form>
        )}
      </div>
    );
  }

  async function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await confirm.mutateAsync({ code: String(new FormData(event.currentTarget).get("code") ?? "") }).catch(() => null);
    if (done) setCodes(done.recoveryCodes);
  }

  return (
    <div className="space-y-4 text-sm text-slate-700">
      <p>登录时除密码外，还需输入手机验证器（如微信小程序「腾讯身份验证器」、华为或小米手机自带的验证器、Google Authenticator）每 30 秒更新的 6 位动态口令。</p>
      {!begin.data ? (
        <Button onClick={() => begin.mutate()} disabled={begin.busy}>
          {begin.isPending ? "正在生成…" : "绑定动态口令"}
        </Button>
      ) : (
        <form onSubmit={onConfirm} className="max-w-md space-y-3" noValidate>
          <p>1. 用验证器扫描二维码（或手动输入密钥）：</p>
          {/* The SVG is drawn on the server by the qrcode library from the otpauth address; no user text in it. */}
          <div role="img" aria-label="动态口令绑定二维码" className="h-48 w-48 border border-slate-200 bg-white p-1" dangerouslySetInnerHTML={{ __html: begin.data.qrSvg }} />
          <p>
            密钥：<span className="font-mono break-all select-all">{begin.data.secret}</span>
          </p>
          <p>2. 输入验证器上显示的 6 位数字：</p>
          {confirmErrors.form && !confirmErrors.fields.code && <Notice tone="error">{confirmErrors.form}</Notice>}
          <Field id="code" label="动态口令" required error={confirmErrors.fields.code}>
            <Input {...describedBy("code", confirmErrors.fields.code)} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Field>
          <Button type="submit" disabled={confirm.busy}>
            {confirm.isPending ? "正在确认…" : "确认绑定"}
          </Button>
        </form>
      )}
    </div>
  );
}
