-- The audit trail becomes tamper-evident (等保 安全审计): every row carries the SHA-256 of its own
-- fields and of the previous row's hash, and the table accepts only inserts.
--
-- One position per row: a second row at a position, which is what a forked chain would need, fails.
DROP INDEX "audit_events_seq_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_seq_idx" ON "audit_events" USING btree ("seq");--> statement-breakpoint
-- The row's fields as one canonical text: a JSON array in a fixed order, the time in UTC with
-- microseconds, so neither the session's time zone nor the engine changes it. A column added to
-- audit_events later is outside the hash until this function names it.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_name, e.action, e.entity_type, e.entity_id, e.summary, e.changes,
    e.request_id, e.address, e.user_agent, e.prev_hash
  )::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Rows written before this migration join the chain in the order they were numbered.
DO $$
DECLARE
  r audit_events;
  previous text;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY seq LOOP
    r.prev_hash := previous;
    r.hash := audit_event_hash(r);
    UPDATE audit_events SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    previous := r.hash;
  END LOOP;
END
$$;--> statement-breakpoint
-- Writers take turns: the lock (a fixed key, held to the end of the inserting transaction) makes
-- each new row see the row before it. The identity drew its value before this trigger ran, so
-- two writers could hold numbers in the opposite order of the lock; the row's position is
-- therefore numbered here, after the lock, one past the last row.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last audit_events;
BEGIN
  PERFORM pg_advisory_xact_lock(1635083380);
  SELECT * INTO last FROM audit_events ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := last.hash;
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();--> statement-breakpoint
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused (审计记录只能追加，不能修改或删除)', TG_OP
    USING HINT = 'Audit rows are never changed or deleted; archiving old rows is an operator task outside the application.';
END
$$;--> statement-breakpoint
-- Statement triggers, so that TRUNCATE (which fires no row triggers) is refused too.
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
