import { CONFLICT_DECLARER_LABELS, CONFLICT_TYPE_LABELS } from "@/server/competition/schemas";
import { ConflictStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { Badge, Card } from "@/app/_components/ui/layout";
import { ConflictDecision } from "./organiser-actions";
import type { Conflicts } from "./types";

/** Every declared conflict of interest, with the decision for those still waiting. */
export function ConflictsCard({ conflicts, published }: { conflicts: Conflicts; published: boolean }) {
  return (
    <Card title={`利益冲突申报（${conflicts.length}）`}>
      {conflicts.length === 0 ? (
        <p className="text-sm text-slate-600">尚无利益冲突申报。评委所在部门是作品牵头或参与部门的，分配时自动回避，无需申报。</p>
      ) : (
        <ul className="space-y-3" aria-label="利益冲突申报">
          {conflicts.map((k) => (
            <li key={k.id} className="rounded-md border border-slate-200 p-3">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                评委{k.judgeName}与作品「{k.entryName}」
                <Badge>{CONFLICT_TYPE_LABELS[k.type]}</Badge>
                <ConflictStatusBadge status={k.status} />
              </p>
              <p className="text-sm text-slate-700">
                {CONFLICT_DECLARER_LABELS[k.declaredBy]}（{k.declarerName}，{formatDateTime(k.createdAt)}）{k.note && `：${k.note}`}
              </p>
              {k.decisionNote && <p className="text-sm text-slate-700">处理意见：{k.decisionNote}</p>}
              {k.status === "declared" && !published && <ConflictDecision id={k.id} version={k.version} label={`评委${k.judgeName}与作品「${k.entryName}」`} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
