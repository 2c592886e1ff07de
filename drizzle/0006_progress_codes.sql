-- The organization's wording of the IEP progress codes (districts use their own); {} keeps the defaults.
ALTER TABLE "organizations" ADD COLUMN "progress_codes" jsonb DEFAULT '{}'::jsonb NOT NULL;
