import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const departmentKind = pgEnum("department_kind", ["municipal", "district"]);
export const role = pgEnum("role", ["admin", "reviewer", "publisher", "judge"]);

export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    name: text("name").notNull().unique(),
    shortName: text("short_name").notNull(),
    kind: departmentKind("kind").notNull(),
    description: text("description").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("departments_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`)],
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
    passwordHash: text("password_hash").notNull(),
    active: boolean("active").notNull().default(true),
    /** The citywide lock: set only after many failures from many addresses (see server/auth/throttle.ts). */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    /** Set when an administrator creates the account or resets its password: the person must choose their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("people_department_idx").on(t.departmentId),
    index("people_display_name_trgm").using("gin", sql`${t.displayName} gin_trgm_ops`),
  ],
);

export type Department = typeof departments.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type DepartmentKind = (typeof departmentKind.enumValues)[number];
