import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const departmentKind = pgEnum("department_kind", ["municipal", "district"]);
/**
 * 三权分立 (等保 8.1.5): sysadmin (系统管理员), security_officer (安全管理员) and auditor (审计管理员) are
 * separate posts; organiser (大赛组织者) runs the competition. See server/auth/permissions.ts.
 */
export const role = pgEnum("role", ["sysadmin", "security_officer", "auditor", "organiser", "reviewer", "publisher", "judge"]);

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull().unique(),
    shortName: text("short_name").notNull(),
    kind: departmentKind("kind").notNull(),
    description: text("description").notNull().default(""),
    /**
     * 统一社会信用代码 (GB 32100): the 信息资源提供方代码 of the national catalogue. Empty until the
     * system administrator enters it; two departments never share one.
     */
    creditCode: text("credit_code").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("departments_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`),
    uniqueIndex("departments_credit_code_unique").on(t.creditCode).where(sql`${t.creditCode} <> ''`),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull().unique(),
    displayName: text("display_name").notNull(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    roles: role("roles").array().notNull().default(sql`'{}'::role[]`),
    title: text("title").notNull().default(""),
    phone: text("phone").notNull().default(""),
    /** For a person who signs in only through 统一身份认证: a value no password verifies against. */
    passwordHash: text("password_hash").notNull(),
    /** The `sub` of this person at the city's unified identity platform (OIDC), once they signed in through it. */
    oidcSubject: text("oidc_subject").unique(),
    active: boolean("active").notNull().default(true),
    /** The citywide lock: set only after many failures from many addresses (see server/auth/throttle.ts). */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** Set when an administrator creates the account or resets its password: the person must choose their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** 动态口令 (RFC 6238): the secret, encrypted with a key derived from AUTH_SECRET; null until enrolled. */
    totpSecret: text("totp_secret"),
    /** A secret shown as a QR code and not yet confirmed with a code from the app. */
    totpPendingSecret: text("totp_pending_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The time step of the last accepted code: a code is accepted once, never replayed. */
    totpLastStep: integer("totp_last_step"),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("people_department_idx").on(t.departmentId),
    index("people_display_name_trgm").using("gin", sql`${t.displayName} gin_trgm_ops`),
    // 三权分立: one person holds at most one of the three administrators' roles.
    check(
      "people_one_administrator_role",
      sql`(${t.roles} @> '{sysadmin}')::int + (${t.roles} @> '{security_officer}')::int + (${t.roles} @> '{auditor}')::int <= 1`,
    ),
  ],
);

export type Department = typeof departments.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type DepartmentKind = (typeof departmentKind.enumValues)[number];
