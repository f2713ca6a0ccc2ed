import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { ATTACHMENT_KIND_LABELS } from "@/server/competition/schemas";
import { SheetStatusBadge } from "@/app/_components/competition-labels";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { DeclareConflict } from "../../../competitions/[id]/entries/[entryId]/entry-editor";
import { ScoreSheet } from "./score-sheet";

type Props = { params: Promise<{ stageId: string; entryId: string }> };

export const metadata: Metadata = { title: "评分" };

/**
 * A judge's score sheet for one assigned entry. Anyone else's (or an unassigned entry) gets the 403 page
 * from the service's refusal. Built for a phone: the 路演 is scored live.
 */
export default async function ScoreSheetPage({ params }: Props) {
  await requirePermission(can.scoreEntries);
  const { stageId, entryId } = await params;
  const d = await (await api()).competition.sheet({ stageId, entryId }).catch(rethrowAsPage);
  const { stage, entry, sheet } = d;
  const submitted = sheet?.status === "submitted";
  return (
    <>
      <BackLink href="/console/judging">评审任务</BackLink>
      <PageHeader
        title={entry.scenarioName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {d.competition.name} · {stage.name}
            </span>
            <SheetStatusBadge status={sheet?.status ?? null} />
          </span>
        }
      />
      <div className="space-y-4">
        {submitted ? (
          <Notice tone="success">评分已于 {formatDateTime(sheet.submittedAt)} 提交，已锁定，不能再修改。如需修改，请联系大赛组织者退回。</Notice>
        ) : !d.editable ? (
          <Notice tone="warning">
            “{stage.name}”的评分时间为 {formatDateTime(stage.opensAt)} 至 {formatDateTime(stage.closesAt)}（北京时间），现在不能评分。
          </Notice>
        ) : (
          <Notice>
            评分截止：{formatDateTime(stage.closesAt)}（北京时间）。可先保存草稿，提交后锁定。
            {sheet?.status === "reopened" && " 该评分已由组织者退回，请修改后重新提交。"}
          </Notice>
        )}
        <Card title="参赛作品">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="inline font-medium text-slate-700">赛道：</dt>
              <dd className="inline">{entry.track}</dd>
            </div>
            <div>
              <dt className="inline font-medium text-slate-700">申报单位：</dt>
              <dd className="inline">{entry.departmentName}</dd>
            </div>
            <div>
              <dt className="inline font-medium text-slate-700">参赛团队：</dt>
              <dd className="inline break-words">{entry.team}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">作品简介</dt>
              <dd className="whitespace-pre-line break-words">{entry.summary}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">
            <Link className="text-brand-700 hover:underline" href={`/scenarios/${entry.scenarioId}`}>
              查看场景详情
            </Link>
          </p>
          {entry.attachments.length > 0 && (
            <ul className="mt-3 space-y-1 text-sm" aria-label="附件">
              {entry.attachments.map((a) => (
                <li key={a.id} className="break-all">
                  <a className="text-brand-700 hover:underline" href={`/api/competition/attachments/${a.id}`}>
                    {a.originalName}
                  </a>
                  <span className="ml-2 text-slate-600">{ATTACHMENT_KIND_LABELS[a.kind]}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <ScoreSheet
          stageId={stage.id}
          entryId={entry.id}
          rubric={stage.rubric}
          editable={d.editable}
          sheet={sheet ? { version: sheet.version, status: sheet.status, scores: sheet.scores, comments: sheet.comments } : null}
        />
        {d.editable && (
          <Card title="利益冲突">
            <p className="mb-3 text-sm text-slate-700">与这件作品的申报单位或团队有利益关系（同一单位、近期合作、亲属等）？请申报，由大赛组织者确认后改派其他评委。</p>
            <DeclareConflict entryId={entry.id} />
          </Card>
        )}
      </div>
    </>
  );
}
