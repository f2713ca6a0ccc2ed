import Link from "@/app/_components/link";
import { EntryStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { Table } from "@/app/_components/ui/table";

interface EntryRow {
  id: string;
  scenarioName: string;
  track: string;
  departmentName: string;
  team: string;
  attachments: number;
  status: Parameters<typeof EntryStatusBadge>[0]["status"];
  stageName: string | null;
  submittedAt: Date | null;
}

/** A competition's entries as organisers and entrants list them; entrants need no 申报单位 column. */
export function EntriesTable({ competitionId, rows, caption, empty, withDepartment }: { competitionId: string; rows: EntryRow[]; caption: string; empty: string; withDepartment: boolean }) {
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(e) => e.id}
      empty={empty}
      columns={[
        {
          header: "参赛作品",
          cell: (e) => (
            <Link className="text-brand-700 hover:underline" href={`/console/competitions/${competitionId}/entries/${e.id}`}>
              {e.scenarioName}
            </Link>
          ),
        },
        { header: "赛道", cell: (e) => e.track },
        ...(withDepartment ? [{ header: "申报单位", cell: (e: EntryRow) => e.departmentName }] : []),
        { header: "参赛团队", wrap: true, cell: (e) => e.team },
        { header: "附件", cell: (e) => `${e.attachments} 个` },
        { header: "状态", cell: (e) => <EntryStatusBadge status={e.status} /> },
        { header: "晋级至", cell: (e) => e.stageName ?? "—" },
        { header: "报名时间", cell: (e) => formatDateTime(e.submittedAt) },
      ]}
    />
  );
}
