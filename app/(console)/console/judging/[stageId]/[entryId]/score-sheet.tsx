"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import type { RubricCriterion } from "@/server/competition/schemas";
import { formatShanghaiTime } from "@/server/time";

interface Sheet {
  version: number;
  status: "draft" | "submitted" | "reopened";
  scores: Record<string, number>;
  comments: Record<string, string>;
}

interface Props {
  stageId: string;
  entryId: string;
  rubric: RubricCriterion[];
  editable: boolean;
  sheet: Sheet | null;
}

/** 「8.5」 or 「8，5」 as typed on a phone; empty is "not scored yet", anything else the server judges. */
const parse = (text: string) => (text.trim() === "" ? undefined : Number(text.trim().replace(/[，,]/, ".")));

/** The sheet's 0–100 score as the server computes it, once every mark is in range; null before. */
function weighted(rubric: RubricCriterion[], marks: Record<string, number | undefined>): number | null {
  let total = 0;
  for (const c of rubric) {
    const m = marks[c.key];
    if (m === undefined || !Number.isFinite(m) || m < c.min || m > c.max) return null;
    total += (c.weight * (m - c.min)) / (c.max - c.min);
  }
  return total;
}

/**
 * One judge's marks for one entry, criterion by criterion, with what a high and a low mark mean beside each.
 * Large inputs in one column for a phone at the 路演; drafts can be saved; submitting locks the sheet.
 */
