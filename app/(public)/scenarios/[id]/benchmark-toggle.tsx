"use client";

import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

/** Organisers mark a published scenario as a 标杆场景, or take the mark away. */
export function BenchmarkToggle({ id, benchmark }: { id: string; benchmark: boolean }) {
  const trpc = useTRPC();
  const toggle = useSaving(trpc.scenario.setBenchmark.mutationOptions());
  const errors = formErrors(toggle.error);
  return (
    <div className="space-y-2">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Button variant={benchmark ? "secondary" : "primary"} disabled={toggle.busy} onClick={() => toggle.mutate({ id, benchmark: !benchmark })}>
        {benchmark ? "取消标杆场景" : "设为标杆场景"}
      </Button>
    </div>
  );
}
