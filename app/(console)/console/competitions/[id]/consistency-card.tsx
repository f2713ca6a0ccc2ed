import { Badge, Card } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { score, signed } from "./scores";
import type { Stage, StageRanking } from "./types";

/** How each judge of one review stage marks compared with the rest of the panel; flags only, no score changes. */
export function ConsistencyCard({ stage, consistency }: { stage: Stage; consistency: StageRanking["consistency"] }) {
  return (
    <Card title={`${stage.name}：评委一致性`}>
      <p className="mb-3 text-sm text-slate-700">
        每位评委的平均分、标准差，以及与评审同一作品的其他评委相比平均高出或低出多少分（百分制）。明显偏离评委组的标为“偏严”或“偏松”，供组织者关注，不改变任何分数。
      </p>
      <Table
        caption={`${stage.name}评委一致性`}
        rows={consistency}
        rowKey={(j) => j.judgeId}
        empty="尚无已提交的评分"
        columns={[
          { header: "评委", cell: (j) => j.name },
          { header: "所属部门", cell: (j) => j.departmentName },
          { header: "评分份数", className: "text-right tabular-nums", cell: (j) => j.sheetCount },
          { header: "平均分", className: "text-right tabular-nums", cell: (j) => score(j.mean) },
          { header: "标准差", className: "text-right tabular-nums", cell: (j) => score(j.sd) },
          { header: "与其他评委平均差", className: "text-right tabular-nums", cell: (j) => signed(j.bias) },
          {
            header: "标记",
            cell: (j) => (j.flag === "harsh" ? <Badge tone="danger">偏严</Badge> : j.flag === "lenient" ? <Badge tone="warning">偏松</Badge> : "—"),
          },
        ]}
      />
    </Card>
  );
}
