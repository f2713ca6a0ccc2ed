import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { api } from "@/server/api/server";
import { MAX_ATTEMPTS } from "@/server/notifications/delivery";
import { WEBHOOKS_PER_DEPARTMENT } from "@/server/notifications/webhooks";
import { formatDateTime } from "@/server/time";
import { rethrowAsPage } from "@/app/_components/page-errors";
import { BackLink, Badge, Card, PageHeader } from "@/app/_components/ui/layout";
import { Table } from "@/app/_components/ui/table";
import { RegisterWebhook, WebhookActions } from "./webhook-forms";

export const metadata: Metadata = { title: "消息推送" };

export default async function WebhooksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await api();
  const [{ department }, hooks] = await Promise.all([
    caller.organisation.department({ id }).catch(rethrowAsPage),
    caller.notification.webhooks({ departmentId: id }).catch(rethrowAsPage),
  ]);
  return (
    <>
      <BackLink href={`/console/departments/${id}`}>{department.name}</BackLink>
      <PageHeader
        title="消息推送"
        description={`把${department.name}人员的通知（待答复申请、到期提醒、督办、审核结果等）推送到政务微信、钉钉群机器人或部门的消息中转服务。`}
      />
      <div className="space-y-6">
        <Card title="推送地址">
          <Table
            caption={`${department.name}的推送地址`}
            rows={hooks}
            rowKey={(h) => h.id}
            empty="尚未登记推送地址：通知只在各人的通知中心显示。"
            columns={[
              {
                header: "名称",
                primary: true,
                cell: (h) => (
                  <Link href={`/console/departments/${id}/webhooks/${h.id}`} className="text-brand-700 hover:underline">
                    {h.name}
                  </Link>
                ),
              },
              { header: "地址", wrap: true, cell: (h) => <span className="font-mono text-xs break-all">{h.url}</span> },
              { header: "状态", metric: true, cell: (h) => (h.active ? <Badge tone="success">启用</Badge> : <Badge>已停用</Badge>) },
              {
                header: "推送情况",
                cell: (h) => (
                  <span className="text-sm">
                    已送达 {h.delivered} · 待发送/重试 {h.pending} · 失败 {h.failed}
                  </span>
                ),
              },
              { header: "登记时间", cell: (h) => formatDateTime(h.createdAt) },
              { header: "操作", cell: (h) => <WebhookActions id={h.id} version={h.version} active={h.active} name={h.name} /> },
            ]}
          />
        </Card>
        <Card title="登记推送地址">
          <p className="mb-3 text-sm text-slate-600">每个部门最多同时启用 {WEBHOOKS_PER_DEPARTMENT} 个推送地址；停用的地址保留推送记录。</p>
          <RegisterWebhook departmentId={id} />
        </Card>
        <Card title="接收方如何核验">
          <div className="space-y-2 text-sm text-slate-700">
            <p>每条通知以 JSON 通过 HTTP POST 发送，5 秒内应答 2xx 即为送达；否则依次在 1 分钟、5 分钟、30 分钟、2 小时后重试，共 {MAX_ATTEMPTS} 次仍失败则放弃，并记入推送记录。</p>
            <p>
              请求头 <code className="font-mono">X-CityBrain-Timestamp</code> 为发送时刻（Unix 秒），<code className="font-mono">X-CityBrain-Signature</code> 为{" "}
              <code className="font-mono">sha256=</code> 加上以签名密钥对「时间戳.请求体」计算的 HMAC-SHA256（十六进制）。接收方应重新计算并比对，拒绝与当前时间相差超过 5 分钟的请求；
              <code className="font-mono">X-CityBrain-Delivery</code> 在重试时不变，可用于去重。
            </p>
            <p>请求体含 <code className="font-mono">msgtype</code> 与 <code className="font-mono">text.content</code>，可直接发往政务微信、钉钉群机器人；也含 event、title、link、recipients 等字段供中转服务使用。</p>
          </div>
        </Card>
      </div>
    </>
  );
}
