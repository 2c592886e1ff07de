/**
 * The timing math of the metronome and of tap tempo, pure so it can be tested without a browser.
 * A click is scheduled on the audio clock (seconds), never on timers: timers only wake the scheduler,
 * which places every click that falls inside a look-ahead window at its exact grid time.
 */
import { TEMPO_RANGE } from './music.js';

export type BeatsPerBar = 2 | 3 | 4;

export interface Click {
  /** Audio-clock time of the onset, in seconds. */
  time: number;
  /** Index of the beat since the start (0 = the first click). */
  index: number;
  /** Beat 1 of a bar: accented. */
  accent: boolean;
}

/** Seconds between beats at a tempo. */
export const beatSeconds = (bpm: number) => 60 / bpm;

/** Onset time of beat `index` for a click track that started at `start` (no drift: never accumulated). */
export const onsetOf = (start: number, bpm: number, index: number) => start + index * beatSeconds(bpm);

/**
 * The clicks to schedule now: every beat with an onset in [from, until) that was not scheduled yet
 * (index ≥ nextIndex). Returns them and the next index to schedule.
 */
export function clicksInWindow(start: number, bpm: number, beatsPerBar: BeatsPerBar, nextIndex: number, from: number, until: number): { clicks: Click[]; nextIndex: number } {
  const clicks: Click[] = [];
  let i = Math.max(nextIndex, Math.ceil((from - start) / beatSeconds(bpm) - 1e-9));
  // A beat whose time already passed is skipped (the tab was asleep), not played late.
  for (; onsetOf(start, bpm, i) < until; i++) clicks.push({ time: onsetOf(start, bpm, i), index: i, accent: i % beatsPerBar === 0 });
  return { clicks, nextIndex: Math.max(i, nextIndex) };
}

/** Every click of a track of `seconds` length from 0: what an offline render should contain. */
export function clickGrid(bpm: number, beatsPerBar: BeatsPerBar, seconds: number): Click[] {
  return clicksInWindow(0, bpm, beatsPerBar, 0, 0, seconds).clicks;
}

/** A tempo stepped from a baseline by whole percent: 82 steps/min at +5 % → 86.1 bpm (one decimal). */
export function cueTempo(baselineBpm: number, percent: number): number {
  const bpm = baselineBpm * (1 + Math.round(percent) / 100);
  return Math.round(Math.min(TEMPO_RANGE.max, Math.max(TEMPO_RANGE.min, bpm)) * 10) / 10;
}

/** The percent a cue tempo is above (or below) the baseline, to the nearest whole percent. */
export const percentOver = (baselineBpm: number, cueBpm: number) => Math.round((cueBpm / baselineBpm - 1) * 100);

/**
 * Tap tempo: the tempo of a series of taps (milliseconds or seconds, any clock), from the slope of a
 * least-squares line through the tap times, which is steadier than the mean gap for a shaky hand.
 * A pause longer than twice the running gap starts a new series. Needs 4 taps; null before.
 */
export function tempoFromTaps(taps: readonly number[], unit: 'ms' | 's' = 'ms'): number | null {
  const perMinute = unit === 'ms' ? 60_000 : 60;
  // Keep the last unbroken series.
  let startAt = 0;
  for (let i = 2; i < taps.length; i++) {
    const gap = taps[i]! - taps[i - 1]!;
    const before = (taps[i - 1]! - taps[startAt]!) / (i - 1 - startAt);
    if (i - 1 - startAt >= 1 && gap > 2 * before) startAt = i;
  }
  const series = taps.slice(startAt);
  const n = series.length;
  if (n < 4) return null;
  const xs = series.map((_, i) => i);
  const mx = (n - 1) / 2;
  const my = series.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (series[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const secondsPerBeat = sxy / sxx;
  if (!(secondsPerBeat > 0)) return null;
  const bpm = perMinute / secondsPerBeat;
  if (bpm < TEMPO_RANGE.min || bpm > TEMPO_RANGE.max) return null;
  return Math.round(bpm * 10) / 10;
}

/** Cadence from steps counted over a timed walk: steps per minute. */
export const cadenceFromCount = (steps: number, seconds: number) => (seconds > 0 ? Math.round((steps * 600) / seconds) / 10 : null);

/** A pause longer than this (the beat gap at the slowest tempo, 20 bpm) starts a new series of taps. */
export const TAP_RESET_MS = 60_000 / TEMPO_RANGE.min;

export interface TapRate {
  /** Taps (steps or beats) per minute, one decimal. */
  bpm: number;
  /** Gaps between taps in the series, and how many of them the rate is made of. */
  gaps: number;
  used: number;
  /** How long the series has been tapped, in seconds. */
  seconds: number;
}

/**
 * The rate of a series of taps in milliseconds: a client's cadence tapped along to their steps, or a
 * song's tempo tapped along to the beat. The first gap is ignored (the first tap is a reaction to the
 * start, not a step); a gap far from the median (a missed step, a doubled tap) is left out; the rate
 * is from the mean of the gaps that remain. A pause longer than TAP_RESET_MS starts a new series.
 * Needs 3 usable gaps (5 taps); null before, or when the rate is outside 20–300 per minute.
 */
export function rateFromTaps(taps: readonly number[]): TapRate | null {
  let from = 0;
  for (let i = 1; i < taps.length; i++) if (taps[i]! - taps[i - 1]! > TAP_RESET_MS || taps[i]! < taps[i - 1]!) from = i;
  const series = taps.slice(from);
  const after = series.slice(1);
  const gaps = after.slice(1).map((t, i) => t - after[i]!);
  if (gaps.length < 3) return null;
  const median = medianOf(gaps);
  // A tap hard on the heels of the one before is the same step tapped twice: dropped, so the gaps around it still add up.
  const single = after.filter((t, i) => i === 0 || t - after[i - 1]! >= 0.4 * median);
  const kept = single.slice(1).map((t, i) => t - single[i]!).filter((g) => g >= 0.6 * median && g <= 1.4 * median);
  if (kept.length < 3) return null;
  const bpm = 60_000 / (kept.reduce((a, b) => a + b, 0) / kept.length);
  if (!(bpm >= TEMPO_RANGE.min && bpm <= TEMPO_RANGE.max)) return null;
  return { bpm: Math.round(bpm * 10) / 10, gaps: gaps.length + 1, used: kept.length, seconds: (series.at(-1)! - series[0]!) / 1000 };
}

function medianOf(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How long to tap along to a client's steps for a cadence worth using as a baseline. */
export const CADENCE_TAP_SECONDS = { min: 10, max: 20 } as const;

/**
 * Whether an objective is about walking, so capture offers the RAS metronome with it. Read from the
 * objective's own words, because gait objectives are measured in many ways (a rate of steps per
 * minute, a timed walk, a level of assistance per walk): gait, cadence, walking, stride, steps per
 * minute, ambulation, or rhythmic auditory stimulation (RAS). "Steps" alone is not enough: a task
 * analysis has steps too.
 */
export function isGaitObjective(o: { statement: string; behaviour: string; condition?: string; shortLabel?: string }): boolean {
  const words = [o.statement, o.behaviour, o.condition ?? '', o.shortLabel ?? ''].join(' \n ');
  return /\b(gait|cadence|walk(s|ed|ing)?|stride|strides|steps? (per|a|each) minute|steps?\/min|ambulat\w*|rhythmic auditory stimulation)\b/i.test(words) || /\bRAS\b/.test(words);
}
