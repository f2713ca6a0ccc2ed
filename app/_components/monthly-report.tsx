import type { ReportChart } from "@/server/reports/charts";
import type { ReportFigures, UnitFigures } from "@/server/reports/figures";
import { asOfLabel, benchmarkLines, COLUMN_NOTES, overviewLines, rankingLines, reformIntro, reformLine, UNIT_COLUMNS } from "@/server/reports/text";
import { Table } from "@/app/_components/ui/table";

/**
 * A 月度通报's body, from its figures and charts alone: the same words and tables as its Word file
 * (server/reports/text.ts). Charts are the SVGs drawn on the server, shown as images so they print.
 */
export function MonthlyReportBody({ figures: f, charts }: { figures: ReportFigures; charts: ReportChart[] }) {
  const ranking = rankingLines(f);
  return (
    <article className="report space-y-6 text-slate-800">
      <p className="text-sm text-slate-600">{asOfLabel(f)}</p>
      <ReportSection title="一、总体情况">
        <ul className="list-disc space-y-1 pl-5">
          {overviewLines(f).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-1">
          {charts.slice(0, 2).map((c) => (
            <Chart key={c.key} chart={c} />
          ))}
        </div>
      </ReportSection>
      <ReportSection title="二、各部门和区市情况">
        {charts.slice(2).map((c) => (
          <Chart key={c.key} chart={c} />
        ))}
        <h3 className="font-medium">（一）市直部门</h3>
        <UnitTable caption="市直部门情况" first="部门" units={f.units.filter((u) => u.kind === "municipal")} />
        <h3 className="font-medium">（二）区市</h3>
        <UnitTable caption="区市情况" first="区市" units={f.units.filter((u) => u.kind === "district")} />
        <p className="text-xs text-slate-600">{COLUMN_NOTES}</p>
      </ReportSection>
      <ReportSection title="三、排名与存在问题">
        <p>{ranking.praised}</p>
        <p>{ranking.named}</p>
      </ReportSection>
      <ReportSection title="四、新增标杆场景">
        <ul className="list-disc space-y-1 pl-5">
          {benchmarkLines(f).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </ReportSection>
      <ReportSection title="五、改革成效">
        <p>{reformIntro(f.reform)}</p>
        {f.reform.sheets > 0 && (
          <ul className="list-disc space-y-1 pl-5">
            {f.reform.rows.map((r) => (
              <li key={r.label}>{reformLine(r)}</li>
            ))}
          </ul>
        )}
      </ReportSection>
    </article>
  );
}

function ReportSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-3 break-inside-avoid-page">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Chart({ chart }: { chart: ReportChart }) {
  return (
    <figure className="mx-auto w-full max-w-2xl min-w-0 rounded-lg border border-slate-200 bg-white p-3 break-inside-avoid print:max-w-[150mm] print:border-0 print:p-0">
      {/* An image of the stored SVG: it cannot run anything, prints as drawn and scales to the column. */}
      <img src={`data:image/svg+xml;base64,${Buffer.from(chart.svg).toString("base64")}`} alt={chart.title} className="h-auto w-full" />
      <figcaption className="mt-1 text-center text-sm text-slate-600">{chart.title}</figcaption>
    </figure>
  );
}

function UnitTable({ caption, first, units }: { caption: string; first: string; units: UnitFigures[] }) {
  return (
    <Table
      caption={caption}
      rows={units}
      rowKey={(u) => u.id}
      columns={[
        { header: first, cell: (u) => u.name, primary: true },
        ...UNIT_COLUMNS.map((c, i) => ({ header: c.header, cell: c.cell, className: "text-right", metric: i === 0 })),
      ]}
    />
  );
}
