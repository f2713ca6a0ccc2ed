"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/** 申请使用: a department asks to use this resource. */
export function RequestAccess({ resourceId, conditional }: { resourceId: string; conditional: boolean }) {
  const trpc = useTRPC();
  const [purpose, setPurpose] = useState("");
  const request = useSaving(trpc.access.request.mutationOptions());
  const errors = formErrors(request.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate({ resourceId, purpose });
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {errors.form && !errors.fields.purpose && <Notice tone="error">{errors.form}</Notice>}
      <p className="text-sm text-slate-700">
        {conditional
          ? "该资源为有条件共享：申请将送提供部门审核，提供部门应在 10 个工作日内答复。"
          : "该资源为无条件共享：提交后即开通，并留存申请记录。"}
      </p>
      <Field id="purpose" label="用途说明" required error={errors.fields.purpose} hint="说明用于哪项业务或场景，如：社保参保一件事中核验身份">
        <Textarea {...describedBy("purpose", errors.fields.purpose)} rows={2} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </Field>
      <Button type="submit" disabled={request.busy}>
        {request.isPending ? "正在提交…" : "提交申请"}
      </Button>
    </form>
  );
}
