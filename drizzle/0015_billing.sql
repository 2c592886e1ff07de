-- Billing, built from the session record: the organization's service codes, one service line per
-- attended client and code, and the authorizations a payer gave. A service line is locked with
-- the client's signed note for the session, like the attendance it counts.
CREATE TABLE "service_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"code" text NOT NULL,
	"description" text NOT NULL,
	"unit_rule" text NOT NULL,
	"hour_rounding" text DEFAULT 'down' NOT NULL,
	"rate_cents" integer NOT NULL,
	"modifiers" text[] DEFAULT '{}'::text[] NOT NULL,
	"session_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"settings" text[] DEFAULT '{}'::text[] NOT NULL,
	"billable" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "service_codes_unit_rule_check" CHECK ("unit_rule" IN ('per_15_minutes_cms', 'per_session', 'per_hour')),
	CONSTRAINT "service_codes_rate_check" CHECK ("rate_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX "service_codes_org_idx" ON "service_codes" ("organization_id", "code");
--> statement-breakpoint
CREATE TABLE "service_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"session_id" uuid NOT NULL REFERENCES "sessions"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"service_code_id" uuid NOT NULL REFERENCES "service_codes"("id"),
	"minutes" integer NOT NULL,
	"place_of_service" text NOT NULL,
	"diagnosis_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"rendering_provider_id" uuid NOT NULL REFERENCES "users"("id"),
	"supervising_provider_id" uuid REFERENCES "users"("id"),
	"payer" text NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "service_lines_minutes_check" CHECK ("minutes" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "service_lines_live_key" ON "service_lines" ("session_id", "client_id", "service_code_id") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "service_lines_client_idx" ON "service_lines" ("client_id", "session_id");
--> statement-breakpoint
CREATE INDEX "service_lines_provider_idx" ON "service_lines" ("rendering_provider_id");
--> statement-breakpoint
CREATE TABLE "authorizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"payer" text NOT NULL,
	"service_code_id" uuid REFERENCES "service_codes"("id"),
	"kind" text NOT NULL,
	"amount" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "authorizations_kind_check" CHECK ("kind" IN ('units', 'visits')),
	CONSTRAINT "authorizations_period_check" CHECK ("starts_on" <= "ends_on")
);
--> statement-breakpoint
CREATE INDEX "authorizations_client_idx" ON "authorizations" ("client_id", "payer");
--> statement-breakpoint
-- A service line of a client whose note for the session is signed cannot be added, changed or removed.
CREATE OR REPLACE FUNCTION crescendo_guard_signed_service_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NEW; END IF;
  IF (TG_OP <> 'INSERT' AND crescendo_note_signed(OLD.session_id, OLD.client_id))
     OR (TG_OP <> 'DELETE' AND crescendo_note_signed(NEW.session_id, NEW.client_id)) THEN
    RAISE EXCEPTION 'crescendo: the service lines of a signed note cannot change (add an addendum)' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER service_lines_signed_locked BEFORE INSERT OR UPDATE OR DELETE ON service_lines
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_service_line();
