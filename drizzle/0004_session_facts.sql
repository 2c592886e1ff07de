-- The session as it happened: real times, make-ups, absence reasons, planned vs delivered.
ALTER TABLE "sessions" ADD COLUMN "actual_start_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "actual_end_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "make_up_for" uuid REFERENCES "sessions"("id");
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "cancel_reason" text;
--> statement-breakpoint
ALTER TABLE "session_participants" ADD COLUMN "absence_reason" text;
--> statement-breakpoint
ALTER TABLE "session_participants" ADD COLUMN "late_minutes" integer;
--> statement-breakpoint
ALTER TABLE "session_participants" ADD COLUMN "left_early_minutes" integer;
--> statement-breakpoint
-- Rows recorded before this migration were recorded as delivered and stay so; new rows are planned until delivered.
ALTER TABLE "delivered_interventions" ADD COLUMN "delivered" boolean DEFAULT true NOT NULL;
--> statement-breakpoint
ALTER TABLE "delivered_interventions" ALTER COLUMN "delivered" SET DEFAULT false;
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "required_note_sections" text[] DEFAULT '{}'::text[] NOT NULL;
