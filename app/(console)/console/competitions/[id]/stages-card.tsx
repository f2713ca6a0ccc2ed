import { STAGE_KIND_LABELS } from "@/server/competition/schemas";
import { formatWindow, StageStatusBadge } from "@/app/_components/competition-labels";
import { Badge, Card } from "@/app/_components/ui/layout";
import { StageActions } from "./stage-actions";
import type { Stage } from "./types";

/** Every stage with its window and rules, and the buttons to open, end or move it. */
export function StagesCard({ stages, published }: { stages: Stage[]; published: boolean }) {
  return (
    <Card id="stages" title="阶段">
      <ol className="space-y-3">
        {stages.map((s) => (
          <li key={s.id} className="rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium">
                {s.position}. {s.name}
              </h3>
              <Badge tone="brand">{STAGE_KIND_LABELS[s.kind]}</Badge>
              <StageStatusBadge status={s.status} />
            </div>
            <p className="mt-1 text-sm text-slate-700">{formatWindow(s.opensAt, s.closesAt)}（北京时间）</p>
            {s.kind === "review" && (
              <p className="text-sm text-slate-700">
                每件作品 {s.judgesPerEntry} 位评委
                {s.advancePerTrack ? `，每赛道晋级 ${s.advancePerTrack} 件` : "，最后阶段"}
                {s.rubric.length > 0 && `；评分细则：${s.rubric.map((r) => `${r.label} ${r.weight}%（${r.min}–${r.max} 分）`).join("、")}`}
              </p>
            )}
            <div className="mt-2">
              <StageActions stage={s} locked={published} />
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
