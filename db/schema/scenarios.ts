import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ScenarioContent } from "@/server/scenarios/schemas";
import { departments, people } from "./organisation";
import { duplicateColumns, entryColumns, likelyDuplicatesColumn, versionColumns } from "./resources";

export const scenarioKind = pgEnum("scenario_kind", ["big_scenario", "one_thing", "one_scene"]);
export const adoptionStatus = pgEnum("adoption_status", ["pending", "confirmed", "rejected"]);

/**
 * One row per scenario: identity, lead department (the owner), lifecycle, and the catalogue
 * fields of the version people see — the same shape as `resources`, so the shared review
 * lifecycle drives both.
 */
export const scenarios = pgTable(
  "scenarios",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The lead department (牵头部门). */
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    ...entryColumns(),
    ...duplicateColumns(),
    kind: scenarioKind("kind").notNull(),
    audience: text("audience").notNull().default(""),
    domain: text("domain").notNull(),
    /** Departments that take part besides the lead, for filters. */
    participatingDepartmentIds: uuid("participating_department_ids").array().notNull().default(sql`'{}'::uuid[]`),
    liveDistrictIds: uuid("live_district_ids").array().notNull().default(sql`'{}'::uuid[]`),
    benchmark: boolean("benchmark").notNull().default(false),
    benchmarkAt: timestamp("benchmark_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scenarios_department_name_unique").on(t.departmentId, t.name),
    index("scenarios_status_idx").on(t.status),
    index("scenarios_participants_idx").using("gin", t.participatingDepartmentIds),
    index("scenarios_duplicate_terms_idx").using("gin", t.duplicateTerms),
  ],
);

export const scenarioVersions = pgTable(
  "scenario_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    ...versionColumns<ScenarioContent>(),
    likelyDuplicates: likelyDuplicatesColumn(),
  },
  (t) => [uniqueIndex("scenario_versions_number_unique").on(t.scenarioId, t.number), index("scenario_versions_queue_idx").on(t.status, t.submittedAt)],
);

/** 复用: another department or district adopted a published scenario; the owner confirms. */
export const scenarioAdoptions = pgTable(
  "scenario_adoptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scenarioId: uuid("scenario_id")
      .notNull()
      .references(() => scenarios.id),
    adopterDepartmentId: uuid("adopter_department_id")
      .notNull()
      .references(() => departments.id),
    liveSince: timestamp("live_since", { withTimezone: true }).notNull(),
    adaptations: text("adaptations").notNull(),
    connectedResourceIds: uuid("connected_resource_ids").array().notNull().default(sql`'{}'::uuid[]`),
    status: adoptionStatus("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => people.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => people.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One live adoption per adopter and scenario; a rejected one can be recorded again.
    uniqueIndex("scenario_adoptions_adopter_unique").on(t.scenarioId, t.adopterDepartmentId).where(sql`status <> 'rejected'`),
    index("scenario_adoptions_scenario_idx").on(t.scenarioId, t.status),
  ],
);

export type Scenario = typeof scenarios.$inferSelect;
export type ScenarioVersion = typeof scenarioVersions.$inferSelect;
export type ScenarioAdoption = typeof scenarioAdoptions.$inferSelect;
