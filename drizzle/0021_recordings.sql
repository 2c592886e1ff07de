-- Session recordings: audio clips attached to a session and one of its clients. The audio lives in a
-- content-addressed file store under the data directory (named by its sha256); this row is what the
-- record says about it. What was recorded never changes after it is stored: only the soft delete does.
CREATE TABLE "recordings" (
  "id" uuid PRIMARY KEY NOT NULL,
  "organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
  "client_id" uuid NOT NULL REFERENCES "clients"("id"),
  "session_id" uuid NOT NULL REFERENCES "sessions"("id"),
  "consent_basis" text NOT NULL,
  "legacy" boolean DEFAULT false NOT NULL,
  "title" text DEFAULT '' NOT NULL,
  "duration_ms" integer,
  "mime" text NOT NULL,
  "bytes" bigint NOT NULL,
  "sha256" text NOT NULL,
  "created_by" uuid NOT NULL REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "deleted_at" timestamp with time zone,
  "deleted_by" uuid,
  "delete_reason" text,
  CONSTRAINT "recordings_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  CONSTRAINT "recordings_bytes_positive" CHECK ("bytes" > 0)
);
--> statement-breakpoint
CREATE INDEX "recordings_client_idx" ON "recordings" ("client_id");
--> statement-breakpoint
CREATE INDEX "recordings_session_idx" ON "recordings" ("session_id");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_guard_recording() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'crescendo: a recording is removed by a soft delete, never erased from the record' USING ERRCODE = 'P0001';
  END IF;
  IF (to_jsonb(NEW) - 'deleted_at' - 'deleted_by' - 'delete_reason') IS DISTINCT FROM (to_jsonb(OLD) - 'deleted_at' - 'deleted_by' - 'delete_reason') THEN
    RAISE EXCEPTION 'crescendo: what a recording is (its client, session, consent, audio and hash) cannot change after it is stored' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER recordings_fixed BEFORE UPDATE OR DELETE ON recordings
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_recording();
