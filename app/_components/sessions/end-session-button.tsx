"use client";

import { formErrors, useTRPC } from "@/app/_components/trpc";
import { useSaving } from "@/app/_components/use-saving";
import { Button } from "@/app/_components/ui/button";

/** Ends one session, or all of a person's sessions; the list is re-read from the server after. */
export function EndSessionButton({ target, label }: { target: { sessionId: string } | { personId: string }; label: string }) {
  const trpc = useTRPC();
  const one = useSaving(trpc.account.endSession.mutationOptions());
  const all = useSaving(trpc.account.endAllSessions.mutationOptions());
  const error = formErrors(one.error ?? all.error).form;
  const busy = one.busy || all.busy;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant="danger"
        disabled={busy}
        onClick={() => ("sessionId" in target ? one.mutate(target) : all.mutate(target))}
      >
        {busy ? "正在处理…" : label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
