import { describe, expect, it } from 'vitest';
import { safetyConcerns } from './safety.js';

const nrs = (pre: number | null, scaleName = 'Numeric Rating Scale for pain (0–10)') => ({ scaleName, min: 0, max: 10, pre });

describe('safetyConcerns', () => {
  it.each([
    ['Wife reports one near-fall at home on Tuesday.', [], ['fall_or_injury']],
    ['He fell in the bathroom; no injury reported.', [], ['fall_or_injury']],
    ['Arrived smiling; chose the ocean drum.', [], []],
    ['Said she has thought about self-harm this week.', [], ['safety_disclosure']],
    ['Football on TV; talked about the fall season.', [], ['fall_or_injury']], // words, not meaning: the therapist answers once
    ['', [nrs(7)], ['severe_pre_session_rating']],
    ['', [nrs(6)], []],
    ['', [nrs(8, 'Anxiety self-rating (0–10)')], ['severe_pre_session_rating']],
    ['', [nrs(9, 'Mood (0–10)')], []],
    ['', [{ scaleName: 'Pain (1–5)', min: 1, max: 5, pre: 5 }], []],
    ['', [nrs(null)], []],
  ] as const)('%s %o → %o', (s, ratings, kinds) => expect(safetyConcerns(s, ratings).map((c) => c.kind)).toEqual(kinds));

  it('quotes the sentence that raised it', () => {
    expect(safetyConcerns('Good week. Wife reports one near-fall at home on Tuesday. Sleeping well.', [])[0]!.evidence).toBe('Wife reports one near-fall at home on Tuesday.');
  });
});
