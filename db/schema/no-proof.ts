import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { NoProofCaseContent, PlaceContent } from "@/server/no-proof/schemas";
import { departments, people } from "./organisation";
import { entryColumns, versionColumns } from "./resources";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * 无证明场景: one row per service item, kept by its responsible department, with the catalogue
 * fields of the version the public sees — the same shape as `resources`, so the shared review
 * lifecycle drives it.
 */
export const noProofCases = pgTable(
  "noproof_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The responsible department (实施机关). */
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    ...entryColumns(),
    itemCode: text("item_code").notNull(),
    summary: text("summary").notNull(),
    domain: text("domain").notNull(),
    lifeEvents: text("life_events").array().notNull().default(sql`'{}'::text[]`),
    audiences: text("audiences").array().notNull().default(sql`'{}'::text[]`),
    eLicences: text("e_licences").array().notNull().default(sql`'{}'::text[]`),
    /** How its proofs are no longer asked for (保留 left out), for badges and filters. */
    dispositions: text("dispositions").array().notNull().default(sql`'{}'::text[]`),
    /** Districts where it applies; empty = citywide. */
    districtIds: uuid("district_ids").array().notNull().default(sql`'{}'::uuid[]`),
    countsTowardTarget: boolean("counts_toward_target").notNull().default(false),
    /** 实施日期, as YYYY-MM-DD in Qingdao. */
    effectiveDate: text("effective_date").notNull(),
    searchVector: tsvector("search_vector").notNull(),
  },
  (t) => [
    uniqueIndex("noproof_cases_department_name_unique").on(t.departmentId, t.name),
    uniqueIndex("noproof_cases_item_code_unique").on(t.itemCode),
    index("noproof_cases_status_idx").on(t.status),
    index("noproof_cases_search_idx").using("gin", t.searchVector),
    index("noproof_cases_life_events_idx").using("gin", t.lifeEvents),
    index("noproof_cases_e_licences_idx").using("gin", t.eLicences),
  ],
);

export const noProofCaseVersions = pgTable(
  "noproof_case_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => noProofCases.id, { onDelete: "cascade" }),
    ...versionColumns<NoProofCaseContent>(),
  },
  (t) => [uniqueIndex("noproof_case_versions_number_unique").on(t.caseId, t.number), index("noproof_case_versions_queue_idx").on(t.status, t.submittedAt)],
);

/**
 * 一码亮证: a kind of place, the e-licences it accepts and example venues by district. Kept by a
 * department through the same review lifecycle as use cases; one entry per kind of place citywide.
 */
export const noProofPlaces = pgTable(
  "noproof_places",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    ...entryColumns(),
    kind: text("kind").notNull().unique(),
  },
  (t) => [uniqueIndex("noproof_places_department_name_unique").on(t.departmentId, t.name), index("noproof_places_status_idx").on(t.status)],
);

export const noProofPlaceVersions = pgTable(
  "noproof_place_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    placeId: uuid("place_id")
      .notNull()
      .references(() => noProofPlaces.id, { onDelete: "cascade" }),
    ...versionColumns<PlaceContent>(),
  },
  (t) => [uniqueIndex("noproof_place_versions_number_unique").on(t.placeId, t.number), index("noproof_place_versions_queue_idx").on(t.status, t.submittedAt)],
);

export const feedbackStatus = pgEnum("noproof_feedback_status", ["open", "replied", "closed"]);

/** 「这里仍要求我提供证明」: a citizen's report, answered and closed by the responsible department. */
export const noProofFeedback = pgTable(
  "noproof_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => noProofCases.id),
    /** Where it happened and what was asked for, as the citizen wrote it (plain text). */
    text: text("text").notNull(),
    /** Optional phone or e-mail for a reply; only the department sees it. */
    contact: text("contact").notNull().default(""),
    status: feedbackStatus("status").notNull().default("open"),
    reply: text("reply"),
    repliedBy: uuid("replied_by").references(() => people.id),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => people.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** A keyed hash of the client's address: enough to rate-limit, not to identify anyone. */
    clientKey: text("client_key").notNull(),
    /** When the department first opened it in its inbox. */
    readAt: timestamp("read_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("noproof_feedback_case_idx").on(t.caseId, t.status), index("noproof_feedback_client_idx").on(t.clientKey, t.createdAt)],
);

export type NoProofCase = typeof noProofCases.$inferSelect;
export type NoProofCaseVersion = typeof noProofCaseVersions.$inferSelect;
export type NoProofFeedback = typeof noProofFeedback.$inferSelect;
export type NoProofPlace = typeof noProofPlaces.$inferSelect;
export type NoProofPlaceVersion = typeof noProofPlaceVersions.$inferSelect;
