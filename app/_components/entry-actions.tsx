"use client";

import { useState } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button, ButtonLink } from "@/app/_components/ui/button";
import { describedBy, Field, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import type { ReviewKind } from "@/server/versioning/review-kinds";

interface Props {
  /** Every kind of reviewed entry shares one lifecycle and procedures of the same names and inputs. */
  entry: ReviewKind;
  id: string;
  version: number;
  can: { edit: boolean; submit: boolean; review: boolean; retire: boolean };
  editHref: string;
}

/** What an owner or reviewer can do to a catalogue entry from its page. */
export function EntryActions({ entry, id, version, can, editHref }: Props) {
  // The routers take the same inputs here; only their outputs differ, and these are not read.
  const trpc = useTRPC()[entry] as unknown as ReturnType<typeof useTRPC>["resource"];
  const [reasonFor, setReasonFor] = useState<"return" | "retire" | null>(null);
  const [reason, setReason] = useState("");
  const done = { onSuccess: () => { setReasonFor(null); setReason(""); } };
  const submit = useSaving(trpc.submit.mutationOptions(done));
  const approve = useSaving(trpc.approve.mutationOptions(done));
  const returnForChanges = useSaving(trpc.return.mutationOptions(done));
  const retire = useSaving(trpc.retire.mutationOptions(done));
  const active = [submit, approve, returnForChanges, retire].find((m) => m.isError || m.isPending);
  const errors = formErrors(active?.error);
  const pending = [submit, approve, returnForChanges, retire].some((m) => m.busy);
  const ref = { id, version };
  // Only 理由 is a field here: a refusal about the content (「已有同类」 on submit) is said in full.
  const aboutContent = Object.entries(errors.fields)
    .filter(([field]) => field !== "reason")
    .map(([, message]) => `${message}（请点「编辑」修改后再提交）`);

  return (
    <div className="space-y-3">
      {errors.form && !errors.fields.reason && <Notice tone="error">{aboutContent.length ? aboutContent.join("；") : errors.form}</Notice>}
      <div className="flex flex-wrap gap-2">
        {can.edit && <ButtonLink href={editHref} variant="secondary">编辑</ButtonLink>}
        {can.submit && (
          <Button onClick={() => submit.mutate(ref)} disabled={pending}>
            提交审核
          </Button>
        )}
        {can.review && (
          <>
            <Button onClick={() => approve.mutate(ref)} disabled={pending}>
              审核通过
            </Button>
            <Button variant="danger" onClick={() => setReasonFor("return")} disabled={pending}>
              退回修改
            </Button>
          </>
        )}
        {can.retire && (
          <Button variant="secondary" onClick={() => setReasonFor("retire")} disabled={pending}>
            下线
          </Button>
        )}
      </div>
      {reasonFor && (
        <form
          className="space-y-2 rounded-md border border-slate-200 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            (reasonFor === "return" ? returnForChanges : retire).mutate({ ...ref, reason });
          }}
        >
          <Field id="reason" label={reasonFor === "return" ? "退回理由" : "下线原因"} required error={errors.fields.reason}>
            <Textarea {...describedBy("reason", errors.fields.reason)} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" disabled={pending}>
              {reasonFor === "return" ? "确认退回" : "确认下线"}
            </Button>
            <Button variant="secondary" onClick={() => setReasonFor(null)}>
              取消
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
