"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Options, Select, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { CONFLICT_TYPE_LABELS } from "@/server/competition/schemas";

interface EditableEntry {
  id: string;
  version: number;
  track: string;
  team: string;
  summary: string;
}

/** Track, team and summary of an entry, and its withdrawal, while 报名 is open. */
export function EntryEditor({ entry, tracks, competitionId }: { entry: EditableEntry; tracks: string[]; competitionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [v, setV] = useState({ track: entry.track, team: entry.team, summary: entry.summary });
  const [withdrawing, setWithdrawing] = useState(false);
  const update = useSaving(trpc.competition.updateEntry.mutationOptions());
  const withdraw = useMutation(
    trpc.competition.withdrawEntry.mutationOptions({ onSuccess: () => router.push(`/console/competitions/${competitionId}`) }),
  );
  const errors = formErrors(update.error);
  const withdrawError = formErrors(withdraw.error).form;
  const field = (key: keyof typeof v) => ({
    ...describedBy(key, errors.fields[key]),
    value: v[key],
    onChange: (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [key]: e.target.value })),
  });

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate({ id: entry.id, version: entry.version, ...v });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={save} className="space-y-4" noValidate aria-label="修改参赛作品">
        {errors.form && <Notice tone="error">{errors.form}</Notice>}
        {update.isSuccess && !update.isPending && <Notice tone="success">修改已保存</Notice>}
        <Field id="track" label="赛道" required error={errors.fields.track}>
          <Select {...field("track")}>
            {tracks.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="team" label="参赛团队" required error={errors.fields.team}>
          <Input {...field("team")} maxLength={200} />
        </Field>
        <Field id="summary" label="作品简介" required error={errors.fields.summary} hint={`20–2000 字（已输入 ${v.summary.trim().length} 字）`}>
          <Textarea {...field("summary")} rows={6} maxLength={2000} />
        </Field>
        <Button type="submit" disabled={update.busy}>
          {update.isPending ? "正在保存…" : "保存修改"}
        </Button>
      </form>
      <div className="space-y-2 border-t border-slate-200 pt-4">
        {withdrawError && <Notice tone="error">{withdrawError}</Notice>}
        {withdrawing ? (
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm">撤回后该作品不再参赛，本场景可在报名截止前重新报名。确认撤回？</span>
            <Button variant="danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ id: entry.id, version: entry.version })}>
              确认撤回
            </Button>
            <Button variant="secondary" onClick={() => setWithdrawing(false)}>
              取消
            </Button>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setWithdrawing(true)}>
            撤回报名
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * A PDF or PPTX sent as a plain multipart POST (tRPC carries no files). The server checks type by content
 * and size, and refuses after the deadline; its Chinese message shows beside the field.
 */
export function AttachmentUpload({ entryId, maxMb }: { entryId: string; maxMb: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setError(null);
    setUploaded(null);
    setUploading(true);
    try {
      const response = await fetch(`/api/competition/entries/${entryId}/attachments`, { method: "POST", body: new FormData(form) });
      const body = (await response.json().catch(() => ({ message: "服务器返回了无法识别的结果，请稍后重试" }))) as { originalName?: string; message?: string };
      if (!response.ok) setError(body.message ?? "上传失败，请重试");
      else {
        setUploaded(body.originalName ?? "附件");
        form.reset();
        router.refresh();
      }
    } catch {
      setError("网络连接失败，请检查网络后重试");
    } finally {
      setUploading(false);
    }
  }

  return (
    <form onSubmit={upload} className="space-y-3 rounded-md border border-slate-200 p-3" aria-label="上传附件" noValidate>
      <h3 className="font-medium">上传附件</h3>
      {uploaded && <Notice tone="success">已上传「{uploaded}」</Notice>}
      <Field id="file" label="附件文件" error={error ?? undefined} hint={`PDF 或 PPTX，不超过 ${maxMb} MB；按文件内容识别类型`}>
        <Input {...describedBy("file", error ?? undefined)} type="file" accept=".pdf,.pptx,application/pdf,application/vnd.openxmlformats-officedocument.presentationml.presentation" />
      </Field>
      <Button type="submit" disabled={uploading}>
        {uploading ? "正在上传…" : "上传附件"}
      </Button>
    </form>
  );
}

/** A 路演 or demo video as an https link. */
export function VideoLinkForm({ entryId }: { entryId: string }) {
  const trpc = useTRPC();
  const [v, setV] = useState({ title: "", url: "" });
  const add = useSaving(
    trpc.competition.addVideoLink.mutationOptions({
      onSuccess: () => {
        setV({ title: "", url: "" });
      },
    }),
  );
  const errors = formErrors(add.error);
  return (
    <form
      className="space-y-3 rounded-md border border-slate-200 p-3"
      aria-label="添加视频链接"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ entryId, ...v });
      }}
    >
      <h3 className="font-medium">添加视频链接</h3>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {add.isSuccess && <Notice tone="success">视频链接已添加</Notice>}
      <Field id="video-title" label="视频标题" error={errors.fields.title}>
        <Input {...describedBy("video-title", errors.fields.title)} value={v.title} maxLength={60} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </Field>
      <Field id="video-url" label="视频链接" error={errors.fields.url} hint="以 https:// 开头">
        <Input {...describedBy("video-url", errors.fields.url)} type="url" inputMode="url" value={v.url} onChange={(e) => setV({ ...v, url: e.target.value })} />
      </Field>
      <Button type="submit" variant="secondary" disabled={add.busy}>
        {add.isPending ? "正在添加…" : "添加视频链接"}
      </Button>
    </form>
  );
}

