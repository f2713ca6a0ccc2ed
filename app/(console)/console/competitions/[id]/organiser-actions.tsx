"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { CheckboxGroup, describedBy, Field, Select, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { AWARD_LABELS, AWARDS, type Award } from "@/server/competition/schemas";

/** One message for a one-button action: the field's message when the server named a field, else the form's. */
export function actionError(error: unknown): string | undefined {
  const { form, fields } = formErrors(error);
  return Object.values(fields)[0] ?? form;
}

/** Organisers invite people who hold the judge role; they take part once they accept. */
export function InviteJudges({ competitionId, candidates }: { competitionId: string; candidates: { id: string; label: string }[] }) {
  const trpc = useTRPC();
  const [picked, setPicked] = useState<string[]>([]);
  const invite = useSaving(
    trpc.competition.inviteJudges.mutationOptions({
      onSuccess: () => {
        setPicked([]);
      },
    }),
  );
  const error = actionError(invite.error);
  return (
    <form
      className="space-y-3"
      aria-label="邀请评委"
      onSubmit={(e) => {
        e.preventDefault();
        invite.mutate({ competitionId, personIds: picked });
      }}
    >
      {error && <Notice tone="error">{error}</Notice>}
      {invite.isSuccess && <Notice tone="success">已邀请 {invite.data.invited} 位评委，评委接受邀请后参与分配</Notice>}
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">所有评委账号均已邀请。如需更多评委，请先在人员管理中为其分配“评委”角色。</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">选择要邀请的评委（已有“评委”角色的在用账号）：</p>
          <CheckboxGroup name="personIds" options={candidates.map((c) => ({ value: c.id, label: c.label }))} value={picked} onChange={setPicked} />
          <Button type="submit" disabled={invite.busy}>
            {invite.isPending ? "正在邀请…" : "邀请评委"}
          </Button>
        </>
      )}
    </form>
  );
}

/** A declared conflict of interest: confirm (the judge is taken off the entry) or dismiss, with an optional note. */
export function ConflictDecision({ id, version, label }: { id: string; version: number; label: string }) {
  const trpc = useTRPC();
  const [note, setNote] = useState("");
  const decide = useSaving(trpc.competition.decideConflict.mutationOptions());
  const error = actionError(decide.error);
  const noteId = `conflict-${id}-note`;
  return (
    <div className="mt-2 space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      {decide.data && decide.data.replacements.length > 0 && (
        <Notice tone="success">已确认回避：{decide.data.replacements.map((r) => `${r.stage}由${r.judge}替换`).join("，")}</Notice>
      )}
      <Field id={noteId} label="处理意见（可选）">
        <Textarea {...describedBy(noteId)} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" disabled={decide.busy} aria-label={`确认回避：${label}`} onClick={() => decide.mutate({ id, version, confirm: true, note })}>
          确认回避
        </Button>
        <Button variant="secondary" disabled={decide.busy} aria-label={`不予回避：${label}`} onClick={() => decide.mutate({ id, version, confirm: false, note })}>
          不予回避
        </Button>
      </div>
    </div>
  );
}

interface MatchJudge {
  id: string;
  label: string;
  /** Why the entrant's words suggest this judge; undefined for the rest of the panel. */
  reason?: string;
}

/**
 * An entrant's declaration names a person or organisation, not a judge: the organiser ticks the judges it
 * means (suggested ones first, the whole panel a click away) and confirms, or dismisses it as naming no judge.
 */
export function ConflictMatch({ id, version, label, judges }: { id: string; version: number; label: string; judges: MatchJudge[] }) {
  const trpc = useTRPC();
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const match = useSaving(trpc.competition.matchConflict.mutationOptions());
  const dismiss = useSaving(trpc.competition.decideConflict.mutationOptions());
  const matchErrors = formErrors(match.error);
  const error = matchErrors.fields.judgeIds ? undefined : (matchErrors.form ?? actionError(dismiss.error));
  const suggested = judges.filter((j) => j.reason);
  const others = judges.filter((j) => !j.reason);
  const busy = match.busy || dismiss.busy;
  const noteId = `conflict-${id}-note`;
  const judgesId = `conflict-${id}-judges`;
  const toggle = (judgeId: string, checked: boolean) => setPicked((p) => (checked ? [...p, judgeId] : p.filter((x) => x !== judgeId)));
  const box = (j: MatchJudge) => (
    <label key={j.id} className="flex min-h-9 items-center gap-2 text-sm">
      <input type="checkbox" className="h-4 w-4" checked={picked.includes(j.id)} onChange={(e) => toggle(j.id, e.target.checked)} />
      {j.label}
      {j.reason && <span className="text-xs text-slate-600">（{j.reason}）</span>}
    </label>
  );
  return (
    <div className="mt-2 space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      <fieldset aria-describedby={matchErrors.fields.judgeIds ? `${judgesId}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">与申报相符的评委</legend>
        {suggested.length > 0 ? (
          <div className="mt-1 grid gap-x-4 sm:grid-cols-2">{suggested.map(box)}</div>
        ) : (
          <p className="mt-1 text-sm text-slate-600">按姓名和单位未找到相符的评委，请在全部评委中核对。</p>
        )}
        {others.length > 0 && (
          <details className="mt-1">
            <summary className="cursor-pointer text-sm text-brand-700">全部评委（{others.length} 位）</summary>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">{others.map(box)}</div>
          </details>
        )}
        {matchErrors.fields.judgeIds && (
          <p id={`${judgesId}-error`} className="text-sm text-red-700" role="alert">
            {matchErrors.fields.judgeIds}
          </p>
        )}
      </fieldset>
      <Field id={noteId} label="处理意见（可选）" hint="成绩发布前参赛单位看不到处理结果和处理意见">
        <Textarea {...describedBy(noteId)} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" disabled={busy} aria-label={`匹配并确认：${label}`} onClick={() => match.mutate({ id, version, judgeIds: picked, note })}>
          匹配并确认
        </Button>
        <Button variant="secondary" disabled={busy} aria-label={`无此评委，驳回：${label}`} onClick={() => dismiss.mutate({ id, version, confirm: false, note })}>
          无此评委，驳回
        </Button>
      </div>
    </div>
  );
}

