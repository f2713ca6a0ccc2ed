import Link from "@/app/_components/link";

/** Server-side pagination links that keep the page's other search params. */
export function Pagination({ page, pageCount, total, params, basePath }: {
  page: number;
  pageCount: number;
  total: number;
  params: Record<string, string | undefined>;
  basePath: string;
}) {
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "page") sp.set(k, v);
    if (p > 1) sp.set("page", String(p));
    const qs = sp.toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
      <p>{`共 ${total} 条，第 ${page} / ${pageCount} 页`}</p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={link} href={href(page - 1)} rel="prev">
            上一页
          </Link>
        )}
        {page < pageCount && (
          <Link className={link} href={href(page + 1)} rel="next">
            下一页
          </Link>
        )}
      </div>
    </nav>
  );
}