export function RemoveAttachment({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const remove = useSaving(trpc.competition.removeAttachment.mutationOptions());
  const error = formErrors(remove.error).form;
  return (
    <>
      <button type="button" className="text-red-700 underline" aria-label={`删除附件「${name}」`} disabled={remove.busy} onClick={() => remove.mutate({ id })}>
        删除
      </button>
      {error && (
        <span className="basis-full text-red-700" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/**
 * A declared conflict of interest on this entry. The entrant (`byEntrant`) names a person or organisation in
 * their own words, as they do not see the panel before results are published, and an organiser matches it to
 * judges; a judge declares for themselves. Organisers confirm or dismiss it.
 */
export function DeclareConflict({ entryId, byEntrant = false }: { entryId: string; byEntrant?: boolean }) {
  const trpc = useTRPC();
  const [v, setV] = useState({ namedPerson: "", type: "", note: "" });
  const declare = useSaving(
    trpc.competition.declareConflict.mutationOptions({
      onSuccess: () => {
        setV({ namedPerson: "", type: "", note: "" });
      },
    }),
  );
  const errors = formErrors(declare.error);
  return (
    <form
      className="space-y-3"
      aria-label="申报利益冲突"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        declare.mutate({ entryId, namedPerson: byEntrant ? v.namedPerson : undefined, type: v.type as "other", note: v.note });
      }}
    >
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {declare.isSuccess && <Notice tone="success">{byEntrant ? "已申报，由大赛组织者核对评委名单后处理" : "已申报，等待大赛组织者确认"}</Notice>}
      <div className="grid gap-3 sm:grid-cols-2">
        {byEntrant && (
          <Field id="conflict-named" label="姓名或单位" required error={errors.fields.namedPerson} hint="与本作品有利益关系的人员姓名或所在单位，如“张某某”或“青岛市某某局”">
            <Input {...describedBy("conflict-named", errors.fields.namedPerson)} maxLength={60} value={v.namedPerson} onChange={(e) => setV({ ...v, namedPerson: e.target.value })} />
          </Field>
        )}
        <Field id="conflict-type" label="利益冲突类型" required error={errors.fields.type}>
          <Select {...describedBy("conflict-type", errors.fields.type)} value={v.type} onChange={(e) => setV({ ...v, type: e.target.value })}>
            <Options labels={CONFLICT_TYPE_LABELS} />
          </Select>
        </Field>
      </div>
      <Field id="conflict-note" label="说明" error={errors.fields.note} hint="类型为“其他”时必填">
        <Textarea {...describedBy("conflict-note", errors.fields.note)} rows={2} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
      </Field>
      <Button type="submit" variant="secondary" disabled={declare.busy}>
        {declare.isPending ? "正在申报…" : "申报利益冲突"}
      </Button>
    </form>
  );
}
