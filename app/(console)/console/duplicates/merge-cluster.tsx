"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Notice } from "@/app/_components/ui/layout";

interface Entry {
  id: string;
  version: number;
  name: string;
  departmentName: string;
}

/**
 * 合并: the bureau picks the entry to keep and ticks the others to retire into it. None is ticked at
 * first: a cluster joins entries through their pairs, so it may hold some that are not the same thing.
 */
export function MergeCluster({ label, noun, entries, keepFirst, returnTo }: { label: string; noun: string; entries: Entry[]; keepFirst: string; returnTo: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  const [keepId, setKeepId] = useState(keepFirst);
  const [picked, setPicked] = useState<string[]>([]);
  const merge = useMutation(
    trpc.duplicate.merge.mutationOptions({
      // The notice names the kept entry; the cluster itself may be gone from the refreshed page.
      onSuccess: (r) => startTransition(() => router.push(`${returnTo}${returnTo.includes("?") ? "&" : "?"}merged=${r.keptId}&count=${r.merged}`)),
    }),
  );
  const others = entries.filter((e) => e.id !== keepId);
  const chosen = others.filter((e) => picked.includes(e.id));
  const busy = merge.isPending || navigating;
  const error = formErrors(merge.error).form;
  return (
    <details className="mt-3 rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">合并{noun}…</summary>
      <form
        aria-label={`合并${label}`}
        className="mt-3 space-y-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          merge.mutate({ keepId, entries: chosen.map(({ id, version }) => ({ id, version })) });
        }}
      >
        <fieldset>
          <legend className="font-medium text-slate-900">保留的{noun}</legend>
          {entries.map((e) => (
            <label key={e.id} className="flex min-h-9 items-center gap-2">
              <input type="radio" name={`keep-${label}`} className="h-4 w-4 shrink-0" checked={keepId === e.id} onChange={() => setKeepId(e.id)} />
              {e.name}（{e.departmentName}）
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-medium text-slate-900">合并后下线的{noun}</legend>
          {others.map((e) => (
            <label key={e.id} className="flex min-h-9 items-center gap-2">
              <input
                type="checkbox"
                className="h-4 w-4 shrink-0"
                checked={picked.includes(e.id)}
                onChange={(event) => setPicked(event.target.checked ? [...picked, e.id] : picked.filter((id) => id !== e.id))}
              />
              {e.name}（{e.departmentName}）
            </label>
          ))}
        </fieldset>
        <p className="text-slate-700">只勾选与保留的{noun}确属同一事项的条目。下线的{noun}注明“已合并至”保留的{noun}，其资源申请和复用记录留作历史。</p>
        {error && <Notice tone="error">{error}</Notice>}
        <Button type="submit" variant="danger" disabled={busy || chosen.length === 0}>
          {busy ? "正在合并…" : `合并 ${chosen.length} 项至保留的${noun}`}
        </Button>
      </form>
    </details>
  );
}
