-- Family access and home practice. A family member (parent, guardian, carer, or the adult client)
-- is invited by the client's clinician: the invitation keeps only the SHA-256 of its one-time token
-- and expires; accepting it records the consent (what is shared, when) and links the account to
-- the one client. Revoking the link (by the clinician or the family member) ends the access at once.
-- A home practice is assigned from a delivered intervention for one of its objectives; the family
-- logs each day (done / not today, with an optional note).
CREATE TABLE "family_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"email" text NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"shares" text[] NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"invited_by" uuid NOT NULL REFERENCES "users"("id"),
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid REFERENCES "users"("id"),
	"accepted_at" timestamp with time zone,
	"consent_shares" text[],
	"consented_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid REFERENCES "users"("id"),
	"revoke_reason" text,
	CONSTRAINT "family_links_relationship_check" CHECK ("relationship" IN ('parent', 'guardian', 'carer', 'self', 'other')),
	CONSTRAINT "family_links_accepted_check" CHECK (("accepted_at" IS NULL) = ("user_id" IS NULL) AND ("accepted_at" IS NULL) = ("consented_at" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "family_links_token_key" ON "family_links" ("token_hash");
--> statement-breakpoint
CREATE INDEX "family_links_client_idx" ON "family_links" ("client_id");
--> statement-breakpoint
CREATE INDEX "family_links_user_idx" ON "family_links" ("user_id");
--> statement-breakpoint
CREATE TABLE "home_practices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"objective_id" uuid NOT NULL REFERENCES "objectives"("id"),
	"delivered_intervention_id" uuid NOT NULL REFERENCES "delivered_interventions"("id"),
	"intervention_id" uuid NOT NULL REFERENCES "interventions"("id"),
	"what" text NOT NULL,
	"times_per_week" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	CONSTRAINT "home_practices_times_check" CHECK ("times_per_week" BETWEEN 1 AND 7),
	CONSTRAINT "home_practices_period_check" CHECK ("ends_on" IS NULL OR "starts_on" <= "ends_on")
);
--> statement-breakpoint
CREATE INDEX "home_practices_client_idx" ON "home_practices" ("client_id", "objective_id");
--> statement-breakpoint
CREATE TABLE "practice_logs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id"),
	"home_practice_id" uuid NOT NULL REFERENCES "home_practices"("id"),
	"client_id" uuid NOT NULL REFERENCES "clients"("id"),
	"practiced_on" date NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"logged_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_logs_outcome_check" CHECK ("outcome" IN ('done', 'not_today'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "practice_logs_day_key" ON "practice_logs" ("home_practice_id", "practiced_on");
