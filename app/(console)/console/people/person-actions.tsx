"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { PASSWORD_RULES_HINT } from "@/server/auth/password-rules";

export function ResetPasswordForm({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const reset = useSaving(trpc.organisation.resetPassword.mutationOptions());
  const errors = formErrors(reset.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get("newPassword") ?? "");
    const done = await reset.mutateAsync({ id: personId, password }).catch(() => null);
    if (done) {
      form.reset();
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {errors.form && !errors.fields.password && <Notice tone="error">{errors.form}</Notice>}
      {reset.isSuccess && <Notice tone="success">密码已重置，账号已解除锁定，原有登录会话已失效；本人下次登录时须改为自己的密码</Notice>}
      <Field id="newPassword" label="新密码" required error={errors.fields.password} hint={PASSWORD_RULES_HINT}>
        <Input {...describedBy("newPassword", errors.fields.password)} type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" variant="secondary" disabled={reset.busy}>
        {reset.isPending ? "正在重置…" : "重置密码"}
      </Button>
    </form>
  );
}

export function ActiveToggle({ personId, active, displayName }: { personId: string; active: boolean; displayName: string }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const toggle = useSaving(trpc.organisation.setPersonActive.mutationOptions());
  const errors = formErrors(toggle.error);

  async function apply() {
    await toggle.mutateAsync({ id: personId, active: !active }).catch(() => null);
    setConfirming(false);
  }

  return (
    <div className="space-y-3">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <p className="text-sm text-slate-700">
        {active ? "停用后该人员无法登录，已登录的会话立即失效；其历史记录保留。" : "该账号已停用。启用后可重新登录。"}
      </p>
      {active && confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">确认停用「{displayName}」？</span>
          <Button variant="danger" onClick={apply} disabled={toggle.busy}>
            确认停用
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            取消
          </Button>
        </div>
      ) : (
        <Button variant={active ? "danger" : "primary"} onClick={active ? () => setConfirming(true) : apply} disabled={toggle.busy}>
          {active ? "停用账号" : "启用账号"}
        </Button>
      )}
    </div>
  );
}

/** 「解除锁定」 and 「重置动态口令」: one click on the person's behalf, the page re-read after. */
export function PersonActionButton({ personId, action }: { personId: string; action: "unlock" | "resetTwoFactor" }) {
  const trpc = useTRPC();
  const run = useSaving(action === "unlock" ? trpc.account.unlock.mutationOptions() : trpc.account.resetTwoFactor.mutationOptions());
  const errors = formErrors(run.error);
  const [label, pending] = action === "unlock" ? ["解除锁定", "正在解除…"] : ["重置动态口令", "正在重置…"];
  return (
    <div className="space-y-2">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Button variant="secondary" disabled={run.busy} onClick={() => run.mutate({ personId })}>
        {run.isPending ? pending : label}
      </Button>
    </div>
  );
}
