import { index, integer, pgEnum, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const catalogueEntryType = pgEnum("catalogue_entry_type", ["resource", "scenario"]);

/**
 * Pairs of catalogue entries of two departments found alike (「已有同类」), kept as entries go to
 * review and are published, so the 集约建设 report reads pairs instead of comparing the whole
 * catalogue with itself. `lowId` < `highId`: one row per pair.
 */
export const duplicatePairs = pgTable(
  "duplicate_pairs",
  {
    entryType: catalogueEntryType("entry_type").notNull(),
    lowId: uuid("low_id").notNull(),
    highId: uuid("high_id").notNull(),
    score: real("score").notNull(),
    sharedTerms: text("shared_terms").array().notNull(),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entryType, t.lowId, t.highId] }), index("duplicate_pairs_high_idx").on(t.entryType, t.highId)],
);

/**
 * In how many names of each entry type a term occurs (the empty term: how many entries there
 * are), kept exact by statement triggers on resources and scenarios (migration 0023), so a term
 * hundreds of names use (许可、经营) weighs less than one few use (燃气、公交).
 */
export const duplicateTermFrequencies = pgTable(
  "duplicate_term_frequencies",
  {
    entryType: catalogueEntryType("entry_type").notNull(),
    term: text("term").notNull(),
    entries: integer("entries").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryType, t.term] })],
);
