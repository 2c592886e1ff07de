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
