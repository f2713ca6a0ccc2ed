import { sql } from "drizzle-orm";
import {
  boolean,
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
import type { LikelyDuplicate } from "@/server/duplicates/schemas";
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

/** The 「已有同类」 columns of the entries compared for duplicate construction (resources, scenarios). */
export function duplicateColumns() {
  return {
    /**
     * The specific terms of the name (server/duplicates/similarity.ts) that 「已有同类」 looks up
     * through a GIN index; null until computed (startup fills rows a migration cleared).
     */
    duplicateTerms: text("duplicate_terms").array(),
    /** Retired by 市大数据局 as a duplicate of this entry (集约建设 merge). */
    mergedIntoId: uuid("merged_into_id"),
  };
}

/** 「已有同类」 found when a version went to review, as the reviewer is shown them. */
export const likelyDuplicatesColumn = () => jsonb("likely_duplicates").$type<LikelyDuplicate[]>();

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
    ...duplicateColumns(),
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
    index("resources_duplicate_terms_idx").using("gin", t.duplicateTerms),
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
    likelyDuplicates: likelyDuplicatesColumn(),
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

/** What an import did with the file's columns: each header as written → the field it holds, or "" (忽略). */
export type ImportColumnMapping = Record<string, string>;
/** Values given once for every row, for fields the file has no column for: field → stored value. */
export type ImportDefaults = Record<string, string>;

/**
 * A spreadsheet read and checked, waiting for its uploader to import the valid rows; once
 * imported, the department's import history (who, when, which file, what came of each row).
 */
export const resourceImports = pgTable(
  "resource_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => people.id),
    /** Set when a 市大数据局 publisher imported on the department's behalf. */
    onBehalf: boolean("on_behalf").notNull().default(false),
    fileName: text("file_name").notNull(),
    status: text("status", { enum: ["previewed", "imported"] }).notNull().default("previewed"),
    rows: jsonb("rows").$type<unknown[]>().notNull(),
    rowCount: integer("row_count").notNull(),
    validCount: integer("valid_count").notNull(),
    /** The row the header was read from (a title may sit above it). */
    headerRow: integer("header_row").notNull().default(1),
    mapping: jsonb("mapping").$type<ImportColumnMapping>().notNull().default({}),
    defaults: jsonb("defaults").$type<ImportDefaults>().notNull().default({}),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    unchangedCount: integer("unchanged_count").notNull().default(0),
    invalidCount: integer("invalid_count").notNull().default(0),
    blankCount: integer("blank_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    importedAt: timestamp("imported_at", { withTimezone: true }),
  },
  (t) => [index("resource_imports_history_idx").on(t.departmentId, t.status, t.createdAt)],
);

/** Each department's column mapping, remembered from its last import and offered on the next. */
export const resourceImportMappings = pgTable("resource_import_mappings", {
  departmentId: uuid("department_id")
    .primaryKey()
    .references(() => departments.id),
  mapping: jsonb("mapping").$type<ImportColumnMapping>().notNull(),
  defaults: jsonb("defaults").$type<ImportDefaults>().notNull(),
  updatedBy: uuid("updated_by").references(() => people.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Resource = typeof resources.$inferSelect;
export type ResourceVersion = typeof resourceVersions.$inferSelect;
