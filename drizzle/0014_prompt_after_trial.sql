-- Per objective: whether capture's prompt level stays after a trial (as it always did) or goes back to the most independent level ('stay' | 'reset', checked by the API and by restore like the other coded columns).
ALTER TABLE "objectives" ADD COLUMN "prompt_after_trial" text DEFAULT 'stay' NOT NULL;
