import type { Metadata } from "next";
import { z } from "zod";
import { notFound } from "next/navigation";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { formatDateTime } from "@/server/time";
import { MonthlyReportBody } from "@/app/_components/monthly-report";
import { buttonClass } from "@/app/_components/ui/button";
import { BackLink, Notice } from "@/app/_components/ui/layout";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "月度通报" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission(can.readReports);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const caller = await api();
  const report = await caller.report.get({ id });
  const list = report.superseded || report.correctsId ? await caller.report.list() : [];
  const correctedBy = list.find((r) => r.correctsId === report.id);
  const corrects = list.find((r) => r.id === report.correctsId);
  return (
    <div className="mx-auto max-w-4xl print:max-w-none">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <BackLink href="/console/reports">返回月度通报</BackLink>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/reports/${report.id}/docx`} className={buttonClass()} download>
            下载 Word
          </a>
          <PrintButton />
        </div>
      </div>
      {correctedBy && <Notice tone="warning">本期已被{correctedBy.numberLabel}更正，请以更正通报为准。</Notice>}
      <header className="my-6 space-y-2 text-center">
        <p className="text-sm text-slate-600">青岛市大数据发展管理局 · {report.numberLabel}</p>
        <h1 className="text-2xl font-semibold text-red-800">{report.title}</h1>
        <p className="text-sm text-slate-600">
          签发：{report.issuedByDepartment} {report.issuedByName} · {formatDateTime(report.issuedAt)}
          {corrects && ` · 更正${corrects.numberLabel}`}
        </p>
      </header>
      <MonthlyReportBody figures={report.figures} charts={report.charts} />
    </div>
  );
}
