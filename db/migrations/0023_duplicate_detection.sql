CREATE TYPE "public"."catalogue_entry_type" AS ENUM('resource', 'scenario');--> statement-breakpoint
CREATE TABLE "duplicate_pairs" (
	"entry_type" "catalogue_entry_type" NOT NULL,
	"low_id" uuid NOT NULL,
	"high_id" uuid NOT NULL,
	"score" real NOT NULL,
	"shared_terms" text[] NOT NULL,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_pairs_entry_type_low_id_high_id_pk" PRIMARY KEY("entry_type","low_id","high_id")
);
--> statement-breakpoint
CREATE TABLE "duplicate_term_frequencies" (
	"entry_type" "catalogue_entry_type" NOT NULL,
	"term" text NOT NULL,
	"entries" integer NOT NULL,
	CONSTRAINT "duplicate_term_frequencies_entry_type_term_pk" PRIMARY KEY("entry_type","term")
);
--> statement-breakpoint
ALTER TABLE "resource_versions" ADD COLUMN "likely_duplicates" jsonb;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "duplicate_terms" text[];--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD COLUMN "likely_duplicates" jsonb;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "duplicate_terms" text[];--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
CREATE INDEX "duplicate_pairs_high_idx" ON "duplicate_pairs" USING btree ("entry_type","high_id");--> statement-breakpoint
CREATE INDEX "resources_duplicate_terms_idx" ON "resources" USING gin ("duplicate_terms");--> statement-breakpoint
CREATE INDEX "scenarios_duplicate_terms_idx" ON "scenarios" USING gin ("duplicate_terms");--> statement-breakpoint
-- Keeps duplicate_term_frequencies exact: a statement moves the counts of the name terms of the
-- rows it changed (only those whose terms changed, in term order so concurrent statements take
-- the counters' row locks in the same order). The empty term counts the entries.
CREATE FUNCTION duplicate_term_frequencies_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO duplicate_term_frequencies AS f (entry_type, term, entries)
    SELECT TG_ARGV[0]::catalogue_entry_type, term, sum(n)::int FROM (
      SELECT unnest(o.duplicate_terms) AS term, -1 AS n FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.duplicate_terms IS DISTINCT FROM n.duplicate_terms
      UNION ALL
      SELECT unnest(n.duplicate_terms), 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.duplicate_terms IS DISTINCT FROM n.duplicate_terms
    ) moved GROUP BY term HAVING sum(n) <> 0 ORDER BY term
    ON CONFLICT (entry_type, term) DO UPDATE SET entries = f.entries + excluded.entries;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO duplicate_term_frequencies AS f (entry_type, term, entries)
    SELECT TG_ARGV[0]::catalogue_entry_type, term, count(*)::int FROM (
      SELECT unnest(duplicate_terms) AS term FROM new_rows UNION ALL SELECT '' FROM new_rows
    ) added GROUP BY term ORDER BY term
    ON CONFLICT (entry_type, term) DO UPDATE SET entries = f.entries + excluded.entries;
  ELSE
    INSERT INTO duplicate_term_frequencies AS f (entry_type, term, entries)
    SELECT TG_ARGV[0]::catalogue_entry_type, term, -count(*)::int FROM (
      SELECT unnest(duplicate_terms) AS term FROM old_rows UNION ALL SELECT '' FROM old_rows
    ) removed GROUP BY term ORDER BY term
    ON CONFLICT (entry_type, term) DO UPDATE SET entries = f.entries + excluded.entries;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER resources_duplicate_terms_insert AFTER INSERT ON resources
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('resource');
--> statement-breakpoint
CREATE TRIGGER resources_duplicate_terms_update AFTER UPDATE ON resources
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('resource');
--> statement-breakpoint
CREATE TRIGGER resources_duplicate_terms_delete AFTER DELETE ON resources
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('resource');
--> statement-breakpoint
CREATE TRIGGER scenarios_duplicate_terms_insert AFTER INSERT ON scenarios
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('scenario');
--> statement-breakpoint
CREATE TRIGGER scenarios_duplicate_terms_update AFTER UPDATE ON scenarios
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('scenario');
--> statement-breakpoint
CREATE TRIGGER scenarios_duplicate_terms_delete AFTER DELETE ON scenarios
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION duplicate_term_frequencies_apply('scenario');
--> statement-breakpoint
-- Entries that existed before: counted now, their terms filled at startup (an UPDATE, counted then).
INSERT INTO duplicate_term_frequencies (entry_type, term, entries)
SELECT 'resource'::catalogue_entry_type, '', count(*)::int FROM resources
UNION ALL SELECT 'scenario'::catalogue_entry_type, '', count(*)::int FROM scenarios;
--> statement-breakpoint
-- Every lookup reads the GIN index's pending list of recent inserts; PGlite has no autovacuum to
-- merge it, and after a bulk load PostgreSQL's p95 rose from 33 to 61 ms. Inserts merge at once.
ALTER INDEX resources_duplicate_terms_idx SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX scenarios_duplicate_terms_idx SET (fastupdate = off);
