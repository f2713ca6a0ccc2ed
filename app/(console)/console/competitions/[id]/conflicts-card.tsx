import { CONFLICT_DECLARER_LABELS, CONFLICT_TYPE_LABELS } from "@/server/competition/schemas";
import { ConflictStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { Badge, Card } from "@/app/_components/ui/layout";
import { ConflictDecision, ConflictMatch } from "./organiser-actions";
import type { Conflicts, DeclarationsToMatch } from "./types";

const REASON_LABELS = { name: "姓名相符", department: "单位相符" } as const;

/**
 * Every declared conflict of interest, with the decision for those still waiting: an entrant's declaration
 * names a person or organisation, which the organiser matches to judges; a judge's names the judge.
 */
export function ConflictsCard({ conflicts, toMatch, published }: { conflicts: Conflicts; toMatch: DeclarationsToMatch; published: boolean }) {
  return (
    <Card id="conflicts" title={`利益冲突申报（${conflicts.length}）`}>
      {conflicts.length === 0 ? (
        <p className="text-sm text-slate-600">尚无利益冲突申报。评委所在部门是作品牵头或参与部门的，分配时自动回避，无需申报。</p>
      ) : (
        <ul className="space-y-3" aria-label="利益冲突申报">
          {conflicts.map((k) => {
            const who = [k.namedPerson && `「${k.namedPerson}」`, k.judgeName && `评委${k.judgeName}`].filter(Boolean).join(" → ");
            const label = `${who}与作品「${k.entryName}」`;
            const suggestions = toMatch.suggestions[k.id] ?? [];
            const reasonOf = (judgeId: string) => suggestions.find((s) => s.judgeId === judgeId)?.reason;
            const judges = [
              ...suggestions.map((s) => toMatch.judges.find((j) => j.id === s.judgeId)!),
              ...toMatch.judges.filter((j) => !reasonOf(j.id)),
            ].map((j) => ({ id: j.id, label: `${j.displayName}（${j.departmentName}）`, reason: reasonOf(j.id) && REASON_LABELS[reasonOf(j.id)!] }));
            return (
              <li key={k.id} className="rounded-md border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {label}
                  <Badge>{CONFLICT_TYPE_LABELS[k.type]}</Badge>
                  <ConflictStatusBadge status={k.status} />
                </p>
                <p className="text-sm text-slate-700">
                  {CONFLICT_DECLARER_LABELS[k.declaredBy]}（{k.declarerName}，{formatDateTime(k.createdAt)}）{k.note && `：${k.note}`}
                </p>
                {k.decisionNote && <p className="text-sm text-slate-700">处理意见：{k.decisionNote}</p>}
                {k.status === "declared" && !published &&
                  (k.judgeId ? (
                    <ConflictDecision id={k.id} version={k.version} label={label} />
                  ) : (
                    <ConflictMatch id={k.id} version={k.version} label={label} judges={judges} />
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
