"use client";

import { useState, type FormEvent } from "react";
import { shanghaiInputValue } from "@/server/time";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import type { RubricCriterion } from "@/server/competition/schemas";

export interface StageProps {
  id: string;
  version: number;
  name: string;
  kind: "registration" | "review";
  status: "pending" | "open" | "closed";
  opensAt: Date;
  closesAt: Date;
  rubric: RubricCriterion[];
  judgesPerEntry: number | null;
  advancePerTrack: number | null;
}

/**
 * An organiser opens or ends a stage, and moves its times while it has not ended (e.g. to end 报名 early
 * and bring the first review forward). Each button names its stage, as a page has several.
 */
export function StageActions({ stage, locked }: { stage: StageProps; locked: boolean }) {
  const trpc = useTRPC();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [opensAt, setOpensAt] = useState("");
  const [closesAt, setClosesAt] = useState("");
  const [warning, setWarning] = useState<string | null>(null);
  const open = useSaving(
    trpc.competition.openStage.mutationOptions({
      onSuccess: (r) => {
        setMessage(`已开放“${stage.name}”`);
        setWarning(r.warning);
      },
    }),
  );
  const close = useSaving(
    trpc.competition.closeStage.mutationOptions({
      onSuccess: (r) => setMessage(`已结束“${stage.name}”${r.missingSheets ? `，尚有 ${r.missingSheets} 份评分未提交` : ""}`),
    }),
  );
  const update = useSaving(
    trpc.competition.updateStage.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        setMessage(`已保存“${stage.name}”的时间`);
      },
    }),
  );
  const all = [open, close, update];
  const failed = all.find((m) => m.isError);
  const errors = formErrors(failed?.error);
  const pending = all.some((m) => m.busy);
  const ref = { id: stage.id, version: stage.version };
  const start = () => {
    setMessage(null);
    setWarning(null);
    all.forEach((m) => m.reset());
  };

  function saveTimes(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    start();
    const { name, kind, rubric, judgesPerEntry, advancePerTrack } = stage;
    // 「2024-06-30T17:00」 is read as Qingdao time by the server; everything else stays as it is.
    update.mutate({ ...ref, stage: { name, kind, rubric, judgesPerEntry, advancePerTrack, opensAt, closesAt } });
  }

  const prefix = `stage-${stage.id}`;
  const timeError = (field: "opensAt" | "closesAt") => (failed === update ? errors.fields[`stage.${field}`] : undefined);
  return (
    <div className="space-y-2">
      {errors.form && <Notice tone="error">{timeError("opensAt") || timeError("closesAt") ? errors.form : (Object.values(errors.fields)[0] ?? errors.form)}</Notice>}
      {message && !failed && <Notice tone="success">{message}</Notice>}
      {warning && !failed && <Notice tone="warning">{warning}</Notice>}
      {!locked && (
        <div className="flex flex-wrap gap-2">
          {stage.status === "open" ? (
            <Button
              variant="secondary"
              disabled={pending}
              aria-label={`结束阶段“${stage.name}”`}
              onClick={() => {
                start();
                close.mutate(ref);
              }}
            >
              结束阶段
            </Button>
          ) : (
            <Button
              disabled={pending}
              aria-label={`${stage.status === "closed" ? "重新开放" : "开放阶段"}“${stage.name}”`}
              variant={stage.status === "closed" ? "secondary" : "primary"}
              onClick={() => {
                start();
                open.mutate(ref);
              }}
            >
              {stage.status === "closed" ? "重新开放" : "开放阶段"}
            </Button>
          )}
          {stage.status !== "closed" && !editing && (
            <Button
              variant="secondary"
              disabled={pending}
              aria-label={`修改“${stage.name}”的时间`}
              onClick={() => {
                setOpensAt(shanghaiInputValue(stage.opensAt));
                setClosesAt(shanghaiInputValue(stage.closesAt));
                setEditing(true);
              }}
            >
              修改时间
            </Button>
          )}
        </div>
      )}
      {editing && (
        <form onSubmit={saveTimes} className="space-y-3 rounded-md border border-slate-200 p-3" aria-label={`修改“${stage.name}”的时间`} noValidate>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${prefix}-opensAt`} label="开始时间" error={timeError("opensAt")} hint="北京时间">
              <Input {...describedBy(`${prefix}-opensAt`, timeError("opensAt"))} type="datetime-local" value={opensAt} onChange={(e) => setOpensAt(e.target.value)} />
            </Field>
            <Field id={`${prefix}-closesAt`} label="结束时间" error={timeError("closesAt")} hint="北京时间">
              <Input {...describedBy(`${prefix}-closesAt`, timeError("closesAt"))} type="datetime-local" value={closesAt} onChange={(e) => setClosesAt(e.target.value)} />
            </Field>
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {update.isPending ? "正在保存…" : "保存时间"}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              取消
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
