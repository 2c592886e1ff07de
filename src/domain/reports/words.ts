/**
 * Words the reports use: dates, units, values, labels, and the two voices.
 *
 * - clinical: the profession's vocabulary (criterion, baseline, phase, NAP, Tau-U …), for the chart,
 *   physicians, IEP teams and supervisors;
 * - family: plain language for parents, carers and clients: no statistics names and no clinical
 *   jargon (JARGON lists the words the family voice never uses, and the tests hold it to that).
 */
import {
  MUSIC_ELEMENT_LABELS, POPULATION_LABELS, SETTING_LABELS, TECHNIQUE_LABELS,
} from '../content.js';
import { unitOf, type MeasurementConfig } from '../measurement.js';
import { isGaitObjective } from '../metronome.js';
import { criterionPhrase, type MasteryCriterionInput } from '../progress/mastery.js';
import type { ProgressStatus } from '../progress/status.js';
import { CHANNEL_WORDS, formatNumber, RATE_UNITS } from '../progress/summary.js';

export { RATE_UNITS };
import { dayNumber } from '../progress/trend.js';

export const VOICES = ['clinical', 'family'] as const;
export type Voice = (typeof VOICES)[number];

/** Words the family voice must not use (matched as whole words, case-insensitive). */
export const JARGON = [
  'NAP', 'PND', 'Tau', 'Tau-U', 'criterion', 'criteria', 'baseline', 'phase', 'effect size', 'slope', 'trend',
  'mastery', 'objective', 'intervention', 'data session', 'data sessions',
] as const;

