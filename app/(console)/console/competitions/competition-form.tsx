"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { formErrors, useTRPC } from "@/app/_components/trpc";
import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Section, Select, Textarea } from "@/app/_components/ui/field";
import { Notice } from "@/app/_components/ui/layout";
import { AGGREGATION_METHOD_LABELS, AWARD_LABELS, AWARDS, STAGE_KIND_LABELS, type createCompetitionInput } from "@/server/competition/schemas";

type CompetitionInput = z.input<typeof createCompetitionInput>;
type Method = keyof typeof AGGREGATION_METHOD_LABELS;

/** Numbers stay text while typed, so a half-typed value is never lost; they become numbers on submit. */
interface CriterionRow {
  uid: number;
  key: string;
  label: string;
  weight: string;
  min: string;
  max: string;
  high: string;
  low: string;
}

interface StageRow {
  uid: number;
  name: string;
  kind: "registration" | "review";
  opensAt: string;
  closesAt: string;
  judgesPerEntry: string;
  advancePerTrack: string;
  rubric: CriterionRow[];
}

// React keys only, never rendered: rows keep their identity when one above them is removed.
let lastUid = 0;
const nextUid = () => ++lastUid;

/** The plan's example: 创新性 25%, 应用成效 30%, 复用推广价值 25%, 技术实现 20%, each scored 0–10. */
const defaultRubric = (): CriterionRow[] =>
  (
    [
      ["innovation", "创新性", "25", "模式或技术在全市首创，解决了以往解决不了的问题", "照搬已有做法，没有新意"],
      ["impact", "应用成效", "30", "成效指标有改革前后数据，群众企业感受明显", "尚未上线或没有可量化的成效"],
      ["reuse", "复用推广价值", "25", "其他部门、区市可直接复用，已有复用案例", "依赖本部门特有条件，难以推广"],
      ["tech", "技术实现", "20", "充分复用城市云脑资源，架构合理、安全可控", "重复建设，数据和接口未接入城市云脑"],
    ] as const
  ).map(([key, label, weight, high, low]) => ({ uid: nextUid(), key, label, weight, min: "0", max: "10", high, low }));

const reviewStage = (name: string): StageRow => ({
  uid: nextUid(),
  name,
  kind: "review",
  opensAt: "",
  closesAt: "",
  judgesPerEntry: "5",
  advancePerTrack: "",
  rubric: defaultRubric(),
});

const initialStages = (): StageRow[] => [
  { uid: nextUid(), name: "报名", kind: "registration", opensAt: "", closesAt: "", judgesPerEntry: "", advancePerTrack: "", rubric: [] },
  reviewStage("决赛路演"),
];

// Field errors this form shows beside a field; any other comes out above the form.
const SHOWN = /^(name|year|tracks(\.\d+)?|aggregationMethod|awardQuota(\.\w+)?|stages(\.\d+\.(name|kind|opensAt|closesAt|judgesPerEntry|advancePerTrack|rubric(\.\d+\.(key|label|weight|min|max|high|low))?))?)$/;

const num = (v: string) => (v.trim() === "" ? undefined : Number(v));
const numOrNull = (v: string) => (v.trim() === "" ? null : Number(v));

/** Σ weights as typed, or null while one is not a number yet. */
function weightTotal(rubric: CriterionRow[]): number | null {
  const weights = rubric.map((c) => Number(c.weight));
  return rubric.some((c) => c.weight.trim() === "") || weights.some((w) => !Number.isFinite(w)) ? null : weights.reduce((a, b) => a + b, 0);
}

