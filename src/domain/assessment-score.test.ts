import { describe, expect, it } from 'vitest';
import { responseFaults, scoreAssessment } from './assessment-score.js';
import { assessmentItemSchema, assessmentTemplateSchema, type AssessmentTemplateInput } from './content.js';

const zeroToTwo = (key: string) => ({ key, label: key, kind: 'rating' as const, min: 0, max: 2 });

/** Three 0–2 items, total 0–6, two bands; a text item that is not scored. */
const template = {
  key: 't',
  name: 'T',
  populations: ['general'],
  sections: [{ key: 's', title: 'S', items: [zeroToTwo('a'), zeroToTwo('b'), zeroToTwo('c'), { key: 'note', label: 'Note', kind: 'text' }] }],
  scoring: { kind: 'sum', items: ['a', 'b', 'c'], range: [0, 6], bands: [{ min: 0, max: 2, label: 'Low' }, { min: 3, max: 6, label: 'High' }] },
} satisfies AssessmentTemplateInput;
const parsed = assessmentTemplateSchema.parse(template);

describe('scoreAssessment', () => {
  it.each([
    [{ a: 0, b: 0, c: 0 }, { status: 'complete', total: 0, band: 'Low' }],
    [{ a: 1, b: 1, c: 0, note: 'restless' }, { status: 'complete', total: 2, band: 'Low' }],
    [{ a: 1, b: 1, c: 1 }, { status: 'complete', total: 3, band: 'High' }],
    [{ a: 2, b: 2, c: 2 }, { status: 'complete', total: 6, band: 'High' }],
    [{ a: 2, b: null, c: 2 }, { status: 'incomplete', missing: ['b'], invalid: [] }],
    [{ a: 2 }, { status: 'incomplete', missing: ['b', 'c'], invalid: [] }],
    [{ a: 3, b: 1.5, c: '1' }, { status: 'incomplete', missing: [], invalid: ['a', 'b', 'c'] }],
    [{ a: -1, b: true, c: 0 }, { status: 'incomplete', missing: [], invalid: ['a', 'b'] }],
  ] as const)('%o → %o', (responses, expected) => {
    expect(scoreAssessment(parsed, responses)).toEqual({ ...expected, range: [0, 6] });
  });

  it('gives a total with no band when the source gives no cut-offs', () => {
    const noBands = assessmentTemplateSchema.parse({ ...template, scoring: { ...template.scoring, bands: undefined } });
    expect(scoreAssessment(noBands, { a: 2, b: 0, c: 1 })).toEqual({ status: 'complete', total: 3, range: [0, 6], band: null });
  });

  it('is null for a template without a total score', () => {
    expect(scoreAssessment({ sections: parsed.sections }, { a: 1, b: 1, c: 1 })).toBeNull();
  });
});

describe('assessment scoring rules', () => {
  const issues = (scoring: unknown) => {
    const r = assessmentTemplateSchema.safeParse({ ...template, scoring });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts the coherent example', () => expect(issues(template.scoring)).toEqual([]));

  it('refuses a range the items do not add up to', () => {
    expect(issues({ ...template.scoring, range: [0, 10], bands: undefined })).toEqual(['scoring.range: the scored items add up to 0–6, not the stated range 0–10']);
  });

  it('refuses a scored item that is missing or not a rating', () => {
    expect(issues({ ...template.scoring, items: ['a', 'b', 'note'] })).toEqual([
      'scoring.items.2: scored item "note" must be a rating item with whole-number min and max',
      'scoring.range: the scored items add up to 0–4, not the stated range 0–6',
    ]);
    expect(issues({ ...template.scoring, items: ['a', 'b', 'c', 'd'] })[0]).toBe('scoring.items.3: scored item "d" is not an item of this template');
  });

  it('refuses bands with a gap, an overlap or a short end', () => {
    expect(issues({ ...template.scoring, bands: [{ min: 0, max: 2, label: 'Low' }, { min: 4, max: 6, label: 'High' }] })).toEqual([
      'scoring.bands.1.min: band "High" must start at 3 so the bands cover the range without gaps or overlaps',
    ]);
    expect(issues({ ...template.scoring, bands: [{ min: 0, max: 3, label: 'Low' }, { min: 3, max: 6, label: 'High' }] })).toEqual([
      'scoring.bands.1.min: band "High" must start at 4 so the bands cover the range without gaps or overlaps',
    ]);
    expect(issues({ ...template.scoring, bands: [{ min: 0, max: 2, label: 'Low' }, { min: 3, max: 5, label: 'High' }] })).toEqual([
      'scoring.bands: the last band must end at the top of the range (6)',
    ]);
  });
});

describe('stepped items', () => {
  const item = (over: Record<string, unknown>) => {
    const r = assessmentItemSchema.safeParse({ key: 'pps', label: 'PPS', kind: 'rating', min: 0, max: 100, step: 10, ...over });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts a step that divides the range, with anchors on steps', () => {
    expect(item({ anchors: [{ value: 0, label: 'Death' }, { value: 100, label: 'Healthy' }] })).toEqual([]);
  });
  it('refuses a step that does not divide the range, an anchor off the steps, and a step on a text item', () => {
    expect(item({ step: 30 })).toEqual(['step: the step must divide the range from min to max']);
    expect(item({ anchors: [{ value: 55, label: 'Half' }] })).toEqual(['anchors: every anchor must fall on a step']);
    expect(item({ kind: 'text', min: undefined, max: undefined })).toEqual(['step: only rating and number items have a step']);
  });
});

describe('responses that do not fit the template', () => {
  const t = assessmentTemplateSchema.parse({
    key: 'r', name: 'R', populations: ['general'],
    sections: [{ key: 's', title: 'S', items: [
      zeroToTwo('a'),
      { key: 'i', label: 'IMTAP item', kind: 'imtap' },
      { key: 'pps', label: 'PPS', kind: 'rating', min: 0, max: 100, step: 10 },
      { key: 'n', label: 'Minutes', kind: 'number', min: 0 },
      { key: 'c', label: 'Mood', kind: 'choice', choices: ['calm', 'agitated'] },
      { key: 'y', label: 'Family present', kind: 'boolean' },
      { key: 'x', label: 'Note', kind: 'text' },
    ] }],
  } satisfies AssessmentTemplateInput);
  it.each([
    [{}, []],
    [{ a: 2, i: 3, pps: 40, n: 12.5, c: 'calm', y: false, x: 'sang along' }, []],
    [{ a: null, i: null }, []],
    [{ zz: 1 }, [['zz', 'is not an item of this assessment']]],
    [{ a: 3 }, [['a', 'must be from 0 to 2']]],
    [{ a: 1.5 }, [['a', 'must be a whole number']]],
    [{ i: 4 }, [['i', 'must be from 0 to 3']]],
    [{ pps: 45 }, [['pps', 'must be in steps of 10']]],
    [{ n: -1 }, [['n', 'must be 0 or more']]],
    [{ a: '2' }, [['a', 'must be a number']]],
    [{ c: 'sleepy' }, [['c', 'must be one of: calm, agitated']]],
    [{ y: 'yes' }, [['y', 'must be yes or no']]],
    [{ x: 3 }, [['x', 'must be text']]],
  ] as const)('%o → %j', (responses, faults) => {
    expect(responseFaults(t, responses).map((f) => [f.key, f.message])).toEqual(faults);
  });
});
