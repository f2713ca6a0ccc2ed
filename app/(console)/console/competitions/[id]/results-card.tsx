import Link from "@/app/_components/link";
import { formatDateTime } from "@/server/time";
import { Card, Notice } from "@/app/_components/ui/layout";
import { PromoteWinners, PublishResults } from "./organiser-actions";
import type { CompetitionDetail } from "./types";

/** Publishing the results once every stage has ended, then turning winners into 标杆场景. */
export function ResultsCard({ competition: c }: { competition: CompetitionDetail }) {
  return (
    <Card title="成绩发布">
      {c.resultsPublishedAt ? (
        <div className="space-y-4">
          <Notice tone="success">
            成绩已于 {formatDateTime(c.resultsPublishedAt)} 发布。
            <Link className="ml-1 underline" href={`/competitions/${c.id}/results`}>
              查看公示的获奖名单
            </Link>
          </Notice>
          <PromoteWinners competitionId={c.id} />
        </div>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            所有阶段结束、最后阶段的评分全部提交后可发布成绩。每个赛道设一等奖 {c.awardQuota.first} 个、二等奖 {c.awardQuota.second} 个、三等奖{" "}
            {c.awardQuota.third} 个、优秀奖 {c.awardQuota.merit} 个。
          </p>
          <PublishResults competitionId={c.id} version={c.version} />
        </div>
      )}
    </Card>
  );
}
