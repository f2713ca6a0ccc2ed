import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { caseSearchSchema, searchCases } from "@/server/no-proof/queries";
import { subjectTerms } from "@/server/no-proof/query-words";
import { questionFromSegment } from "@/server/no-proof/views";
import { A, CaseList, SearchBox } from "../../../_components/parts";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ q: string }> };

const questionOf = async (params: Props["params"]) => caseSearchSchema.parse({ q: questionFromSegment((await params).q) }).q ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `搜索“${await questionOf(params)}”`, robots: { index: false } };
}

/** Search results; next.config.js turns /no-proof/search?q=… into this cached path (server/http/public-pages.mjs). */
export default async function SearchPage({ params }: Props) {
  const q = await questionOf(params);
  // Control characters only: nothing to search for, as with an empty box.
  if (!q) redirect("/no-proof");
  const result = await searchCases(await getDb(), caseSearchSchema.parse({ q }), 100);
  const terms = subjectTerms(q);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">搜索“{q}”</h1>
      <SearchBox value={q} />
      <p className="text-slate-800" aria-live="polite">
        {terms.length > 0 && terms.join("、") !== q && <>按“{terms.join("、")}”查找，</>}共找到 {result.total} 个事项
      </p>
      {result.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-800">
          没有找到相关事项。换个说法试试，如“营业执照”“出生”，或 <A href="/no-proof">按人生事件浏览</A>。
        </p>
      ) : (
        <CaseList rows={result.rows} label="搜索结果" />
      )}
    </div>
  );
}
