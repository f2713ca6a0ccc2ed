"use client";

import { useState } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/** Reply to a citizen's report, close it (办结), or both. */
export function AnswerFeedback({ id, version, replied }: { id: string; version: number; replied: boolean }) {
  const trpc = useTRPC();
  const [reply, setReply] = useState("");
  const answer = useSaving(trpc.noProof.answerFeedback.mutationOptions({ onSuccess: () => setReply("") }));
  const errors = formErrors(answer.error);
  const field = `reply-${id}`;
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const close = ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value === "close";
        answer.mutate({ id, version, reply, close });
      }}
    >
      {errors.form && !errors.fields.reply && <Notice tone="error">{errors.form}</Notice>}
      <Field id={field} label={replied ? "补充答复（可选）" : "答复群众"} error={errors.fields.reply}>
        <Textarea {...describedBy(field, errors.fields.reply)} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" value="reply" variant="secondary" disabled={answer.busy}>
          答复
        </Button>
        <Button type="submit" value="close" disabled={answer.busy}>
          {replied ? "办结" : "答复并办结"}
        </Button>
      </div>
    </form>
  );
}
