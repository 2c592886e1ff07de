-- An intern's addendum, like an intern's note, waits for the supervisor's co-signature.
ALTER TABLE "addenda" ADD COLUMN "cosigner_id" uuid;--> statement-breakpoint
ALTER TABLE "addenda" ADD COLUMN "cosigned_by" uuid;--> statement-breakpoint
ALTER TABLE "addenda" ADD COLUMN "cosigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "addenda" ADD CONSTRAINT "addenda_cosigner_id_users_id_fk" FOREIGN KEY ("cosigner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addenda" ADD CONSTRAINT "addenda_cosigned_by_users_id_fk" FOREIGN KEY ("cosigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Still append-only, but for one change: the co-signature of an addendum that waits for it, once.
CREATE OR REPLACE FUNCTION crescendo_guard_addendum() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.cosigner_id IS NOT NULL AND OLD.cosigned_at IS NULL
     AND NEW.cosigned_at IS NOT NULL AND NEW.cosigned_by IS NOT NULL
     AND to_jsonb(NEW) - 'cosigned_by' - 'cosigned_at' = to_jsonb(OLD) - 'cosigned_by' - 'cosigned_at' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'crescendo: % on addenda is not allowed (append-only record)', TG_OP USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS addenda_append_only ON addenda;--> statement-breakpoint
CREATE TRIGGER addenda_append_only BEFORE UPDATE OR DELETE ON addenda
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_addendum();
