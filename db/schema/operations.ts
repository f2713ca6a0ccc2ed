import { customType, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** drizzle has no bytea column; both drivers hand bytea over as bytes. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * One row naming this database. Cached pages are stored under its id, so a page rendered from one
 * database is never served from another (a fresh data folder, a second environment on the same
 * build or cache); a restore gives it a new id, so pages of the state before the restore go too.
 */
export const deploymentIdentity = pgTable("deployment_identity", {
  id: integer("id").primaryKey().default(1), // one row only (a check in the migration)
  cacheNamespace: uuid("cache_namespace").notNull().defaultRandom(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Uploaded files, when FILE_STORAGE=database: every instance sees them, and a database backup holds them. */
export const storedFiles = pgTable("stored_files", {
  key: text("key").primaryKey(),
  body: bytea("body").notNull(),
  size: integer("size").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
