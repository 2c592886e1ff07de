import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../domain/assessment-score.js';
import { loadContent } from './index.js';

const content = loadContent();
const template = (key: string) => {
  const t = content.assessmentTemplates.find((a) => a.key === key);
  if (!t) throw new Error(`no assessment template ${key}`);
  return t;
};
const scored = (key: string) => {
  const t = template(key);
  const items = t.sections.flatMap((s) => s.items);
  return (t.scoring?.items ?? []).map((k) => items.find((i) => i.key === k)!);
};
/** Every scored item answered with the same value. */
const all = (key: string, value: number) => Object.fromEntries(template(key).scoring!.items.map((k) => [k, value]));

describe('validated scales', () => {
  it.each([
    ['painad', 5, 0, 2, [0, 10]],
    ['flacc', 5, 0, 2, [0, 10]],
    ['gad7', 7, 0, 3, [0, 21]],
    ['phq9', 9, 0, 3, [0, 27]],
    ['cmai', 29, 1, 7, [29, 203]],
  ] as const)('%s has %i items rated %i–%i, total %o', (key, n, min, max, range) => {
    const items = scored(key);
    expect(items).toHaveLength(n);
    for (const i of items) expect(i, i.key).toMatchObject({ kind: 'rating', min, max });
    for (const i of items) expect(i.anchors?.map((a) => a.value), i.key).toEqual(Array.from({ length: max - min + 1 }, (_, k) => min + k));
    expect(template(key).scoring?.range).toEqual(range);
    expect(template(key).references.length, key).toBeGreaterThan(0);
  });

  it('bands GAD-7 at the published cut points 5, 10 and 15', () => {
    expect(template('gad7').scoring?.bands?.map((b) => b.min)).toEqual([0, 5, 10, 15]);
    expect(scoreAssessment(template('gad7'), all('gad7', 0))).toMatchObject({ total: 0, band: 'Below the mild cut point' });
    expect(scoreAssessment(template('gad7'), { ...all('gad7', 1), gad7_nervous: 0 })).toMatchObject({ total: 6, band: 'Mild' });
    expect(scoreAssessment(template('gad7'), { ...all('gad7', 1), gad7_nervous: 3, gad7_afraid: 3, gad7_irritable: 2 })).toMatchObject({ total: 12, band: 'Moderate' });
    expect(scoreAssessment(template('gad7'), all('gad7', 3))).toMatchObject({ total: 21, band: 'Severe' });
  });

  it('bands PHQ-9 at the published cut points 5, 10, 15 and 20', () => {
    expect(template('phq9').scoring?.bands?.map((b) => [b.min, b.label])).toEqual([
      [0, 'Below the mild cut point'], [5, 'Mild'], [10, 'Moderate'], [15, 'Moderately severe'], [20, 'Severe'],
    ]);
    expect(scoreAssessment(template('phq9'), all('phq9', 2))).toMatchObject({ total: 18, band: 'Moderately severe' });
    expect(scoreAssessment(template('phq9'), { ...all('phq9', 3), phq9_difficulty: 'Very difficult' })).toMatchObject({ total: 27, band: 'Severe' });
  });

  it('gives PAINAD, FLACC and CMAI totals with no invented cut-offs', () => {
    for (const key of ['painad', 'flacc', 'cmai']) expect(template(key).scoring?.bands, key).toBeUndefined();
    expect(scoreAssessment(template('painad'), { ...all('painad', 1), painad_breathing: 2 })).toEqual({ status: 'complete', total: 6, range: [0, 10], band: null });
    expect(scoreAssessment(template('cmai'), all('cmai', 1))).toMatchObject({ total: 29 });
    expect(scoreAssessment(template('flacc'), { flacc_face: 1 })).toMatchObject({ status: 'incomplete', missing: ['flacc_legs', 'flacc_activity', 'flacc_cry', 'flacc_consolability'] });
  });

  it('records ESAS-r symptoms 0–10 one by one, with no total', () => {
    const t = template('esas_r');
    expect(t.scoring).toBeUndefined();
    const ratings = t.sections.flatMap((s) => s.items).filter((i) => i.kind === 'rating');
    expect(ratings.map((i) => i.key)).toEqual([
      'esas_pain', 'esas_tiredness', 'esas_drowsiness', 'esas_nausea', 'esas_appetite', 'esas_shortness_of_breath', 'esas_depression', 'esas_anxiety', 'esas_wellbeing', 'esas_other_rating',
    ]);
    for (const i of ratings) expect(i, i.key).toMatchObject({ min: 0, max: 10 });
  });

  it('records the PPS level from 0 to 100 % in steps of 10', () => {
    const level = template('pps_v2').sections[0]!.items[0]!;
    expect(level).toMatchObject({ kind: 'rating', min: 0, max: 100, step: 10, unit: '%' });
    expect(template('pps_v2').scoring).toBeUndefined();
  });
});
