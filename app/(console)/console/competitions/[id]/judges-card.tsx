import { JudgeStatusBadge } from "@/app/_components/competition-labels";
import { Card } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { InviteJudges } from "./organiser-actions";
import type { JudgeCandidates, JudgePanel, Stage } from "./types";

/** The panel with each judge's answer and load per review stage, and the form to invite more. */
export function JudgesCard({
  competitionId,
  judges,
  reviews,
  candidates,
  published,
}: {
  competitionId: string;
  judges: JudgePanel;
  reviews: Stage[];
  candidates: JudgeCandidates;
  published: boolean;
}) {
  return (
    <Card title={`评委（${judges.length}）`}>
      <div className="space-y-4">
        <Table
          caption="本届评委"
          rows={judges}
          rowKey={(j) => j.id}
          empty="尚未邀请评委"
          columns={[
            { header: "评委", cell: (j) => j.displayName },
            { header: "职务", cell: (j) => j.title || "—" },
            { header: "所属部门", cell: (j) => j.departmentName },
            { header: "状态", cell: (j) => <JudgeStatusBadge status={j.status} /> },
            ...reviews.map((s) => ({ header: `${s.name}分配`, cell: (j: JudgePanel[number]) => `${j.loads[s.id] ?? 0} 件` })),
          ]}
        />
        {!published && <InviteJudges competitionId={competitionId} candidates={candidates.map((p) => ({ id: p.id, label: `${p.displayName}（${p.departmentName}）` }))} />}
      </div>
    </Card>
  );
}
