-- A group session's note: the shared part (the group's purpose, the process, membership and attendance)
-- signed together with every member's own note, which links to it and carries its chart copy of the
-- shared part (other members as the practice decides; by default a count, never names).
CREATE TABLE "group_notes" (
  "id" uuid PRIMARY KEY NOT NULL,
  "organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
  "session_id" uuid NOT NULL REFERENCES "sessions"("id"),
  "sections" jsonb NOT NULL,
  "status" text DEFAULT 'draft' NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "users"("id"),
  "signed_by" uuid REFERENCES "users"("id"),
  "signed_at" timestamp with time zone,
  "content_hash" text,
  "version" integer DEFAULT 1 NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "deleted_at" timestamp with time zone,
  "deleted_by" uuid,
  "delete_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "group_notes_session_key" ON "group_notes" ("session_id") WHERE "deleted_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "group_note_id" uuid REFERENCES "group_notes"("id");
--> statement-breakpoint
ALTER TABLE "notes" ADD COLUMN "group_part" jsonb;
--> statement-breakpoint
CREATE INDEX "notes_group_note_idx" ON "notes" ("group_note_id");
--> statement-breakpoint
-- How a member's chart copy names the other members: 'count' ("3 other group members") or 'first_names'.
ALTER TABLE "organizations" ADD COLUMN "group_note_others" text DEFAULT 'count' NOT NULL;
--> statement-breakpoint
-- A signed group note is locked like a signed note: never changed, never deleted.
CREATE OR REPLACE FUNCTION crescendo_guard_signed_group_note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed_at IS NULL THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'crescendo: a signed group note cannot be deleted' USING ERRCODE = 'P0001';
  END IF;
  RAISE EXCEPTION 'crescendo: a signed group note cannot be changed; add an addendum to a member''s note' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER group_notes_signed_locked BEFORE UPDATE OR DELETE ON group_notes
  FOR EACH ROW EXECUTE FUNCTION crescendo_guard_signed_group_note();
