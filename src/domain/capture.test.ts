import { describe, expect, it } from 'vitest';
import { nextPlannedIntervention, promptLevelAfterTrial } from './capture.js';
import type { PromptLevel } from './measurement.js';

const levels: PromptLevel[] = ['independent', 'gestural', 'verbal', 'full_physical'];

describe('the prompt level after a trial', () => {
  it('truth table: rule × current level', () => {
    const table: [PromptLevel | undefined, 'stay' | 'reset', PromptLevel][] = [
      ['independent', 'stay', 'independent'],
      ['independent', 'reset', 'independent'],
      ['verbal', 'stay', 'verbal'],
      ['verbal', 'reset', 'independent'],
      ['full_physical', 'stay', 'full_physical'],
      ['full_physical', 'reset', 'independent'],
      [undefined, 'stay', 'independent'],
      [undefined, 'reset', 'independent'],
      ['model', 'stay', 'independent'], // not in this hierarchy
      ['model', 'reset', 'independent'],
    ];
    for (const [current, rule, next] of table) expect(promptLevelAfterTrial(levels, current, rule), `${current} ${rule}`).toBe(next);
  });
  it('the most independent level is the hierarchy’s first, whatever it is', () => {
    expect(promptLevelAfterTrial(['verbal', 'model'], 'model', 'reset')).toBe('verbal');
  });
  it('no hierarchy: no level', () => {
    expect(promptLevelAfterTrial([], 'verbal', 'stay')).toBeUndefined();
  });
});

describe('the intervention now', () => {
  it('is the next planned one not yet delivered, in the planned order', () => {
    const d = (id: string, position: number, delivered: boolean) => ({ id, position, delivered });
    expect(nextPlannedIntervention([d('b', 1, false), d('a', 0, false)])).toBe('a');
    expect(nextPlannedIntervention([d('a', 0, true), d('c', 2, false), d('b', 1, false)])).toBe('b');
    expect(nextPlannedIntervention([d('a', 0, true), d('b', 1, true)])).toBeNull();
    expect(nextPlannedIntervention([])).toBeNull();
  });
});
