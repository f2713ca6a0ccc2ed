import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { ON_TIME_EXPLAINED, OnTimeTable } from "@/app/_components/on-time";
import { TargetCharts } from "./target-charts";

export const metadata: Metadata = { title: "目标看板" };

export default async function DashboardPage() {
  await requirePermission(can.viewDashboard);
  const caller = await api();
  const [d, onTime] = await Promise.all([caller.site.dashboard(), caller.access.onTime()]);
  const resourceTarget = d.targets.find((t) => t.key === "resources")!.target;
  return (
    <>
      <PageHeader title="目标看板" description={`《数字青岛2023年行动方案》目标 · ${d.year} 年进度与实时统计`} />
      <div className="space-y-6">
        <Table
          caption={`方案目标 ${d.year} 年完成情况`}
          rows={d.targets}
          rowKey={(t) => t.key}
          columns={[
            { header: "目标", cell: (t) => t.label, primary: true },
            { header: "当前 / 目标", cell: (t) => `${t.current} / ≥${t.target}`, className: "text-right", metric: true },
            { header: "完成率", cell: (t) => `${Math.round((t.current / t.target) * 100)}%`, className: "text-right" },
            { header: "状态", cell: (t) => (t.met ? <Badge tone="success">已达成</Badge> : <Badge tone="warning">未达成</Badge>) },
            { header: "还差", cell: (t) => t.gap, className: "text-right" },
            { header: "年底前每月需新增", cell: (t) => (t.met ? "—" : t.monthlyPace), className: "text-right" },
            { header: "口径", cell: (t) => t.source, wrap: true },
          ]}
        />
        <TargetCharts departments={d.byDepartment} trend={d.trend} resourceTarget={resourceTarget} />
        <Card title="按部门和区市">
          <Table
            caption="各部门和区市的目标贡献"
            rows={d.byDepartment}
            rowKey={(r) => r.id}
            columns={[
              { header: "部门 / 区市", cell: (r) => r.name, primary: true },
              { header: "今年新增资源", cell: (r) => r.newResources, className: "text-right", metric: true },
              { header: "牵头大场景", cell: (r) => r.bigScenarios, className: "text-right" },
              { header: "机关内部一件事", cell: (r) => r.internalOneThing, className: "text-right" },
              { header: "已发布场景", cell: (r) => r.scenarios, className: "text-right" },
              { header: "场景被复用", cell: (r) => r.confirmedAdoptions, className: "text-right" },
              { header: "无证明新增场景", cell: (r) => r.noProofCases, className: "text-right" },
            ]}
          />
        </Card>
        <Card title="资源申请按期答复">
          <p className="mb-3 text-sm text-slate-600">{ON_TIME_EXPLAINED}</p>
          <OnTimeTable rows={onTime} />
        </Card>
        <Card title="逐月趋势">
          <Table
            caption="逐月新增"
            rows={d.trend}
            rowKey={(m) => m.month}
            columns={[
              { header: "月份", cell: (m) => m.month, primary: true },
              { header: "新增资源", cell: (m) => m.newResources, className: "text-right", metric: true },
              { header: "累计新增资源", cell: (m) => m.resourcesSoFar, className: "text-right" },
              { header: "新发布场景", cell: (m) => m.newScenarios, className: "text-right" },
              { header: "累计发布场景", cell: (m) => m.scenariosSoFar, className: "text-right" },
              { header: "无证明新增场景", cell: (m) => m.newNoProof, className: "text-right" },
              { header: "累计无证明场景", cell: (m) => m.noProofSoFar, className: "text-right" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
