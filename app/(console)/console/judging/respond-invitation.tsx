"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

/** A judge accepts or declines one competition's invitation. */
export function RespondInvitation({ competitionId, name }: { competitionId: string; name: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const respond = useMutation(trpc.competition.respondToInvitation.mutationOptions({ onSuccess: () => router.refresh() }));
  const error = formErrors(respond.error).form;
  return (
    <div className="mt-2 space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={respond.isPending} aria-label={`接受邀请：${name}`} onClick={() => respond.mutate({ competitionId, accept: true })}>
          接受邀请
        </Button>
        <Button variant="secondary" disabled={respond.isPending} aria-label={`谢绝邀请：${name}`} onClick={() => respond.mutate({ competitionId, accept: false })}>
          谢绝邀请
        </Button>
      </div>
    </div>
  );
}
