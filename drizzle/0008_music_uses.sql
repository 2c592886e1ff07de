-- The music in the record: each song or piece used in a delivered intervention, and a short label per objective.
ALTER TABLE "objectives" ADD COLUMN "short_label" text DEFAULT '' NOT NULL;
--> statement-breakpoint
CREATE TABLE "music_uses" (
  "id" uuid PRIMARY KEY NOT NULL,
  "organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
  "session_id" uuid NOT NULL REFERENCES "sessions"("id"),
  "delivered_intervention_id" uuid NOT NULL REFERENCES "delivered_interventions"("id"),
  "client_id" uuid REFERENCES "clients"("id"),
  "title" text NOT NULL,
  "artist" text DEFAULT '' NOT NULL,
  "version" text DEFAULT 'original' NOT NULL,
  "key" text,
  "tempo_bpm" double precision,
  "meter" text,
  "instruments" text[] DEFAULT '{}'::text[] NOT NULL,
  "led_by" text[] DEFAULT '{}'::text[] NOT NULL,
  "source" text DEFAULT 'live' NOT NULL,
  "response" text DEFAULT '' NOT NULL,
  "recorded_by" uuid NOT NULL REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "deleted_at" timestamp with time zone,
  "deleted_by" uuid,
  "delete_reason" text
);
--> statement-breakpoint
CREATE INDEX "music_uses_session_idx" ON "music_uses" ("session_id");
--> statement-breakpoint
CREATE INDEX "music_uses_client_idx" ON "music_uses" ("client_id");
--> statement-breakpoint
-- A song used in a delivery that serves a signed client is part of what was signed.
CREATE OR REPLACE FUNCTION crescendo_guard_signed_music() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NEW; END IF;
  IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF;
  IF EXISTS (SELECT 1 FROM delivered_interventions d WHERE d.id = r.delivered_intervention_id
             AND crescendo_delivery_signed(d.session_id, d.objective_ids))
     OR (r.client_id IS NOT NULL AND crescendo_note_signed(r.session_id, r.client_id)) THEN
    RAISE EXCEPTION 'crescendo: the music of a signed note cannot change (add an addendum)' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER music_uses_signed_locked BEFORE INSERT OR UPDATE OR DELETE ON music_uses
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_music();
