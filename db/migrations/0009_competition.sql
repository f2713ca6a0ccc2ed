CREATE TYPE "public"."aggregation_method" AS ENUM('mean', 'trimmed_mean', 'normalised');--> statement-breakpoint
CREATE TYPE "public"."competition_attachment_kind" AS ENUM('pdf', 'pptx', 'video_link');--> statement-breakpoint
CREATE TYPE "public"."award" AS ENUM('first', 'second', 'third', 'merit');--> statement-breakpoint
CREATE TYPE "public"."competition_status" AS ENUM('draft', 'running', 'closed');--> statement-breakpoint
CREATE TYPE "public"."conflict_declarer" AS ENUM('judge', 'entrant');--> statement-breakpoint
CREATE TYPE "public"."conflict_status" AS ENUM('declared', 'confirmed', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."conflict_type" AS ENUM('same_unit', 'recent_collaboration', 'relative', 'other');--> statement-breakpoint
CREATE TYPE "public"."competition_entry_status" AS ENUM('submitted', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."competition_judge_status" AS ENUM('invited', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."score_sheet_status" AS ENUM('draft', 'submitted', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."competition_stage_kind" AS ENUM('registration', 'review');--> statement-breakpoint
CREATE TYPE "public"."competition_stage_status" AS ENUM('pending', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "competition_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stage_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"kind" "competition_attachment_kind" NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text,
	"size" integer,
	"storage_key" text,
	"url" text,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"type" "conflict_type" NOT NULL,
	"declared_by" "conflict_declarer" NOT NULL,
	"declared_by_person" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" "conflict_status" DEFAULT 'declared' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"track" text NOT NULL,
	"scenario_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"team" text NOT NULL,
	"summary" text NOT NULL,
	"status" "competition_entry_status" DEFAULT 'submitted' NOT NULL,
	"advanced_stage_id" uuid,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_judges" (
	"competition_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "competition_judge_status" DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "competition_judges_competition_id_person_id_pk" PRIMARY KEY("competition_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "competition_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"track" text NOT NULL,
	"entry_id" uuid NOT NULL,
	"award" "award" NOT NULL,
	"rank" integer NOT NULL,
	"stage_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_score_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stage_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"judge_id" uuid NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "score_sheet_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" "competition_stage_kind" NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"rubric" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"judges_per_entry" integer,
	"advance_per_track" integer,
	"status" "competition_stage_status" DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"tracks" jsonb NOT NULL,
	"status" "competition_status" DEFAULT 'draft' NOT NULL,
	"aggregation_method" "aggregation_method" DEFAULT 'trimmed_mean' NOT NULL,
	"award_quota" jsonb NOT NULL,
	"results_published_at" timestamp with time zone,
	"results_published_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_stage_id_competition_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."competition_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_assignments" ADD CONSTRAINT "competition_assignments_judge_id_people_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_attachments" ADD CONSTRAINT "competition_attachments_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_attachments" ADD CONSTRAINT "competition_attachments_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_judge_id_people_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_declared_by_person_people_id_fk" FOREIGN KEY ("declared_by_person") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_conflicts" ADD CONSTRAINT "competition_conflicts_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_advanced_stage_id_competition_stages_id_fk" FOREIGN KEY ("advanced_stage_id") REFERENCES "public"."competition_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judges" ADD CONSTRAINT "competition_judges_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judges" ADD CONSTRAINT "competition_judges_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_judges" ADD CONSTRAINT "competition_judges_invited_by_people_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_results" ADD CONSTRAINT "competition_results_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_results" ADD CONSTRAINT "competition_results_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_results" ADD CONSTRAINT "competition_results_stage_id_competition_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."competition_stages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_score_sheets" ADD CONSTRAINT "competition_score_sheets_stage_id_competition_stages_id_fk" FOREIGN KEY ("stage_id") REFERENCES "public"."competition_stages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_score_sheets" ADD CONSTRAINT "competition_score_sheets_entry_id_competition_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."competition_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_score_sheets" ADD CONSTRAINT "competition_score_sheets_judge_id_people_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_stages" ADD CONSTRAINT "competition_stages_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_results_published_by_people_id_fk" FOREIGN KEY ("results_published_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_assignments_unique" ON "competition_assignments" USING btree ("stage_id","entry_id","judge_id");--> statement-breakpoint
CREATE INDEX "competition_assignments_judge_idx" ON "competition_assignments" USING btree ("judge_id","stage_id");--> statement-breakpoint
CREATE INDEX "competition_attachments_entry_idx" ON "competition_attachments" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_conflicts_pair_unique" ON "competition_conflicts" USING btree ("entry_id","judge_id") WHERE status <> 'dismissed';--> statement-breakpoint
CREATE INDEX "competition_conflicts_competition_idx" ON "competition_conflicts" USING btree ("competition_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_entries_scenario_unique" ON "competition_entries" USING btree ("competition_id","scenario_id") WHERE status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "competition_entries_department_idx" ON "competition_entries" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "competition_judges_person_idx" ON "competition_judges" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_results_entry_unique" ON "competition_results" USING btree ("competition_id","entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_results_rank_unique" ON "competition_results" USING btree ("competition_id","track","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_score_sheets_unique" ON "competition_score_sheets" USING btree ("stage_id","entry_id","judge_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_stages_position_unique" ON "competition_stages" USING btree ("competition_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_stages_registration_unique" ON "competition_stages" USING btree ("competition_id") WHERE kind = 'registration';