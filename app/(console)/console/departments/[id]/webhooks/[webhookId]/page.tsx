import type { Metadata } from "next";
import { api } from "@/server/api/server";
import { deliveryLogInput } from "@/server/notifications/schemas";
import { formatDateTime } from "@/server/time";
import { firstValues, readSearchParams, type SearchParams } from "@/server/validation";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Pagination } from "@/app/_components/ui/pagination";
import { Table } from "@/app/_components/ui/table";

export const metadata: Metadata = { title: "推送记录" };

const STATUS = {
  pending: { label: "待发送/重试", tone: "warning" },
  delivered: { label: "已送达", tone: "success" },
  failed: { label: "失败", tone: "danger" },
} as const;

export default async function DeliveryLogPage({ params, searchParams }: { params: Promise<{ id: string; webhookId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id, webhookId }, query] = await Promise.all([params, searchParams]);
  const values = firstValues(query);
  const filter = readSearchParams(deliveryLogInput, { ...values, webhookId });
  const log = await (await api()).notification.deliveries(filter).catch(rethrowAsPage);
  return (
    <>
      <BackLink href={`/console/departments/${id}/webhooks`}>消息推送</BackLink>
      <PageHeader
        title={`推送记录：${log.webhook.name}`}
        description={
          <>
            <span className="font-mono break-all">{log.webhook.url}</span>
            {!log.webhook.active && " · 已停用"}
          </>
        }
      />
      <Card>
        <Table
          caption={`「${log.webhook.name}」的推送记录`}
          rows={log.rows}
          rowKey={(d) => d.id}
          empty="尚无推送。"
          columns={[
            { header: "内容", primary: true, wrap: true, cell: (d) => d.title },
            { header: "状态", metric: true, cell: (d) => <Badge tone={STATUS[d.status].tone}>{STATUS[d.status].label}</Badge> },
            { header: "尝试次数", cell: (d) => d.attempts },
            { header: "最近应答", wrap: true, cell: (d) => d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—") },
            { header: "最近尝试", cell: (d) => formatDateTime(d.lastAttemptAt) },
            { header: "下次重试", cell: (d) => (d.status === "pending" && d.attempts > 0 ? formatDateTime(d.nextAttemptAt) : "—") },
            { header: "生成时间", cell: (d) => formatDateTime(d.createdAt) },
          ]}
        />
        <Pagination basePath={`/console/departments/${id}/webhooks/${webhookId}`} params={values} page={log.page} pageCount={log.pageCount} total={log.total} />
      </Card>
    </>
  );
}
