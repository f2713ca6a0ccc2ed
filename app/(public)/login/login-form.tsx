"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/_components/auth-actions";
import { Button } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

export function LoginForm({ callbackUrl, challenge }: { callbackUrl: string; challenge?: SignInState["challenge"] }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { challenge });
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Notice tone="error">{state.error}</Notice>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.pendingToken ? (
        <>
          <input type="hidden" name="pendingToken" value={state.pendingToken} />
          <input type="hidden" name="username" value={state.username ?? ""} />
          <p className="text-sm text-slate-700">
            账号 <span className="font-mono">{state.username}</span> 已启用动态口令。请打开手机上的验证器，输入显示的 6 位数字；手机丢失时可输入一个恢复码。
          </p>
          <Field id="code" label="动态口令" required>
            <Input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={20} required autoFocus />
          </Field>
        </>
      ) : (
        <>
          <Field id="username" label="用户名" required>
            <Input id="username" name="username" autoComplete="username" defaultValue={state.username} required />
          </Field>
          <Field id="password" label="密码" required>
            <Input id="password" name="password" type="password" autoComplete="current-password" required />
          </Field>
          {state.challenge && (
            // Keyed by the token, so a new question comes with an empty answer field.
            <Field key={state.challenge.token} id="challengeAnswer" label={`验证题：${state.challenge.question}`} required hint="多次登录失败后需要回答。填写数字即可，如 8 或 八。">
              <input type="hidden" name="challengeToken" value={state.challenge.token} />
              <Input id="challengeAnswer" name="challengeAnswer" inputMode="numeric" autoComplete="off" maxLength={10} required />
            </Field>
          )}
        </>
      )}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在登录…" : state.pendingToken ? "验证并登录" : "登录"}
      </Button>
    </form>
  );
}
