"use client";

import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

/** A judge accepts or declines one competition's invitation. */
export function RespondInvitation({ competitionId, name }: { competitionId: string; name: string }) {
  const trpc = useTRPC();
  const respond = useSaving(trpc.competition.respondToInvitation.mutationOptions());
  const error = formErrors(respond.error).form;
  return (
    <div className="mt-2 space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={respond.busy} aria-label={`接受邀请：${name}`} onClick={() => respond.mutate({ competitionId, accept: true })}>
          接受邀请
        </Button>
        <Button variant="secondary" disabled={respond.busy} aria-label={`谢绝邀请：${name}`} onClick={() => respond.mutate({ competitionId, accept: false })}>
          谢绝邀请
        </Button>
      </div>
    </div>
  );
}
