import Link from "@/app/_components/link";
import type { ReactNode } from "react";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { getActor } from "@/server/auth/session";
import type { LikelyDuplicate } from "@/server/duplicates/schemas";
import type { ChecklistItem } from "@/server/versioning/checklist";
import { queueFilters, REVIEW_PATHS, type ReviewKind } from "@/server/versioning/review-kinds";
import { EntryActions } from "./entry-actions";
import { LookalikeList } from "./lookalike-list";
import { TRPCReactProvider } from "./trpc";

/**
 * The reviewer's end of an entry's page, after its content: the checklist, 审核通过 / 退回修改 while
 * the entry waits for review, and the way on — back to the queue, or straight to the next item.
 */
export async function ReviewBar({
  kind,
  id,
  version,
  reviewable,
  checklist,
  duplicates,
  queue: filters,
}: {
  kind: ReviewKind;
  id: string;
  version: number;
  reviewable: boolean;
  checklist?: ChecklistItem[];
  /** 「已有同类」 found when the version was submitted, and the submitter's reason. */
  duplicates?: { items: LikelyDuplicate[] | null; reason?: string };
  /** The queue's filters the reviewer came with (the page's `queue` search param). */
  queue?: string;
}) {
  const actor = await getActor();
  if (!actor || !can.reviewResources(actor)) return null;
  const queue = await (await api()).review.next({ kind, id });
  if (!queue) return null;
  const kept = queueFilters(filters);
  return (
    <section aria-labelledby="review-bar-title" className="mt-6 rounded-lg border-2 border-brand-600 bg-white p-4 sm:p-6">
      <h2 id="review-bar-title" className="mb-3 text-lg font-semibold">
        审核
      </h2>
      {reviewable && checklist && <Checklist items={checklist} />}
      {reviewable && duplicates?.items?.length ? (
        <div className="mb-4 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <h3 className="text-sm font-semibold text-amber-950">已有同类（提交时发现 {duplicates.items.length} 项）</h3>
          <LookalikeList items={duplicates.items} reviewer />
          <p className="text-sm">
            <strong>提交人说明的区别：</strong>
            {duplicates.reason || "（未填写）"}
          </p>
        </div>
      ) : null}
      {reviewable ? (
        <TRPCReactProvider>
          <EntryActions entry={kind} id={id} version={version} can={{ edit: false, submit: false, review: true, retire: false }} editHref="" />
        </TRPCReactProvider>
      ) : (
        <p className="text-sm text-slate-700">本项当前不在待审核状态。</p>
      )}
      <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={kept ? `${queue.queueHref}?${kept}` : queue.queueHref} className="text-brand-700 underline">
          ← 返回{REVIEW_PATHS[kind].label}审核队列（待审核 {queue.waiting} 项）
        </Link>
        {queue.next && (
          <Link href={queue.next.href} className="font-medium text-brand-700 underline">
            下一项：{queue.next.name} →
          </Link>
        )}
      </p>
    </section>
  );
}

/** The management rules as checked for this version. */
export function Checklist({ items, title = "管理制度检查" }: { items: ChecklistItem[]; title?: string }) {
  return (
    <>
      <h3 className="mb-2 text-sm font-semibold">{title}</h3>
      <ul className="mb-4 space-y-1 text-sm" aria-label={title}>
        {items.map((item) => (
          <li key={item.rule} className={item.passed ? "text-green-800" : "text-red-800"}>
            <span aria-hidden="true">{item.passed ? "✓ " : "✗ "}</span>
            <span className="sr-only">{item.passed ? "符合：" : "不符合："}</span>
            {item.rule}
            {item.detail && <span className="text-slate-600">（{item.detail}）</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
