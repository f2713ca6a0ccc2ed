import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "./organisation";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    // Null for the system (seed, start-up) and for anonymous visitors.
    actorId: uuid("actor_id").references(() => people.id),
    // Kept as written at the time, so the trail still reads right after a rename.
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    summary: text("summary").notNull(),
    changes: jsonb("changes").$type<Record<string, { from: unknown; to: unknown }>>(),
    requestId: text("request_id"),
    /** The client's address (per the trusted-proxy setting) and browser, when a request caused it. */
    address: text("address"),
    userAgent: text("user_agent"),
    /**
     * Chain order, and the hash of this row chained to the previous one, all three set by the
     * trigger of migration 0012 (the identity only keeps the application from writing seq).
     */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_actor_idx").on(t.actorId),
    uniqueIndex("audit_events_seq_idx").on(t.seq),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
