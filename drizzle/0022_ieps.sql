-- A student's IEP on file: dates, eligibility category (34 CFR 300.8) and music therapy as a
-- related service (minutes per week or month, setting), the case manager and the dates periodic
-- progress reports are due. One row per IEP; a new IEP each year keeps the old one.
CREATE TABLE "ieps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"annual_review_on" date NOT NULL,
	"reevaluation_on" date,
	"eligibility" text NOT NULL,
	"service_minutes" integer NOT NULL,
	"service_per" text NOT NULL,
	"service_setting" text NOT NULL,
	"case_manager" text NOT NULL,
	"progress_report_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "ieps_period_check" CHECK ("starts_on" <= "ends_on"),
	CONSTRAINT "ieps_minutes_check" CHECK ("service_minutes" BETWEEN 1 AND 10000),
	CONSTRAINT "ieps_per_check" CHECK ("service_per" IN ('week', 'month'))
);
--> statement-breakpoint
CREATE INDEX "ieps_client_idx" ON "ieps" ("client_id", "starts_on");
