/**
 * NICU rules, in one place: post-menstrual age (PMA), the dates that cannot come before a birth,
 * and which music interventions an infant is eligible for at a given PMA.
 *
 * PMA = gestational age at birth + chronological age (days since birth), stated in completed weeks
 * and days ("35+1 wk"), as neonatal units state gestational ages.
 */

export interface WeeksDays {
  weeks: number;
  days: number;
}

/** The NICU facts of a client: a birth date and the gestational age at birth (any may be unknown). */
export interface NicuFacts {
  birthDate: string | null;
  gestationalAgeWeeks: number | null;
  gestationalAgeDays: number | null;
}

const DAY = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Whole days from `from` to `to` (YYYY-MM-DD calendar dates); NaN when either is not a date. */
function calendarDays(from: string, to: string): number {
  return Math.round((dayOf(to) - dayOf(from)) / DAY);
}

/** Weeks and days as a count of days (28+3 → 199). */
export const inDays = (wd: WeeksDays): number => wd.weeks * 7 + wd.days;

/** A count of days as completed weeks and days (199 → 28+3). */
export const asWeeksDays = (days: number): WeeksDays => ({ weeks: Math.floor(days / 7), days: days % 7 });

/** "28+3 wk". */
export const formatWeeksDays = (wd: WeeksDays): string => `${wd.weeks}+${wd.days} wk`;

/**
 * Post-menstrual age on a date: gestational age at birth plus the days since birth; null before the
 * birth date or when a date is not a date.
 */
export function postMenstrualAge(birthDate: string, gaWeeks: number, gaDays: number, onDate: string): WeeksDays | null {
  const since = calendarDays(birthDate, onDate);
  if (!Number.isFinite(since) || since < 0) return null;
  return asWeeksDays(inDays({ weeks: gaWeeks, days: gaDays }) + since);
}

/** The PMA of a client on a date; null when the client has no birth date or gestational age. */
export function pmaOf(c: NicuFacts, onDate: string): WeeksDays | null {
  if (!c.birthDate || c.gestationalAgeWeeks === null) return null;
  return postMenstrualAge(c.birthDate, c.gestationalAgeWeeks, c.gestationalAgeDays ?? 0, onDate);
}

/** "born 28+3 wk, now 35+1 wk PMA" (`now` reads as the date it is stated for); null when not a NICU infant's facts. */
export function pmaLine(c: NicuFacts, onDate: string, now = 'now'): string | null {
  const pma = pmaOf(c, onDate);
  if (!pma || c.gestationalAgeWeeks === null) return null;
  return `born ${formatWeeksDays({ weeks: c.gestationalAgeWeeks, days: c.gestationalAgeDays ?? 0 })}, ${now} ${formatWeeksDays(pma)} PMA`;
}

// ---------------------------------------------------------------------------
// Nothing clinical happens before a birth

/** A clinical date that cannot precede the client's birth: the path of the field, and its date. */
export interface DatedField {
  path: string;
  date: string | null | undefined;
}

/**
 * The fields dated before the birth date (a referral, an assessment, a session of someone not yet
 * born): each with its path and the reason, for a 422 naming the field. Empty when none is, or when
 * the birth date is unknown.
 */
export function datedBeforeBirth(birthDate: string | null | undefined, fields: readonly DatedField[]): { path: string; message: string }[] {
  if (!birthDate) return [];
  return fields
    .filter((f): f is { path: string; date: string } => !!f.date && calendarDays(birthDate, f.date) < 0)
    .map((f) => ({ path: f.path, message: `${f.date} is before the client’s birth date (${birthDate})` }));
}

// ---------------------------------------------------------------------------
// Intervention eligibility by PMA

/**
 * Pacifier-activated lullaby from 34 weeks PMA: Standley (2003, J Pediatr Nurs 18(3)) and Standley
 * et al. (2010, Pediatr Nurs 36(3)); in the 2010 trial PAL at 32 weeks lengthened gavage feeding,
 * while at 34 weeks and later it helped (the library's PAL precautions say the same).
 */
export const PAL_MIN_PMA_WEEKS = 34;

/** What the rule needs to know of an intervention. */
export interface NicuIntervention {
  technique: string;
  populations: readonly string[];
  materials: readonly string[];
}

export type NicuMusicKind = 'pal' | 'live_music' | 'voice_only' | 'not_nicu';

/** Instruments played at the bedside, as the library names them in an intervention's materials. */
const BEDSIDE_INSTRUMENT = /\b(ocean disc|gato box|guitar|drum|chimes?|shaker|lyre|kalimba|instrument)\b/i;
/** A material offered only when the unit allows it does not make the intervention live music. */
const OPTIONAL = /\bonly if\b/i;

/**
 * How the NICU rules see an intervention: PAL (its technique); live music (a NICU intervention that
 * plays an instrument at the bedside); voice only (a NICU intervention with no instrument); or not a
 * NICU intervention (no PMA rule applies).
 */
export function nicuMusicKind(iv: NicuIntervention): NicuMusicKind {
  if (iv.technique === 'pacifier_activated_lullaby') return 'pal';
  if (!iv.populations.includes('nicu')) return 'not_nicu';
  return iv.materials.some((m) => BEDSIDE_INSTRUMENT.test(m) && !OPTIONAL.test(m)) ? 'live_music' : 'voice_only';
}

export interface EligibilityInput {
  intervention: NicuIntervention;
  /** The infant's PMA on the date of the session or of planning; null: not a NICU infant (no rule applies). */
  pma: WeeksDays | null;
  /** The organization's minimum PMA for live music (null: no rule; voice-only interventions are always allowed). */
  liveMusicMinPmaWeeks: number | null;
}

export type Eligibility =
  | { eligible: true }
  | { eligible: false; rule: 'pal' | 'live_music'; thresholdWeeks: number; pma: WeeksDays; reason: string };

export function interventionEligibility(input: EligibilityInput): Eligibility {
  const { pma } = input;
  if (!pma) return { eligible: true };
  const kind = nicuMusicKind(input.intervention);
  const below = (weeks: number) => inDays(pma) < weeks * 7;
  if (kind === 'pal' && below(PAL_MIN_PMA_WEEKS))
    return {
      eligible: false, rule: 'pal', thresholdWeeks: PAL_MIN_PMA_WEEKS, pma,
      reason: `PAL is offered from ${PAL_MIN_PMA_WEEKS} weeks PMA (Standley, 2003; Standley et al., 2010); the infant is ${formatWeeksDays(pma)} PMA`,
    };
  if (kind === 'live_music' && input.liveMusicMinPmaWeeks !== null && below(input.liveMusicMinPmaWeeks))
    return {
      eligible: false, rule: 'live_music', thresholdWeeks: input.liveMusicMinPmaWeeks, pma,
      reason: `this practice offers live music from ${input.liveMusicMinPmaWeeks} weeks PMA, voice only before; the infant is ${formatWeeksDays(pma)} PMA`,
    };
  return { eligible: true };
}
