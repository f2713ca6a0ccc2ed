import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { api } from "@/server/api/server";
import { requireActor } from "@/server/auth/session";
import { maxAttachmentMb } from "@/server/competition/attachments";
import { ATTACHMENT_KIND_LABELS, CONFLICT_TYPE_LABELS } from "@/server/competition/schemas";
import { ConflictStatusBadge, EntryStatusBadge, formatWindow, registrationPhase } from "@/app/_components/competition-labels";
import { formatFileSize } from "@/server/format";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { AttachmentUpload, DeclareConflict, EntryEditor, RemoveAttachment, VideoLinkForm } from "./entry-editor";

type Props = { params: Promise<{ id: string; entryId: string }>; searchParams: Promise<{ entered?: string }> };

export const metadata: Metadata = { title: "参赛作品" };

const fileSize = (bytes: number | null) => (bytes === null ? "" : formatFileSize(bytes));

/** An entry: its department edits, attaches, withdraws or declares a conflict here until 报名 closes; organisers and its judges read it. */
export default async function EntryPage({ params, searchParams }: Props) {
  await requireActor();
  const [{ id, entryId }, { entered }] = await Promise.all([params, searchParams]);
  const caller = await api();
  const entry = await caller.competition.entry({ id: entryId }).catch(rethrowAsPage);
  if (entry.competitionId !== id) notFound();
  const { permissions: can, registration } = entry;
  const conflicts = can.declareConflict ? await caller.competition.conflicts({ competitionId: id }) : [];
  const ownConflicts = conflicts.filter((k) => k.entryId === entry.id);
  return (
    <>
      <BackLink href={`/console/competitions/${id}`}>{entry.competition.name}</BackLink>
      <PageHeader
        title={entry.scenario.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EntryStatusBadge status={entry.status} />
            <span>{entry.track}赛道</span>
            <span>{entry.scenario.departmentName}牵头</span>
            <span>报名于 {formatDateTime(entry.submittedAt)}</span>
          </span>
        }
      />
      <div className="space-y-6">
        {entered && <Notice tone="success">报名成功。报名截止前可上传附件、修改或撤回。</Notice>}
        {entry.status === "withdrawn" ? (
          <Notice tone="warning">该参赛作品已于 {formatDateTime(entry.withdrawnAt)} 撤回。</Notice>
        ) : registrationPhase(registration) === "open" ? (
          <Notice>
            报名截止时间：<strong>{formatDateTime(registration.closesAt)}</strong>（北京时间）。
            {can.edit && "截止前可修改、上传附件或撤回，截止后服务器不再受理。"}
          </Notice>
        ) : (
          <Notice tone="warning">报名时间为 {formatWindow(registration.opensAt, registration.closesAt)}（北京时间），现已不在报名时间内，参赛作品不能再修改。</Notice>
        )}

        <Card title="作品信息">
          {can.edit ? (
            <EntryEditor entry={{ id: entry.id, version: entry.version, track: entry.track, team: entry.team, summary: entry.summary }} tracks={entry.competition.tracks} competitionId={id} />
          ) : (
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="font-medium text-slate-700">参赛场景</dt>
                <dd>
                  <Link className="text-brand-700 hover:underline" href={`/scenarios/${entry.scenario.id}`}>
                    {entry.scenario.name}
                  </Link>
                </dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">参赛团队</dt>
                <dd>{entry.team}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-700">作品简介</dt>
                <dd className="whitespace-pre-line">{entry.summary}</dd>
              </div>
            </dl>
          )}
        </Card>

        <Card title={`附件（${entry.attachments.length}）`}>
          <div className="space-y-4">
            {entry.attachments.length === 0 ? (
              <p className="text-sm text-slate-600">尚未上传附件。</p>
            ) : (
              <ul className="space-y-2" aria-label="附件">
                {entry.attachments.map((a) => (
                  <li key={a.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-slate-200 px-3 py-2 text-sm">
                    <a className="break-all text-brand-700 hover:underline" href={`/api/competition/attachments/${a.id}`}>
                      {a.originalName}
                    </a>
                    <span className="text-slate-600">
                      {ATTACHMENT_KIND_LABELS[a.kind]} {fileSize(a.size)}
                    </span>
                    <span className="text-slate-600">{formatDateTime(a.createdAt)}</span>
                    {can.attach && <RemoveAttachment id={a.id} name={a.originalName} />}
                  </li>
                ))}
              </ul>
            )}
            {can.attach && (
              <div className="grid gap-6 lg:grid-cols-2">
                <AttachmentUpload entryId={entry.id} maxMb={maxAttachmentMb()} />
                <VideoLinkForm entryId={entry.id} />
              </div>
            )}
          </div>
        </Card>

        {can.declareConflict && (
          <Card title="申报利益冲突">
            <p className="mb-3 text-sm text-slate-700">
              评委所在部门是本作品牵头或参与部门的，分配时自动回避，无需申报。与其他人员或单位有利益关系（同一单位、近期合作、亲属关系等）的，请填写其姓名或单位并申报；评委名单在成绩发布前不公开，由大赛组织者核对名单，如为本届评委即安排回避。
            </p>
            {ownConflicts.length > 0 && (
              <ul className="mb-4 space-y-2 text-sm" aria-label="已申报的利益冲突">
                {ownConflicts.map((k) => (
                  <li key={k.id} className="flex flex-wrap items-center gap-2">
                    「{k.namedPerson ?? k.judgeName}」（{CONFLICT_TYPE_LABELS[k.type]}）
                    <ConflictStatusBadge status={k.status} />
                    {k.decisionNote && <span className="text-slate-600">处理意见：{k.decisionNote}</span>}
                  </li>
                ))}
              </ul>
            )}
            <DeclareConflict entryId={entry.id} byEntrant />
          </Card>
        )}
      </div>
    </>
  );
}
