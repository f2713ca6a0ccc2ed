ALTER TABLE "competition_conflicts" ALTER COLUMN "judge_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD COLUMN "named_person" text;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_judge_or_named" CHECK (judge_id IS NOT NULL OR named_person IS NOT NULL);--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_confirmed_judge" CHECK (status <> 'confirmed' OR judge_id IS NOT NULL);