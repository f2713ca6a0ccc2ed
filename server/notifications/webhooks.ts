import { randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { departments, webhookDeliveries, webhooks } from "@/db/schema";
import { recordAudit } from "@/server/audit/audit";
import { authorize, can, type Actor } from "@/server/auth/permissions";
import { sealSecret } from "@/server/auth/two-factor";
import { DomainError, notFound } from "@/server/errors";
import { pageWindow, toPage } from "@/server/pagination";
import { updateLocked } from "@/server/versioning/locked-update";
import { absoluteLink, payloadText, type WebhookPayload } from "./notify";
import { refusedAddress } from "./addresses";
import type { deliveryLogInput, registerWebhookInput, setWebhookActiveInput } from "./schemas";

/** A department keeps a few channels (a group per office, say), not a list nobody reads. */
export const WEBHOOKS_PER_DEPARTMENT = 5;

const auditOf = (id: string, action: string, summary: string) => ({ action: `webhook.${action}`, entityType: "webhook", entityId: id, summary });

/**
 * A messenger's robot address as people may see it: a 钉钉 or 企业微信 robot carries its token in the
 * query (access_token=…, key=…), so query values are hidden on pages and in the audit trail.
 */
export function maskedUrl(url: string): string {
  const u = new URL(url);
  const query = [...u.searchParams.keys()].map((k) => `${k}=…`).join("&");
  return `${u.origin}${u.pathname}${query ? `?${query}` : ""}`;
}

/**
 * The address a webhook may have: http or https only (no file:, gopher:, data: …), no user name or
 * password in it, and not an address that reaches the server itself or the cloud's metadata service.
 * Private networks stay allowed: 政务外网 messengers live there. The delivery checks the address the
 * name resolves to again, at each attempt.
 */
export function checkWebhookUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new DomainError("BAD_REQUEST", "推送地址格式不正确，应以 http:// 或 https:// 开头", "url");
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new DomainError("BAD_REQUEST", "推送地址只能是 http:// 或 https:// 地址", "url");
  if (u.username || u.password) throw new DomainError("BAD_REQUEST", "推送地址中不能包含用户名或密码；请使用消息平台提供的机器人地址", "url");
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost") || (isIP(host) && refusedAddress(host)))
    throw new DomainError("BAD_REQUEST", "推送地址不能指向本机、链路本地或组播地址", "url");
  u.hash = "";
  return u.toString();
}

/** Stopped addresses stay for their log and do not count. Call under a lock on the department's row. */
async function assertRoomFor(tx: Db, departmentId: string) {
  const [active] = await tx
    .select({ n: count() })
    .from(webhooks)
    .where(and(eq(webhooks.departmentId, departmentId), eq(webhooks.active, true)));
  if ((active?.n ?? 0) >= WEBHOOKS_PER_DEPARTMENT)
    throw new DomainError("BAD_REQUEST", `每个部门最多同时启用 ${WEBHOOKS_PER_DEPARTMENT} 个推送地址；请先停用不再使用的地址`);
}

const lockDepartment = (tx: Db, departmentId: string) => tx.execute(sql`select 1 from ${departments} where ${departments.id} = ${departmentId} for update`);

/** A new signing secret, shown to the person once; the receiver checks each message with it. */
const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

export async function registerWebhook(db: Db, actor: Actor, input: z.output<typeof registerWebhookInput>, authSecret: string) {
  authorize(can.manageWebhooks(actor, input.departmentId), "只能为本部门登记消息推送地址");
  const url = checkWebhookUrl(input.url);
  return db.transaction(async (tx) => {
    const [department] = await tx.select({ name: departments.name }).from(departments).where(eq(departments.id, input.departmentId));
    if (!department) throw notFound("部门");
    // Counted under a lock on the department's row, so two registrations at once cannot pass the limit together.
    await lockDepartment(tx, input.departmentId);
    await assertRoomFor(tx, input.departmentId);
    const secret = newSecret();
    const [created] = await tx
      .insert(webhooks)
      .values({ departmentId: input.departmentId, name: input.name, url, sealedSecret: sealSecret(authSecret, secret), createdBy: actor.id })
      .returning();
    await recordAudit(tx, actor, auditOf(created!.id, "register", `为${department.name}登记消息推送地址「${input.name}」：${maskedUrl(url)}`));
    return { webhook: { ...created!, sealedSecret: undefined, url: maskedUrl(url) }, secret };
  });
}

async function loadWebhook(db: Db, id: string) {
  const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!hook) throw notFound("推送地址");
  return hook;
}

