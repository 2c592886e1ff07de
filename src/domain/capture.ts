/**
 * Live capture rules shared by the server (what an objective stores) and the capture screen:
 * what the prompt level is after a trial, and which planned intervention is "now".
 */
import type { PromptLevel } from './measurement.js';

/**
 * After each trial the prompt level either stays where the therapist put it (the default, as capture
 * always behaved) or goes back to the most independent level of the objective's hierarchy, so each
 * trial starts from the least support and a prompt is a deliberate choice.
 */
export const PROMPT_AFTER_TRIAL = ['stay', 'reset'] as const;
export type PromptAfterTrial = (typeof PROMPT_AFTER_TRIAL)[number];
export const DEFAULT_PROMPT_AFTER_TRIAL: PromptAfterTrial = 'stay';

/**
 * The level the next trial is tagged with. `levels` is the objective's hierarchy, most independent
 * first; a level that is not in it (a hierarchy changed meanwhile) falls back to the most independent.
 */
export function promptLevelAfterTrial(levels: readonly PromptLevel[], current: PromptLevel | undefined, rule: PromptAfterTrial): PromptLevel | undefined {
  const first = levels[0];
  if (first === undefined) return undefined;
  if (rule === 'reset' || current === undefined || !levels.includes(current)) return first;
  return current;
}

interface PlannedItem {
  id: string;
  position: number;
  delivered: boolean;
}

/**
 * The intervention "now" when the therapist has not chosen one: the next in the session's planned
 * order that is not delivered yet; null when every planned one is delivered (or none is planned).
 */
export function nextPlannedIntervention(items: readonly PlannedItem[]): string | null {
  const next = [...items].sort((a, b) => a.position - b.position).find((d) => !d.delivered);
  return next?.id ?? null;
}
