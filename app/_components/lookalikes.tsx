"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { z } from "zod";
import type { lookalikesInput } from "@/server/duplicates/hints";
import { LookalikeList } from "./lookalike-list";
import { useTRPC } from "./trpc";
import { describedBy, Field, Textarea } from "./ui/field";

type Probe = z.input<typeof lookalikesInput>;

/** The value once it has stopped changing for `ms`: one lookup per pause in typing, not per key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // The serialised value is the dependency: a new but equal object does not restart the wait.
  }, [key, ms]);
  return settled;
}

/**
 * 「已有同类」 beside a registration form: as the name and summary are typed, the entries of any
 * department that look like the same thing; when there are some, the reason asked on submit.
 */
export function Lookalikes({
  probe,
  ownDepartmentId,
  reason,
  onReason,
  error,
}: {
  probe: Probe;
  ownDepartmentId: string;
  reason: string;
  onReason: (value: string) => void;
  error?: string;
}) {
  const trpc = useTRPC();
  const settled = useSettled(probe, 400);
  const found = useQuery({
    ...trpc.duplicate.lookalikes.queryOptions(settled),
    enabled: [...settled.name.trim()].length >= 2,
    placeholderData: (previous) => previous,
  });
  const items = found.data ?? [];
  // A reason already written stays visible, so it is never lost when the list empties.
  if (items.length === 0 && !reason) return null;
  const noun = probe.entryType === "resource" ? "资源" : "场景";
  return (
    <section aria-labelledby="lookalikes-heading" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="lookalikes-heading" className="text-base font-semibold text-amber-950">
        已有同类{items.length > 0 && `（${items.length}）`}
      </h2>
      {items.length > 0 && (
        <>
          <p className="text-sm text-amber-950">
            以下{noun}看起来与正在登记的相同或相近。能复用的请直接{probe.entryType === "resource" ? "申请使用" : "登记复用"}，避免重复建设；确需另建的，提交审核时须说明区别。
          </p>
          <LookalikeList items={items} ownDepartmentId={ownDepartmentId} />
        </>
      )}
      <Field id="duplicateReason" label="与已有同类的区别" error={error} hint={`说明与上面的${noun}有何不同，或为何不能复用；审核员会看到这段说明`}>
        <Textarea {...describedBy("duplicateReason", error)} rows={3} maxLength={500} value={reason} onChange={(e) => onReason(e.target.value)} />
      </Field>
    </section>
  );
}
