"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { contentFieldErrors, formErrors } from "@/app/_components/trpc";
import { submittedForReview } from "@/app/_components/ui/field";
import { fieldErrors } from "@/server/validation";
import { unmet, type ChecklistItem } from "@/server/versioning/checklist";

export interface SummaryItem {
  /** The field's id, to link to; absent for a message about the whole form. */
  field?: string;
  message: string;
}

interface Options<C> {
  /** The content schema the server validates with: the form checks with the very same one. */
  schema: z.ZodType<C>;
  /** The rules a version must meet before 提交审核, the same function the server runs. */
  checklist?: (content: C) => ChecklistItem[];
  /** Sends the content (create or update); resolves with the saved entry. */
  save: (content: unknown, submit: boolean) => Promise<{ id: string }>;
  /** Where the saved entry is shown. */
  savedHref: (id: string, submitted: boolean) => string;
}

/**
 * The one save flow of the three catalogue forms (resources, scenarios, no-proof use cases): the form
 * is checked in the browser with the server's own schema and checklist before anything is sent, and
 * every problem — found here or by the server — is listed in an error summary at the top, each
 * linked to its field (as GOV.UK forms do), and shown beside the field. Nothing typed is lost.
 */
export function useEntryForm<C>({ schema, checklist, save, savedHref }: Options<C>) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  function refuse(items: SummaryItem[]) {
    setErrors(Object.fromEntries(items.filter((i) => i.field).map((i) => [i.field!, i.message])));
    setSummary(items);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>, content: unknown) {
    event.preventDefault();
    const submit = submittedForReview(event);
    const parsed = schema.safeParse(content);
    if (!parsed.success) return refuse(Object.entries(fieldErrors(parsed.error)).map(([field, message]) => ({ field: field === "_form" ? undefined : field, message })));
    const failing = submit && checklist ? unmet(checklist(parsed.data)) : [];
    if (failing.length)
      return refuse(failing.map((i) => ({ field: i.field, message: `提交审核前须满足：${i.rule}${i.detail ? `（${i.detail}）` : ""}` })));
    setPending(true);
    try {
      const saved = await save(content, submit);
      router.push(savedHref(saved.id, submit));
    } catch (error) {
      setPending(false);
      const fields = contentFieldErrors(error);
      const items = Object.entries(fields).map(([field, message]) => ({ field, message }));
      refuse(items.length ? items : [{ message: formErrors(error).form ?? "保存失败，请重试" }]);
    }
  }

  /** The checklist of what is typed now, for the live panel; null while the form is too incomplete to read. */
  function live(content: unknown): ChecklistItem[] | null {
    if (!checklist) return null;
    try {
      return checklist(content as C);
    } catch {
      return null;
    }
  }

  return { errors, summary, attempt, pending, onSubmit, live };
}

/**
 * The list of problems at the top of a refused form. It takes the focus, so a screen reader reads it
 * out and a keyboard user starts from it; each item moves the focus to its field.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!items.length) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-2 border-red-700 bg-white p-4 outline-none">
      <h2 id="error-summary-title" className="text-base font-semibold text-red-800">
        有 {items.length} 处需要修改，修改后再保存
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {items.map((item, i) => (
          <li key={i}>
            {item.field ? (
              <a
                href={`#${item.field}`}
                className="text-red-800 underline"
                onClick={(e) => {
                  const target = document.getElementById(item.field!);
                  if (!target) return;
                  e.preventDefault();
                  target.scrollIntoView({ block: "center" });
                  target.focus({ preventScroll: true });
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">您填写的内容都已保留。</p>
    </div>
  );
}

/** The checklist as it stands while typing: what 提交审核 will need. */
export function ReadinessPanel({ items }: { items: ChecklistItem[] | null }) {
  if (!items?.length) return null;
  const open = unmet(items).length;
  return (
    <section aria-labelledby="readiness-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="readiness-title" className="text-base font-semibold">
        提交审核前检查{" "}
        <span className={`text-sm font-normal ${open ? "text-amber-800" : "text-green-800"}`}>{open ? `（还有 ${open} 项未满足，可先保存草稿）` : "（全部满足，可以提交审核）"}</span>
      </h2>
      <ul className="mt-2 space-y-1 text-sm" aria-label="提交审核前检查">
        {items.map((item) => (
          <li key={item.rule} className={item.passed ? "text-green-800" : "text-slate-800"}>
            <span aria-hidden="true" className={`mr-1 font-bold ${item.passed ? "text-green-700" : "text-red-700"}`}>
              {item.passed ? "✓" : "✗"}
            </span>
            <span className="sr-only">{item.passed ? "已满足：" : "未满足："}</span>
            {item.rule}
            {!item.passed && item.detail && <span className="text-slate-600">（{item.detail}）</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The line above a long form that says what the marks mean. */
export function RequiredLegend() {
  return (
    <p className="text-sm text-slate-700">
      带 <span className="text-red-700">*</span> 的为必填项。草稿随时可以保存；提交审核前，页面下方「提交审核前检查」中的各项须全部满足。
    </p>
  );
}
