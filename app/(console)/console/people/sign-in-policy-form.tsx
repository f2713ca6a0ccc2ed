"use client";

import type { FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { useSaving } from "@/app/_components/use-saving";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import type { SignInPolicy } from "@/server/auth/sign-in-policy";

/** 「登录方式」: whether local passwords are refused for all but the named break-glass administrators. */
export function SignInPolicyForm({ policy, unifiedName }: { policy: SignInPolicy; unifiedName: string | null }) {
  const trpc = useTRPC();
  const save = useSaving(trpc.organisation.updateSignInPolicy.mutationOptions());
  const errors = formErrors(save.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const breakGlass = String(data.get("breakGlass") ?? "")
      .split(/[\s,，、]+/)
      .filter(Boolean);
    await save.mutateAsync({ requireUnified: data.get("requireUnified") === "on", breakGlass, version: policy.version }).catch(() => null);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        {unifiedName
          ? `已接入${unifiedName}，登录页提供「统一身份认证登录」。`
          : "尚未配置统一身份认证（OIDC_ISSUER 等），以下要求暂不生效，所有人仍可用本地密码登录。"}
      </p>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {save.isSuccess && <Notice tone="success">登录方式已保存</Notice>}
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="requireUnified" defaultChecked={policy.requireUnified} className="h-4 w-4" />
        要求统一身份认证登录（应急管理员除外）
      </label>
      <Field id="breakGlass" label="应急管理员（保留本地密码登录）" error={errors.fields.breakGlass} hint="填写系统管理员、安全管理员或审计管理员的用户名，多个用顿号或逗号分隔；统一身份认证平台不可用时由他们登录处置">
        <Input {...describedBy("breakGlass", errors.fields.breakGlass)} defaultValue={policy.breakGlass.join("、")} autoComplete="off" />
      </Field>
      <Button type="submit" variant="secondary" disabled={save.busy}>
        {save.isPending ? "正在保存…" : "保存登录方式"}
      </Button>
    </form>
  );
}
