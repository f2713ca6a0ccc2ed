import { and, arrayContains, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { departments, notifications, notificationSettings, people, webhookDeliveries, webhooks, type NotificationKind, type Role } from "@/db/schema";
import { NOTIFICATION_KIND_LABELS } from "./labels";

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** A path inside the app, where the thing is seen or handled. */
  link: string;
  subjectType: string;
  subjectId: string;
}

/** What a webhook receives: the notification, ready-made text for a group robot, and whom it is for. */
export interface WebhookPayload {
  event: NotificationKind | "digest" | "test";
  label: string;
  title: string;
  body: string;
  /** Absolute when PUBLIC_URL is set, otherwise a path of the app. */
  link: string;
  department: string;
  recipients: { name: string; username: string }[];
  createdAt: string;
  /** The shape 钉钉 and 企业微信 group robots take, so a robot address works without a relay. */
  msgtype: "text";
  text: { content: string };
  [key: string]: unknown;
}

/** The app's address for links leaving it (PUBLIC_URL), or nothing: then links stay paths. */
export const absoluteLink = (link: string) => `${(process.env.PUBLIC_URL ?? "").replace(/\/$/, "")}${link}`;

export function payloadText(label: string, title: string, body: string, link: string): string {
  return [`【${label}】${title}`, body, link].filter(Boolean).join("\n");
}

/** Every active person with a role: in one department, or (市大数据局's reviewers see every 督办) in any. */
export async function peopleWithRole(tx: Db, role: Role, departmentId?: string): Promise<string[]> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.active, true), arrayContains(people.roles, [role]), departmentId ? eq(people.departmentId, departmentId) : undefined));
  return rows.map((r) => r.id);
}

/**
 * Tells people about something, in the transaction of the change it is about: one row each in
 * 通知中心, and one message per active webhook of their departments, naming those of them who did not
 * choose the daily digest (those hear of it in the next digest instead).
 */
export async function notify(tx: Db, recipientIds: string[], n: NewNotification, now = new Date()): Promise<void> {
  const ids = [...new Set(recipientIds)];
  if (ids.length === 0) return;
  await tx.insert(notifications).values(
    ids.map((recipientId) => ({
      recipientId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? "",
      link: n.link,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      createdAt: now,
    })),
  );
  const recipients = await tx
    .select({
      name: people.displayName,
      username: people.username,
      departmentId: people.departmentId,
      departmentName: departments.name,
      digest: notificationSettings.dailyDigest,
    })
    .from(people)
    .innerJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(notificationSettings, eq(notificationSettings.personId, people.id))
    .where(inArray(people.id, ids));
  const pushed = recipients.filter((r) => !r.digest);
  if (pushed.length === 0) return;
  const hooks = await tx
    .select({ id: webhooks.id, departmentId: webhooks.departmentId })
    .from(webhooks)
    .where(and(inArray(webhooks.departmentId, [...new Set(pushed.map((r) => r.departmentId))]), eq(webhooks.active, true)));
  if (hooks.length === 0) return;
  const label = NOTIFICATION_KIND_LABELS[n.kind];
  const link = absoluteLink(n.link);
  await tx.insert(webhookDeliveries).values(
    hooks.map((hook) => {
      const theirs = pushed.filter((r) => r.departmentId === hook.departmentId);
      const payload: WebhookPayload = {
        event: n.kind,
        label,
        title: n.title,
        body: n.body ?? "",
        link,
        department: theirs[0]!.departmentName,
        recipients: theirs.map((r) => ({ name: r.name, username: r.username })),
        createdAt: now.toISOString(),
        msgtype: "text",
        text: { content: payloadText(label, n.title, n.body ?? "", link) },
      };
      return { webhookId: hook.id, event: n.kind, payload, nextAttemptAt: now, createdAt: now };
    }),
  );
}
