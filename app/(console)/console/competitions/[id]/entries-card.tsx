import Link from "@/app/_components/link";
import { Card } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { EntriesTable } from "./entries-table";
import type { CompetitionDetail, EntryPage } from "./types";

/** The competition's entries, one page at a time, filtered by track through the URL. */
export function EntriesCard({
  competition: c,
  entries,
  stage,
  track,
  href,
}: {
  competition: CompetitionDetail;
  entries: EntryPage;
  stage: string | undefined;
  track: string | undefined;
  href: (params: Record<string, string | undefined>) => string;
}) {
  const totalEntries = Object.values(c.entriesByTrack).reduce((a, b) => a + b, 0);
  return (
    <Card title={`参赛作品（${totalEntries}）`}>
      <nav aria-label="按赛道筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
        <Link href={href({ track: undefined, page: undefined })} aria-current={!track ? "page" : undefined} className={`rounded-full border px-3 py-1 ${!track ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300"}`}>
          全部赛道（{totalEntries}）
        </Link>
        {c.tracks.map((t) => (
          <Link
            key={t}
            href={href({ track: t, page: undefined })}
            aria-current={track === t ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${track === t ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300"}`}
          >
            {t}（{c.entriesByTrack[t] ?? 0}）
          </Link>
        ))}
      </nav>
      <EntriesTable competitionId={c.id} rows={entries.rows} caption="参赛作品" empty="尚无参赛作品" withDepartment={true} />
      <Pagination basePath={`/console/competitions/${c.id}`} params={{ stage, track }} page={entries.page} pageCount={entries.pageCount} total={entries.total} />
    </Card>
  );
}
