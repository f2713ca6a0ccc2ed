-- Keeps resource_facet_counts exact: every statement that inserts, updates or deletes resources
-- moves its rows' counts from their old facet combination to their new one.
CREATE FUNCTION resource_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO resource_facet_counts AS f (kind, department_id, domain, sharing_class, status, open_class, n)
    SELECT kind, department_id, domain, sharing_class, status, open_class, -count(*)
    FROM old_rows GROUP BY kind, department_id, domain, sharing_class, status, open_class
    ON CONFLICT (kind, department_id, domain, sharing_class, status, open_class) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO resource_facet_counts AS f (kind, department_id, domain, sharing_class, status, open_class, n)
    SELECT kind, department_id, domain, sharing_class, status, open_class, count(*)
    FROM new_rows GROUP BY kind, department_id, domain, sharing_class, status, open_class
    ON CONFLICT (kind, department_id, domain, sharing_class, status, open_class) DO UPDATE SET n = f.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER resource_facet_counts_insert AFTER INSERT ON resources
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION resource_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER resource_facet_counts_update AFTER UPDATE ON resources
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION resource_facet_counts_apply();
--> statement-breakpoint
CREATE TRIGGER resource_facet_counts_delete AFTER DELETE ON resources
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION resource_facet_counts_apply();
--> statement-breakpoint
-- Counts for resources that existed before this migration.
INSERT INTO resource_facet_counts (kind, department_id, domain, sharing_class, status, open_class, n)
SELECT kind, department_id, domain, sharing_class, status, open_class, count(*)
FROM resources GROUP BY kind, department_id, domain, sharing_class, status, open_class;
