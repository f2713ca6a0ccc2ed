import { and, desc, eq, gt, isNull, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, notifications, notificationSettings, people, webhookDeliveries, webhooks } from "@/db/schema";
import { DAY_MS } from "@/server/time";
import { NOTIFICATION_KIND_LABELS } from "./labels";
import { absoluteLink, payloadText, type WebhookPayload } from "./notify";

/** Titles listed in one digest; the rest are counted. */
const LISTED = 10;

/**
 * 每日摘要: for each person who chose it, one message to their department's messengers with what is
 * still unread among the notifications since their last digest (the first covers a day).
 */
export async function sendDailyDigests(db: Db, now = new Date()) {
  const subscribers = await db
    .select({
      id: people.id,
      name: people.displayName,
      username: people.username,
      departmentId: people.departmentId,
      departmentName: departments.name,
      since: notificationSettings.lastDigestAt,
    })
    .from(notificationSettings)
    .innerJoin(people, eq(people.id, notificationSettings.personId))
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(notificationSettings.dailyDigest, true), eq(people.active, true)));
  let sent = 0;
  for (const person of subscribers) {
    const since = person.since ?? new Date(now.getTime() - DAY_MS);
    await db.transaction(async (tx) => {
      const unread = await tx
        .select({ kind: notifications.kind, title: notifications.title })
        .from(notifications)
        .where(and(eq(notifications.recipientId, person.id), isNull(notifications.readAt), gt(notifications.createdAt, since), lte(notifications.createdAt, now)))
        .orderBy(desc(notifications.createdAt));
      await tx.update(notificationSettings).set({ lastDigestAt: now }).where(eq(notificationSettings.personId, person.id));
      if (unread.length === 0) return;
      const hooks = await tx
        .select({ id: webhooks.id })
        .from(webhooks)
        .where(and(eq(webhooks.departmentId, person.departmentId), eq(webhooks.active, true)));
      if (hooks.length === 0) return;
      const title = `${person.name}的每日摘要：${unread.length} 条未读通知`;
      const lines = unread.slice(0, LISTED).map((n) => `· 【${NOTIFICATION_KIND_LABELS[n.kind]}】${n.title}`);
      if (unread.length > LISTED) lines.push(`……另有 ${unread.length - LISTED} 条`);
      const body = lines.join("\n");
      const link = absoluteLink("/console/notifications?show=unread");
      const payload: WebhookPayload = {
        event: "digest",
        label: "每日摘要",
        title,
        body,
        link,
        department: person.departmentName,
        recipients: [{ name: person.name, username: person.username }],
        createdAt: now.toISOString(),
        msgtype: "text",
        text: { content: payloadText("每日摘要", title, body, link) },
      };
      await tx.insert(webhookDeliveries).values(hooks.map((h) => ({ webhookId: h.id, event: "digest", payload, nextAttemptAt: now, createdAt: now })));
      sent += 1;
    });
  }
  return { sent, subscribers: subscribers.length };
}

