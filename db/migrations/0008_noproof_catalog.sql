CREATE TYPE "public"."noproof_feedback_status" AS ENUM('open', 'replied', 'closed');--> statement-breakpoint
CREATE TABLE "noproof_case_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "resource_version_status" DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "noproof_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"status" "resource_status" DEFAULT 'draft' NOT NULL,
	"current_version_id" uuid,
	"working_version_id" uuid,
	"name" text NOT NULL,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"item_code" text NOT NULL,
	"summary" text NOT NULL,
	"domain" text NOT NULL,
	"life_events" text[] DEFAULT '{}'::text[] NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"e_licences" text[] DEFAULT '{}'::text[] NOT NULL,
	"dispositions" text[] DEFAULT '{}'::text[] NOT NULL,
	"district_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"counts_toward_target" boolean DEFAULT false NOT NULL,
	"effective_date" text NOT NULL,
	"search_vector" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "noproof_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"status" "noproof_feedback_status" DEFAULT 'open' NOT NULL,
	"reply" text,
	"replied_by" uuid,
	"replied_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"client_key" text NOT NULL,
	"read_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "noproof_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "noproof_places_kind_unique" UNIQUE("kind")
);
--> statement-breakpoint
ALTER TABLE "noproof_case_versions" ADD CONSTRAINT "noproof_case_versions_case_id_noproof_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."noproof_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_case_versions" ADD CONSTRAINT "noproof_case_versions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_case_versions" ADD CONSTRAINT "noproof_case_versions_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_case_versions" ADD CONSTRAINT "noproof_case_versions_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_cases" ADD CONSTRAINT "noproof_cases_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_cases" ADD CONSTRAINT "noproof_cases_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_feedback" ADD CONSTRAINT "noproof_feedback_case_id_noproof_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."noproof_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_feedback" ADD CONSTRAINT "noproof_feedback_replied_by_people_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_feedback" ADD CONSTRAINT "noproof_feedback_closed_by_people_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD CONSTRAINT "noproof_places_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "noproof_case_versions_number_unique" ON "noproof_case_versions" USING btree ("case_id","number");--> statement-breakpoint
CREATE INDEX "noproof_case_versions_queue_idx" ON "noproof_case_versions" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "noproof_cases_department_name_unique" ON "noproof_cases" USING btree ("department_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "noproof_cases_item_code_unique" ON "noproof_cases" USING btree ("item_code");--> statement-breakpoint
CREATE INDEX "noproof_cases_status_idx" ON "noproof_cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "noproof_cases_search_idx" ON "noproof_cases" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "noproof_cases_life_events_idx" ON "noproof_cases" USING gin ("life_events");--> statement-breakpoint
CREATE INDEX "noproof_cases_e_licences_idx" ON "noproof_cases" USING gin ("e_licences");--> statement-breakpoint
CREATE INDEX "noproof_feedback_case_idx" ON "noproof_feedback" USING btree ("case_id","status");--> statement-breakpoint
CREATE INDEX "noproof_feedback_client_idx" ON "noproof_feedback" USING btree ("client_key","created_at");