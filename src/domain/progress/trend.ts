/**
 * Trend, level and variability, and phases.
 *
 * - trend: ordinary least-squares line through the data sessions with
 *   x = days since the first data session / 7, so the slope is per week.
 * - phaseStats: level (mean, median) and variability (sample SD, min, max,
 *   range) of one phase's values.
 * - splitByPhases: each point goes to the phase in effect on its date.
 */
import { median, mean } from './summary.js';
import { sortByDate, type MasteryPoint } from './mastery.js';

export type Point = MasteryPoint;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parsed dates: series repeat the same few hundred dates across every objective and phase. */
const DAY_NUMBERS = new Map<string, number>();

/** Days since 1970-01-01 for a YYYY-MM-DD date (calendar days, no time zone). */
export function dayNumber(date: string): number {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  const m = ISO_DATE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new Error(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  if (DAY_NUMBERS.size >= 20_000) DAY_NUMBERS.clear();
  DAY_NUMBERS.set(date, ms / DAY_MS);
  return ms / DAY_MS;
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` whole days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + Math.trunc(days)) * DAY_MS).toISOString().slice(0, 10);
}

export interface TrendResult {
  /** Change in value per week; null with fewer than 2 data sessions or all on one date. */
  slope: number | null;
  /** Fitted value at `origin` (x = 0); null when slope is null. */
  intercept: number | null;
  /** Data sessions used (null values skipped). */
  n: number;
  /** Date of the first data session (x = 0), or null without data. */
  origin: string | null;
}

export function trend(points: Point[]): TrendResult {
  const data = sortByDate(points).filter((p): p is { date: string; value: number } => p.value !== null);
  const first = data[0];
  if (!first) return { slope: null, intercept: null, n: 0, origin: null };
  const x0 = dayNumber(first.date);
  const xs = data.map((p) => (dayNumber(p.date) - x0) / 7);
  const ys = data.map((p) => p.value);
  const mx = mean(xs) as number;
  const my = mean(ys) as number;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = (xs[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - my);
  }
  if (data.length < 2 || sxx === 0) return { slope: null, intercept: null, n: data.length, origin: first.date };
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, n: data.length, origin: first.date };
}

/** The fitted value of a trend on a date, or null when the trend has no slope. */
export function trendValueOn(t: TrendResult, date: string): number | null {
  if (t.slope === null || t.intercept === null || t.origin === null) return null;
  return t.intercept + (t.slope * daysBetween(t.origin, date)) / 7;
}

export interface PhaseStats {
  n: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation (n − 1); null when n < 2. */
  sd: number | null;
  min: number | null;
  max: number | null;
  range: number | null;
}

export function phaseStats(values: number[]): PhaseStats {
  const n = values.length;
  if (n === 0) return { n, mean: null, median: null, sd: null, min: null, max: null, range: null };
  const m = mean(values) as number;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((s, v) => s + (v - m) * (v - m), 0) / (n - 1));
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { n, mean: m, median: median(values), sd, min, max, range: max - min };
}

// ---------------------------------------------------------------------------
// Phases

export type PhaseKind = 'baseline' | 'intervention';

export interface Phase {
  id: string;
  kind: PhaseKind;
  label: string;
  /** YYYY-MM-DD: the phase is in effect from this date until the next phase starts. */
  startDate: string;
}

export interface PhasePoints<P extends Point = Point> {
  phase: Phase;
  /** The phase's points in date order (same-date points keep input order); null values kept. */
  points: P[];
}

/**
 * Assign each point to the phase in effect on its date. Phases are ordered by
 * start date (stable for equal dates: the later-listed one takes effect);
 * points before the first phase go to the first phase. Every phase appears in
 * the result, in start order, even with no points. No phases → [].
 */
export function splitByPhases<P extends Point>(points: P[], phases: Phase[]): PhasePoints<P>[] {
  const ordered = sortByDate(phases.map((phase) => ({ date: phase.startDate, phase }))).map((p) => p.phase);
  for (const p of ordered) dayNumber(p.startDate); // validate
  const result = ordered.map((phase) => ({ phase, points: [] as P[] }));
  if (result.length === 0) return result;
  for (const point of sortByDate(points)) {
    let index = 0;
    for (let i = 0; i < ordered.length; i++) {
      if ((ordered[i] as Phase).startDate <= point.date) index = i;
    }
    (result[index] as PhasePoints<P>).points.push(point);
  }
  return result;
}

/** The values of a phase's data sessions, in date order. */
export function phaseValues(phase: PhasePoints): number[] {
  return phase.points.filter((p) => p.value !== null).map((p) => p.value as number);
}
