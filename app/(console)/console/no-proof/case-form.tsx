"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, ReadinessPanel, RequiredLegend, useEntryForm } from "@/app/_components/entry-form";
import { useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { CheckboxGroup, describedBy, Field, Input, Options, SaveButtons, Section, Select, Textarea } from "@/app/_components/ui/field";
import { caseChecklist } from "@/server/no-proof/checklist";
import {
  AUDIENCE_LABELS,
  DISPOSITION_LABELS,
  E_LICENCE_LABELS,
  ITEM_CODE_EXAMPLE,
  LIFE_EVENT_LABELS,
  NOPROOF_DOMAIN_LABELS,
  noProofCaseContentSchema,
  PROOF_KIND_LABELS,
  type NoProofCaseContentInput,
  type NoProofProofInput,
} from "@/server/no-proof/schemas";

type Proof = Required<NoProofProofInput>;
const EMPTY_PROOF: Proof = {
  name: "",
  kind: "" as Proof["kind"],
  issuer: "",
  disposition: "" as Proof["disposition"],
  replacement: "",
  retainedReason: "",
  legalBasis: "",
  commitmentTemplate: "",
  commitmentExclusions: "",
};

/** The form's state: lists typed one per line stay text until saved. */
interface State {
  name: string;
  itemCode: string;
  domain: string;
  lifeEvents: string[];
  audiences: string[];
  summary: string;
  proofs: Proof[];
  materials: string;
  eLicences: string[];
  app: boolean;
  onlineHall: boolean;
  halls: string;
  steps: string;
  timeLimit: string;
  fee: string;
  legalBasis: string;
  effectiveDate: string;
  districtIds: string[];
  countsTowardTarget: boolean;
  contactPhone: string;
}

const toState = (c?: NoProofCaseContentInput): State => ({
  name: c?.name ?? "",
  itemCode: c?.itemCode ?? "",
  domain: c?.domain ?? "",
  lifeEvents: [...(c?.lifeEvents ?? [])],
  audiences: [...(c?.audiences ?? [])],
  summary: c?.summary ?? "",
  proofs: c?.proofs.map((p) => ({ ...EMPTY_PROOF, ...p }) as Proof) ?? [{ ...EMPTY_PROOF }],
  materials: (c?.materials ?? []).join("\n"),
  eLicences: [...(c?.eLicences ?? [])],
  app: c?.channels.app ?? true,
  onlineHall: c?.channels.onlineHall ?? false,
  halls: (c?.channels.halls ?? []).join("\n"),
  steps: (c?.steps ?? []).join("\n"),
  timeLimit: c?.timeLimit ?? "",
  fee: c?.fee ?? "不收费",
  legalBasis: c?.legalBasis ?? "",
  effectiveDate: c?.effectiveDate ?? "",
  districtIds: [...(c?.districtIds ?? [])],
  countsTowardTarget: c?.countsTowardTarget ?? false,
  contactPhone: c?.contactPhone ?? "",
});

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

interface Props {
  districts: { id: string; name: string }[];
  entry?: { id: string; version: number; content: NoProofCaseContentInput };
}

export function CaseForm({ districts, entry }: Props) {
  const trpc = useTRPC();
  const [s, setS] = useState<State>(() => toState(entry?.content));
  const create = useMutation(trpc.noProof.create.mutationOptions());
  const update = useMutation(trpc.noProof.update.mutationOptions());
  const form = useEntryForm({
    schema: noProofCaseContentSchema,
    checklist: caseChecklist,
    save: (content, submit) =>
      entry
        ? update.mutateAsync({ id: entry.id, version: entry.version, content: content as NoProofCaseContentInput, submit })
        : create.mutateAsync({ content: content as NoProofCaseContentInput, submit }),
    savedHref: (id, submitted) => `/console/no-proof/${id}?saved=${submitted ? "submitted" : "draft"}`,
  });
  const { errors } = form;
  const set = <K extends keyof State>(key: K, value: State[K]) => setS((prev) => ({ ...prev, [key]: value }));
  const text = (key: keyof State) => ({
    ...describedBy(key, errors[key]),
    value: s[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const setProof = (i: number, key: keyof Proof, value: string) => set("proofs", s.proofs.map((p, j) => (j === i ? { ...p, [key]: value } : p)));

  const content = {
    name: s.name,
    itemCode: s.itemCode,
    domain: s.domain,
    lifeEvents: s.lifeEvents,
    audiences: s.audiences,
    summary: s.summary,
    proofs: s.proofs,
    materials: lines(s.materials),
    eLicences: s.eLicences,
    channels: { app: s.app, onlineHall: s.onlineHall, halls: lines(s.halls) },
    steps: lines(s.steps),
    timeLimit: s.timeLimit,
    fee: s.fee,
    legalBasis: s.legalBasis,
    effectiveDate: s.effectiveDate,
    districtIds: s.districtIds,
    countsTowardTarget: s.countsTowardTarget,
    contactPhone: s.contactPhone,
  };

  return (
    <form onSubmit={(e) => form.onSubmit(e, content)} className="space-y-6" noValidate>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <RequiredLegend />
      <Section title="事项">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="事项名称" required error={errors.name}>
            <Input {...text("name")} maxLength={80} />
          </Field>
          <Field id="itemCode" label="事项编码" required error={errors.itemCode} hint={`如 ${ITEM_CODE_EXAMPLE}`}>
            <Input {...text("itemCode")} className="font-mono" />
          </Field>
          <Field id="domain" label="所属领域" required error={errors.domain}>
            <Select {...text("domain")}>
              <Options labels={NOPROOF_DOMAIN_LABELS} />
            </Select>
          </Field>
          <Field id="effectiveDate" label="实施日期" required error={errors.effectiveDate}>
            <Input {...text("effectiveDate")} type="date" />
          </Field>
        </div>
        <Field id="summary" label="简要说明" required error={errors.summary} hint="用群众听得懂的话说：现在不用再带什么">
          <Textarea {...text("summary")} rows={2} maxLength={300} />
        </Field>
        <fieldset id="audiences" tabIndex={-1} className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">服务对象</legend>
          {errors.audiences && <p className="text-sm text-red-700">{errors.audiences}</p>}
          <CheckboxGroup name="audiences" options={labelled(AUDIENCE_LABELS)} value={s.audiences} onChange={(v) => set("audiences", v)} />
        </fieldset>
        <fieldset id="lifeEvents" tabIndex={-1} className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">人生事件</legend>
          {errors.lifeEvents && <p className="text-sm text-red-700">{errors.lifeEvents}</p>}
          <CheckboxGroup name="lifeEvents" options={labelled(LIFE_EVENT_LABELS)} value={s.lifeEvents} onChange={(v) => set("lifeEvents", v)} />
        </fieldset>
      </Section>

      <Section title="证明材料" id="proofs">
        <p className="text-sm text-slate-600">逐项列出：不再需要的证明及替代方式；仍保留的证明须写明保留原因和设定依据。</p>
        {errors.proofs && <p className="text-sm text-red-700">{errors.proofs}</p>}
        <ol className="space-y-4">
          {s.proofs.map((p, i) => {
            const id = (key: string) => `proofs.${i}.${key}`;
            const field = (key: keyof Proof) => ({ ...describedBy(id(key), errors[id(key)]), value: p[key], onChange: (e: { target: { value: string } }) => setProof(i, key, e.target.value) });
            return (
              <li key={i} className="space-y-3 rounded-md bg-slate-50 p-3">
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  <Field id={id("name")} label={`证明 ${i + 1} 名称`} required error={errors[id("name")]}>
                    <Input {...field("name")} />
                  </Field>
                  <Field id={id("kind")} label="证明类别" required error={errors[id("kind")]}>
                    <Select {...field("kind")}>
                      <Options labels={PROOF_KIND_LABELS} />
                    </Select>
                  </Field>
                  <Field id={id("issuer")} label="原开具单位" required error={errors[id("issuer")]}>
                    <Input {...field("issuer")} />
                  </Field>
                  <Field id={id("disposition")} label="处理方式" required error={errors[id("disposition")]}>
                    <Select {...field("disposition")}>
                      <Options labels={DISPOSITION_LABELS} />
                    </Select>
                  </Field>
                </div>
                {p.disposition === "retained" ? (
                  <Field id={id("retainedReason")} label="保留原因" required error={errors[id("retainedReason")]}>
                    <Textarea {...field("retainedReason")} rows={2} />
                  </Field>
                ) : (
                  <Field id={id("replacement")} label="替代方式：申请人现在怎么办" required error={errors[id("replacement")]}>
                    <Textarea {...field("replacement")} rows={2} />
                  </Field>
                )}
                <Field id={id("legalBasis")} label={p.disposition === "retained" ? "设定依据" : "依据（可选）"} required={p.disposition === "retained"} error={errors[id("legalBasis")]}>
                  <Input {...field("legalBasis")} />
                </Field>
                {(p.disposition === "commitment" || p.disposition === "deferred_commitment") && (
                  <>
                    <Field id={id("commitmentTemplate")} label="承诺书文本" required error={errors[id("commitmentTemplate")]} hint="公众可在事项页面下载">
                      <Textarea {...field("commitmentTemplate")} rows={5} />
                    </Field>
                    {p.disposition === "commitment" && (
                      <Field id={id("commitmentExclusions")} label="不适用告知承诺的情形" required error={errors[id("commitmentExclusions")]} hint="如：有严重失信记录或曾作出不实承诺的申请人">
                        <Input {...field("commitmentExclusions")} />
                      </Field>
                    )}
                  </>
                )}
                <Button variant="secondary" onClick={() => set("proofs", s.proofs.filter((_, j) => j !== i))} aria-label={`删除证明 ${i + 1}`}>
                  删除
                </Button>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" onClick={() => set("proofs", [...s.proofs, { ...EMPTY_PROOF }])}>
          添加证明材料
        </Button>
        <Field
          id="materials"
          label="其他需提交的材料（每行一项）"
          error={errors.materials}
          hint="保留的证明之外仍要带的材料，如申请表、身份证件；公开页面的「需要准备」清单由保留的证明和这里的材料组成，不填即“无需其他材料”"
        >
          <Textarea {...text("materials")} rows={3} />
        </Field>
      </Section>

      <Section title="电子证照与办理">
        <fieldset id="eLicences" tabIndex={-1} className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">可出示的电子证照</legend>
          <CheckboxGroup name="eLicences" options={labelled(E_LICENCE_LABELS)} value={s.eLicences} onChange={(v) => set("eLicences", v)} />
        </fieldset>
        <fieldset id="channels" tabIndex={-1} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">办理渠道</legend>
          {errors.channels && <p className="text-sm text-red-700">{errors.channels}</p>}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={s.app} onChange={(e) => set("app", e.target.checked)} />
            爱山东·青e办 App
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={s.onlineHall} onChange={(e) => set("onlineHall", e.target.checked)} />
            山东政务服务网（青岛站）
          </label>
          <Field id="halls" label="线下大厅（每行一个）" error={errors["channels.halls"]}>
            <Textarea {...text("halls")} rows={2} />
          </Field>
        </fieldset>
        <Field id="steps" label="办理步骤（每行一步）" required error={errors.steps}>
          <Textarea {...text("steps")} rows={4} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="timeLimit" label="办理时限" required error={errors.timeLimit}>
            <Input {...text("timeLimit")} placeholder="如：即办、3个工作日" />
          </Field>
          <Field id="fee" label="收费标准" required error={errors.fee}>
            <Input {...text("fee")} />
          </Field>
          <Field id="contactPhone" label="咨询电话" required error={errors.contactPhone} hint="提交审核时必填；公开页面上可一键拨打">
            <Input {...text("contactPhone")} type="tel" />
          </Field>
        </div>
        <Field id="legalBasis" label="法律或政策依据" required error={errors.legalBasis}>
          <Textarea {...text("legalBasis")} rows={2} />
        </Field>
        <fieldset id="districtIds" tabIndex={-1} className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">适用区市（不选即全市通办）</legend>
          {errors.districtIds && <p className="text-sm text-red-700">{errors.districtIds}</p>}
          <CheckboxGroup name="districtIds" options={districts.map((d) => ({ value: d.id, label: d.name }))} value={s.districtIds} onChange={(v) => set("districtIds", v)} />
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" checked={s.countsTowardTarget} onChange={(e) => set("countsTowardTarget", e.target.checked)} />
          今年新增，计入“新增无证明场景不少于 40 个”目标
        </label>
      </Section>

      <ReadinessPanel items={form.live(content)} />
      <SaveButtons pending={form.pending} />
    </form>
  );
}
