/**
 * The total score of a validated scale (PAINAD, FLACC, GAD-7, PHQ-9, CMAI) from an
 * assessment's responses, by the scale's published scoring rule (see `scoring` on an
 * assessment template in content.ts). Pure.
 *
 * A total is given only when every scored item has an answer on its own scale: the
 * sources define the total over all items and give no rule for prorating missing ones,
 * so none is applied. The band is the published severity band the total falls in, or
 * null when the source gives no cut-offs.
 */
import type { AssessmentItem, AssessmentResponses, AssessmentScoring } from './content.js';

export type AssessmentScore =
  | { status: 'complete'; total: number; range: [number, number]; band: string | null }
  | {
      status: 'incomplete';
      /** Scored items with no answer. */
      missing: string[];
      /** Scored items answered with something that is not a whole number on the item's scale. */
      invalid: string[];
      range: [number, number];
    };

interface ScorableTemplate {
  sections: readonly { items: readonly Pick<AssessmentItem, 'key' | 'min' | 'max'>[] }[];
  scoring?: AssessmentScoring;
}

/** The template's total for these responses, or null when the template has no total score. */
export function scoreAssessment(template: ScorableTemplate, responses: AssessmentResponses): AssessmentScore | null {
  const scoring = template.scoring;
  if (!scoring) return null;
  const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  const range: [number, number] = [scoring.range[0], scoring.range[1]];
  const missing: string[] = [];
  const invalid: string[] = [];
  let total = 0;
  for (const key of scoring.items) {
    const value = responses[key];
    if (value === undefined || value === null) {
      missing.push(key);
      continue;
    }
    const item = items.get(key);
    const onScale =
      typeof value === 'number' &&
      Number.isInteger(value) &&
      item?.min !== undefined &&
      item.max !== undefined &&
      value >= item.min &&
      value <= item.max;
    if (!onScale) {
      invalid.push(key);
      continue;
    }
    total += value;
  }
  if (missing.length > 0 || invalid.length > 0) return { status: 'incomplete', missing, invalid, range };
  const band = scoring.bands?.find((b) => total >= b.min && total <= b.max)?.label ?? null;
  return { status: 'complete', total, range, band };
}

interface CheckedTemplate {
  sections: readonly { items: readonly Pick<AssessmentItem, 'key' | 'kind' | 'min' | 'max' | 'step' | 'choices'>[] }[];
}

/** The fixed IMTAP rating scale: 0 (never) to 3 (consistently). */
const IMTAP_RANGE = [0, 3] as const;

/**
 * Responses that do not fit the template, each with its reason: an answer to no item of the
 * template, or one off the item's own scale (a rating outside min–max or between steps, a choice
 * not offered, text where a number belongs). Unanswered items (absent or null) are not faults:
 * an assessment is filled in over time, and the total says what is missing.
 */
export function responseFaults(template: CheckedTemplate, responses: AssessmentResponses): { key: string; message: string }[] {
  const items = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  return Object.entries(responses).flatMap(([key, value]) => {
    if (value === null) return [];
    const item = items.get(key);
    if (!item) return [{ key, message: 'is not an item of this assessment' }];
    const fault = (message: string) => [{ key, message }];
    switch (item.kind) {
      case 'text':
        return typeof value === 'string' ? [] : fault('must be text');
      case 'boolean':
        return typeof value === 'boolean' ? [] : fault('must be yes or no');
      case 'choice':
        return typeof value === 'string' && (item.choices ?? []).includes(value) ? [] : fault(`must be one of: ${(item.choices ?? []).join(', ')}`);
      case 'imtap':
      case 'rating':
      case 'number': {
        const [lo, hi] = item.kind === 'imtap' ? IMTAP_RANGE : [item.min ?? -Infinity, item.max ?? Infinity];
        if (typeof value !== 'number' || !Number.isFinite(value)) return fault('must be a number');
        if (value < lo || value > hi) return fault(hi === Infinity ? `must be ${lo} or more` : lo === -Infinity ? `must be ${hi} or less` : `must be from ${lo} to ${hi}`);
        const whole = item.kind !== 'number' && item.step === undefined;
        if (whole && !Number.isInteger(value)) return fault('must be a whole number');
        if (item.step !== undefined && !Number.isInteger((value - (item.min ?? 0)) / item.step)) return fault(`must be in steps of ${item.step}`);
        return [];
      }
    }
  });
}
