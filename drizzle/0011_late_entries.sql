-- A note signed after the organization's window (48 hours by default) is marked as a late entry when it is signed.
ALTER TABLE "organizations" ADD COLUMN "late_entry_hours" integer DEFAULT 48 NOT NULL;
--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "late_entry" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- A signed note accepts one change, its co-signature, and nothing else: every other column compared whole.
CREATE OR REPLACE FUNCTION crescendo_guard_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NULL THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'crescendo: a signed note cannot be deleted' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.requires_cosign AND OLD.cosigned_at IS NULL AND NEW.cosigned_at IS NOT NULL AND NEW.cosigned_by IS NOT NULL
     AND NEW.status = 'signed'
     AND to_jsonb(NEW) - 'cosigned_at' - 'cosigned_by' - 'status' - 'updated_at' = to_jsonb(OLD) - 'cosigned_at' - 'cosigned_by' - 'status' - 'updated_at' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'crescendo: a signed note cannot be changed; add an addendum' USING ERRCODE = 'P0001';
END;
$$;
