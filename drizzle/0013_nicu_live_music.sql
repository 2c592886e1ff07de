-- The organization's minimum post-menstrual age (weeks) for live music in the NICU; null = no rule (voice only before it when set).
ALTER TABLE "organizations" ADD COLUMN "nicu_live_music_min_pma_weeks" integer;
