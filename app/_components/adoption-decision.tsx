"use client";

import { useState } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/** The lead department confirms a reuse record, or declines it with a reason. */
export function AdoptionDecision({ id, version, adopterName }: { id: string; version: number; adopterName: string }) {
  const trpc = useTRPC();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState("");
  const decide = useSaving(trpc.scenario.decideAdoption.mutationOptions());
  const errors = formErrors(decide.error);
  const reasonId = `reason-${id}`;
  return (
    <div className="mt-2 space-y-2">
      {errors.form && !errors.fields.reason && <Notice tone="error">{errors.form}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => decide.mutate({ id, version, confirm: true })} disabled={decide.busy} aria-label={`确认${adopterName}的复用`}>
          确认复用
        </Button>
        <Button variant="secondary" onClick={() => setDeclining(true)} disabled={decide.busy}>
          不予确认
        </Button>
      </div>
      {declining && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            decide.mutate({ id, version, confirm: false, reason });
          }}
        >
          <Field id={reasonId} label="不予确认的理由" required error={errors.fields.reason}>
            <Textarea {...describedBy(reasonId, errors.fields.reason)} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <Button type="submit" variant="danger" disabled={decide.busy}>
            确认不予确认
          </Button>
        </form>
      )}
    </div>
  );
}