export function CompetitionForm({ year }: { year: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.competition.create.mutationOptions());
  const [name, setName] = useState("");
  const [yearText, setYearText] = useState(String(year));
  const [tracks, setTracks] = useState("城市治理\n民生服务\n产业发展");
  const [method, setMethod] = useState<Method>("trimmed_mean");
  const [quota, setQuota] = useState<Record<(typeof AWARDS)[number], string>>({ first: "1", second: "1", third: "1", merit: "3" });
  const [stages, setStages] = useState<StageRow[]>(initialStages);
  const raw = formErrors(create.error);
  const errors = raw.fields;
  const others = Object.entries(errors).filter(([key]) => !SHOWN.test(key));
  const tracksError = errors.tracks ?? Object.entries(errors).find(([key]) => key.startsWith("tracks."))?.[1];
  const quotaError = errors.awardQuota ?? Object.entries(errors).find(([key]) => key.startsWith("awardQuota."))?.[1];

  const setStage = (i: number, patch: Partial<StageRow>) => setStages((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setCriterion = (i: number, k: number, patch: Partial<CriterionRow>) =>
    setStages((all) => all.map((s, j) => (j === i ? { ...s, rubric: s.rubric.map((c, l) => (l === k ? { ...c, ...patch } : c)) } : s)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      name,
      year: num(yearText),
      tracks: tracks
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean),
      aggregationMethod: method,
      awardQuota: { first: num(quota.first), second: num(quota.second), third: num(quota.third), merit: num(quota.merit) },
      stages: stages.map((s) => ({
        name: s.name,
        kind: s.kind,
        // 「2024-06-30T17:00」: the server reads it as Qingdao time.
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        rubric:
          s.kind === "review"
            ? s.rubric.map((c) => ({ key: c.key, label: c.label, weight: num(c.weight), min: num(c.min), max: num(c.max), high: c.high, low: c.low }))
            : [],
        judgesPerEntry: s.kind === "review" ? numOrNull(s.judgesPerEntry) : null,
        advancePerTrack: s.kind === "review" ? numOrNull(s.advancePerTrack) : null,
      })),
    } as unknown as CompetitionInput;
    const created = await create.mutateAsync(input).catch(() => null);
    if (created) router.push(`/console/competitions/${created.id}?created=1`);
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {raw.form && (
        <Notice tone="error">
          {raw.form}
          {others.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {others.map(([key, message]) => (
                <li key={key}>{message}</li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      <Section title="基本信息">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="大赛名称" required error={errors.name} hint="如：2025年青岛城市云脑创新大赛">
            <Input {...describedBy("name", errors.name)} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field id="year" label="年度" required error={errors.year}>
            <Input {...describedBy("year", errors.year)} value={yearText} inputMode="numeric" onChange={(e) => setYearText(e.target.value)} />
          </Field>
          <Field id="tracks" label="赛道（每行一个）" required error={tracksError} hint="如：城市治理、民生服务、产业发展，最多 10 个">
            <Textarea {...describedBy("tracks", tracksError)} rows={3} value={tracks} onChange={(e) => setTracks(e.target.value)} />
          </Field>
          <Field id="aggregationMethod" label="汇总方法" required error={errors.aggregationMethod} hint="评分不少于 5 份时才去分或标准化，不足时取平均分">
            <Select {...describedBy("aggregationMethod", errors.aggregationMethod)} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
              {Object.entries(AGGREGATION_METHOD_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </Section>

      <Section title="奖项设置（每个赛道）">
        {quotaError && (
          <p className="text-sm text-red-700" role="alert">
            {quotaError}
          </p>
        )}
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {AWARDS.map((award) => (
            <Field key={award} id={`awardQuota.${award}`} label={`${AWARD_LABELS[award]}（个）`}>
              <Input
                id={`awardQuota.${award}`}
                name={`awardQuota.${award}`}
                inputMode="numeric"
                value={quota[award]}
                aria-invalid={quotaError ? true : undefined}
                onChange={(e) => setQuota((q) => ({ ...q, [award]: e.target.value }))}
              />
            </Field>
          ))}
        </div>
      </Section>

      <div className="space-y-4">
        <h2 className="text-lg font-semibold">阶段与评分细则</h2>
        <p className="text-sm text-slate-600">
          第一个阶段为报名，其后为评审阶段（如初赛网评、复赛、决赛路演），每个阶段在前一阶段结束后开始。时间为北京时间。
        </p>
        {errors.stages && (
          <p className="text-sm text-red-700" role="alert">
            {errors.stages}
          </p>
        )}
        {stages.map((s, i) => {
          const p = `stages.${i}`;
          const e = (field: string) => errors[`${p}.${field}`];
          const last = i === stages.length - 1;
          const total = weightTotal(s.rubric);
          return (
            <Section key={s.uid} title={`第 ${i + 1} 阶段（${STAGE_KIND_LABELS[s.kind]}）`}>
              <div className="grid gap-4 sm:grid-cols-3">
                <Field id={`${p}.name`} label="阶段名称" required error={e("name")}>
                  <Input {...describedBy(`${p}.name`, e("name"))} value={s.name} maxLength={20} onChange={(ev) => setStage(i, { name: ev.target.value })} />
                </Field>
                <Field id={`${p}.opensAt`} label="开始时间" required error={e("opensAt")} hint="北京时间">
                  <Input {...describedBy(`${p}.opensAt`, e("opensAt"))} type="datetime-local" value={s.opensAt} onChange={(ev) => setStage(i, { opensAt: ev.target.value })} />
                </Field>
                <Field id={`${p}.closesAt`} label="结束时间" required error={e("closesAt")} hint="北京时间">
                  <Input {...describedBy(`${p}.closesAt`, e("closesAt"))} type="datetime-local" value={s.closesAt} onChange={(ev) => setStage(i, { closesAt: ev.target.value })} />
                </Field>
              </div>
              {s.kind === "review" && (
                <>
                  <div className="grid gap-4 sm:grid-cols-2">
                    <Field id={`${p}.judgesPerEntry`} label="每件作品评委人数" required error={e("judgesPerEntry")}>
                      <Input
                        {...describedBy(`${p}.judgesPerEntry`, e("judgesPerEntry"))}
                        inputMode="numeric"
                        value={s.judgesPerEntry}
                        onChange={(ev) => setStage(i, { judgesPerEntry: ev.target.value })}
                      />
                    </Field>
                    <Field id={`${p}.advancePerTrack`} label="每赛道晋级作品数" error={e("advancePerTrack")} hint={last ? "最后一个阶段不晋级，无需填写" : "晋级下一阶段的作品数"}>
                      <Input
                        {...describedBy(`${p}.advancePerTrack`, e("advancePerTrack"))}
                        inputMode="numeric"
                        value={s.advancePerTrack}
                        onChange={(ev) => setStage(i, { advancePerTrack: ev.target.value })}
                      />
                    </Field>
                  </div>
                  <div className="space-y-3">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 className="font-medium">评分细则</h3>
                      <p className={`text-sm font-medium ${total === 100 ? "text-green-800" : "text-red-700"}`} aria-live="polite">
                        权重合计：{total === null ? "—" : `${total}%`}
                        {total !== 100 && "（须为 100%）"}
                      </p>
                    </div>
                    {e("rubric") && (
                      <p className="text-sm text-red-700" role="alert">
                        {e("rubric")}
                      </p>
                    )}
                    {s.rubric.map((c, k) => {
                      const q = `${p}.rubric.${k}`;
                      const ce = (field: string) => errors[`${q}.${field}`];
                      return (
                        <fieldset key={c.uid} className="space-y-3 rounded-md bg-slate-50 p-3">
                          <legend className="text-sm font-medium">评分项 {k + 1}</legend>
                          <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr]">
                            <Field id={`${q}.label`} label="名称" required error={ce("label") ?? ce("key")}>
                              <Input {...describedBy(`${q}.label`, ce("label"))} value={c.label} maxLength={20} onChange={(ev) => setCriterion(i, k, { label: ev.target.value })} />
                            </Field>
                            <Field id={`${q}.weight`} label="权重（%）" required error={ce("weight")}>
                              <Input {...describedBy(`${q}.weight`, ce("weight"))} inputMode="numeric" value={c.weight} onChange={(ev) => setCriterion(i, k, { weight: ev.target.value })} />
                            </Field>
                            <Field id={`${q}.min`} label="最低分" required error={ce("min")}>
                              <Input {...describedBy(`${q}.min`, ce("min"))} inputMode="decimal" value={c.min} onChange={(ev) => setCriterion(i, k, { min: ev.target.value })} />
                            </Field>
                            <Field id={`${q}.max`} label="最高分" required error={ce("max")}>
                              <Input {...describedBy(`${q}.max`, ce("max"))} inputMode="decimal" value={c.max} onChange={(ev) => setCriterion(i, k, { max: ev.target.value })} />
                            </Field>
                          </div>
                          <div className="grid gap-3 sm:grid-cols-2">
                            <Field id={`${q}.high`} label="高分说明" error={ce("high")} hint="什么样的作品得高分">
                              <Textarea {...describedBy(`${q}.high`, ce("high"))} rows={2} maxLength={200} value={c.high} onChange={(ev) => setCriterion(i, k, { high: ev.target.value })} />
                            </Field>
                            <Field id={`${q}.low`} label="低分说明" error={ce("low")} hint="什么样的作品得低分">
                              <Textarea {...describedBy(`${q}.low`, ce("low"))} rows={2} maxLength={200} value={c.low} onChange={(ev) => setCriterion(i, k, { low: ev.target.value })} />
                            </Field>
                          </div>
                          {s.rubric.length > 1 && (
                            <Button
                              variant="secondary"
                              aria-label={`删除评分项 ${k + 1}`}
                              onClick={() => setStage(i, { rubric: s.rubric.filter((_, l) => l !== k) })}
                            >
                              删除评分项
                            </Button>
                          )}
                        </fieldset>
                      );
                    })}
                    {s.rubric.length < 10 && (
                      <Button
                        variant="secondary"
                        onClick={() => {
                          const uid = nextUid();
                          setStage(i, { rubric: [...s.rubric, { uid, key: `c${uid}`, label: "", weight: "", min: "0", max: "10", high: "", low: "" }] });
                        }}
                      >
                        添加评分项
                      </Button>
                    )}
                  </div>
                  {stages.filter((x) => x.kind === "review").length > 1 && (
                    <Button variant="danger" aria-label={`删除第 ${i + 1} 阶段`} onClick={() => setStages((all) => all.filter((_, j) => j !== i))}>
                      删除阶段
                    </Button>
                  )}
                </>
              )}
            </Section>
          );
        })}
        {stages.length < 8 && (
          <Button variant="secondary" onClick={() => setStages((all) => [...all, reviewStage("")])}>
            添加评审阶段
          </Button>
        )}
      </div>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "正在创建…" : "创建大赛"}
        </Button>
      </div>
    </form>
  );
}
