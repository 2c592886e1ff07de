/**
 * Deterministic data for the demo: a seeded random source, the value each story takes on each
 * session, and the raw events (taps, timings, readings) whose session summary lands near that value.
 */
import { createHash } from 'node:crypto';
import { CHANNEL_RANGES, type DataEvent, type MeasurementConfig, type PhysiologicalChannel } from '../../domain/measurement.js';

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
export function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random source named by what it is for, so one objective's noise does not shift another's. */
export function seededFor(name: string): () => number {
  return seeded(createHash('sha256').update(name).digest().readUInt32BE(0));
}

/** Sessions of baseline before the first intervention phase. */
export const BASELINE_SESSIONS = 3;

export type Story = 'mastered' | 'progressing' | 'flat' | 'improving-decrease' | 'phase-change';

export interface StoryShape {
  story: Story;
  /** The summary value at baseline, and the value the story heads toward. */
  from: number;
  to: number;
  /** phase-change: the objective's session index at which the new intervention starts. */
  changeAt?: number;
}

/** The target value of the objective's session i (0-based) of n, before noise. */
export function storyValue(s: StoryShape, i: number, n: number): number {
  if (i < BASELINE_SESSIONS) return s.from;
  const t = (i - BASELINE_SESSIONS + 1) / Math.max(1, n - BASELINE_SESSIONS);
  switch (s.story) {
    case 'flat':
      return s.from;
    case 'phase-change': {
      const change = s.changeAt ?? Math.floor(n * 0.55);
      if (i < change) return s.from;
      return s.from + (s.to - s.from) * Math.min(1, (i - change + 1) / Math.max(1, n - change));
    }
    case 'mastered':
      // Reaches the target two-thirds of the way through and holds it: the criterion is met.
      return s.from + (s.to - s.from) * Math.min(1, t * 1.5);
    case 'progressing':
    case 'improving-decrease':
      return s.from + (s.to - s.from) * t;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Typical resting values for the channels not followed by the objective. */
const RESTING: Record<PhysiologicalChannel, number> = { heart_rate: 158, spo2: 95, respiratory_rate: 52, behavioural_state: 4 };

/** Raw events whose session summary lands near the target value (in the summary's unit). */
export function eventsFor(config: MeasurementConfig, target: number, rnd: () => number, opts: { observedSeconds?: number } = {}): DataEvent[] {
  const jitter = (spread: number) => (rnd() - 0.5) * 2 * spread;
  switch (config.type) {
    case 'trials': {
      const n = 10;
      const successes = clamp(Math.round((target / 100) * n + jitter(1)), 0, n);
      const levels = config.promptLevels;
      return Array.from({ length: n }, (_, k): DataEvent => {
        const success = k < successes;
        if (!levels) return { kind: 'trial', outcome: success ? 'success' : 'failure' };
        // Most successes are independent; the last one or two needed a prompt.
        const promptLevel = success && k < successes - 1 ? levels[0]! : levels[Math.min(levels.length - 1, 1 + (k % 2))]!;
        return { kind: 'trial', outcome: success ? 'success' : 'failure', promptLevel };
      });
    }
    case 'frequency': {
      if (config.metric === 'rate_per_minute') {
        // Counted over a 30-second walk (cadence and the like): the rate is the count per minute.
        const seconds = 30;
        const count = Math.max(0, Math.round((target * seconds) / 60 + jitter(1.5)));
        return [{ kind: 'observation', seconds }, ...Array.from({ length: count }, () => ({ kind: 'occurrence' as const }))];
      }
      // Counted over an observation window, so a session with none is an observed 0, not a session without data.
      const count = Math.max(0, Math.round(target + jitter(1)));
      return [{ kind: 'observation', seconds: opts.observedSeconds ?? 600 }, ...Array.from({ length: count }, () => ({ kind: 'occurrence' as const }))];
    }
    case 'duration': {
      if (config.metric === 'percent_of_observed') {
        const observed = opts.observedSeconds ?? 600;
        const total = clamp(Math.round(((target + jitter(4)) / 100) * observed), 0, observed);
        const first = Math.round(total * 0.6);
        return [{ kind: 'observation', seconds: observed }, { kind: 'duration', seconds: first }, { kind: 'duration', seconds: total - first }];
      }
      return [{ kind: 'duration', seconds: Math.max(0, Math.round((target + jitter(Math.max(1, target * 0.08))) * 10) / 10) }];
    }
    case 'latency':
      return [0, 1, 2].map(() => ({ kind: 'latency' as const, seconds: clamp(Math.round((target + jitter(Math.max(1, target * 0.15))) * 10) / 10, 0, config.maxSeconds) }));
    case 'rating':
      // Rated at three points in the session; the summary is their mean.
      return [0, 1, 2].map(() => ({ kind: 'rating' as const, value: clamp(Math.round(target + jitter(0.7)), config.min, config.max) }));
    case 'prompt_level': {
      const top = config.hierarchy.length - 1;
      return [0, 1, 2, 3, 4].map(() => {
        const score = clamp(Math.round(target + jitter(0.8)), 0, top);
        return { kind: 'prompt' as const, level: config.hierarchy[top - score]! };
      });
    }
    case 'task_analysis': {
      const steps = config.steps.length;
      const independent = clamp(Math.round((target / 100) * steps + jitter(0.6)), 0, steps);
      // The early steps come first; the later ones still need a prompt (or are not reached).
      return config.steps.map((_, step) => ({ kind: 'step' as const, step, result: step < independent ? ('independent' as const) : step === independent ? ('prompted' as const) : rnd() < 0.7 ? ('prompted' as const) : ('not_done' as const) }));
    }
    case 'physiological': {
      const primary = config.primaryChannel;
      const range = CHANNEL_RANGES[primary];
      const reading = (channel: PhysiologicalChannel, value: number, when: 'pre' | 'during' | 'post'): DataEvent => {
        const r = CHANNEL_RANGES[channel];
        const v = channel === 'behavioural_state' ? Math.round(value) : Math.round(value);
        return { kind: 'reading', channel, value: clamp(v, r.min, r.max), when };
      };
      const others = config.channels.filter((c) => c !== primary);
      if (config.metric === 'pre_post_change') {
        const pre = RESTING[primary] + jitter(4);
        const post = pre + target + jitter(2);
        return [
          reading(primary, pre, 'pre'),
          ...others.map((c) => reading(c, RESTING[c] + jitter(1), 'pre')),
          reading(primary, (pre + post) / 2, 'during'),
          reading(primary, post, 'post'),
          ...others.map((c) => reading(c, RESTING[c] + jitter(1), 'post')),
        ];
      }
      const spread = primary === 'behavioural_state' ? 0.8 : Math.max(1, (range.max - range.min) * 0.01);
      return [
        ...(['pre', 'during', 'during', 'post'] as const).map((when) => reading(primary, target + jitter(spread), when)),
        ...others.map((c) => reading(c, RESTING[c] + jitter(2), 'during')),
      ];
    }
    case 'pre_post': {
      const span = config.max - config.min;
      // Room to move: a scale that should fall starts high, one that should rise starts low.
      const start = config.min + span * (target < 0 ? 0.68 : 0.38);
      const pre = clamp(Math.round(start + jitter(1)), config.min, config.max);
      const post = clamp(Math.round(pre + target + jitter(0.8)), config.min, config.max);
      return [{ kind: 'scale', when: 'pre', value: pre }, { kind: 'scale', when: 'post', value: post }];
    }
  }
}
