-- Precautions and contraindications for a client's music therapy (seizures, sound sensitivity,
-- trauma-linked songs, fall risk, NICU stimulation limits…): shown where an intervention is planned
-- or delivered, with a warning when the intervention's own precautions speak to one (domain/precautions.ts).
ALTER TABLE "clients" ADD COLUMN "precautions" jsonb DEFAULT '[]'::jsonb NOT NULL;
