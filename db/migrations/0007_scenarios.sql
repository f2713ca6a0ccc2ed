CREATE TYPE "public"."adoption_status" AS ENUM('pending', 'confirmed', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."scenario_kind" AS ENUM('big_scenario', 'one_thing', 'one_scene');--> statement-breakpoint
CREATE TABLE "scenario_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"adopter_department_id" uuid NOT NULL,
	"live_since" timestamp with time zone NOT NULL,
	"adaptations" text NOT NULL,
	"connected_resource_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" "adoption_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
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
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"department_id" uuid NOT NULL,
	"status" "resource_status" DEFAULT 'draft' NOT NULL,
	"current_version_id" uuid,
	"working_version_id" uuid,
	"name" text NOT NULL,
	"kind" "scenario_kind" NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"domain" text NOT NULL,
	"participating_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"live_district_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"benchmark" boolean DEFAULT false NOT NULL,
	"benchmark_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"retired_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "access_requests" ADD COLUMN "scenario_id" uuid;--> statement-breakpoint
ALTER TABLE "scenario_adoptions" ADD CONSTRAINT "scenario_adoptions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_adoptions" ADD CONSTRAINT "scenario_adoptions_adopter_department_id_departments_id_fk" FOREIGN KEY ("adopter_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_adoptions" ADD CONSTRAINT "scenario_adoptions_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_adoptions" ADD CONSTRAINT "scenario_adoptions_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_adoptions_adopter_unique" ON "scenario_adoptions" USING btree ("scenario_id","adopter_department_id") WHERE status <> 'rejected';--> statement-breakpoint
CREATE INDEX "scenario_adoptions_scenario_idx" ON "scenario_adoptions" USING btree ("scenario_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_versions_number_unique" ON "scenario_versions" USING btree ("scenario_id","number");--> statement-breakpoint
CREATE INDEX "scenario_versions_queue_idx" ON "scenario_versions" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_department_name_unique" ON "scenarios" USING btree ("department_id","name");--> statement-breakpoint
CREATE INDEX "scenarios_status_idx" ON "scenarios" USING btree ("status");--> statement-breakpoint
CREATE INDEX "scenarios_participants_idx" ON "scenarios" USING gin ("participating_department_ids");--> statement-breakpoint
ALTER TABLE "access_requests" ADD CONSTRAINT "access_requests_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE no action ON UPDATE no action;