-- A hash chain over the audit trail: each row's link covers the row and the link before it in its
-- organization's chain, so a row changed, removed or inserted afterwards is found by `crescendo verify`.
-- Links are made at commit (a deferred trigger), in commit order, one organization at a time: the lock
-- is taken only when a transaction has nothing left to wait for, so it cannot take part in a deadlock.
CREATE TABLE "audit_chain" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"audit_id" bigint NOT NULL,
	"chain" uuid NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_audit_id_unique" UNIQUE("audit_id")
);
--> statement-breakpoint
CREATE INDEX "audit_chain_chain_seq_idx" ON "audit_chain" USING btree ("chain","seq");
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION crescendo_refuse_change();
--> statement-breakpoint
-- What a link covers: every column of the audit row, as one JSON array (jsonb's text form is canonical).
CREATE OR REPLACE FUNCTION crescendo_audit_text(a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(a.id, a.organization_id, a.actor_id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.action, a.entity_type, a.entity_id, a.client_id, a.request_id, a.outcome, a.detail)::text
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_audit_link(prev text, a audit_log) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev || crescendo_audit_text(a), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_audit_chain_of(org uuid) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(org, '00000000-0000-0000-0000-000000000000'::uuid)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION crescendo_chain_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k uuid := crescendo_audit_chain_of(NEW.organization_id);
  prev text;
BEGIN
  -- A restore brings the links it was written with.
  IF EXISTS (SELECT 1 FROM audit_chain WHERE audit_id = NEW.id) THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('crescendo.audit_chain.' || k::text, 0));
  -- A new statement, so a new snapshot: it sees the link the previous holder of the lock committed.
  SELECT hash INTO prev FROM audit_chain WHERE chain = k ORDER BY seq DESC LIMIT 1;
  INSERT INTO audit_chain (audit_id, chain, prev_hash, hash)
    VALUES (NEW.id, k, coalesce(prev, ''), crescendo_audit_link(coalesce(prev, ''), NEW));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Links every row that has none, in the order the rows were written: the trail written before the
-- chain existed, and a backup restored from before it. Called only where nothing else writes the trail.
CREATE OR REPLACE FUNCTION crescendo_link_unlinked_audit() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  r audit_log;
  prev text;
  n bigint := 0;
BEGIN
  FOR r IN SELECT a.* FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id) ORDER BY a.id LOOP
    SELECT hash INTO prev FROM audit_chain WHERE chain = crescendo_audit_chain_of(r.organization_id) ORDER BY seq DESC LIMIT 1;
    INSERT INTO audit_chain (audit_id, chain, prev_hash, hash)
      VALUES (r.id, crescendo_audit_chain_of(r.organization_id), coalesce(prev, ''), crescendo_audit_link(coalesce(prev, ''), r));
    n := n + 1;
  END LOOP;
  RETURN n;
END;
$$;
--> statement-breakpoint
SELECT crescendo_link_unlinked_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_log_chain AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION crescendo_chain_audit_row();
