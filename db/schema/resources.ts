import { sql } from "drizzle-orm";
import {
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ResourceContent } from "@/server/resources/schemas";
import { departments, people } from "./organisation";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const resourceKind = pgEnum("resource_kind", [
  "dataset",
  "api",
  "algorithm",
  "component",
  "iot",
  "video",
  "compute",
  "application",
]);
export const sharingClass = pgEnum("sharing_class", ["unconditional", "conditional", "none"]);
export const openClass = pgEnum("open_class", ["open", "conditional", "closed"]);
export const resourceStatus = pgEnum("resource_status", ["draft", "submitted", "returned", "published", "retired"]);
export const versionStatus = pgEnum("resource_version_status", [
  "draft",
  "submitted",
  "returned",
  "published",
  "superseded",
]);

/**
 * The lifecycle columns every catalogue entry table of the review lifecycle has (resources,
 * scenarios) beside its owner and its own catalogue fields.
 */
export function entryColumns() {
  return {
    status: resourceStatus("status").notNull().default("draft"),
    currentVersionId: uuid("current_version_id"),
    /** The version being edited or reviewed, when there is one. */
    workingVersionId: uuid("working_version_id"),
    name: text("name").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    retiredReason: text("retired_reason"),
    createdBy: uuid("created_by").references(() => people.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  };
}

/**
 * The columns every version table of the review lifecycle has (resources, scenarios): a fresh set
 * per table, as drizzle columns belong to one table.
 */
export function versionColumns<C>() {
  return {
    number: integer("number").notNull(),
    status: versionStatus("status").notNull().default("draft"),
    content: jsonb("content").$type<C>().notNull(),
    createdBy: uuid("created_by").references(() => people.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => people.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => people.id),
    reviewComment: text("review_comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  };
}

/** Numbers resource codes (资源编码) citywide; never reused. */
export const resourceCodeSeq = pgSequence("resource_code_seq", { startWith: 1 });

/**
 * One row per resource: its identity, owner and lifecycle, plus the searchable fields of the
 * version people see in the catalogue (the published one, or the working one before the first
 * publication), so search and facets read one table.
 */
export const resources = pgTable(
  "resources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    ...entryColumns(),
    summary: text("summary").notNull(),
    kind: resourceKind("kind").notNull(),
    domain: text("domain").notNull(),
    sharingClass: sharingClass("sharing_class").notNull(),
    openClass: openClass("open_class").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    searchVector: tsvector("search_vector").notNull(),
  },
  (t) => [
    uniqueIndex("resources_department_name_unique").on(t.departmentId, t.name),
    index("resources_search_idx").using("gin", t.searchVector),
    index("resources_status_idx").on(t.status),
    index("resources_department_idx").on(t.departmentId),
    index("resources_kind_idx").on(t.kind),
    index("resources_updated_idx").on(t.updatedAt),
    index("resources_name_idx").on(t.name),
    index("resources_published_at_idx").on(t.publishedAt),
  ],
);

export const resourceVersions = pgTable(
  "resource_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    ...versionColumns<ResourceContent>(),
  },
  (t) => [
    uniqueIndex("resource_versions_number_unique").on(t.resourceId, t.number),
    index("resource_versions_queue_idx").on(t.status, t.submittedAt),
  ],
);

/**
 * How many resources share each combination of facet values, kept exact by statement triggers
 * on `resources` (migration 0004), so browsing without a search term counts facets from a few
 * hundred rows instead of aggregating the whole catalogue.
 */
export const resourceFacetCounts = pgTable(
  "resource_facet_counts",
  {
    kind: resourceKind("kind").notNull(),
    departmentId: uuid("department_id").notNull(),
    domain: text("domain").notNull(),
    sharingClass: sharingClass("sharing_class").notNull(),
    status: resourceStatus("status").notNull(),
    openClass: openClass("open_class").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [
    primaryKey({ name: "resource_facet_counts_pk", columns: [t.kind, t.departmentId, t.domain, t.sharingClass, t.status, t.openClass] }),
  ],
);

/** A spreadsheet read and checked, waiting for its uploader to import the valid rows. */
export const resourceImports = pgTable("resource_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  departmentId: uuid("department_id")
    .notNull()
    .references(() => departments.id),
  createdBy: uuid("created_by")
    .notNull()
    .references(() => people.id),
  fileName: text("file_name").notNull(),
  status: text("status", { enum: ["previewed", "imported"] }).notNull().default("previewed"),
  rows: jsonb("rows").$type<unknown[]>().notNull(),
  rowCount: integer("row_count").notNull(),
  validCount: integer("valid_count").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  importedAt: timestamp("imported_at", { withTimezone: true }),
});

export type Resource = typeof resources.$inferSelect;
export type ResourceVersion = typeof resourceVersions.$inferSelect;
