CREATE TABLE "resource_facet_counts" (
	"kind" "resource_kind" NOT NULL,
	"department_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"sharing_class" "sharing_class" NOT NULL,
	"status" "resource_status" NOT NULL,
	"open_class" "open_class" NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "resource_facet_counts_pk" PRIMARY KEY("kind","department_id","domain","sharing_class","status","open_class")
);
