import type { OnTimeFigures } from "@/server/access/on-time";
import { Badge } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)}%`);
const days = (n: number | null) => (n === null ? "—" : `${n} 个工作日`);

/** What the figures mean, said once under each of them. */
export const ON_TIME_EXPLAINED =
  "按期答复率：期限内同意或拒绝的，占已答复和逾期未答复之和（无条件共享自动开通的不计）。用时：申请次日起到答复当日的工作日数，节假日不计、调休上班日计入。督办中：逾期后已督办、仍未答复。";

/** Every department's figures, for the dashboard. */
export function OnTimeTable({ rows }: { rows: OnTimeFigures[] }) {
  return (
    <Table
      caption="各部门资源申请答复情况"
      rows={rows}
      rowKey={(r) => r.departmentId}
      empty="尚无需要答复的资源申请"
      columns={[
        { header: "部门 / 区市", cell: (r) => r.departmentName, primary: true },
        { header: "按期答复率", cell: (r) => percent(r.onTimeRate), className: "text-right", metric: true },
        { header: "已答复", cell: (r) => r.answered, className: "text-right" },
        { header: "按期答复", cell: (r) => r.onTime, className: "text-right" },
        { header: "平均答复用时", cell: (r) => days(r.averageReplyDays), className: "text-right" },
        { header: "待答复", cell: (r) => r.pending, className: "text-right" },
        { header: "已逾期", cell: (r) => (r.overdue ? <Badge tone="danger">{r.overdue}</Badge> : 0), className: "text-right" },
        { header: "督办中", cell: (r) => (r.escalated ? <Badge tone="danger">{r.escalated}</Badge> : 0), className: "text-right" },
      ]}
    />
  );
}

/** One department's figures, for its page. */
export function OnTimeSummary({ figures: f }: { figures: OnTimeFigures }) {
  const items = [
    ["按期答复率", f.onTimeRate === null ? "尚无到期申请" : `${percent(f.onTimeRate)}（${f.onTime} / ${f.answered + f.overdue}）`],
    ["平均答复用时", days(f.averageReplyDays)],
    ["待答复", `${f.pending} 条`],
    ["已逾期", `${f.overdue} 条`],
    ["督办中", `${f.escalated} 条`],
  ] as const;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {items.map(([term, value]) => (
        <div key={term} className="rounded-md border border-slate-200 px-3 py-2">
          <dt className="text-xs text-slate-600">{term}</dt>
          <dd className="mt-1 text-lg font-semibold text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
