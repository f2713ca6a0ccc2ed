import Link from "next/link";

/** Switches the review queue between resources, scenarios and no-proof use cases. */
export function ReviewTabs({ current }: { current: "resources" | "scenarios" | "noProof" }) {
  const tabs = [
    { key: "resources", href: "/console/review", label: "资源" },
    { key: "scenarios", href: "/console/review/scenarios", label: "场景" },
    { key: "noProof", href: "/console/review/no-proof", label: "无证明场景" },
  ] as const;
  return (
    <nav aria-label="审核类别" className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${t.key === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
