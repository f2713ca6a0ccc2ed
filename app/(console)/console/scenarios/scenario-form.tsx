"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, ReadinessPanel, RequiredLegend, useEntryForm } from "@/app/_components/entry-form";
import { Lookalikes } from "@/app/_components/lookalikes";
import { useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { CheckboxGroup, describedBy, Field, Input, Options, SaveButtons, Section, Select, Textarea } from "@/app/_components/ui/field";
import { DOMAIN_LABELS } from "@/server/resources/schemas";
import { scenarioChecklist } from "@/server/scenarios/checklist";
import { ONE_THING_AUDIENCE_LABELS, SCENARIO_KIND_LABELS, scenarioContentSchema, type ScenarioContentInput } from "@/server/scenarios/schemas";
import { EMPTY_REFORM, ReformEditor, reformToRows, rowsToReform, type ReformRows } from "./reform-editor";
import { ResourcePicker, type PickedResource } from "./resource-picker";

interface Department {
  id: string;
  name: string;
  kind: string;
}

/** A result row as typed: numbers stay text until saved, so a half-typed value is not lost. */
interface ResultRow {
  metric: string;
  before: string;
  after: string;
  unit: string;
}

type Content = Omit<Required<ScenarioContentInput>, "results" | "resourceIds" | "reform">;

const EMPTY: Content = {
  name: "",
  kind: "" as Content["kind"],
  audience: "",
  domain: "" as Content["domain"],
  participatingDepartmentIds: [],
  problem: "",
  howItWorks: "",
  liveDistrictIds: [],
  contactName: "",
  contactPhone: "",
  duplicateReason: "",
};

interface Props {
  departments: Department[];
  ownDepartmentId: string;
  scenario?: { id: string; version: number; content: ScenarioContentInput; resources: PickedResource[] };
}

export function ScenarioForm({ departments, ownDepartmentId, scenario }: Props) {
  const trpc = useTRPC();
  const [c, setC] = useState<Content>(() => (scenario ? { ...EMPTY, ...(scenario.content as Content) } : EMPTY));
  const [picked, setPicked] = useState<PickedResource[]>(scenario?.resources ?? []);
  const [results, setResults] = useState<ResultRow[]>(
    () => scenario?.content.results?.map((r) => ({ ...r, before: String(r.before), after: String(r.after) })) ?? [],
  );
  const [reform, setReform] = useState<ReformRows | null>(() => (scenario?.content.reform ? reformToRows(scenario.content.reform) : null));
  const create = useMutation(trpc.scenario.create.mutationOptions());
  const update = useMutation(trpc.scenario.update.mutationOptions());
  const form = useEntryForm({
    schema: scenarioContentSchema,
    checklist: (content) => scenarioChecklist(content, ownDepartmentId),
    save: (content, submit) =>
      scenario
        ? update.mutateAsync({ id: scenario.id, version: scenario.version, content: content as ScenarioContentInput, submit })
        : create.mutateAsync({ content: content as ScenarioContentInput, submit }),
    savedHref: (id, submitted) => `/scenarios/${id}?saved=${submitted ? "submitted" : "draft"}`,
  });
  const { errors } = form;
  const set = <K extends keyof Content>(key: K, value: Content[K]) => setC((prev) => ({ ...prev, [key]: value }));
  const text = (key: keyof Content) => ({
    ...describedBy(key, errors[key]),
    value: c[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const choice = (d: Department) => ({ value: d.id, label: d.name });
  const others = departments.filter((d) => d.id !== ownDepartmentId).map(choice);
  const districts = departments.filter((d) => d.kind === "district").map(choice);
  const setResult = (i: number, key: keyof ResultRow, value: string) => setResults(results.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const asNumber = (v: string) => (v.trim() === "" ? undefined : Number(v));
  // 一张改革清单、一个改革流程图、一张改革对比表 belong to a 一件事 or a 大场景.
  const hasReformSheet = c.kind === "one_thing" || c.kind === "big_scenario";

  const content = {
    ...c,
    audience: c.kind === "one_thing" ? c.audience : "",
    resourceIds: picked.map((r) => r.id),
    results: results.map((r) => ({ ...r, before: asNumber(r.before), after: asNumber(r.after) })),
    reform: reform && hasReformSheet ? rowsToReform(reform) : undefined,
  };

  return (
    <form onSubmit={(e) => form.onSubmit(e, content)} className="space-y-6" noValidate>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <RequiredLegend />
      <Section title="基本信息">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="场景名称" required error={errors.name}>
            <Input {...text("name")} maxLength={60} />
          </Field>
          <Field id="domain" label="所属领域" required error={errors.domain}>
            <Select {...text("domain")}>
              <Options labels={DOMAIN_LABELS} />
            </Select>
          </Field>
          <Field id="kind" label="场景类型" required error={errors.kind} hint="多跨融合大场景须至少两个部门共同建设">
            <Select {...text("kind")}>
              <Options labels={SCENARIO_KIND_LABELS} />
            </Select>
          </Field>
          {c.kind === "one_thing" && (
            <Field id="audience" label="服务对象" required error={errors.audience}>
              <Select {...text("audience")}>
                <Options labels={ONE_THING_AUDIENCE_LABELS} />
              </Select>
            </Field>
          )}
        </div>
        <Field id="problem" label="解决的问题" required error={errors.problem} hint="用群众和企业听得懂的话说明：以前要怎样办，难在哪里">
          <Textarea {...text("problem")} maxLength={1000} />
        </Field>
        <Field id="howItWorks" label="实现方式" required error={errors.howItWorks} hint="哪些部门、哪些数据和系统如何协同">
          <Textarea {...text("howItWorks")} maxLength={2000} />
        </Field>
      </Section>
      <Lookalikes
        probe={{ entryType: "scenario", name: c.name, summary: `${c.problem} ${c.howItWorks}`, kind: c.kind, parts: content.resourceIds, excludeId: scenario?.id }}
        ownDepartmentId={ownDepartmentId}
        reason={c.duplicateReason}
        onReason={(value) => set("duplicateReason", value)}
        error={errors.duplicateReason}
      />

      <Section title="参与部门" id="participatingDepartmentIds">
        <p className="text-sm text-slate-600">本部门为牵头部门，请勾选共同建设的其他部门。</p>
        {errors.participatingDepartmentIds && (
          <p className="text-sm text-red-700" role="alert">
            {errors.participatingDepartmentIds}
          </p>
        )}
        <CheckboxGroup name="participatingDepartmentIds" options={others} value={c.participatingDepartmentIds} onChange={(v) => set("participatingDepartmentIds", v)} />
      </Section>

      <Section title="使用的资源" id="resourceIds">
        <ResourcePicker picked={picked} onChange={setPicked} ownDepartmentId={ownDepartmentId} purpose={`用于场景「${c.name}」`} error={errors.resourceIds} />
      </Section>

      <Section title="改革成效" id="results">
        <p className="text-sm text-slate-600">用可量化的指标说明成效，如：办理时限 5 天 → 1 天，跑动次数 3 次 → 0 次。</p>
        {errors.results && <p className="text-sm text-red-700">{errors.results}</p>}
        <ol className="space-y-3">
          {results.map((r, i) => (
            <li key={i} className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end">
              {(["metric", "before", "after", "unit"] as const).map((key) => {
                const id = `results.${i}.${key}`;
                const label = { metric: `指标 ${i + 1}`, before: "改革前", after: "改革后", unit: "单位" }[key];
                const numeric = key === "before" || key === "after";
                return (
                  <Field key={key} id={id} label={label} error={errors[id]}>
                    <Input
                      {...describedBy(id, errors[id])}
                      value={r[key]}
                      inputMode={numeric ? "decimal" : undefined}
                      placeholder={{ metric: "如：办理时限", before: "5", after: "1", unit: "如：天" }[key]}
                      onChange={(e) => setResult(i, key, e.target.value)}
                    />
                  </Field>
                );
              })}
              <Button variant="secondary" onClick={() => setResults(results.filter((_, j) => j !== i))} aria-label={`删除指标 ${i + 1}`}>
                删除
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setResults([...results, { metric: "", before: "", after: "", unit: "" }])}>
          添加成效指标
        </Button>
      </Section>

      {hasReformSheet && (
        <Section title="改革清单与流程" id="reform">
          <label className="inline-flex min-h-10 items-center gap-2 text-sm font-medium">
            <input type="checkbox" className="h-4 w-4" checked={!!reform} onChange={(e) => setReform(e.target.checked ? EMPTY_REFORM : null)} />
            填写改革清单与办理流程（生成改革流程图和改革对比表）
          </label>
          {errors.reform && (
            <p className="text-sm text-red-700" role="alert">
              {errors.reform}
            </p>
          )}
          {reform && <ReformEditor rows={reform} onChange={setReform} departments={departments} errors={errors} />}
        </Section>
      )}

      <Section title="上线区市" id="liveDistrictIds">
        {errors.liveDistrictIds && (
          <p className="text-sm text-red-700" role="alert">
            {errors.liveDistrictIds}
          </p>
        )}
        <CheckboxGroup name="liveDistrictIds" options={districts} value={c.liveDistrictIds} onChange={(v) => set("liveDistrictIds", v)} />
      </Section>

      <Section title="联系人">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="contactName" label="联系人" required error={errors.contactName} hint="提交审核时必填">
            <Input {...text("contactName")} />
          </Field>
          <Field id="contactPhone" label="联系电话" required error={errors.contactPhone} hint="提交审核时必填">
            <Input {...text("contactPhone")} type="tel" />
          </Field>
        </div>
      </Section>

      <ReadinessPanel items={form.live(content)} />
      <SaveButtons pending={form.pending} />
    </form>
  );
}
