"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/** Registers an address; the signing secret is shown here once and never again. */
export function RegisterWebhook({ departmentId }: { departmentId: string }) {
  const trpc = useTRPC();
  const register = useSaving(trpc.notification.registerWebhook.mutationOptions());
  const errors = formErrors(register.error);
  const [secret, setSecret] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const f = new FormData(form);
    register.mutate(
      { departmentId, name: String(f.get("webhook-name") ?? ""), url: String(f.get("webhook-url") ?? "") },
      {
        onSuccess: (created) => {
          setSecret(created.secret);
          form.reset();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="登记推送地址">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {secret && (
        <Notice tone="success">
          <p>已登记。签名密钥只显示这一次，请立即复制并配置到接收方：</p>
          <p className="mt-1 font-mono break-all select-all" aria-label="签名密钥">
            {secret}
          </p>
        </Notice>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="webhook-name" label="名称" required error={errors.fields.name} hint="如：办公室政务微信群">
          <Input {...describedBy("webhook-name", errors.fields.name)} maxLength={50} />
        </Field>
        <div className="sm:col-span-2">
          <Field id="webhook-url" label="推送地址" required error={errors.fields.url} hint="http:// 或 https:// 开头；群机器人地址中的密钥参数登记后不再完整显示">
            <Input {...describedBy("webhook-url", errors.fields.url)} type="url" inputMode="url" placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…" />
          </Field>
        </div>
      </div>
      <Button type="submit" disabled={register.busy}>
        {register.busy ? "正在登记…" : "登记推送地址"}
      </Button>
    </form>
  );
}

/** 发送测试消息 and 停用/启用 for one address. */
export function WebhookActions({ id, version, active, name }: { id: string; version: number; active: boolean; name: string }) {
  const trpc = useTRPC();
  const toggle = useSaving(trpc.notification.setWebhookActive.mutationOptions());
  const test = useSaving(trpc.notification.sendTestMessage.mutationOptions());
  const error = formErrors(toggle.error ?? test.error).form;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {active && (
        <Button variant="secondary" className="min-h-9 px-3" disabled={test.busy} onClick={() => test.mutate({ id })} aria-label={`向「${name}」发送测试消息`}>
          发送测试消息
        </Button>
      )}
      <Button variant="secondary" className="min-h-9 px-3" disabled={toggle.busy} onClick={() => toggle.mutate({ id, version, active: !active })} aria-label={`${active ? "停用" : "启用"}「${name}」`}>
        {active ? "停用" : "启用"}
      </Button>
      {test.isSuccess && !test.busy && <span role="status" className="text-sm text-green-800">已排队发送，见推送记录</span>}
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </div>
  );
}
