import Link from "@/app/_components/link";
import type { CSSProperties } from "react";
import { MEASURE_DEFINITIONS, predecessors, rateLabel, REFORM_MEASURE_LABELS, REFORM_MEASURES, type ReformMeasure } from "@/server/reform/comparison";
import { sideDiagram } from "@/server/reform/diagram";
import { REFORM_CHANGE_LABELS, type ReformStep } from "@/server/reform/schemas";
import type { ReformSheetView } from "@/server/reform/sheet";
import { Badge, Card } from "./ui/layout";
import { Table } from "./ui/table";

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The steps as a list: the text version of the flow chart. */
function StepList({ steps, label }: { steps: readonly ReformStep[]; label: string }) {
  const preds = predecessors(steps);
  return (
    <ol className="space-y-2" aria-label={label}>
      {steps.map((s, i) => (
        <li key={i} className="rounded-md border border-slate-200 p-3">
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <span>
              {i + 1}. {s.title}
            </span>
            {s.inPerson ? <Badge tone="warning">需到窗口</Badge> : <Badge tone="success">不用跑</Badge>}
          </p>
          <p className="text-sm text-slate-700">
            {[s.actor, s.place].filter(Boolean).join(" · ")} · {fmt(s.days)} 个工作日
            {preds[i]!.length > 1 || (i > 0 && (preds[i]![0] ?? -1) !== i - 1)
              ? `（接在${preds[i]!.length ? preds[i]!.map((p) => `第 ${p + 1} 步`).join("、") : "开始"}之后）`
              : ""}
          </p>
          {s.materials.length > 0 && <p className="text-sm text-slate-700">提交材料：{s.materials.join("、")}</p>}
          {s.forms.length > 0 && <p className="text-sm text-slate-700">填写表单：{s.forms.join("、")}</p>}
        </li>
      ))}
    </ol>
  );
}

function Diagram({ diagram, label }: { diagram: ReturnType<typeof sideDiagram>; label: string }) {
  return (
    // On a phone a wide chart keeps three quarters of its size and scrolls sideways; on a desktop
    // the two share the row in proportion to their widths, so both are drawn at one scale.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <div
        className="min-w-[var(--phone-width)] lg:min-w-0"
        style={{ "--phone-width": `${Math.round(diagram.width * 0.75)}px` } as CSSProperties}
        dangerouslySetInnerHTML={{ __html: diagram.svg }}
      />
    </div>
  );
}

/** 改革对比表, the process after the reform (and before, folded), the flow chart and 改革清单 of a scenario. */
export function ReformSheet({ view }: { view: ReformSheetView }) {
  const { sheet, figures } = view;
  const rows = REFORM_MEASURES.map((m) => ({ m, ...figures[m] }));
  const before = sideDiagram(sheet.stepsBefore, "before", view.name);
  const after = sideDiagram(sheet.stepsAfter, "after", view.name);
  return (
    <section aria-labelledby="reform-title" className="mt-6 space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="reform-title" className="text-xl font-semibold">
          改革清单、流程图与对比表
        </h2>
        <a className="text-sm text-brand-700 underline" href={`/api/scenarios/${view.scenarioId}/reform-sheet`} download>
          下载改革清单（Word）
        </a>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="改革对比表">
          <Table
            caption="改革对比表"
            rows={rows}
            rowKey={(r) => r.m}
            columns={[
              { header: "指标", cell: (r) => `${REFORM_MEASURE_LABELS[r.m as ReformMeasure].label}（${REFORM_MEASURE_LABELS[r.m as ReformMeasure].unit}）`, primary: true },
              { header: "改革前", cell: (r) => fmt(r.before) },
              { header: "改革后", cell: (r) => fmt(r.after) },
              { header: "减少", cell: (r) => fmt(r.cut) },
              { header: "压减率", cell: (r) => rateLabel(r), metric: true },
            ]}
          />
          <details className="mt-2 text-sm text-slate-700">
            <summary className="cursor-pointer">怎么算的</summary>
            <p className="mt-1">{MEASURE_DEFINITIONS}</p>
          </details>
        </Card>
        <Card title="现在怎么办">
          <StepList steps={sheet.stepsAfter} label="改革后办理流程" />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-slate-700">改革前怎么办（{sheet.stepsBefore.length} 个环节）</summary>
            <div className="mt-2">
              <StepList steps={sheet.stepsBefore} label="改革前办理流程" />
            </div>
          </details>
          {view.droppedMaterials.length > 0 && (
            <div className="mt-3 rounded-md bg-green-50 p-3 text-sm">
              <p className="font-medium text-green-900">不再需要提交：{view.droppedMaterials.join("、")}</p>
              {view.noProof.length > 0 && (
                <ul className="mt-1 space-y-0.5">
                  {view.noProof.map((n) => (
                    <li key={n.id}>
                      <Link className="text-brand-700 underline" href={`/no-proof/cases/${n.id}`}>
                        无证明场景：{n.name}
                      </Link>
                      {n.materials.length > 0 && <span className="text-slate-700">（{n.materials.join("、")}）</span>}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </Card>
      </div>
      <Card title="改革流程图">
        <div className="grid gap-6 lg:grid-cols-[var(--columns)]" style={{ "--columns": `${before.width}fr ${after.width}fr` } as CSSProperties}>
          <Diagram diagram={before} label="改革前流程图" />
          <Diagram diagram={after} label="改革后流程图" />
        </div>
        <p className="mt-2 text-xs text-slate-600">粗框为须到窗口办理的环节；并排的环节同时办理。文字版见「现在怎么办」。</p>
      </Card>
      <Card title={`改革清单（${sheet.items.length} 个事项）`}>
        <Table
          caption="改革清单"
          rows={sheet.items.map((item, i) => ({ ...item, n: i + 1 }))}
          rowKey={(r) => String(r.n)}
          columns={[
            { header: "事项", cell: (r) => `${r.n}. ${r.name}`, primary: true, wrap: true },
            { header: "改革方式", cell: (r) => REFORM_CHANGE_LABELS[r.change], metric: true },
            { header: "事项编码", cell: (r) => r.code || "—" },
            { header: "实施部门", cell: (r) => view.departmentNames[r.departmentId] ?? "—" },
            { header: "说明", cell: (r) => r.note || "—", wrap: true },
          ]}
        />
      </Card>
    </section>
  );
}
