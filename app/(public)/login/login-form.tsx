"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/_components/auth-actions";
import { Button } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Notice tone="error">{state.error}</Notice>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="username" label="用户名" required>
        <Input id="username" name="username" autoComplete="username" defaultValue={state.username} required />
      </Field>
      <Field id="password" label="密码" required>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