export function ScoreSheet({ stageId, entryId, rubric, editable, sheet }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(rubric.map((c) => [c.key, sheet?.scores[c.key] === undefined ? "" : String(sheet.scores[c.key])])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() => Object.fromEntries(rubric.map((c) => [c.key, sheet?.comments[c.key] ?? ""])));
  const [version, setVersion] = useState<number | null>(sheet?.version ?? null);
  const [confirming, setConfirming] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useMutation(
    trpc.competition.saveSheet.mutationOptions({
      onSuccess: (saved) => {
        setVersion(saved.version);
        setConfirming(false);
        if (saved.status === "submitted") router.refresh();
        else setSavedAt(formatShanghaiTime(new Date()).slice(11));
      },
      onError: () => setConfirming(false),
    }),
  );
  const errors = formErrors(save.error);
  const marks = Object.fromEntries(rubric.map((c) => [c.key, parse(scores[c.key] ?? "")]));
  const total = weighted(rubric, marks);

  if (!editable || sheet?.status === "submitted") {
    const own = sheet?.scores ?? {};
    const lockedTotal = weighted(rubric, own);
    return (
      <section aria-labelledby="sheet-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="sheet-heading" className="text-lg font-semibold">
          我的评分
        </h2>
        {!sheet ? (
          <p className="text-sm text-slate-600">您未对该作品评分。</p>
        ) : (
          <>
            <ul className="space-y-3">
              {rubric.map((c) => (
                <li key={c.key} className="rounded-md bg-slate-50 p-3">
                  <p className="flex items-baseline justify-between gap-2">
                    <span className="font-medium">
                      {c.label}（{c.weight}%）
                    </span>
                    <span className="text-xl font-semibold tabular-nums">{own[c.key] ?? "—"}</span>
                  </p>
                  {sheet.comments[c.key] && <p className="mt-1 text-sm break-words text-slate-700">评语：{sheet.comments[c.key]}</p>}
                </li>
              ))}
            </ul>
            <p className="text-sm">
              加权得分（百分制）：<strong className="text-lg tabular-nums">{lockedTotal === null ? "—" : lockedTotal.toFixed(2)}</strong>
            </p>
          </>
        )}
      </section>
    );
  }

  function send(submit: boolean) {
    setSavedAt(null);
    const scoreInput: Record<string, number> = {};
    for (const c of rubric) {
      const m = marks[c.key];
      if (m !== undefined) scoreInput[c.key] = m;
    }
    save.mutate({ stageId, entryId, version, scores: scoreInput, comments, submit });
  }

  return (
    <form
      aria-labelledby="sheet-heading"
      className="space-y-4"
      noValidate
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        send(false);
      }}
    >
      <h2 id="sheet-heading" className="text-lg font-semibold">
        评分表
      </h2>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {rubric.map((c) => {
        const scoreId = `score-${c.key}`;
        const commentId = `comment-${c.key}`;
        const scoreError = errors.fields[`scores.${c.key}`];
        const commentError = errors.fields[`comments.${c.key}`];
        const extreme = marks[c.key] === c.min || marks[c.key] === c.max;
        return (
          <fieldset key={c.key} className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <legend className="sr-only">
              {c.label}（权重 {c.weight}%）
            </legend>
            <p className="flex items-baseline justify-between gap-2" aria-hidden="true">
              <span className="text-base font-semibold">{c.label}</span>
              <span className="text-sm text-slate-600">权重 {c.weight}%</span>
            </p>
            {(c.high || c.low) && (
              <dl className="space-y-1 text-sm break-words text-slate-700">
                {c.high && (
                  <div>
                    <dt className="inline font-medium text-green-800">高分：</dt>
                    <dd className="inline">{c.high}</dd>
                  </div>
                )}
                {c.low && (
                  <div>
                    <dt className="inline font-medium text-red-800">低分：</dt>
                    <dd className="inline">{c.low}</dd>
                  </div>
                )}
              </dl>
            )}
            <Field id={scoreId} label={`${c.label}得分（${c.min}–${c.max} 分）`} error={scoreError}>
              <Input
                {...describedBy(scoreId, scoreError)}
                inputMode="decimal"
                autoComplete="off"
                enterKeyHint="next"
                className="h-14 text-center text-2xl font-semibold tabular-nums"
                placeholder={`${c.min}–${c.max}`}
                value={scores[c.key] ?? ""}
                onChange={(e) => setScores((s) => ({ ...s, [c.key]: e.target.value }))}
              />
            </Field>
            <Field
              id={commentId}
              label={`${c.label}评语${extreme ? "（必填）" : "（可选）"}`}
              error={commentError}
              hint={`给出 ${c.min} 分或 ${c.max} 分时须填写评语`}
            >
              <Textarea
                {...describedBy(commentId, commentError)}
                rows={2}
                maxLength={500}
                value={comments[c.key] ?? ""}
                onChange={(e) => setComments((s) => ({ ...s, [c.key]: e.target.value }))}
              />
            </Field>
          </fieldset>
        );
      })}
      <div className="sticky bottom-0 space-y-3 rounded-lg border border-slate-200 bg-white/95 p-3 shadow-md">
        <p className="flex items-baseline justify-between gap-2 text-sm" aria-live="polite">
          <span>加权得分（百分制）</span>
          <strong className="text-xl tabular-nums">{total === null ? "—" : total.toFixed(2)}</strong>
        </p>
        {savedAt && !save.isPending && <Notice tone="success">草稿已保存（{savedAt}）</Notice>}
        {confirming ? (
          <div className="space-y-2">
            <p className="text-sm font-medium">提交后评分将锁定，不能再修改。确认提交？</p>
            <div className="grid grid-cols-2 gap-2">
              <Button variant="secondary" className="min-h-12" onClick={() => setConfirming(false)}>
                返回修改
              </Button>
              <Button className="min-h-12" disabled={save.isPending} onClick={() => send(true)}>
                {save.isPending ? "正在提交…" : "确认提交"}
              </Button>
            </div>
          </div>
        ) : (
          <div className="grid grid-cols-2 gap-2">
            <Button type="submit" variant="secondary" className="min-h-12" disabled={save.isPending}>
              {save.isPending ? "正在保存…" : "保存草稿"}
            </Button>
            <Button
              className="min-h-12"
              disabled={save.isPending}
              onClick={() => {
                save.reset();
                setSavedAt(null);
                setConfirming(true);
              }}
            >
              提交评分
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
