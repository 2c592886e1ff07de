-- The treatment plan as a signed, versioned document. The live plan gains what the document states
-- (frequency and length of sessions, precautions); a version is a frozen snapshot of it with a
-- content hash, locked once the clinician signs it; acknowledgements by the client or guardian are
-- recorded on signed versions only, and never changed.
ALTER TABLE "treatment_plans" ADD COLUMN "frequency" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "treatment_plans" ADD COLUMN "session_minutes" integer;
--> statement-breakpoint
ALTER TABLE "treatment_plans" ADD COLUMN "precautions" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"number" integer NOT NULL,
	"supersedes_number" integer,
	"snapshot" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" uuid REFERENCES "users"("id"),
	"signed_at" timestamp with time zone,
	"signer_name" text,
	"signer_credentials" text,
	CONSTRAINT "plan_versions_number_check" CHECK ("number" >= 1),
	CONSTRAINT "plan_versions_signed_check" CHECK (("signed_at" IS NULL) = ("signed_by" IS NULL) AND ("signed_at" IS NULL) = ("signer_name" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_client_number_key" ON "plan_versions" ("client_id", "number");
--> statement-breakpoint
CREATE TABLE "plan_acknowledgements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"plan_version_id" uuid NOT NULL REFERENCES "plan_versions"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"acknowledged_on" date NOT NULL,
	"method" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_acknowledgements_method_check" CHECK ("method" IN ('in_person', 'electronic', 'verbal'))
);
--> statement-breakpoint
CREATE INDEX "plan_acknowledgements_version_idx" ON "plan_acknowledgements" ("plan_version_id");
--> statement-breakpoint
-- A draft may be refreshed, signed or dropped; a signed version accepts no change at all.
CREATE OR REPLACE FUNCTION crescendo_guard_signed_plan_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    RAISE EXCEPTION 'crescendo: a signed plan version cannot be changed or deleted; edit the plan and sign a new version' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plan_versions_signed_locked BEFORE UPDATE OR DELETE ON plan_versions
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_plan_version();
--> statement-breakpoint
CREATE TRIGGER plan_acknowledgements_append_only BEFORE UPDATE OR DELETE ON plan_acknowledgements
  FOR EACH ROW EXECUTE FUNCTION crescendo_refuse_change();
--> statement-breakpoint
-- What is acknowledged is a signed version, never a draft that may still change.
CREATE OR REPLACE FUNCTION crescendo_guard_plan_acknowledgement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = NEW.plan_version_id AND v.signed_at IS NOT NULL AND v.client_id = NEW.client_id) THEN
    RAISE EXCEPTION 'crescendo: only a signed plan version of the same client is acknowledged' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plan_acknowledgements_signed_only BEFORE INSERT ON plan_acknowledgements
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_plan_acknowledgement();
