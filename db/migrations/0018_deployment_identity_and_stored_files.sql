CREATE TABLE "deployment_identity" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"cache_namespace" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"key" text PRIMARY KEY NOT NULL,
	"body" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deployment_identity" ADD CONSTRAINT "deployment_identity_single_row" CHECK ("id" = 1);--> statement-breakpoint
INSERT INTO "deployment_identity" ("id") VALUES (1);
