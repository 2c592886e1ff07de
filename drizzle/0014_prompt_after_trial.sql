-- Per objective: whether capture's prompt level stays after a trial (as it always did) or goes back to the most independent level.
ALTER TABLE "objectives" ADD COLUMN "prompt_after_trial" text DEFAULT 'stay' NOT NULL;
--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_prompt_after_trial_values" CHECK ("prompt_after_trial" IN ('stay', 'reset'));
