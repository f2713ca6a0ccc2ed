import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { NOTIFICATION_KIND_LABELS } from "@/server/notifications/labels";
import { notificationListInput } from "@/server/notifications/schemas";
import { formatDateTime } from "@/server/time";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";
import { Badge, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { DigestToggle, MarkAllRead } from "./notification-actions";

export const metadata: Metadata = { title: "通知中心" };

const SHOW = { all: "全部", unread: "未读" } as const;
const URGENT = new Set(["overdue_escalated", "overdue_escalated_again"]);

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = firstValues(await searchParams);
  const filter = readSearchParams(notificationListInput, params);
  const caller = await api();
  const [list, unread, preferences] = await Promise.all([caller.notification.list(filter), caller.notification.unread(), caller.notification.preferences()]);
  return (
    <>
      <PageHeader
        title="通知中心"
        description="待办、对您的申请和提交的答复、到期提醒与督办、大赛成绩和公众反映，都在这里；点开一条即标为已读。"
        actions={unread > 0 ? <MarkAllRead count={unread} /> : undefined}
      />
      <nav aria-label="通知筛选" className="mb-4 flex flex-wrap gap-2">
        {(Object.keys(SHOW) as (keyof typeof SHOW)[]).map((show) => (
          <Link
            key={show}
            href={show === "all" ? "/console/notifications" : `/console/notifications?show=${show}`}
            aria-current={filter.show === show ? "page" : undefined}
            className={`rounded-full border px-4 py-1.5 text-sm ${filter.show === show ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {SHOW[show]}
            {show === "unread" && unread > 0 && <span className="ml-1">（{unread}）</span>}
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{filter.show === "unread" ? "没有未读通知。" : "暂无通知。"}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={`${SHOW[filter.show]}通知`}>
          {list.rows.map((n) => (
            <li key={n.id} className={`p-4 ${n.readAt ? "" : "bg-brand-50/60"}`}>
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={URGENT.has(n.kind) ? "danger" : n.kind === "deadline_reminder" ? "warning" : "brand"}>{NOTIFICATION_KIND_LABELS[n.kind]}</Badge>
                {!n.readAt && <Badge tone="danger">未读</Badge>}
                {/* A plain link: opening it marks it read on the server, then leads on; never prefetched. */}
                <a href={`/api/notifications/${n.id}`} className={`min-w-0 text-brand-700 hover:underline ${n.readAt ? "" : "font-semibold"}`}>
                  {n.title}
                </a>
              </div>
              {n.body && <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{n.body}</p>}
              <p className="mt-1 text-xs text-slate-600">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/console/notifications" params={params} page={list.page} pageCount={list.pageCount} total={list.total} />
      <section aria-labelledby="digest-title" className="mt-8 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="digest-title" className="text-lg font-semibold text-slate-900">
          消息推送方式
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {preferences.departmentHasWebhook
            ? "本部门已登记政务微信/钉钉推送地址：通知会逐条推送到部门群。选择每日摘要后，您的通知改为每个工作日 8:30 推送一条摘要。"
            : "本部门尚未登记政务微信/钉钉推送地址，通知只在这里显示；登记后，可选择逐条推送或每日摘要。"}
        </p>
        <DigestToggle dailyDigest={preferences.dailyDigest} />
      </section>
    </>
  );
}
