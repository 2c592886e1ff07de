-- What a CMS-1500 needs beyond the session record: the client's coverage with each payer (item 1,
-- the kind of insurance; item 1a, the member ID), the rendering provider's NPI (item 24J) and the
-- practice's (item 33a), and a code's minimum minutes (G0176 is "per session (45 minutes or more)").
CREATE TABLE "client_coverages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"payer" text NOT NULL,
	"insurance_type" text NOT NULL,
	"member_id" text NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "client_coverages_insurance_type_check" CHECK ("insurance_type" IN ('medicare', 'medicaid', 'tricare', 'champva', 'group_health_plan', 'feca_black_lung', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "client_coverages_live_key" ON "client_coverages" ("client_id", lower(btrim("payer"))) WHERE "deleted_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "npi" text CONSTRAINT "users_npi_check" CHECK ("npi" ~ '^[0-9]{10}$');
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "npi" text CONSTRAINT "organizations_npi_check" CHECK ("npi" ~ '^[0-9]{10}$');
--> statement-breakpoint
ALTER TABLE "service_codes" ADD COLUMN "minimum_minutes" integer CONSTRAINT "service_codes_minimum_minutes_check" CHECK ("minimum_minutes" BETWEEN 1 AND 1440);
