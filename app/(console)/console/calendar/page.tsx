import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { can } from "@/server/auth/permissions";
import { requirePermission } from "@/server/auth/session";
import { deadlineInput, PROVISIONAL_DEADLINE, yearInput } from "@/server/calendar/schemas";
import { formatDateTime, shanghaiDate } from "@/server/time";
import { firstValues, type SearchParams } from "@/server/validation";
import { Button } from "@/app/_components/ui/button";
import { Field, Input } from "@/app/_components/ui/field";
import { Badge, Card, Notice, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { NoticeForm } from "./notice-form";

export const metadata: Metadata = { title: "工作日历" };

const WEEKDAYS = "日一二三四五六";
const weekday = (date: string) => `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;
const SOURCE_LABELS = { library: "节假日库（chinese-days）", entered: "管理员录入" } as const;

export default async function CalendarPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission(can.keepCalendar);
  const params = firstValues(await searchParams);
  const caller = await api();
  const overview = await caller.calendar.overview();
  const shownYear = yearInput.safeParse(params).data?.year;
  const shown = shownYear && overview.years.some((y) => y.year === shownYear) ? await caller.calendar.year({ year: shownYear }) : null;
  const trial = deadlineInput.safeParse(params);
  // Recent years first; the library's reach back to 2004 is there on request.
  const showAll = params.all === "1";
  const listed = showAll ? overview.years : overview.years.filter((y) => y.year >= overview.missingYear - 3);
  const deadline = trial.success ? await caller.calendar.trialDeadline(trial.data) : null;
  return (
    <>
      <PageHeader
        title="工作日历"
        description="资源申请的答复期限、督办和按时答复率都按工作日计算：周一至周五，除去法定节假日，加上调休上班的周六、周日。国务院办公厅每年年底发布次年放假安排，发布后请在此录入。"
      />
      <div className="space-y-6">
        <Notice tone="warning">
          {overview.missingYear} 年放假安排尚未录入：答复期限落在 {overview.missingYear} 年的申请暂按周一至周五计算，标注「{PROVISIONAL_DEADLINE}」
          {overview.provisionalRequests > 0 ? `（现有 ${overview.provisionalRequests} 条待答复申请）` : ""}，录入后自动重新计算。
        </Notice>
        <Card title={`录入 ${overview.missingYear} 年放假安排`}>
          <NoticeForm year={overview.missingYear} />
        </Card>
        <Card title="答复期限试算">
          <form method="get" className="flex flex-wrap items-end gap-3">
            <Field id="filedOn" label="申请提交日期">
              <Input id="filedOn" name="filedOn" type="date" defaultValue={trial.success ? trial.data.filedOn : shanghaiDate()} required />
            </Field>
            <Button type="submit" variant="secondary">
              计算答复期限
            </Button>
          </form>
          {deadline && trial.success && (
            <p className="mt-3 text-sm" role="status">
              {trial.data.filedOn} 提交的申请，{deadline.workingDays} 个工作日后的答复期限为{" "}
              <strong>
                {shanghaiDate(deadline.due)}（{weekday(shanghaiDate(deadline.due))}）
              </strong>
              {deadline.provisional && <Badge tone="warning">{PROVISIONAL_DEADLINE}</Badge>}
            </p>
          )}
        </Card>
        <Card title="已录入的年份">
          <Table
            caption="已录入的年份"
            rows={listed}
            rowKey={(y) => String(y.year)}
            empty="还没有任何年份"
            columns={[
              {
                header: "年份",
                cell: (y) => (
                  <Link href={`/console/calendar?year=${y.year}#days`} className="text-brand-700 hover:underline">
                    {y.year} 年
                  </Link>
                ),
                primary: true,
              },
              { header: "依据", cell: (y) => y.notice },
              { header: "来源", cell: (y) => SOURCE_LABELS[y.source] },
              { header: "放假", cell: (y) => `${y.holidays} 天`, metric: true },
              { header: "调休上班", cell: (y) => `${y.workingDays} 天`, metric: true },
              { header: "录入时间", cell: (y) => formatDateTime(y.recordedAt) },
            ]}
          />
          {!showAll && listed.length < overview.years.length && (
            <p className="mt-3 text-sm">
              <Link href="/console/calendar?all=1" className="text-brand-700 hover:underline">
                查看全部 {overview.years.length} 个年份
              </Link>
            </p>
          )}
        </Card>
        {shown && (
          <Card title={`${shown.year} 年放假和调休`} id="days">
            <Table
              caption={`${shown.year} 年放假和调休`}
              rows={shown.days}
              rowKey={(d) => d.date}
              empty="该年没有节假日"
              columns={[
                { header: "日期", cell: (d) => `${d.date} ${weekday(d.date)}`, primary: true },
                { header: "节日", cell: (d) => d.holiday },
                { header: "安排", cell: (d) => (d.isWorkingDay ? <Badge tone="warning">调休上班</Badge> : <Badge tone="success">放假</Badge>) },
              ]}
            />
          </Card>
        )}
      </div>
    </>
  );
}
