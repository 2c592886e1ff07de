-- Signed means locked, enforced by the database itself (not only by the service).
CREATE OR REPLACE FUNCTION crescendo_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'crescendo: % on % is not allowed (append-only record)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION crescendo_refuse_change();
--> statement-breakpoint
CREATE TRIGGER addenda_append_only BEFORE UPDATE OR DELETE ON addenda
  FOR EACH ROW EXECUTE FUNCTION crescendo_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NULL THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'crescendo: a signed note cannot be deleted' USING ERRCODE = 'P0001';
  END IF;
  -- The only change a signed note accepts is its co-signature, once.
  IF OLD.requires_cosign AND OLD.cosigned_at IS NULL AND NEW.cosigned_at IS NOT NULL
     AND NEW.sections = OLD.sections AND NEW.signed_at = OLD.signed_at AND NEW.signed_by = OLD.signed_by
     AND NEW.content_hash = OLD.content_hash AND NEW.data_hash = OLD.data_hash
     AND NEW.session_id = OLD.session_id AND NEW.client_id = OLD.client_id AND NEW.deleted_at IS NULL THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'crescendo: a signed note cannot be changed; add an addendum' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER notes_signed_locked BEFORE UPDATE OR DELETE ON notes
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_note();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_data() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF;
  IF EXISTS (SELECT 1 FROM notes n WHERE n.session_id = r.session_id AND n.client_id = r.client_id
             AND n.signed_at IS NOT NULL AND n.deleted_at IS NULL) THEN
    RAISE EXCEPTION 'crescendo: the data of a signed note cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER data_points_signed_locked BEFORE INSERT OR UPDATE OR DELETE ON data_points
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_data();
