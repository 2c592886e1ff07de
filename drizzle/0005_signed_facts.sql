-- What a signature covers cannot change afterwards: the session's date, times, length and status,
-- the signed client's attendance, and the delivered interventions that serve the signed client.
CREATE OR REPLACE FUNCTION crescendo_note_signed(sid uuid, cid uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM notes n WHERE n.session_id = sid AND (cid IS NULL OR n.client_id = cid)
                 AND n.signed_at IS NOT NULL AND n.deleted_at IS NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_session() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  same jsonb := to_jsonb(OLD) - 'updated_at' - 'version';
BEGIN
  IF NOT crescendo_note_signed(OLD.id, NULL) THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF to_jsonb(NEW) - 'updated_at' - 'version' = same THEN RETURN NEW; END IF;
    -- Ending a session that was signed after its planned end changes none of the facts signed.
    IF OLD.status IN ('planned', 'in_progress') AND NEW.status = 'completed'
       AND to_jsonb(NEW) - 'updated_at' - 'version' - 'status' = same - 'status' THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'crescendo: this session has a signed note; its date, times, length and status cannot change (add an addendum)'
    USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_signed_locked BEFORE UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_session();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_attendance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF;
  IF NOT crescendo_note_signed(r.session_id, r.client_id)
     AND (TG_OP <> 'UPDATE' OR NOT crescendo_note_signed(NEW.session_id, NEW.client_id)) THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NEW; END IF;
  RAISE EXCEPTION 'crescendo: the attendance of a signed note cannot change (add an addendum)' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER session_participants_signed_locked BEFORE INSERT OR UPDATE OR DELETE ON session_participants
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_attendance();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_delivery_signed(sid uuid, objs uuid[]) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM notes n JOIN objectives o ON o.client_id = n.client_id
                 WHERE n.session_id = sid AND o.id = ANY (objs) AND n.signed_at IS NOT NULL AND n.deleted_at IS NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_signed_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NEW; END IF;
  IF (TG_OP <> 'INSERT' AND crescendo_delivery_signed(OLD.session_id, OLD.objective_ids))
     OR (TG_OP <> 'DELETE' AND crescendo_delivery_signed(NEW.session_id, NEW.objective_ids)) THEN
    RAISE EXCEPTION 'crescendo: the interventions of a signed note cannot change (add an addendum)' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER delivered_interventions_signed_locked BEFORE INSERT OR UPDATE OR DELETE ON delivered_interventions
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_delivery();
