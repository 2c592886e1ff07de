import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MasteryCriterion } from '../criterion.js';
import { baselineVerdict, BASELINE_LABELS, deliveredDuring, type BaselineReason } from './baseline.js';
import { progressStatus } from './status.js';
import { addDays, type Phase } from './trend.js';

describe('baselineVerdict: truth table', () => {
  const rows: [points: number, contaminated: boolean, usable: boolean, reason: BaselineReason][] = [
    [0, false, false, 'none'],
    [0, true, false, 'none'],
    [1, false, false, 'too-short'],
    [2, false, false, 'too-short'],
    [1, true, false, 'contaminated'],
    [2, true, false, 'contaminated'],
    [3, false, true, 'short'],
    [4, false, true, 'short'],
    [3, true, false, 'contaminated'],
    [5, false, true, 'adequate'],
    [12, false, true, 'adequate'],
    [5, true, false, 'contaminated'],
    [12, true, false, 'contaminated'],
  ];
  it.each(rows)('%i baseline points, contaminated %s → usable %s (%s)', (points, contaminated, usable, reason) => {
    const v = baselineVerdict({ points, contaminated });
    expect(v).toEqual({ usable, reason, label: reason === 'adequate' ? null : BASELINE_LABELS[reason] });
  });
  it('says why in words a reader can act on', () => {
    expect(baselineVerdict({ points: 4, contaminated: true }).label).toMatch(/^the baseline is contaminated \(.*delivered during the baseline phase\), so no effect size/);
    expect(baselineVerdict({ points: 2, contaminated: false }).label).toMatch(/^the baseline is too short/);
    expect(baselineVerdict({ points: 3, contaminated: false }).label).toMatch(/^short baseline/);
  });
});

describe('deliveredDuring', () => {
  it('counts a delivery from the phase start up to, not including, the next phase start', () => {
    expect(deliveredDuring(['2024-01-01'], '2024-01-01', '2024-01-22')).toBe(true);
    expect(deliveredDuring(['2024-01-21'], '2024-01-01', '2024-01-22')).toBe(true);
    expect(deliveredDuring(['2024-01-22'], '2024-01-01', '2024-01-22')).toBe(false);
    expect(deliveredDuring(['2023-12-31'], '2024-01-01', '2024-01-22')).toBe(false);
    expect(deliveredDuring(['2030-01-01'], '2024-01-01', null)).toBe(true);
    expect(deliveredDuring([], '', null)).toBe(false);
  });
});

describe('progressStatus honours the baseline verdict', () => {
  const A: Phase = { id: 'a', kind: 'baseline', label: 'Baseline', startDate: '2024-01-01' };
  const B: Phase = { id: 'b', kind: 'intervention', label: 'Drumming', startDate: '2024-03-04' };
  const crit: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
  const weekly = (start: string, values: number[]) => values.map((value, i) => ({ date: addDays(start, 7 * i), value }));
  const run = (baseline: number[], linkedDeliveryDates: string[] = []) =>
    progressStatus({ points: [...weekly('2024-01-01', baseline), ...weekly('2024-03-04', [40, 50, 60])], phases: [A, B], criterion: crit, direction: 'increase', targetDate: '2024-12-01', linkedDeliveryDates });

  it('a delivery in the baseline phase: no effect size, and the verdict says contaminated', () => {
    const r = run([20, 30, 25, 20, 25], ['2024-01-15']);
    expect(r.effectSizes).toBeNull();
    expect(r.baseline.reason).toBe('contaminated');
    expect(r.baselinePhase?.id).toBe('a');
  });
  it('a delivery in a session before the first phase falls in the baseline, as its data do', () => {
    expect(run([20, 30, 25], ['2023-12-20']).baseline.reason).toBe('contaminated');
  });
  it('deliveries only in the intervention phase leave the baseline clean', () => {
    const r = run([20, 30, 25, 20, 25], ['2024-03-04', '2024-03-11']);
    expect(r.baseline).toEqual({ usable: true, reason: 'adequate', label: null });
    expect(r.effectSizes?.nap).toBe(1);
  });
  it('2 points: too short, no effect size; 3: shown with "short baseline"', () => {
    expect(run([20, 30]).effectSizes).toBeNull();
    expect(run([20, 30]).baseline.reason).toBe('too-short');
    expect(run([20, 30, 25]).effectSizes).not.toBeNull();
    expect(run([20, 30, 25]).baseline.reason).toBe('short');
  });

  it('property: a contaminated or too-short baseline never yields an effect size', () => {
    const values = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(values, values, fc.boolean(), fc.integer({ min: 0, max: 30 }), (base, treat, contaminate, offset) => {
        const short = base.length < 3;
        if (!short && !contaminate) return; // only the unusable cases are under test here
        const dates = contaminate ? [addDays('2024-01-01', offset % (7 * base.length))] : [addDays('2024-06-01', offset)];
        const r = progressStatus({
          points: [...weekly('2024-01-01', base), ...weekly('2024-06-01', treat)],
          phases: [A, { ...B, startDate: '2024-06-01' }],
          criterion: crit,
          direction: 'increase',
          linkedDeliveryDates: dates,
        });
        expect(r.effectSizes).toBeNull();
        expect(r.baseline.usable).toBe(false);
        expect(r.baseline.label).not.toBeNull();
      }),
    );
  });
});

describe('an unusable baseline never upgrades the status', () => {
  const A: Phase = { id: 'a', kind: 'baseline', label: 'Baseline', startDate: '2024-01-01' };
  const B: Phase = { id: 'b', kind: 'intervention', label: 'Drumming', startDate: '2024-01-22' };
  const crit: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
  const weekly = (start: string, values: number[]) => values.map((value, i) => ({ date: addDays(start, 7 * i), value }));
  const run = (treatment: number[], dates: string[]) =>
    progressStatus({ points: [...weekly('2024-01-01', [50, 50, 50]), ...weekly('2024-01-22', treatment)], phases: [A, B], criterion: crit, direction: 'increase', targetDate: '2024-06-01', linkedDeliveryDates: dates });
  it('a barely rising trend that misses the target date is not progressing when the baseline is contaminated', () => {
    expect(run([50, 50.1, 50.2, 50.3], ['2024-01-08']).status).toBe('not-progressing');
  });
  it('with a contaminated baseline, a trend that reaches the criterion by the target date is progressing', () => {
    expect(run([50, 60, 70], ['2024-01-08']).status).toBe('progressing');
  });
});
