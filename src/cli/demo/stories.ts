/** Deterministic data for the demo: a seeded random source and the value each story takes on each session. */
import type { DataEvent, MeasurementConfig } from '../../domain/measurement.js';
import type { DemoObjective } from './practice.js';

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

export const BASELINE_SESSIONS = 3;

/** The target value of session i (0-based) of n, before noise. */
export function storyValue(o: DemoObjective, i: number, n: number): number {
  const t = i < BASELINE_SESSIONS ? 0 : (i - BASELINE_SESSIONS + 1) / Math.max(1, n - BASELINE_SESSIONS);
  switch (o.story) {
    case 'flat':
      return o.from;
    case 'phase-change': {
      const change = Math.floor(n * 0.6);
      return i < change ? o.from : o.from + (o.to - o.from) * Math.min(1, (i - change + 1) / Math.max(1, n - change - 1));
    }
    case 'mastered':
      // Reaches the target two-thirds of the way through and holds it: the criterion is met.
      return o.from + (o.to - o.from) * Math.min(1, t * 1.5);
    default:
      return o.from + (o.to - o.from) * t;
  }
}

/** Raw events whose session summary lands near the target value. */
export function eventsFor(config: MeasurementConfig, target: number, rnd: () => number): DataEvent[] {
  const jitter = (spread: number) => (rnd() - 0.5) * 2 * spread;
  switch (config.type) {
    case 'trials': {
      const n = 10;
      const successes = Math.max(0, Math.min(n, Math.round((target / 100) * n + jitter(1))));
      return Array.from({ length: n }, (_, k) => ({ kind: 'trial' as const, outcome: k < successes ? ('success' as const) : ('failure' as const), ...(config.promptLevels ? { promptLevel: k < successes - 1 ? ('independent' as const) : config.promptLevels[1] } : {}) }));
    }
    case 'frequency':
      return Array.from({ length: Math.max(0, Math.round(target + jitter(1))) }, () => ({ kind: 'occurrence' as const }));
    case 'duration':
      return [{ kind: 'duration', seconds: Math.max(0, Math.round(target + jitter(target * 0.1))) }];
    case 'latency':
      return [0, 1, 2].map(() => ({ kind: 'latency' as const, seconds: Math.max(0, Math.round((target + jitter(1)) * 10) / 10) }));
    case 'rating':
      return [{ kind: 'rating', value: Math.max(config.min, Math.min(config.max, Math.round(target + jitter(0.6)))) }];
    case 'pre_post': {
      const pre = Math.round(5 + jitter(1.5));
      const post = Math.max(config.min, Math.min(config.max, Math.round(pre + target + jitter(0.8))));
      return [{ kind: 'scale', when: 'pre', value: pre }, { kind: 'scale', when: 'post', value: post }];
    }
    case 'prompt_level':
      return [{ kind: 'prompt', level: config.hierarchy[Math.max(0, Math.min(config.hierarchy.length - 1, Math.round(config.hierarchy.length - 1 - target)))]! }];
    case 'task_analysis':
      return config.steps.map((_, step) => ({ kind: 'step' as const, step, result: rnd() * 100 < target ? ('independent' as const) : ('prompted' as const) }));
    case 'physiological':
      return config.channels.map((channel) => ({ kind: 'reading' as const, channel, value: Math.round(target + jitter(2)), when: 'during' as const }));
  }
}
