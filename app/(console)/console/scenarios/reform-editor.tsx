"use client";

import { Button } from "@/app/_components/ui/button";
import { describedBy, Field, Input, Options, Select } from "@/app/_components/ui/field";
import { describeMeasure, REFORM_MEASURES, sideFigures, measure } from "@/server/reform/comparison";
import { MAX_REFORM_ITEMS, MAX_REFORM_STEPS, REFORM_CHANGE_LABELS, type ReformSheetInput, type ReformStep } from "@/server/reform/schemas";

/** A bundled 事项 as typed. */
export interface ItemRow {
  name: string;
  code: string;
  departmentId: string;
  change: string;
  note: string;
}

/** A step as typed: lists and numbers stay text until saved, so half-typed values are not lost. */
export interface StepRow {
  title: string;
  actor: string;
  place: string;
  materials: string;
  forms: string;
  days: string;
  inPerson: boolean;
  after: string;
}

export interface ReformRows {
  items: ItemRow[];
  stepsBefore: StepRow[];
  stepsAfter: StepRow[];
}

type Side = "stepsBefore" | "stepsAfter";
const SIDE_LABELS: Record<Side, string> = { stepsBefore: "改革前", stepsAfter: "改革后" };

const EMPTY_ITEM: ItemRow = { name: "", code: "", departmentId: "", change: "", note: "" };
const EMPTY_STEP: StepRow = { title: "", actor: "", place: "", materials: "", forms: "", days: "", inPerson: false, after: "" };
export const EMPTY_REFORM: ReformRows = { items: [EMPTY_ITEM], stepsBefore: [EMPTY_STEP], stepsAfter: [EMPTY_STEP] };

