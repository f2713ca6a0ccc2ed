"use client";

import { useState, type FormEvent } from "react";
import { useSaving } from "@/app/_components/use-saving";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { ResourcePicker, type PickedResource } from "@/app/(console)/console/scenarios/resource-picker";

/** 登记复用: the actor's department or district records that it put this scenario live. */
export function RecordAdoption({ scenarioId, today, departmentId }: { scenarioId: string; today: string; departmentId: string }) {
  const trpc = useTRPC();
  const [liveSince, setLiveSince] = useState(today);
  const [adaptations, setAdaptations] = useState("");
  const [connected, setConnected] = useState<PickedResource[]>([]);
  const record = useSaving(trpc.scenario.recordAdoption.mutationOptions());
  const errors = formErrors(record.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    record.mutate({ scenarioId, liveSince, adaptations, connectedResourceIds: connected.map((r) => r.id) });
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {errors.form && !errors.fields.liveSince && !errors.fields.adaptations && <Notice tone="error">{errors.form}</Notice>}
      <Field id="liveSince" label="本地上线日期" required error={errors.fields.liveSince}>
        <Input {...describedBy("liveSince", errors.fields.liveSince)} type="date" max={today} value={liveSince} onChange={(e) => setLiveSince(e.target.value)} />
      </Field>
      <Field id="adaptations" label="本地化调整" required error={errors.fields.adaptations} hint="做了哪些调整、接入了本部门哪些系统或数据">
        <Textarea {...describedBy("adaptations", errors.fields.adaptations)} rows={3} value={adaptations} onChange={(e) => setAdaptations(e.target.value)} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">接入的本部门资源（可选）</legend>
        <ResourcePicker picked={connected} onChange={setConnected} ownDepartmentId={departmentId} purpose="" error={errors.fields.connectedResourceIds} onlyOwn />
      </fieldset>
      <Button type="submit" disabled={record.busy}>
        {record.isPending ? "正在提交…" : "登记复用"}
      </Button>
    </form>
  );
}
