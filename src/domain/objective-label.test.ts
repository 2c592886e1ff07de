import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_MAX, objectiveLabel } from './objective-label.js';

describe('objectiveLabel', () => {
  it.each([
    [{ shortLabel: 'turn taking', behaviour: 'Takes a turn within 5 s', statement: 'Maya will take a turn…' }, 'turn taking'],
    [{ shortLabel: '  ', behaviour: 'Takes a turn within 5 s of a visual cue.', statement: 'Maya will…' }, 'Takes a turn within 5 s of a visual cue'],
    [{ shortLabel: null, behaviour: '', statement: 'Ruth will show fewer agitated behaviours.' }, 'Ruth will show fewer agitated behaviours'],
    [{ behaviour: 'Walks 10 metres with rhythmic auditory stimulation at a cue tempo set from the baseline cadence', statement: '' }, 'Walks 10 metres with rhythmic auditory stimulation at a cue…'],
    [{ behaviour: 'x'.repeat(80), statement: '' }, `${'x'.repeat(60)}…`],
  ])('%o → %s', (o, label) => expect(objectiveLabel(o)).toBe(label));

  it('is never empty when the behaviour or statement has words, and never longer than the limit and an ellipsis', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }).filter((s) => /\w/.test(s)), (shortLabel, behaviour) => {
        const label = objectiveLabel({ shortLabel: shortLabel.trim() ? shortLabel : '', behaviour, statement: '' });
        expect(label.length).toBeGreaterThan(0);
        if (!shortLabel.trim()) expect(label.length).toBeLessThanOrEqual(LABEL_MAX + 1);
      }),
    );
  });
});
