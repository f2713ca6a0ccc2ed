"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";

/**
 * A publisher enters one of the department's published scenarios. The server decides whether 报名 is still
 * open when the form arrives; a refusal shows above the form and everything typed stays.
 */
export function EntryForm({ competitionId, tracks, scenarios }: { competitionId: string; tracks: string[]; scenarios: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const enter = useMutation(trpc.competition.enter.mutationOptions());
  const [v, setV] = useState({ scenarioId: "", track: "", team: "", summary: "" });
  const errors = formErrors(enter.error);
  const field = (key: keyof typeof v) => ({
    ...describedBy(key, errors.fields[key]),
    value: v[key],
    onChange: (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [key]: e.target.value })),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const entry = await enter.mutateAsync({ competitionId, ...v }).catch(() => null);
    if (entry) router.push(`/console/competitions/${competitionId}/entries/${entry.id}?entered=1`);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="scenarioId" label="参赛场景" required error={errors.fields.scenarioId}>
          <Select {...field("scenarioId")}>
            <option value="" disabled>
              请选择
            </option>
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="track" label="赛道" required error={errors.fields.track}>
          <Select {...field("track")}>
            <option value="" disabled>
              请选择
            </option>
            {tracks.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="team" label="参赛团队" required error={errors.fields.team} hint="牵头处室和参与单位、主要成员">
        <Input {...field("team")} maxLength={200} />
      </Field>
      <Field id="summary" label="作品简介" required error={errors.fields.summary} hint={`20–2000 字：解决什么问题、怎么做、成效如何（已输入 ${v.summary.trim().length} 字）`}>
        <Textarea {...field("summary")} rows={6} maxLength={2000} />
      </Field>
      <Button type="submit" disabled={enter.isPending}>
        {enter.isPending ? "正在提交…" : "提交报名"}
      </Button>
    </form>
  );
}
