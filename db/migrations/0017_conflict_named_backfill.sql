-- Declarations an entrant made by picking from the panel, before entrants named people themselves: the name they picked.
UPDATE "competition_conflicts" SET "named_person" = "people"."display_name"
FROM "people"
WHERE "people"."id" = "competition_conflicts"."judge_id"
  AND "competition_conflicts"."declared_by" = 'entrant'
  AND "competition_conflicts"."named_person" IS NULL;
