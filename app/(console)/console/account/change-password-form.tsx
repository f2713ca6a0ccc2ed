"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { useSaving } from "@/app/_components/use-saving";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { PASSWORD_RULES_HINT } from "@/server/auth/password-rules";

/** `then`: where a person goes once the password was the last thing to set up. */
export function ChangePasswordForm({ required, then }: { required: boolean; then: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const change = useSaving(trpc.account.changePassword.mutationOptions());
  const errors = formErrors(change.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? "");
    const done = await change
      .mutateAsync({ currentPassword: value("currentPassword"), newPassword: value("newPassword"), confirmPassword: value("confirmPassword") })
      .then(() => true)
      .catch(() => false);
    if (!done) return;
    form.reset();
    if (then) router.push(then);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-3" noValidate>
      {errors.form && !Object.keys(errors.fields).length && <Notice tone="error">{errors.form}</Notice>}
      {change.isSuccess && <Notice tone="success">密码已修改，您在其他设备上的登录已全部结束</Notice>}
      <Field id="currentPassword" label={required ? "初始密码（管理员告知的密码）" : "当前密码"} required error={errors.fields.currentPassword}>
        <Input {...describedBy("currentPassword", errors.fields.currentPassword)} type="password" autoComplete="current-password" />
      </Field>
      <Field id="newPassword" label="新密码" required error={errors.fields.newPassword} hint={PASSWORD_RULES_HINT}>
        <Input {...describedBy("newPassword", errors.fields.newPassword)} type="password" autoComplete="new-password" />
      </Field>
      <Field id="confirmPassword" label="再次输入新密码" required error={errors.fields.confirmPassword}>
        <Input {...describedBy("confirmPassword", errors.fields.confirmPassword)} type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={change.busy}>
        {change.isPending ? "正在保存…" : "修改密码"}
      </Button>
    </form>
  );
}