/** Gives every entry of a stage its judges; when it cannot, the reasons come back and nothing changes. */
export function AssignStage({ stageId, stageName, assigned }: { stageId: string; stageName: string; assigned: boolean }) {
  const trpc = useTRPC();
  const assign = useSaving(trpc.competition.assign.mutationOptions());
  const error = actionError(assign.error);
  const result = assign.data;
  return (
    <div className="space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      {result && !result.ok && (
        <Notice tone="error">
          无法为“{stageName}”分配评委：
          <ul className="mt-1 list-disc pl-5">
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {result?.ok && (
        <Notice tone="success">
          已分配评委：共 {result.assignments} 人次，{result.loads.map((l) => `${l.name} ${l.load} 件`).join("、")}
          {result.warnings.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <Button disabled={assign.busy} onClick={() => assign.mutate({ stageId })}>
        {assign.isPending ? "正在分配…" : assigned ? "重新分配评委" : "分配评委"}
      </Button>
    </div>
  );
}

interface SwapEntry {
  id: string;
  name: string;
  judges: { judgeId: string; judgeName: string }[];
}

/** Replaces one judge of an entry by hand; the server still refuses a judge with a conflict of interest. */
export function SwapJudge({ stageId, entries, judges }: { stageId: string; entries: SwapEntry[]; judges: { id: string; label: string }[] }) {
  const trpc = useTRPC();
  const [entryId, setEntryId] = useState("");
  const [fromJudgeId, setFrom] = useState("");
  const [toJudgeId, setTo] = useState("");
  const swap = useSaving(
    trpc.competition.swapJudge.mutationOptions({
      onSuccess: () => {
        setFrom("");
        setTo("");
      },
    }),
  );
  const errors = formErrors(swap.error);
  const entry = entries.find((e) => e.id === entryId);
  const onEntry = new Set(entry?.judges.map((j) => j.judgeId) ?? []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    swap.mutate({ stageId, entryId, fromJudgeId, toJudgeId });
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-md border border-slate-200 p-3" aria-label="调换评委" noValidate>
      <h3 className="font-medium">调换评委</h3>
      {errors.form && <Notice tone="error">{Object.values(errors.fields)[0] ?? errors.form}</Notice>}
      {swap.isSuccess && <Notice tone="success">已调换评委</Notice>}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={`swap-${stageId}-entry`} label="参赛作品">
          <Select
            {...describedBy(`swap-${stageId}-entry`)}
            value={entryId}
            onChange={(e) => {
              setEntryId(e.target.value);
              setFrom("");
            }}
          >
            <option value="" disabled>
              请选择
            </option>
            {entries.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`swap-${stageId}-from`} label="换下评委">
          <Select {...describedBy(`swap-${stageId}-from`)} value={fromJudgeId} onChange={(e) => setFrom(e.target.value)}>
            <option value="" disabled>
              请选择
            </option>
            {entry?.judges.map((j) => (
              <option key={j.judgeId} value={j.judgeId}>
                {j.judgeName}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`swap-${stageId}-to`} label="换入评委" error={errors.fields.toJudgeId}>
          <Select {...describedBy(`swap-${stageId}-to`, errors.fields.toJudgeId)} value={toJudgeId} onChange={(e) => setTo(e.target.value)}>
            <option value="" disabled>
              请选择
            </option>
            {judges
              .filter((j) => !onEntry.has(j.id))
              .map((j) => (
                <option key={j.id} value={j.id}>
                  {j.label}
                </option>
              ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={swap.busy || !entryId || !fromJudgeId || !toJudgeId}>
        {swap.isPending ? "正在调换…" : "调换评委"}
      </Button>
    </form>
  );
}

/** Gives a submitted sheet back to its judge, with a reason for the audit trail. */
export function ReopenSheet({ id, version, label }: { id: string; version: number; label: string }) {
  const trpc = useTRPC();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const reopen = useSaving(
    trpc.competition.reopenSheet.mutationOptions({
      onSuccess: () => {
        setAsking(false);
        setReason("");
      },
    }),
  );
  const errors = formErrors(reopen.error);
  const reasonId = `reopen-${id}-reason`;
  if (!asking)
    return (
      <button type="button" className="text-xs text-brand-700 underline" aria-label={`退回评分：${label}`} onClick={() => setAsking(true)}>
        退回评分
      </button>
    );
  return (
    <form
      className="mt-1 space-y-2 whitespace-normal"
      onSubmit={(e) => {
        e.preventDefault();
        reopen.mutate({ id, version, reason });
      }}
      noValidate
    >
      {errors.form && !errors.fields.reason && <Notice tone="error">{errors.form}</Notice>}
      <Field id={reasonId} label="退回理由" required error={errors.fields.reason}>
        <Textarea {...describedBy(reasonId, errors.fields.reason)} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={reopen.busy}>
          确认退回
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          取消
        </Button>
      </div>
    </form>
  );
}

/** The top N of each track go on to the next stage. */
export function AdvanceStage({ stageId, stageName, nextName }: { stageId: string; stageName: string; nextName: string }) {
  const trpc = useTRPC();
  const advance = useSaving(trpc.competition.advance.mutationOptions());
  const error = actionError(advance.error);
  return (
    <div className="space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      {advance.data && (
        <Notice tone="success">
          已确定晋级“{advance.data.next.name}”的作品 {advance.data.advanced.length} 件：
          {advance.data.advanced.map((a) => `${a.name}（${a.track}第 ${a.rank} 名）`).join("、")}
        </Notice>
      )}
      <Button disabled={advance.busy} onClick={() => advance.mutate({ stageId })}>
        {advance.isPending ? "正在计算…" : `确定晋级“${nextName}”的作品`}
      </Button>
      <p className="text-xs text-slate-600">“{stageName}”结束且评分全部提交后，按排名确定各赛道晋级作品；下一阶段开始评分前可重新确定。</p>
    </div>
  );
}

/** Publishes the one result set; refused (naming them) while sheets are missing or a stage is still open. */
export function PublishResults({ competitionId, version }: { competitionId: string; version: number }) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const publish = useSaving(
    trpc.competition.publish.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
      },
      // The refusal (e.g. which sheets are missing) stays on screen with the button to try again.
      onError: () => setConfirming(false),
    }),
  );
  const error = actionError(publish.error);
  return (
    <div className="space-y-2">
      {error && <Notice tone="error">{error}</Notice>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">发布后成绩向社会公示，不能撤回或重复发布。确认发布？</span>
          <Button disabled={publish.busy} onClick={() => publish.mutate({ competitionId, version })}>
            {publish.isPending ? "正在发布…" : "确认发布"}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            取消
          </Button>
        </div>
      ) : (
        <Button
          onClick={() => {
            publish.reset();
            setConfirming(true);
          }}
        >
          发布成绩
        </Button>
      )}
    </div>
  );
}

/** Winners of the chosen awards become 标杆场景 in one step. */
export function PromoteWinners({ competitionId }: { competitionId: string }) {
  const trpc = useTRPC();
  const [awards, setAwards] = useState<string[]>(["first"]);
  const promote = useSaving(trpc.competition.promote.mutationOptions());
  const error = actionError(promote.error);
  const r = promote.data;
  return (
    <form
      className="space-y-3"
      aria-label="设为标杆场景"
      onSubmit={(e) => {
        e.preventDefault();
        promote.mutate({ competitionId, awards: awards as Award[] });
      }}
    >
      <p className="text-sm text-slate-700">将以下奖项的获奖场景设为标杆场景，在场景目录和复用排行中突出展示：</p>
      {error && <Notice tone="error">{error}</Notice>}
      {r && (
        <Notice tone="success">
          {r.promoted.length > 0 ? `已设为标杆场景：${r.promoted.join("、")}` : "没有新增标杆场景"}
          {r.already.length > 0 && `；此前已是标杆场景：${r.already.join("、")}`}
          {r.skipped.length > 0 && `；场景未发布或已下线，未设置：${r.skipped.join("、")}`}
        </Notice>
      )}
      <CheckboxGroup name="awards" options={AWARDS.map((a) => ({ value: a, label: AWARD_LABELS[a] }))} value={awards} onChange={setAwards} />
      <Button type="submit" disabled={promote.busy}>
        {promote.isPending ? "正在设置…" : "设为标杆场景"}
      </Button>
    </form>
  );
}
