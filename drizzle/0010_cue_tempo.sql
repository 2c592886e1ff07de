-- The cue tempo a data point was taken at: the RAS metronome's tempo in bpm while it ran, null when no cue was playing.
ALTER TABLE "data_points" ADD COLUMN "cue_tempo_bpm" double precision;
--> statement-breakpoint
ALTER TABLE "data_points" ADD CONSTRAINT "data_points_cue_tempo_range" CHECK ("cue_tempo_bpm" IS NULL OR ("cue_tempo_bpm" >= 20 AND "cue_tempo_bpm" <= 300));
