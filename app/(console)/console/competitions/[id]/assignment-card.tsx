import { SheetStatusBadge } from "@/app/_components/competition-labels";
import { Card } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { AssignStage, ReopenSheet, SwapJudge } from "./organiser-actions";
import type { JudgePanel, Stage, StageAssignments } from "./types";

/** Who judges which entry in one review stage and how far their sheets are, with assigning, swapping and reopening. */
export function AssignmentCard({ stage, assignments, judges, published }: { stage: Stage; assignments: StageAssignments; judges: JudgePanel; published: boolean }) {
  const changeable = stage.status !== "closed" && !published;
  const assigned = assignments.entries.some((e) => e.judges.length > 0);
  return (
    <Card title={`${stage.name}：评委分配`}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          每件作品 {stage.judgesPerEntry} 位评委；评委不评审本部门牵头或参与的作品，也不评审已确认回避的作品；各评委分配数相差不超过 1。
        </p>
        {changeable && <AssignStage stageId={stage.id} stageName={stage.name} assigned={assigned} />}
        <Table
          caption={`${stage.name}评委分配`}
          rows={assignments.entries}
          rowKey={(e) => e.id}
          empty="本阶段尚无参赛作品"
          columns={[
            { header: "参赛作品", wrap: true, cell: (e) => e.name },
            { header: "赛道", cell: (e) => e.track },
            { header: "申报单位", cell: (e) => e.departmentName },
            {
              header: "评委",
              wrap: true,
              cell: (e) =>
                e.judges.length === 0 ? (
                  <span className="text-slate-500">未分配</span>
                ) : (
                  <ul className="space-y-1">
                    {e.judges.map((j) => (
                      <li key={j.judgeId} className="flex flex-wrap items-center gap-x-2">
                        <span>
                          {j.judgeName}（{j.departmentName}）
                        </span>
                        <SheetStatusBadge status={j.status} />
                        {j.status === "submitted" && j.sheetId && stage.status === "open" && !published && (
                          <ReopenSheet id={j.sheetId} version={j.sheetVersion!} label={`${j.judgeName}对「${e.name}」的评分`} />
                        )}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
        {changeable && assigned && (
          <SwapJudge
            stageId={stage.id}
            entries={assignments.entries.map((e) => ({ id: e.id, name: e.name, judges: e.judges.map((j) => ({ judgeId: j.judgeId, judgeName: j.judgeName })) }))}
            judges={judges.filter((j) => j.status === "accepted").map((j) => ({ id: j.id, label: `${j.displayName}（${j.departmentName}）` }))}
          />
        )}
      </div>
    </Card>
  );
}
