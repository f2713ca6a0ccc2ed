"use client";

import { useState } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { useSaving } from "@/app/_components/use-saving";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

/** 「重新检查」: finds every pair again, e.g. after the synonym list changed. */
export function RecheckButton() {
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const recheck = useSaving(trpc.duplicate.recheck.mutationOptions({ onSuccess: (r) => setDone(`已重新比对 ${r.checked} 个条目，找到可能重复 ${r.pairs} 对。`) }));
  const error = formErrors(recheck.error).form;
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => (setDone(null), recheck.mutate())} disabled={recheck.busy}>
        {recheck.busy ? "正在检查…" : "重新检查"}
      </Button>
      {done && <Notice tone="success">{done}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
