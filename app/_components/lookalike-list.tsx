import Link from "@/app/_components/link";
import type { LikelyDuplicate } from "@/server/duplicates/schemas";
import { joinedTerms } from "@/server/duplicates/similarity";
import { Badge } from "./ui/layout";

/** The name with the characters of the shared terms marked, so the reader sees why it matched. */
function Highlighted({ name, terms }: { name: string; terms: string[] }) {
  const chars = [...name];
  const shared = new Set(terms);
  const marked = chars.map(() => false);
  chars.forEach((c, i) => {
    const bigram = (c + (chars[i + 1] ?? "")).toLowerCase();
    if (shared.has(bigram)) marked[i] = marked[i + 1] = true;
  });
  return (
    <>
      {chars.map((c, i) =>
        marked[i] ? (
          <mark key={i} className="bg-amber-100 text-inherit">
            {c}
          </mark>
        ) : (
          c
        ),
      )}
    </>
  );
}

const hrefOf = (d: LikelyDuplicate) => (d.entryType === "resource" ? `/resources/${d.id}` : `/scenarios/${d.id}`);

/**
 * 「已有同类」: entries of any department that look like this one, most alike first, each with why
 * (shared terms, a similarity figure) and what to do instead of building it again.
 */
export function LookalikeList({ items, ownDepartmentId, reviewer = false }: { items: LikelyDuplicate[]; ownDepartmentId?: string; reviewer?: boolean }) {
  return (
    <ul className="space-y-3">
      {items.map((d) => {
        // Reviewers only look; the registering department may reuse another's published entry.
        const reusable = !reviewer && d.status === "published" && d.departmentId !== ownDepartmentId;
        // Another department's entry in review is not open to others yet; reviewers see them all.
        const openable = reviewer || d.status === "published" || d.departmentId === ownDepartmentId;
        return (
          <li key={d.id} className="rounded-md border border-amber-200 bg-white p-3 text-sm">
            <p className="font-medium text-slate-900">
              <Highlighted name={d.name} terms={d.sharedTerms} />
              {d.code && <span className="ml-2 font-mono text-xs text-slate-600">{d.code}</span>}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
              <span>{d.departmentName}</span>
              <Badge tone={d.status === "published" ? "success" : "warning"}>{d.status === "published" ? "已发布" : "审核中"}</Badge>
              <span>相似度 {Math.round(d.score * 100)}%</span>
              {d.sharedTerms.length > 0 && <span className="text-slate-600">相同词：{joinedTerms(d.sharedTerms).join("、")}</span>}
            </p>
            <p className="mt-2 flex flex-wrap gap-4">
              {openable && (
                <Link className="text-brand-700 underline" href={hrefOf(d)} aria-label={`查看「${d.name}」`}>
                  查看
                </Link>
              )}
              {reusable && d.entryType === "resource" && (
                <Link className="text-brand-700 underline" href={`${hrefOf(d)}#request-access`} aria-label={`申请使用「${d.name}」`}>
                  申请使用
                </Link>
              )}
              {reusable && d.entryType === "scenario" && (
                <Link className="text-brand-700 underline" href={`${hrefOf(d)}#record-adoption`} aria-label={`登记复用「${d.name}」`}>
                  登记复用
                </Link>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
