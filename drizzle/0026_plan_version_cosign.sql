-- An intern's signature on a plan version waits for the supervisor's co-signature before the version
-- is in force. The co-signature is the one change a signed version still takes, once, and only while
-- it waits; what it covers (the snapshot, its hash, the intern's signature) never changes.
ALTER TABLE "plan_versions" ADD COLUMN "requires_cosign" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "cosigner_id" uuid REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "cosigned_by" uuid REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "cosigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "cosigner_name" text;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "cosigner_credentials" text;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_cosign_check" CHECK (
  ("cosigned_at" IS NULL) = ("cosigned_by" IS NULL) AND ("cosigned_at" IS NULL) = ("cosigner_name" IS NULL)
  AND ("cosigned_at" IS NULL OR ("requires_cosign" AND "signed_at" IS NOT NULL))
  AND ("cosigner_id" IS NULL OR "requires_cosign")
);--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_plan_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NOT NULL THEN
    IF TG_OP = 'UPDATE' AND OLD.requires_cosign AND OLD.cosigned_at IS NULL
       AND NEW.cosigned_at IS NOT NULL AND NEW.cosigned_by IS NOT NULL
       AND to_jsonb(NEW) - 'cosigned_by' - 'cosigned_at' - 'cosigner_name' - 'cosigner_credentials' - 'updated_at'
         = to_jsonb(OLD) - 'cosigned_by' - 'cosigned_at' - 'cosigner_name' - 'cosigner_credentials' - 'updated_at' THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'crescendo: a signed plan version cannot be changed or deleted; edit the plan and sign a new version' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- What is acknowledged is a version in force: signed, and co-signed when an intern signed it.
CREATE OR REPLACE FUNCTION crescendo_guard_plan_acknowledgement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM plan_versions v WHERE v.id = NEW.plan_version_id AND v.signed_at IS NOT NULL AND v.client_id = NEW.client_id
                 AND (NOT v.requires_cosign OR v.cosigned_at IS NOT NULL)) THEN
    RAISE EXCEPTION 'crescendo: only a plan version in force (signed, and co-signed when it needs it) of the same client is acknowledged' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
