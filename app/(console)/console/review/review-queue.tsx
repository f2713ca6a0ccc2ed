"use client";

import Link from "@/app/_components/link";
import { useState } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Badge, Notice } from "@/app/_components/ui/layout";
import type { LikelyDuplicate } from "@/server/duplicates/schemas";
import { formatDateTime } from "@/server/time";
import { unmet, type ChecklistItem } from "@/server/versioning/checklist";
import { REVIEW_PATHS, type ReviewKind } from "@/server/versioning/review-kinds";

export interface QueueRow {
  id: string;
  version: number;
  name: string;
  /** What kind of entry, e.g. 数据 or 一件事. */
  kindLabel: string;
  /** One more fact worth seeing in the queue (使用资源 3 项, 证明材料 2 项). */
  detail?: string;
  number: number;
  departmentName: string;
  submitterName: string | null;
  submittedAt: Date | null;
  checklist: ChecklistItem[];
  /** 「已有同类」 found when it was submitted. */
  likelyDuplicates?: LikelyDuplicate[] | null;
}

/**
 * One review queue for resources, scenarios and no-proof use cases: oldest first, each with what the
 * checklist found, opened one by one or approved in a batch.
 */
export function ReviewQueue({ kind, rows, filters = "" }: { kind: ReviewKind; rows: QueueRow[]; filters?: string }) {
  const trpc = useTRPC();
  const noun = REVIEW_PATHS[kind].label;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The three routers take the same batch input; only the entry kind differs.
  const procedure = { resource: trpc.resource.batchApprove, scenario: trpc.scenario.batchApprove, noProof: trpc.noProof.batchApprove, place: trpc.place.batchApprove }[
    kind
  ] as typeof trpc.resource.batchApprove;
  const batch = useSaving(procedure.mutationOptions({ onSuccess: () => setSelected(new Set()) }));
  const errors = formErrors(batch.error);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">没有待审核的{noun}。</p>;
  return (
    <div className="space-y-3">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {batch.data && (
        <Notice tone={batch.data.failed.length ? "warning" : "success"}>
          已通过 {batch.data.approved} 项
          {batch.data.failed.length > 0 && `，${batch.data.failed.length} 项未通过：${batch.data.failed.map((f) => f.message).join("；")}`}
        </Notice>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <label className="inline-flex min-h-11 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={selected.size === rows.length}
            onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
          />
          全选本页
        </label>
        <Button
          disabled={selected.size === 0 || batch.busy}
          onClick={() => batch.mutate({ items: rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, version: r.version })) })}
        >
          {batch.isPending ? "正在处理…" : `批量通过（${selected.size}）`}
        </Button>
      </div>
      <ul className="space-y-3" aria-label={`待审核${noun}`}>
        {rows.map((r) => {
          const failed = unmet(r.checklist);
          return (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start gap-3">
                <input type="checkbox" className="mt-1.5 h-4 w-4" aria-label={`选择「${r.name}」`} checked={selected.has(r.id)} onChange={() => toggle(r.id)} />
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`${REVIEW_PATHS[kind].entry(r.id)}${filters ? `?queue=${encodeURIComponent(filters)}` : ""}`} className="text-lg font-medium break-words text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                    <Badge tone="brand">{r.kindLabel}</Badge>
                    <Badge tone={r.number > 1 ? "warning" : "neutral"}>{r.number > 1 ? `第 ${r.number} 版修改` : "新登记"}</Badge>
                    {failed.length === 0 ? <Badge tone="success">检查全部通过</Badge> : <Badge tone="danger">{failed.length} 项不符合</Badge>}
                    {r.likelyDuplicates?.length ? <Badge tone="warning">疑似重复：{r.likelyDuplicates[0]!.departmentName}「{r.likelyDuplicates[0]!.name}」</Badge> : null}
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {r.departmentName} · {r.submitterName ?? "—"} 提交于 {formatDateTime(r.submittedAt)}
                    {r.detail && ` · ${r.detail}`}
                  </p>
                  {failed.length > 0 && (
                    <ul className="mt-2 space-y-0.5 text-sm text-red-800">
                      {failed.map((c) => (
                        <li key={c.rule}>
                          ✗ {c.rule}
                          {c.detail && <span className="text-slate-600">（{c.detail}）</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
