"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SharingBadge } from "@/app/_components/resource-badges";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { Input, Textarea } from "@/app/_components/ui/field";
import { Badge, Notice } from "@/app/_components/ui/layout";
import type { SHARING_CLASS_LABELS } from "@/server/resources/schemas";

export interface PickedResource {
  id: string;
  name: string;
  code: string;
  departmentId: string;
  departmentName: string;
  sharingClass: keyof typeof SHARING_CLASS_LABELS;
}

const ACCESS_LABELS = {
  pending: { text: "已申请，待提供部门答复", tone: "warning" },
  approved: { text: "已获准使用", tone: "success" },
  granted: { text: "已开通", tone: "success" },
  rejected: { text: "申请未获同意", tone: "danger" },
} as const;

/** Asks the owning department for one conditional resource, from inside the scenario form. */
function AccessRequest({ resource, purpose: suggested, onDone }: { resource: PickedResource; purpose: string; onDone: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState(suggested);
  const request = useMutation(trpc.access.request.mutationOptions({ onSuccess: () => { setOpen(false); onDone(); } }));
  const errors = formErrors(request.error);
  const id = `purpose-${resource.id}`;
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={`申请使用「${resource.name}」`}>
        申请使用
      </Button>
    );
  return (
    <div className="mt-2 w-full space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium">
        向{resource.departmentName}说明用途
      </label>
      <Textarea id={id} rows={2} value={purpose} onChange={(e) => setPurpose(e.target.value)} aria-invalid={errors.form ? true : undefined} />
      {errors.form && <p className="text-sm text-red-700" role="alert">{errors.fields.purpose ?? errors.form}</p>}
      <div className="flex gap-2">
        <Button onClick={() => request.mutate({ resourceId: resource.id, purpose })} disabled={request.isPending}>
          {request.isPending ? "正在提交…" : "提交申请"}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          取消
        </Button>
      </div>
    </div>
  );
}

interface Props {
  picked: PickedResource[];
  onChange: (next: PickedResource[]) => void;
  /** The lead department: its own resources need no access request. */
  ownDepartmentId: string;
  /** Suggested purpose for access requests. */
  purpose: string;
  error?: string;
  /** Only this department's resources, e.g. the ones an adopter connected. */
  onlyOwn?: boolean;
}

/**
 * Finds published resources by name, code or keyword and keeps the chosen ones. For
 * 有条件共享 resources of other departments it shows where the access request stands and lets
 * the publisher ask without leaving the form.
 */
export function ResourcePicker({ picked, onChange, ownDepartmentId, purpose, error, onlyOwn }: Props) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const results = useQuery({ ...trpc.resource.search.queryOptions({ q, status: "published", page: 1, departmentId: onlyOwn ? ownDepartmentId : undefined }), enabled: q.length > 0 });
  const needsGrant = picked.filter((r) => r.sharingClass === "conditional" && r.departmentId !== ownDepartmentId);
  const access = useQuery({ ...trpc.access.forResources.queryOptions({ resourceIds: needsGrant.map((r) => r.id) }), enabled: needsGrant.length > 0 });
  const chosen = new Set(picked.map((r) => r.id));

  return (
    <div className="space-y-3">
      {error && (
        <p id="resourceIds-error" className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
      {picked.length === 0 ? (
        <p className="text-sm text-slate-600">
          {onlyOwn ? "尚未选择资源。" : "尚未选择资源。场景只能使用已发布的资源；其他部门的有条件共享资源须获准后才能提交审核。"}
        </p>
      ) : (
        <ul className="space-y-2" aria-label="已选资源">
          {picked.map((r) => {
            const status = access.data?.[r.id]?.status;
            const conditional = needsGrant.includes(r);
            return (
              <li key={r.id} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-3">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{r.name}</p>
                  <p className="text-xs text-slate-600">
                    {r.departmentName} · <span className="font-mono">{r.code}</span>
                  </p>
                </div>
                <SharingBadge value={r.sharingClass} />
                {conditional && status && <Badge tone={ACCESS_LABELS[status].tone}>{ACCESS_LABELS[status].text}</Badge>}
                {conditional && !access.isPending && (!status || status === "rejected") && (
                  <AccessRequest resource={r} purpose={purpose} onDone={() => void access.refetch()} />
                )}
                <Button variant="secondary" onClick={() => onChange(picked.filter((p) => p.id !== r.id))} aria-label={`移除「${r.name}」`}>
                  移除
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex gap-2">
        <label htmlFor="resource-search" className="sr-only">
          查找资源
        </label>
        <Input
          id="resource-search"
          type="search"
          placeholder={onlyOwn ? "查找本部门已发布的资源" : "按名称、编码或关键词查找已发布资源"}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter searches here instead of submitting the whole scenario form.
            if (e.key === "Enter") {
              e.preventDefault();
              setQ(text.trim());
            }
          }}
        />
        <Button variant="secondary" className="shrink-0" onClick={() => setQ(text.trim())}>
          查找
        </Button>
      </div>
      {q && (
        <div aria-live="polite">
          {results.isPending ? (
            <p className="text-sm text-slate-600">正在查找…</p>
          ) : results.error ? (
            <Notice tone="error">{formErrors(results.error).form}</Notice>
          ) : results.data.rows.length === 0 ? (
            <p className="text-sm text-slate-600">没有找到「{q}」相关的已发布资源。</p>
          ) : (
            <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200" aria-label="查找结果">
              {results.data.rows.map((r) => {
                const refused = r.sharingClass === "none" && r.departmentId !== ownDepartmentId;
                return (
                  <li key={r.id} className="flex flex-wrap items-center gap-2 p-2">
                    <div className="min-w-0 flex-1">
                      <p className="text-sm font-medium">{r.name}</p>
                      <p className="text-xs text-slate-600">{r.departmentName}</p>
                    </div>
                    <SharingBadge value={r.sharingClass} />
                    <Button
                      variant="secondary"
                      disabled={chosen.has(r.id) || refused}
                      aria-label={`添加「${r.name}」`}
                      onClick={() => onChange([...picked, { id: r.id, name: r.name, code: r.code, departmentId: r.departmentId, departmentName: r.departmentName, sharingClass: r.sharingClass }])}
                    >
                      {chosen.has(r.id) ? "已添加" : refused ? "不予共享" : "添加"}
                    </Button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
