import type { Metadata } from "next";
import Link from "@/app/_components/link";
import type { Caller } from "@/server/api/server";
import { DemoDataNotice } from "@/app/_components/demo-data-notice";
import { Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "复用排行榜", description: "一地创新、全市复用：按已确认复用次数排列的场景和牵头部门" };

export async function LeaderboardView({ caller }: { caller: Caller }) {
  const board = await caller.scenario.leaderboard();
  return (
    <>
      <DemoDataNotice />
      <PageHeader title="复用排行榜" description="按牵头部门确认的复用次数排列" />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="场景">
          <Table
            caption="场景复用排行"
            rows={board.byScenario.map((s, i) => ({ ...s, rank: i + 1 }))}
            rowKey={(s) => s.id}
            columns={[
              { header: "名次", cell: (s) => s.rank },
              {
                header: "场景",
                primary: true,
                wrap: true,
                cell: (s) => (
                  <>
                    <Link className="text-brand-700 hover:underline" href={`/scenarios/${s.id}`}>
                      {s.name}
                    </Link>
                    {s.benchmark && (
                      <span className="ml-1">
                        <Badge tone="warning">标杆</Badge>
                      </span>
                    )}
                  </>
                ),
              },
              { header: "复用次数", cell: (s) => s.adoptions, className: "text-right", metric: true },
              { header: "牵头部门", cell: (s) => s.departmentName, wrap: true },
            ]}
          />
        </Card>
        <Card title="牵头部门">
          <Table
            caption="部门复用排行"
            rows={board.byDepartment.map((d, i) => ({ ...d, rank: i + 1 }))}
            rowKey={(d) => d.id}
            columns={[
              { header: "名次", cell: (d) => d.rank },
              { header: "部门", cell: (d) => d.name, primary: true, wrap: true },
              { header: "被复用次数", cell: (d) => d.adoptions, className: "text-right", metric: true },
              { header: "场景数", cell: (d) => d.scenarios, className: "text-right" },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
