import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db/client";
import { PERSON, prepared } from "@/db/prepared";
import { notifications, notificationSettings, webhooks } from "@/db/schema";
import type { Actor } from "@/server/auth/permissions";
import { notFound } from "@/server/errors";
import { pageWindow, toPage } from "@/server/pagination";
import type { notificationListInput } from "./schemas";

/** The actor's own notifications, newest first; nobody reads anyone else's. */
export async function listNotifications(db: Db, actor: Actor, f: z.output<typeof notificationListInput>) {
  const where = and(eq(notifications.recipientId, actor.id), f.show === "unread" ? isNull(notifications.readAt) : undefined);
  const { limit, offset } = pageWindow(f.page);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(where),
  ]);
  return toPage(rows, total?.n ?? 0, f.page);
}

/** How many of the person's (the personId placeholder's) notifications are unread: also part of the header's statement (server/todos). */
export const unreadNotificationsQuery = (db: Db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, PERSON), isNull(notifications.readAt)));

const unreadStatement = (db: Db) => prepared(db, "unread_notifications", (name) => unreadNotificationsQuery(db).prepare(name));

/** The header's 「通知」 count. */
export async function unreadNotifications(db: Db, actor: Actor): Promise<number> {
  const [row] = await unreadStatement(db).execute({ personId: actor.id });
  return row?.n ?? 0;
}

/**
 * Opening a notification reads it; the answer is where it leads. Someone else's notification is
 * answered as missing, so its existence says nothing either.
 */
export async function openNotification(db: Db, actor: Actor, id: string, now = new Date()): Promise<string> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, actor.id)))
    .returning({ link: notifications.link });
  if (!row) throw notFound("通知");
  return row.link;
}

export async function markNotificationRead(db: Db, actor: Actor, id: string, now = new Date()): Promise<void> {
  await openNotification(db, actor, id, now);
}

export async function markAllNotificationsRead(db: Db, actor: Actor, now = new Date()): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** The actor's digest choice, and whether their department has a messenger to send it to. */
export async function notificationPreferences(db: Db, actor: Actor) {
  const [[setting], [hooks]] = await Promise.all([
    db.select({ dailyDigest: notificationSettings.dailyDigest }).from(notificationSettings).where(eq(notificationSettings.personId, actor.id)),
    db
      .select({ n: count() })
      .from(webhooks)
      .where(and(eq(webhooks.departmentId, actor.departmentId), eq(webhooks.active, true))),
  ]);
  return { dailyDigest: setting?.dailyDigest ?? false, departmentHasWebhook: (hooks?.n ?? 0) > 0 };
}

export async function setDailyDigest(db: Db, actor: Actor, dailyDigest: boolean, now = new Date()) {
  await db
    .insert(notificationSettings)
    .values({ personId: actor.id, dailyDigest, updatedAt: now })
    .onConflictDoUpdate({ target: notificationSettings.personId, set: { dailyDigest, updatedAt: now } });
  return { dailyDigest };
}
