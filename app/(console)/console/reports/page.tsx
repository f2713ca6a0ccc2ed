import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { monthLabel, reportableMonths } from "@/server/reports/figures";
import { monthInput } from "@/server/reports/schemas";
import { formatDateTime } from "@/server/time";
import { firstValues, type SearchParams } from "@/server/validation";
import { MonthlyReportBody } from "@/app/_components/monthly-report";
import { Button } from "@/app/_components/ui/button";
import { Field, Select } from "@/app/_components/ui/field";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { IssueButton } from "./issue-button";

export const metadata: Metadata = { title: "月度通报" };

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission(can.readReports);
  const params = firstValues(await searchParams);
  const caller = await api();
  const months = reportableMonths();
  const chosen = monthInput.safeParse(params).data?.month;
  const month = chosen && months.includes(chosen) ? chosen : undefined;
  const [reports, preview] = await Promise.all([caller.report.list(), month ? caller.report.preview({ month }) : null]);
  const current = month ? reports.find((r) => r.month === month && !r.superseded) : undefined;
  return (
    <>
      <PageHeader
        title="月度通报"
        description="每月向领导通报方案目标进度、各部门和区市的资源、场景、复用和按期答复情况。签发后的通报按签发时的数据保存，此后的新数据不改变它。"
      />
      <div className="space-y-6">
        <Card title="已签发的通报">
          <Table
            caption="已签发的月度通报"
            rows={reports}
            rowKey={(r) => r.id}
            empty="尚未签发通报"
            columns={[
              { header: "期号", cell: (r) => r.numberLabel, primary: true },
              { header: "标题", cell: (r) => <Link href={`/console/reports/${r.id}`} className="text-brand-700 underline">{r.title}</Link>, wrap: true },
              { header: "月份", cell: (r) => monthLabel(r.month), metric: true },
              { header: "签发人", cell: (r) => r.issuedByName },
              { header: "签发时间", cell: (r) => formatDateTime(r.issuedAt) },
              { header: "状态", cell: (r) => (r.superseded ? <Badge tone="neutral">已更正</Badge> : <Badge tone="success">现行</Badge>) },
            ]}
          />
        </Card>
        <Card title="预览与签发" id="preview">
          <form method="get" action="/console/reports" className="flex flex-wrap items-end gap-3">
            <Field id="month" label="通报月份">
              <Select id="month" name="month" defaultValue={month ?? months[0]}>
                {months.map((m) => (
                  <option key={m} value={m}>
                    {monthLabel(m)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" variant="secondary">
              预览
            </Button>
          </form>
          {preview && month && (
            <div className="mt-6 space-y-4">
              <h2 className="text-center text-xl font-semibold">{preview.title}（预览）</h2>
              {can.issueReports(actor) && (
                <IssueButton month={month} label={monthLabel(month)} correcting={current?.numberLabel} />
              )}
              <MonthlyReportBody figures={preview.figures} charts={preview.charts} />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
