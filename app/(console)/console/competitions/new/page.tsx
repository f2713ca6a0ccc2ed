import type { Metadata } from "next";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { Card, PageHeader } from "@/app/_components/ui/layout";
import { CompetitionForm } from "../competition-form";
import { shanghaiYearMonth } from "@/server/time";

export const metadata: Metadata = { title: "创建大赛" };

export default async function NewCompetitionPage() {
  await requirePermission(can.manageCompetitions);
  const year = shanghaiYearMonth().year;
  return (
    <>
      <PageHeader title="创建大赛" description="创建后为筹备状态，开放报名阶段后各部门即可看到并报名；时间均为北京时间" />
      <Card>
        <CompetitionForm year={year} />
      </Card>
    </>
  );
}