/** The jargon words found in a text (whole words, case-insensitive). */
export function jargonIn(text: string): string[] {
  return JARGON.filter((w) => new RegExp(`(^|[^A-Za-z-])${w.replace(/[-]/g, '\\-')}($|[^A-Za-z-])`, 'i').test(text));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 Mar 2026" for a YYYY-MM-DD date (no time zone: it is the clinic's calendar date). */
export function formatDate(date: string | null | undefined, long = false): string {
  if (!date) return '—';
  dayNumber(date); // validates
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${y}`;
}

/** Whole years between a birth date and a date (the age on that date). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function percentText(part: number, whole: number): string {
  return whole > 0 ? `${formatNumber((100 * part) / whole, 0)} %` : '—';
}


/**
 * The unit a document writes after a value: a physiological channel's own unit ("bpm",
 * "breaths/min", "%"), never a bare "/min" that leaves the reader to guess what was counted.
 */
export function reportUnit(m: MeasurementConfig): string {
  if (m.type === 'physiological') return CHANNEL_WORDS[m.primaryChannel].unit.trim();
  if (m.type === 'frequency' && m.metric === 'rate_per_minute' && m.counts) return RATE_UNITS[m.counts];
  return unitOf(m);
}


/**
 * What an objective's rate per minute counts, when its measurement does not say: steps for a gait
 * objective (isGaitObjective), heartbeats when its words are about heart rate or pulse; else nothing.
 */
export function rateCountsOf(o: { statement: string; behaviour: string; condition?: string; shortLabel?: string; measurement: MeasurementConfig }): 'steps' | 'heartbeats' | undefined {
  const m = o.measurement;
  if (m.type !== 'frequency' || m.metric !== 'rate_per_minute') return undefined;
  if (m.counts) return m.counts;
  if (/\b(heart ?rate|pulse|heartbeats?|bpm)\b/i.test([o.statement, o.behaviour, o.condition ?? '', o.shortLabel ?? ''].join(' \n '))) return 'heartbeats';
  return isGaitObjective(o) ? 'steps' : undefined;
}

/** The measurement as documents read it: a rate per minute knows what it counts (the record keeps "/min"). */
export function documentMeasurement(o: Parameters<typeof rateCountsOf>[0]): MeasurementConfig {
  const m = o.measurement;
  const counts = rateCountsOf(o);
  return m.type === 'frequency' && counts ? { ...m, counts } : m;
}

/** The session value is a change from before to after the session (a pre/post scale, or a physiological pre/post change). */
export const isChange = (m: MeasurementConfig) => m.type === 'pre_post' || (m.type === 'physiological' && m.metric === 'pre_post_change');

/** What a physiological objective follows, in words: "heart rate", "SpO₂". */
export const channelName = (m: Extract<MeasurementConfig, { type: 'physiological' }>) => CHANNEL_WORDS[m.primaryChannel].name;

/** A value with its unit: "80 %", "12 s", "3", "148 bpm". */
export function valueText(v: number, m: MeasurementConfig, digits = 1): string {
  const text = formatNumber(v, digits);
  const unit = reportUnit(m) === 'points' && /^[−-]?1$/.test(text) ? 'point' : reportUnit(m);
  return `${text}${unit ? ` ${unit}` : ''}`;
}

/** A change with its sign and unit: "−8.4 bpm", "+2 points". */
export function changeText(v: number, m: MeasurementConfig, digits = 1): string {
  return `${v > 0 ? '+' : ''}${valueText(v, m, digits)}`;
}

/** The gait speed of a timed walk over a set distance (distance / mean time): ", 0.66 m/s"; '' for any other value. */
export function speedText(seconds: number, m: MeasurementConfig): string {
  if (m.type !== 'duration' || m.metric !== 'test_seconds' || !m.test?.distanceMetres || seconds <= 0) return '';
  return `, ${(m.test.distanceMetres / seconds).toFixed(2)} m/s`;
}

/** A level as a voice states it: the family's percentages in whole numbers; a timed walk with its speed. */
export function levelText(v: number, m: MeasurementConfig, voice: Voice): string {
  if (voice === 'family' && unitOf(m) === 's' && !(m.type === 'duration' && m.metric === 'test_seconds')) return familyTime(v);
  return `${valueText(v, m, voice === 'family' && unitOf(m) === '%' ? 0 : 1)}${speedText(v, m)}`;
}

/** A time as a family says it, to the whole second: "12 seconds", "3 minutes 18 seconds", never "197.7 s". */
export function familyTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const words = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (whole < 60) return words(whole, 'second');
  const rest = whole % 60;
  return `${words(Math.floor(whole / 60), 'minute')}${rest ? ` ${words(rest, 'second')}` : ''}`;
}

/** The criterion in the record's words, a change criterion named as one: "change ≤ −5 bpm in 4 of the last 5 sessions". */
export function criterionText(c: MasteryCriterionInput, m: MeasurementConfig): string {
  return `${isChange(m) ? 'change ' : ''}${criterionPhrase(c, reportUnit(m))}`;
}

/** How a change per week reads: "+8.3 % per week". */
export function slopeText(slope: number, m: MeasurementConfig): string {
  const unit = reportUnit(m);
  return `${slope > 0 ? '+' : ''}${formatNumber(slope, 2)}${unit ? ` ${unit}` : ''} per week`;
}

/** What one session value measures, in the family's words. */
export function measureWords(m: MeasurementConfig): string {
  switch (m.type) {
    case 'trials':
      return m.metric === 'percent_independent' ? 'share of tries done without help' : 'share of tries done correctly';
    case 'frequency':
      return m.metric === 'rate_per_minute' ? 'count per minute' : 'count per session';
    case 'duration':
      return m.metric === 'percent_of_observed' ? 'share of the session' : 'time per session';
    case 'latency':
      return 'time before responding';
    case 'rating':
      return `rating from ${m.min} to ${m.max}`;
    case 'prompt_level':
      return 'level of independence';
    case 'task_analysis':
      return 'share of steps done without help';
    case 'physiological':
      return m.metric === 'pre_post_change' ? `change in ${channelName(m)} from before to after the music` : channelName(m);
    case 'pre_post':
      return `change in ${m.scaleName} from before to after the session`;
  }
}

/** The criterion in words a family reads: "at least 80 % in 3 sessions in a row". */
export function familyCriterionPhrase(c: MasteryCriterionInput, m: MeasurementConfig): string {
  const how = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than' }[c.comparator];
  const w = c.window;
  const when = w.kind === 'consecutive' ? `in ${w.sessions} ${w.sessions === 1 ? 'session' : 'sessions in a row'}` : `in ${w.met} of ${w.sessions} sessions`;
  // A change reads as a drop or a rise: "a drop of at least 2 points", not "at most −2 points".
  const down = c.comparator === '<=' || c.comparator === '<';
  if (isChange(m) && c.value !== 0 && down === c.value < 0) {
    const size = { '>=': 'at least', '>': 'more than', '<=': 'at least', '<': 'more than' }[c.comparator];
    // A heart rate that comes down "settles": in a NICU a "drop" is a bradycardia or a desaturation.
    const fall = m.type === 'physiological' && m.primaryChannel === 'heart_rate' ? 'heart rate settling by' : 'a drop of';
    return `${c.value < 0 ? fall : 'a rise of'} ${size} ${valueText(Math.abs(c.value), m)} ${when}`;
  }
  return `${how} ${valueText(c.value, m)} ${when}`;
}

export const STATUS_WORDS: Record<Voice, Record<ProgressStatus, string>> = {
  clinical: {
    met: 'criterion met',
    progressing: 'progressing',
    'not-progressing': 'not progressing',
    'insufficient-data': 'insufficient data',
  },
  family: {
    met: 'goal reached',
    progressing: 'making progress',
    'not-progressing': 'not yet moving forward',
    'insufficient-data': 'too early to tell',
  },
};

export const ATTENDANCE_WORDS: Record<string, string> = {
  expected: 'not recorded', present: 'present', late: 'late', left_early: 'left early', absent: 'absent', cancelled: 'cancelled',
};

const humanize = (key: string) => {
  const s = key.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const label = (table: Record<string, string>) => (key: string) => table[key] ?? humanize(key);
export const populationLabel = label(POPULATION_LABELS);
export const settingLabel = label(SETTING_LABELS);
export const techniqueLabel = label(TECHNIQUE_LABELS);
export const elementLabel = label(MUSIC_ELEMENT_LABELS);
export const clientStatusLabel = label({ referred: 'Referred', assessing: 'Assessing', active: 'Active', on_hold: 'On hold', discharged: 'Discharged' });

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
