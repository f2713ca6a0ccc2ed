CREATE TABLE "noproof_place_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
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
ALTER TABLE "noproof_places" DROP CONSTRAINT "noproof_places_updated_by_people_id_fk";
--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "department_id" uuid;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "status" "resource_status" DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "current_version_id" uuid;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "working_version_id" uuid;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "retired_reason" text;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Places kept so far (seeded, unowned) become published entries of 市大数据局, each with its content as version 1.
UPDATE "noproof_places" SET
  "department_id" = (SELECT "id" FROM "departments" WHERE "code" = 'QD-DSJ'),
  "name" = CASE "kind"
    WHEN 'hotel' THEN '酒店入住' WHEN 'hospital' THEN '医院就诊' WHEN 'bank' THEN '银行业务'
    WHEN 'traffic_check' THEN '交通执法检查' WHEN 'scenic_spot' THEN '景区' WHEN 'internet_cafe' THEN '网吧'
    WHEN 'courier' THEN '快递寄件' WHEN 'transport_hub' THEN '客运站码头' WHEN 'government_hall' THEN '政务服务大厅'
    WHEN 'car_rental' THEN '汽车租赁' ELSE "kind" END,
  "status" = 'published',
  "published_at" = "updated_at",
  "created_at" = "updated_at";--> statement-breakpoint
INSERT INTO "noproof_place_versions" ("place_id", "number", "status", "content", "created_at", "updated_at")
  SELECT "id", 1, 'published', "content" || jsonb_build_object('name', "name"), "updated_at", "updated_at" FROM "noproof_places";--> statement-breakpoint
UPDATE "noproof_places" p SET "current_version_id" = v."id" FROM "noproof_place_versions" v WHERE v."place_id" = p."id";--> statement-breakpoint
ALTER TABLE "noproof_places" ALTER COLUMN "department_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "noproof_places" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "noproof_place_versions" ADD CONSTRAINT "noproof_place_versions_place_id_noproof_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."noproof_places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_place_versions" ADD CONSTRAINT "noproof_place_versions_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_place_versions" ADD CONSTRAINT "noproof_place_versions_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_place_versions" ADD CONSTRAINT "noproof_place_versions_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "noproof_place_versions_number_unique" ON "noproof_place_versions" USING btree ("place_id","number");--> statement-breakpoint
CREATE INDEX "noproof_place_versions_queue_idx" ON "noproof_place_versions" USING btree ("status","submitted_at");--> statement-breakpoint
ALTER TABLE "noproof_places" ADD CONSTRAINT "noproof_places_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "noproof_places" ADD CONSTRAINT "noproof_places_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "noproof_places_department_name_unique" ON "noproof_places" USING btree ("department_id","name");--> statement-breakpoint
CREATE INDEX "noproof_places_status_idx" ON "noproof_places" USING btree ("status");--> statement-breakpoint
ALTER TABLE "noproof_places" DROP COLUMN "content";--> statement-breakpoint
ALTER TABLE "noproof_places" DROP COLUMN "updated_by";