"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/** The owner's answer to one request: approve with conditions and an expiry, or reject with a reason. */
export function DecideAccess({ id, version, resourceName }: { id: string; version: number; resourceName: string }) {
  const trpc = useTRPC();
  const [mode, setMode] = useState<"approve" | "reject" | null>(null);
  const decide = useSaving(trpc.access.decide.mutationOptions());
  const errors = formErrors(decide.error);
  const prefix = `decide-${id}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    decide.mutate({
      id,
      version,
      decision: mode!,
      reason: String(f.get("reason") ?? ""),
      conditions: String(f.get("conditions") ?? ""),
      expiresOn: String(f.get("expiresOn") ?? ""),
    });
  }

  if (!mode)
    return (
      <div className="mt-3 flex gap-2">
        <Button onClick={() => setMode("approve")}>同意</Button>
        <Button variant="danger" onClick={() => setMode("reject")}>
          拒绝
        </Button>
      </div>
    );
  return (
    <form onSubmit={submit} className="mt-3 space-y-3 rounded-md border border-slate-200 p-3" noValidate aria-label={`答复「${resourceName}」的申请`}>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {mode === "approve" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${prefix}-conditions`} label="使用条件（可选）" error={errors.fields.conditions}>
            <Input {...describedBy(`${prefix}-conditions`, errors.fields.conditions)} name="conditions" placeholder="如：仅用于参保核验，不得留存" />
          </Field>
          <Field id={`${prefix}-expiresOn`} label="有效期至（可选）" error={errors.fields.expiresOn}>
            <Input {...describedBy(`${prefix}-expiresOn`, errors.fields.expiresOn)} name="expiresOn" type="date" />
          </Field>
        </div>
      )}
      <Field id={`${prefix}-reason`} label={mode === "reject" ? "拒绝理由" : "答复说明（可选）"} required={mode === "reject"} error={errors.fields.reason}>
        <Textarea {...describedBy(`${prefix}-reason`, errors.fields.reason)} name="reason" rows={2} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant={mode === "reject" ? "danger" : "primary"} disabled={decide.busy}>
          {mode === "approve" ? "确认同意" : "确认拒绝"}
        </Button>
        <Button variant="secondary" onClick={() => setMode(null)}>
          取消
        </Button>
      </div>
    </form>
  );
}
