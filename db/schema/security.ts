import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    /** password (本地密码) | oidc (统一身份认证) */
    method: text("method").notNull().default("password"),
    /** For an OIDC session: the ID token, sent back as id_token_hint when signing out at the platform. */
    oidcIdToken: text("oidc_id_token"),
    /** For an OIDC session: the refresh token, encrypted, with which the platform is asked whether the account still stands. */
    oidcRefreshToken: text("oidc_refresh_token"),
    oidcCheckedAt: timestamp("oidc_checked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_person_idx").on(t.personId, t.endedAt)],
);

/**
 * How people may sign in, one row: with `requireUnified`, local passwords are refused for everyone
 * but the named break-glass administrators (while 统一身份认证 is configured).
 */
export const signInPolicy = pgTable(
  "sign_in_policy",
  {
    id: integer("id").primaryKey().default(1),
    requireUnified: boolean("require_unified").notNull().default(false),
    /** Usernames that keep their local password when unified sign-in is required. */
    breakGlass: text("break_glass").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => people.id),
  },
  (t) => [check("sign_in_policy_one_row", sql`${t.id} = 1`)],
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
