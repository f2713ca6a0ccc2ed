import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { IMPORT_COLUMNS } from "@/server/resources/spreadsheet";
import { formatShanghaiTime } from "@/server/time";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "批量导入资源" };

export default async function ImportPage() {
  const actor = await requirePermission(can.registerResources);
  const { history, departments } = await (await api()).resource.importSetup();
  return (
    <>
      <PageHeader
        title="批量导入资源"
        description={`从 Excel（.xlsx）或 CSV 文件导入${actor.departmentName}的资源清单。本部门自己的列名（如“信息资源名称”“更新周期”）可直接识别，无法识别的列可逐一对应；先预览检查，再导入无误的行；已有编码或同名的资源按新版本更新，内容没有变化的行自动跳过。`}
      />
      <Card>
        <p className="mb-4 text-sm">
          <a className="text-brand-700 underline" href="/api/resources/template">
            下载导入模板（含可选值下拉和填写说明）
          </a>
          <span className="ml-2 text-slate-600">不支持旧版 .xls：请在 Excel 或 WPS 中“另存为” .xlsx 后上传。</span>
        </p>
        <ImportWizard fields={IMPORT_COLUMNS.map((c) => c.header)} departments={departments} />
      </Card>
      <section aria-labelledby="history-heading" className="mt-8 space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          导入记录
        </h2>
        <Table
          caption="导入记录"
          rows={history}
          rowKey={(h) => h.id}
          empty="还没有导入过文件"
          columns={[
            { header: "导入时间", cell: (h) => (h.importedAt ? formatShanghaiTime(h.importedAt) : "—") },
            { header: "导入人", cell: (h) => (h.onBehalf ? `${h.personName}（市大数据局代${h.departmentName}导入）` : h.personName) },
            { header: "文件", primary: true, wrap: true, cell: (h) => h.fileName },
            {
              header: "结果",
              wrap: true,
              cell: (h) =>
                `新增 ${h.created}，更新 ${h.updated}，无变化 ${h.unchanged}，有误 ${h.invalid}${h.blank ? `，空行 ${h.blank}` : ""}` +
                (Object.keys(h.defaults).length ? `；默认值 ${Object.entries(h.defaults).map(([k, v]) => `${k}=${v}`).join("、")}` : ""),
            },
            {
              header: "有误的行",
              cell: (h) =>
                h.invalid > 0 ? (
                  <a className="text-brand-700 underline" href={`/api/resources/import/${h.id}/refused`} aria-label={`下载「${h.fileName}」有误的行`}>
                    下载 .xlsx
                  </a>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      </section>
    </>
  );
}
