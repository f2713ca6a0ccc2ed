import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { departments, people } from "./organisation";

export const notificationKind = pgEnum("notification_kind", [
  "request_received",
  "request_decided",
  "review_approved",
  "review_returned",
  "deadline_reminder",
  "overdue_escalated",
  "overdue_escalated_again",
  "results_published",
  "feedback_received",
]);

/** 通知中心: one row per person told about something, with where it is handled. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => people.id),
    kind: notificationKind("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** A path inside the app, where the thing is seen or handled. */
    link: text("link").notNull(),
    /** What it is about (access_request, resource …) and its id, as the audit trail names entities. */
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_recipient_idx").on(t.recipientId, t.createdAt),
    // The header's count on every console page reads only the unread ones.
    index("notifications_unread_idx").on(t.recipientId).where(sql`${t.readAt} is null`),
  ],
);

/** A person's choice of 每日摘要 instead of one message per notification on the department's messenger. */
export const notificationSettings = pgTable("notification_settings", {
  personId: uuid("person_id")
    .primaryKey()
    .references(() => people.id),
  dailyDigest: boolean("daily_digest").notNull().default(false),
  /** The last digest sent: the next one covers what came after. */
  lastDigestAt: timestamp("last_digest_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A department's outbound channel (政务微信 / 钉钉 group robot, or a relay to one): notifications of its
 * people are POSTed there as signed JSON. The secret is sealed under AUTH_SECRET and shown once.
 */
export const webhooks = pgTable(
  "webhooks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    name: text("name").notNull(),
    url: text("url").notNull(),
    sealedSecret: text("sealed_secret").notNull(),
    active: boolean("active").notNull().default(true),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => people.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhooks_department_idx").on(t.departmentId)],
);

export const webhookDeliveryStatus = pgEnum("webhook_delivery_status", ["pending", "delivered", "failed"]);

/**
 * The outbound queue and its log: one row per message to one webhook. Instances claim due rows by
 * moving `next_attempt_at` ahead (a lease), so one message is never sent by two at once.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_webhook_idx").on(t.webhookId, t.createdAt),
  ],
);

/**
 * One row per run of a scheduled job at one tick: every instance's timer tries to insert it, and only
 * the one whose insert succeeds runs the job, so several instances run it once.
 */
export const scheduledRuns = pgTable(
  "scheduled_runs",
  {
    job: text("job").notNull(),
    tick: timestamp("tick", { withTimezone: true }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** What the run did (「督办 2 条」), or why it failed. */
    outcome: text("outcome"),
  },
  (t) => [primaryKey({ columns: [t.job, t.tick] })],
);

export type Notification = typeof notifications.$inferSelect;
export type NotificationKind = (typeof notificationKind.enumValues)[number];
export type Webhook = typeof webhooks.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
