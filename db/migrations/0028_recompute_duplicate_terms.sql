-- 「已有同类」 terms changed (停车位 stays whole, 名录 is a generic word, 年报/失业金/津贴/资质证书 have one
-- form) and so did the scoring (subjects, generic words): startup recomputes every name's terms, then every pair.
UPDATE "resources" SET "duplicate_terms" = NULL;--> statement-breakpoint
UPDATE "scenarios" SET "duplicate_terms" = NULL;
