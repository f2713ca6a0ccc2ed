import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { people } from "./organisation";

/**
 * One row per sign-in. The session cookie carries only this row's id; every request checks the
 * row, so ending it here ends the session on every instance at once.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** The absolute end, fixed at sign-in; activity does not move it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** sign_out | admin | deactivated | password_reset | password_change | idle | expired */
    endedReason: text("ended_reason"),
    endedBy: uuid("ended_by").references(() => people.id),
    address: text("address").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_person_idx").on(t.personId, t.endedAt)],
);

/** Every sign-in attempt, kept for the throttling and lock windows (and pruned after a day). */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** As typed, trimmed and lower-cased, whether or not such an account exists. */
    username: text("username").notNull(),
    address: text("address").notNull(),
    succeeded: integer("succeeded").notNull().default(0),
  },
  (t) => [index("sign_in_attempts_address_idx").on(t.address, t.at), index("sign_in_attempts_username_idx").on(t.username, t.at)],
);

/** Answers to the text challenges already accepted, so each challenge works once on any instance. */
export const usedChallenges = pgTable("used_challenges", {
  digest: text("digest").primaryKey(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export type Session = typeof sessions.$inferSelect;

/** One-time recovery codes for a lost phone: only their keyed hashes are kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("recovery_codes_person_idx").on(t.personId)],
);
