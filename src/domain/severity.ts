/**
 * A severe pain or anxiety level on a 0–10 scale: ONE rule, for the safety check before a note is
 * signed (safety.ts), the session summary (notes, exports, report tables) and the reports'
 * severity flag (reports/levels.ts).
 *
 * For pain, 7–10 is the severe band of the 0–10 numeric rating scale (Serlin, Mendoza, Nakamura,
 * Edwards & Cleeland 1995, "When is cancer pain mild, moderate or severe?", Pain 61(2):277–284).
 * For anxiety the same cut-off is a practice rule, not a validated band. Other scales (mood,
 * comfort) have no severe band here.
 */
export const SEVERE_FROM = 7;

const DISTRESS_SCALE = /pain|anxi/i;

/** A 0–10 pain or anxiety scale: the only scales the band applies to. */
export const hasSevereBand = (s: { scaleName: string; min: number; max: number }) => s.min === 0 && s.max === 10 && DISTRESS_SCALE.test(s.scaleName);

export const isSevere = (s: { scaleName: string; min: number; max: number }, value: number) => hasSevereBand(s) && value >= SEVERE_FROM;
