import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { CompetitionStatusBadge, JudgeStatusBadge, SheetStatusBadge, StageStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { RespondInvitation } from "./respond-invitation";

export const metadata: Metadata = { title: "评审任务" };

/** A judge's invitations and the entries assigned to them, stage by stage; phone-first, no tables. */
export default async function JudgingPage() {
  const actor = await requirePermission(can.scoreEntries);
  const caller = await api();
  const [invitations, stages] = await Promise.all([caller.competition.myInvitations(), caller.competition.myAssignments()]);
  // Stages open for scoring first: that is where the work is; then those whose window is still ahead.
  const rank = { open: 0, upcoming: 1, ended: 2 } as const;
  const ordered = [...stages].sort((a, b) => rank[a.window] - rank[b.window]);
  const waiting = invitations.filter((i) => i.status === "invited");
  return (
    <>
      <PageHeader title="评审任务" description={`${actor.displayName}，${actor.departmentName}。只显示分配给您的作品；评审本部门牵头或参与的作品须回避，系统已自动排除。`} />
      <div className="space-y-6">
        {waiting.length > 0 && <Notice>您有 {waiting.length} 个评审邀请待答复。</Notice>}
        <Card title={`评审邀请（${invitations.length}）`}>
          {invitations.length === 0 ? (
            <p className="text-sm text-slate-600">暂无评审邀请。</p>
          ) : (
            <ul className="space-y-3" aria-label="评审邀请">
              {invitations.map((i) => (
                <li key={i.competitionId} className="rounded-md border border-slate-200 p-3">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    <span className="break-words">{i.name}</span>
                    <CompetitionStatusBadge status={i.competitionStatus} />
                    <JudgeStatusBadge status={i.status} />
                  </p>
                  <p className="text-sm text-slate-600">邀请于 {formatDateTime(i.invitedAt)}</p>
                  {i.status === "invited" && <RespondInvitation competitionId={i.competitionId} name={i.name} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
        {ordered.length === 0 && <p className="text-sm text-slate-600">暂无分配给您的评审作品。阶段开放后，分配给您的作品会显示在这里。</p>}
        {ordered.map((s) => {
          const done = s.entries.filter((e) => e.sheetStatus === "submitted").length;
          const label = `${s.competition.name} · ${s.name}`;
          return (
            <Card key={s.id} title={label}>
              <p className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                {s.window === "open" && (
                  <>
                    <Badge tone="success">评分中</Badge>
                    <span>评分截止：{formatDateTime(s.closesAt)}（北京时间）</span>
                  </>
                )}
                {s.window === "upcoming" && (
                  <>
                    <Badge tone="warning">尚未开始评分</Badge>
                    <span>评分时间 {formatDateTime(s.opensAt)} 起（北京时间），截止 {formatDateTime(s.closesAt)}</span>
                  </>
                )}
                {s.window === "ended" && (
                  <>
                    <StageStatusBadge status="closed" />
                    <span>评分已于 {formatDateTime(s.closesAt)} 截止</span>
                  </>
                )}
                <span>
                  已提交 {done} / {s.entries.length}
                </span>
              </p>
              <ul className="divide-y divide-slate-100" aria-label={`${label}的评审作品`}>
                {s.entries.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                    <div className="min-w-0">
                      <Link href={`/console/judging/${s.id}/${e.id}`} className="block text-base font-medium break-words text-brand-700 hover:underline">
                        {e.name}
                      </Link>
                      <p className="text-sm text-slate-600">
                        {e.track} · {e.departmentName}
                      </p>
                    </div>
                    <SheetStatusBadge status={e.sheetStatus} />
                  </li>
                ))}
              </ul>
            </Card>
          );
        })}
      </div>
    </>
  );
}