export async function setWebhookActive(db: Db, actor: Actor, input: z.output<typeof setWebhookActiveInput>) {
  return db.transaction(async (tx) => {
    const hook = await loadWebhook(tx, input.id);
    authorize(can.manageWebhooks(actor, hook.departmentId), "只能管理本部门的消息推送地址");
    if (input.active && !hook.active) {
      await lockDepartment(tx, hook.departmentId);
      await assertRoomFor(tx, hook.departmentId);
    }
    const saved = await updateLocked(tx, webhooks, input, { active: input.active, updatedAt: new Date() });
    await recordAudit(tx, actor, auditOf(hook.id, input.active ? "enable" : "disable", `${input.active ? "启用" : "停用"}消息推送地址「${hook.name}」`));
    return { id: saved.id, version: saved.version, active: saved.active };
  });
}

/** A test message, so whoever set up the receiver sees it arrive (and the log shows how it went). */
export async function sendTestMessage(db: Db, actor: Actor, id: string, now = new Date()) {
  const hook = await loadWebhook(db, id);
  authorize(can.manageWebhooks(actor, hook.departmentId), "只能管理本部门的消息推送地址");
  if (!hook.active) throw new DomainError("BAD_REQUEST", "该推送地址已停用，请先启用");
  const [department] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, hook.departmentId));
  const title = "测试消息：城市云脑通知推送已接通";
  const link = absoluteLink("/console/notifications");
  const payload: WebhookPayload = {
    event: "test",
    label: "测试",
    title,
    body: `由${actor.displayName}发送`,
    link,
    department: department?.name ?? "",
    recipients: [],
    createdAt: now.toISOString(),
    msgtype: "text",
    text: { content: payloadText("测试", title, `由${actor.displayName}发送`, link) },
  };
  const [delivery] = await db.insert(webhookDeliveries).values({ webhookId: hook.id, event: "test", payload, nextAttemptAt: now, createdAt: now }).returning({ id: webhookDeliveries.id });
  return delivery!;
}

/** A department's webhooks, with how their messages went lately. */
export async function listWebhooks(db: Db, actor: Actor, departmentId: string) {
  authorize(can.manageWebhooks(actor, departmentId), "只能查看本部门的消息推送地址");
  const rows = await db
    .select({
      id: webhooks.id,
      name: webhooks.name,
      url: webhooks.url,
      active: webhooks.active,
      version: webhooks.version,
      createdAt: webhooks.createdAt,
      delivered: sql<number>`(select count(*) from ${webhookDeliveries} d where d.webhook_id = ${webhooks.id} and d.status = 'delivered')::int`,
      pending: sql<number>`(select count(*) from ${webhookDeliveries} d where d.webhook_id = ${webhooks.id} and d.status = 'pending')::int`,
      failed: sql<number>`(select count(*) from ${webhookDeliveries} d where d.webhook_id = ${webhooks.id} and d.status = 'failed')::int`,
    })
    .from(webhooks)
    .where(eq(webhooks.departmentId, departmentId))
    .orderBy(webhooks.createdAt);
  return rows.map((r) => ({ ...r, url: maskedUrl(r.url) }));
}

/** 推送记录: each message to one webhook, newest first, with its attempts and the receiver's last answer. */
export async function deliveryLog(db: Db, actor: Actor, f: z.output<typeof deliveryLogInput>) {
  const hook = await loadWebhook(db, f.webhookId);
  authorize(can.manageWebhooks(actor, hook.departmentId), "只能查看本部门的推送记录");
  const where = eq(webhookDeliveries.webhookId, hook.id);
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: webhookDeliveries.id,
        event: webhookDeliveries.event,
        title: sql<string>`${webhookDeliveries.payload}->>'title'`,
        status: webhookDeliveries.status,
        attempts: webhookDeliveries.attempts,
        nextAttemptAt: webhookDeliveries.nextAttemptAt,
        lastAttemptAt: webhookDeliveries.lastAttemptAt,
        lastStatusCode: webhookDeliveries.lastStatusCode,
        lastError: webhookDeliveries.lastError,
        createdAt: webhookDeliveries.createdAt,
        deliveredAt: webhookDeliveries.deliveredAt,
      })
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(webhookDeliveries).where(where),
  ]);
  return {
    webhook: { id: hook.id, name: hook.name, url: maskedUrl(hook.url), active: hook.active, departmentId: hook.departmentId },
    ...toPage(rows, total?.n ?? 0, f.page),
  };
}
