-- The practice's settings change through the API with optimistic concurrency, as every other edited record does.
ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