/** 、，, ; or a new line between names. */
const splitList = (text: string) =>
  text
    .split(/[、，,；;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function reformToRows(sheet: ReformSheetInput): ReformRows {
  const steps = (list: ReformSheetInput["stepsBefore"]) =>
    list.map((s) => ({
      title: s.title,
      actor: s.actor,
      place: s.place ?? "",
      materials: (s.materials ?? []).join("、"),
      forms: (s.forms ?? []).join("、"),
      days: String(s.days),
      inPerson: !!s.inPerson,
      after: (s.after ?? []).join("、"),
    }));
  return {
    items: sheet.items.map((i) => ({ name: i.name, code: i.code ?? "", departmentId: i.departmentId, change: i.change, note: i.note ?? "" })),
    stepsBefore: steps(sheet.stepsBefore),
    stepsAfter: steps(sheet.stepsAfter),
  };
}

/** The rows as content for the schema, which says what is missing or wrong. */
export function rowsToReform(rows: ReformRows): ReformSheetInput {
  const steps = (list: StepRow[]) =>
    list.map((s) => ({
      title: s.title,
      actor: s.actor,
      place: s.place,
      materials: splitList(s.materials),
      forms: splitList(s.forms),
      days: s.days.trim() === "" ? (undefined as unknown as number) : Number(s.days),
      inPerson: s.inPerson,
      after: splitList(s.after).map(Number),
    }));
  return {
    items: rows.items.map((i) => ({ ...i, change: i.change as ReformSheetInput["items"][number]["change"] })),
    stepsBefore: steps(rows.stepsBefore),
    stepsAfter: steps(rows.stepsAfter),
  };
}

/** The comparison as the rows stand, counting what can be read (an unreadable number as 0). */
function liveFigures(rows: ReformRows) {
  const side = (list: StepRow[]) =>
    sideFigures(
      list.map(
        (s): ReformStep => ({
          title: s.title,
          actor: s.actor,
          place: s.place,
          materials: [...new Set(splitList(s.materials))],
          forms: [...new Set(splitList(s.forms))],
          days: Number(s.days) >= 0 ? Number(s.days) : 0,
          inPerson: s.inPerson,
          after: splitList(s.after)
            .map(Number)
            .filter((n) => Number.isInteger(n) && n >= 0),
        }),
      ),
    );
  const before = side(rows.stepsBefore);
  const after = side(rows.stepsAfter);
  return REFORM_MEASURES.map((m) => describeMeasure(m, measure(before[m], after[m])));
}

interface Props {
  rows: ReformRows;
  onChange: (rows: ReformRows) => void;
  departments: { id: string; name: string }[];
  errors: Record<string, string>;
}

/** 改革清单 and the process before and after, entered as rows; the comparison is counted as they are typed. */
export function ReformEditor({ rows, onChange, departments, errors }: Props) {
  const error = (key: string) => errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
  const departmentLabels = Object.fromEntries(departments.map((d) => [d.id, d.name]));

  const setItem = (i: number, patch: Partial<ItemRow>) => onChange({ ...rows, items: rows.items.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const setStep = (side: Side, i: number, patch: Partial<StepRow>) =>
    onChange({ ...rows, [side]: rows[side].map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const move = <T,>(list: T[], i: number) => list.map((r, j) => (j === i - 1 ? list[i]! : j === i ? list[i - 1]! : r));

  return (
    <div className="space-y-6">
      <fieldset id="reform.items" tabIndex={-1} className="space-y-3">
        <legend className="text-base font-semibold">改革清单</legend>
        <p className="text-sm text-slate-600">列出集成办理的每个事项：事项编码按「区划代码-12位基本编码-事项类型-3位序号-2位办理项」填写（机关内部事项可不填），以及改革方式。</p>
        {error("reform.items") && !rows.items.length && (
          <p className="text-sm text-red-700" role="alert">
            {error("reform.items")}
          </p>
        )}
        <ol className="space-y-3">
          {rows.items.map((item, i) => {
            const id = (k: string) => `reform.items.${i}.${k}`;
            return (
              <li key={i}>
                <fieldset className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-2 lg:grid-cols-3">
                  <legend className="text-sm font-medium">事项 {i + 1}</legend>
                  <Field id={id("name")} label="事项名称" error={error(id("name"))}>
                    <Input {...describedBy(id("name"), error(id("name")))} value={item.name} maxLength={60} onChange={(e) => setItem(i, { name: e.target.value })} />
                  </Field>
                  <Field id={id("code")} label="事项编码" error={error(id("code"))}>
                    <Input
                      {...describedBy(id("code"), error(id("code")))}
                      value={item.code}
                      placeholder="370200-000201001000-XK-001-01"
                      onChange={(e) => setItem(i, { code: e.target.value })}
                    />
                  </Field>
                  <Field id={id("departmentId")} label="实施部门" error={error(id("departmentId"))}>
                    <Select {...describedBy(id("departmentId"), error(id("departmentId")))} value={item.departmentId} onChange={(e) => setItem(i, { departmentId: e.target.value })}>
                      <Options labels={departmentLabels} />
                    </Select>
                  </Field>
                  <Field id={id("change")} label="改革方式" error={error(id("change"))}>
                    <Select {...describedBy(id("change"), error(id("change")))} value={item.change} onChange={(e) => setItem(i, { change: e.target.value })}>
                      <Options labels={REFORM_CHANGE_LABELS} />
                    </Select>
                  </Field>
                  <Field id={id("note")} label="改革说明" error={error(id("note"))}>
                    <Input {...describedBy(id("note"), error(id("note")))} value={item.note} maxLength={200} onChange={(e) => setItem(i, { note: e.target.value })} />
                  </Field>
                  <div className="flex items-end gap-2">
                    {i > 0 && (
                      <Button variant="secondary" onClick={() => onChange({ ...rows, items: move(rows.items, i) })} aria-label={`事项 ${i + 1} 上移`}>
                        上移
                      </Button>
                    )}
                    <Button variant="secondary" onClick={() => onChange({ ...rows, items: rows.items.filter((_, j) => j !== i) })} aria-label={`删除事项 ${i + 1}`}>
                      删除
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {rows.items.length < MAX_REFORM_ITEMS && (
          <Button variant="secondary" onClick={() => onChange({ ...rows, items: [...rows.items, EMPTY_ITEM] })}>
            添加事项
          </Button>
        )}
      </fieldset>

      {(["stepsBefore", "stepsAfter"] as const).map((side) => (
        <fieldset key={side} id={`reform.${side}`} tabIndex={-1} className="space-y-3">
          <legend className="text-base font-semibold">{SIDE_LABELS[side]}流程</legend>
          <p className="text-sm text-slate-600">
            按顺序填写每个环节。「接在第几步之后」留空表示接在上一步之后；并联的环节填同一个前序步骤（如都填 1），0 表示从开始就办理。
          </p>
          {error(`reform.${side}`) && !rows[side].length && (
            <p className="text-sm text-red-700" role="alert">
              {error(`reform.${side}`)}
            </p>
          )}
          <ol className="space-y-3">
            {rows[side].map((step, i) => {
              const id = (k: string) => `reform.${side}.${i}.${k}`;
              const text = (k: "title" | "actor" | "place" | "materials" | "forms" | "days" | "after") => ({
                ...describedBy(id(k), error(id(k))),
                value: step[k],
                onChange: (e: { target: { value: string } }) => setStep(side, i, { [k]: e.target.value }),
              });
              return (
                <li key={i}>
                  <fieldset className="grid gap-2 rounded-md bg-slate-50 p-3 sm:grid-cols-2 lg:grid-cols-4">
                    <legend className="text-sm font-medium">
                      {SIDE_LABELS[side]}第 {i + 1} 步
                    </legend>
                    <Field id={id("title")} label="环节名称" error={error(id("title"))}>
                      <Input {...text("title")} maxLength={40} />
                    </Field>
                    <Field id={id("actor")} label="办理主体" error={error(id("actor"))}>
                      <Input {...text("actor")} maxLength={30} placeholder="如：申请人、市人社局" />
                    </Field>
                    <Field id={id("place")} label="窗口或系统" error={error(id("place"))}>
                      <Input {...text("place")} maxLength={40} />
                    </Field>
                    <Field id={id("days")} label="工作日" error={error(id("days"))}>
                      <Input {...text("days")} inputMode="decimal" placeholder="如：1 或 0.5" />
                    </Field>
                    <Field id={id("materials")} label="申请人提交的材料" error={error(id("materials"))}>
                      <Input {...text("materials")} placeholder="用顿号分隔，如：身份证、劳动合同" />
                    </Field>
                    <Field id={id("forms")} label="填报表单" error={error(id("forms"))}>
                      <Input {...text("forms")} placeholder="用顿号分隔" />
                    </Field>
                    <Field id={id("after")} label="接在第几步之后" error={error(id("after"))}>
                      <Input {...text("after")} inputMode="numeric" placeholder={i ? `留空即第 ${i} 步` : "第一步留空"} />
                    </Field>
                    <div className="flex flex-wrap items-end gap-2">
                      <label className="inline-flex min-h-10 items-center gap-2 text-sm">
                        <input type="checkbox" className="h-4 w-4" checked={step.inPerson} onChange={(e) => setStep(side, i, { inPerson: e.target.checked })} />
                        到窗口办理
                      </label>
                      {i > 0 && (
                        <Button variant="secondary" onClick={() => onChange({ ...rows, [side]: move(rows[side], i) })} aria-label={`${SIDE_LABELS[side]}第 ${i + 1} 步上移`}>
                          上移
                        </Button>
                      )}
                      <Button
                        variant="secondary"
                        onClick={() => onChange({ ...rows, [side]: rows[side].filter((_, j) => j !== i) })}
                        aria-label={`删除${SIDE_LABELS[side]}第 ${i + 1} 步`}
                      >
                        删除
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          {rows[side].length < MAX_REFORM_STEPS && (
            <Button variant="secondary" onClick={() => onChange({ ...rows, [side]: [...rows[side], EMPTY_STEP] })}>
              添加{SIDE_LABELS[side]}环节
            </Button>
          )}
        </fieldset>
      ))}

      <section aria-labelledby="reform-live-title" className="rounded-md border border-slate-200 p-3">
        <h3 id="reform-live-title" className="text-sm font-semibold">
          改革对比（按当前填写计算）
        </h3>
        <ul className="mt-1 space-y-0.5 text-sm text-slate-700" aria-live="polite">
          {liveFigures(rows).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-600">保存后在场景页查看流程图和完整的改革对比表。</p>
      </section>
    </div>
  );
}
