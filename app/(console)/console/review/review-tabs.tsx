import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { REVIEW_KINDS, REVIEW_PATHS, type ReviewKind } from "@/server/versioning/review-kinds";

/** Switches the review queue between its kinds, each with how many wait; two to a row on phones, so every tab shows. */
export async function ReviewTabs({ current }: { current: ReviewKind }) {
  const counts = await (await api()).review.counts();
  return (
    <nav aria-label="审核类别" className="mb-4 grid grid-cols-2 gap-x-1 border-b border-slate-200 sm:flex">
      {REVIEW_KINDS.map((kind) => (
        <Link
          key={kind}
          href={REVIEW_PATHS[kind].queue}
          aria-current={kind === current ? "page" : undefined}
          className={`-mb-px flex min-h-11 items-center gap-1.5 border-b-2 px-3 sm:px-4 text-sm font-medium whitespace-nowrap ${kind === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {REVIEW_PATHS[kind].label}
          <span className={`rounded-full px-2 text-xs ${counts[kind] ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-600"}`}>
            {counts[kind]}
            <span className="sr-only"> 项待审核</span>
          </span>
        </Link>
      ))}
    </nav>
  );
}
