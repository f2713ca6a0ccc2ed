"use client";

import Link from "next/link";
import { useState } from "react";
import { formatDateTime } from "@/server/time";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Badge, Notice } from "@/app/_components/ui/layout";
import type { ChecklistItem } from "@/server/resources/checklist";
import { RESOURCE_KIND_LABELS, type ResourceKind } from "@/server/resources/schemas";

interface Row {
  id: string;
  code: string;
  version: number;
  name: string;
  kind: ResourceKind;
  number: number;
  departmentName: string;
  submitterName: string | null;
  submittedAt: Date | null;
  checklist: ChecklistItem[];
}

export function ReviewQueue({ rows }: { rows: Row[] }) {
  const trpc = useTRPC();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const batch = useSaving(
    trpc.resource.batchApprove.mutationOptions({
      onSuccess: () => {
        setSelected(new Set());
      },
    }),
  );
  const errors = formErrors(batch.error);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">没有待审核的资源。</p>;
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
        <label className="inline-flex items-center gap-2 text-sm">
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
      <ul className="space-y-3" aria-label="待审核资源">
        {rows.map((r) => {
          const failed = r.checklist.filter((c) => !c.passed);
          return (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start gap-3">
                <input
                  type="checkbox"
                  className="mt-1.5 h-4 w-4"
                  aria-label={`选择「${r.name}」`}
                  checked={selected.has(r.id)}
                  onChange={() => toggle(r.id)}
                />
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/resources/${r.id}`} className="text-lg font-medium text-brand-700 hover:underline">
                      {r.name}
                    </Link>
                    <Badge tone="brand">{RESOURCE_KIND_LABELS[r.kind]}</Badge>
                    {r.number > 1 && <Badge tone="warning">第 {r.number} 版修改</Badge>}
                    {failed.length === 0 ? <Badge tone="success">检查全部通过</Badge> : <Badge tone="danger">{failed.length} 项不符合</Badge>}
                  </div>
                  <p className="mt-1 text-xs text-slate-600">
                    {r.departmentName} · {r.submitterName ?? "—"} 提交于 {formatDateTime(r.submittedAt)} · <span className="font-mono">{r.code}</span>
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
