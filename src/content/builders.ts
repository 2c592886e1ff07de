/**
 * Small helpers for writing content data tersely. They produce plain input objects;
 * everything they produce is still validated by the schemas in src/domain/content.ts.
 */
import type { z } from 'zod';
import type { masteryCriterionSchema } from '../domain/criterion.js';

type CriterionInput = z.input<typeof masteryCriterionSchema>;
type WindowInput = CriterionInput['window'];

/** "across N consecutive sessions" */
export const consecutive = (sessions: number): WindowInput => ({ kind: 'consecutive', sessions });

/** "in M of the last N sessions" */
export const ofLast = (met: number, sessions: number): WindowInput => ({ kind: 'of-last', met, sessions });

/** At least `value` on the session summary; the minimum data sessions cover the window. */
export const atLeast = (value: number, window: WindowInput): CriterionInput => ({
  comparator: '>=',
  value,
  window,
  minSessions: window.sessions,
});

/** At most `value` on the session summary; the minimum data sessions cover the window. */
export const atMost = (value: number, window: WindowInput): CriterionInput => ({
  comparator: '<=',
  value,
  window,
  minSessions: window.sessions,
});

/** A 1–5 rating scale with labelled ends (and optional middle). */
export function scale1to5(low: string, high: string, middle?: string) {
  return {
    type: 'rating' as const,
    min: 1,
    max: 5,
    anchors: [{ value: 1, label: low }, ...(middle ? [{ value: 3, label: middle }] : []), { value: 5, label: high }],
  };
}

/** The 0–10 self-report used for pain (NRS), anxiety, mood and similar, as a pre/post scale. */
export function prePost0to10(scaleName: string) {
  return { type: 'pre_post' as const, scaleName, min: 0, max: 10 };
}
