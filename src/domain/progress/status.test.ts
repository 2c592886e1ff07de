import { describe, it, expect } from 'vitest';
import type { MasteryCriterion } from '../criterion.js';
import { comparePhases, progressStatus, projectCrossing } from './status.js';
import { addDays, splitByPhases, type Phase, type Point } from './trend.js';

const A: Phase = { id: 'a', kind: 'baseline', label: 'Baseline', startDate: '2024-01-01' };
const B: Phase = { id: 'b', kind: 'intervention', label: 'Drumming', startDate: '2024-01-22' };
const weekly = (start: string, values: (number | null)[]): Point[] =>
  values.map((value, i) => ({ date: addDays(start, 7 * i), value }));

const atLeast80: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
const atMost2: MasteryCriterion = { comparator: '<=', value: 2, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };

describe('progressStatus', () => {
  const baseline = weekly('2024-01-01', [20, 30, 25]);

  it('progressing: slope toward improvement and NAP ≥ 0.66', () => {
    const r = progressStatus({
      points: [...baseline, ...weekly('2024-01-22', [40, 50, 60])],
      phases: [A, B],
      criterion: atLeast80,
      direction: 'increase',
      targetDate: '2024-06-01',
    });
    expect(r.status).toBe('progressing');
    expect(r.trend.slope).toBeCloseTo(10, 12);
    expect(r.effectSizes).toMatchObject({ nap: 1, pnd: 1 });
    expect(r.currentPhase?.id).toBe('b');
    expect(r.baselinePhase?.id).toBe('a');
    expect(r.currentPhaseSessions).toBe(3);
    // Aim line: baseline median 25 at the first intervention session → 80 at the target date.
    expect(r.aimLine).toEqual({ from: { date: '2024-01-22', value: 25 }, to: { date: '2024-06-01', value: 80 } });
    // 40 + 10/week reaches 80 after 4 weeks.
    expect(r.projectedDate).toBe('2024-02-19');
    expect(r.mastery.status).toBe('not-met');
    expect(r.phases.map((p) => p.stats.median)).toEqual([25, 50]);
  });

  it('not-progressing: rising, but overlapping the baseline (NAP < 0.66)', () => {
    const r = progressStatus({
      points: [...baseline, ...weekly('2024-01-22', [10, 15, 22])],
      phases: [A, B],
      criterion: atLeast80,
      direction: 'increase',
    });
    expect(r.trend.slope).toBeGreaterThan(0);
    expect(r.effectSizes?.nap).toBeCloseTo(1 / 9, 12);
    expect(r.status).toBe('not-progressing');
    expect(r.aimLine).toBeNull(); // no target date
  });

  it('not-progressing: flat or falling trend', () => {
    const r = progressStatus({
      points: [...baseline, ...weekly('2024-01-22', [60, 55, 50])],
      phases: [A, B],
      criterion: atLeast80,
      direction: 'increase',
    });
    expect(r.effectSizes?.nap).toBe(1);
    expect(r.status).toBe('not-progressing');
    expect(r.projectedDate).toBeNull(); // heading away from 80
  });

  it('decrease: falling is improvement', () => {
    const points = [...weekly('2024-01-01', [8, 9, 7]), ...weekly('2024-01-22', [6, 5, 3])];
    const r = progressStatus({ points, phases: [A, B], criterion: atMost2, direction: 'decrease' });
    expect(r.status).toBe('progressing');
    expect(r.trend.slope).toBeCloseTo(-1.5, 12);
    expect(r.effectSizes?.nap).toBe(1);
    // y = 37/6 − 1.5·x reaches 2 at x = 25/9 weeks = 19.4 days → day 20.
    expect(r.projectedDate).toBe(addDays('2024-01-22', 20));
    const wrongWay = progressStatus({ points, phases: [A, B], criterion: atMost2, direction: 'increase' });
    expect(wrongWay.status).toBe('not-progressing');
  });

  it('met wins over everything else', () => {
    const r = progressStatus({
      points: [...baseline, ...weekly('2024-01-22', [85, 90])],
      phases: [A, { ...B, startDate: '2024-01-15' }],
      criterion: { ...atLeast80, window: { kind: 'consecutive', sessions: 2 }, minSessions: 2 },
      direction: 'increase',
    });
    expect(r.status).toBe('met');
    expect(r.mastery.firstMetOn).toBe('2024-01-29');
  });

  it('insufficient-data: fewer than 3 data sessions in the current phase (nulls do not count)', () => {
    const r = progressStatus({
      points: [...baseline, ...weekly('2024-01-22', [40, null, 60])],
      phases: [A, B],
      criterion: atLeast80,
      direction: 'increase',
    });
    expect(r.currentPhaseSessions).toBe(2);
    expect(r.status).toBe('insufficient-data');
  });

  it('no baseline data: the trend direction alone decides', () => {
    const r = progressStatus({
      points: weekly('2024-01-22', [10, 12, 15]),
      phases: [A, B],
      criterion: atLeast80,
      direction: 'increase',
      targetDate: '2024-05-01',
    });
    expect(r.effectSizes).toBeNull();
    expect(r.baselinePhase).toBeNull();
    expect(r.status).toBe('progressing');
    expect(r.aimLine).toBeNull(); // no baseline data, no recorded baseline value
  });

  it('uses the recorded baseline value for the aim line when no baseline phase has data', () => {
    const r = progressStatus({
      points: weekly('2024-01-22', [10, 12, 15]),
      phases: [B],
      criterion: atLeast80,
      direction: 'increase',
      targetDate: '2024-05-01',
      baselineValue: 8,
    });
    expect(r.aimLine).toEqual({ from: { date: '2024-01-22', value: 8 }, to: { date: '2024-05-01', value: 80 } });
  });

  it('no phases: every point is in the current phase', () => {
    const r = progressStatus({ points: weekly('2024-01-01', [1, 2, 3]), phases: [], criterion: atLeast80, direction: 'increase' });
    expect(r).toMatchObject({ status: 'progressing', currentPhase: null, currentPhaseSessions: 3, effectSizes: null, phases: [] });
  });

  it('compares the current phase with the latest baseline before it (A-B-A-B)', () => {
    const phases: Phase[] = [
      A,
      B,
      { id: 'a2', kind: 'baseline', label: 'Withdrawal', startDate: '2024-02-12' },
      { id: 'b2', kind: 'intervention', label: 'Drumming again', startDate: '2024-03-04' },
    ];
    const points = [
      ...baseline,
      ...weekly('2024-01-22', [40, 50, 60]),
      ...weekly('2024-02-12', [45, 42, 41]),
      ...weekly('2024-03-04', [44, 46, 48]),
    ];
    const r = progressStatus({ points, phases, criterion: atLeast80, direction: 'increase' });
    expect(r.baselinePhase?.id).toBe('a2');
    expect(r.effectSizes?.nap).toBeCloseTo(8 / 9, 12); // 44 vs 45 loses; the rest win
  });

  it('the projection is never earlier than the last session', () => {
    const t = { slope: 10, intercept: 40, n: 3, origin: '2024-01-22' };
    expect(projectCrossing(t, { ...atLeast80, value: 45 }, '2024-02-05')).toBe('2024-02-05');
    expect(projectCrossing(t, atLeast80, '2024-02-05')).toBe('2024-02-19');
    expect(projectCrossing({ ...t, slope: 0 }, atLeast80, null)).toBeNull();
    expect(projectCrossing({ ...t, slope: 1e-12 }, atLeast80, null)).toBeNull(); // too far away to mean anything
  });
});

describe('comparePhases', () => {
  it('compares any two phases', () => {
    const C: Phase = { id: 'c', kind: 'intervention', label: 'Songwriting', startDate: '2024-02-12' };
    const split = splitByPhases(
      [...weekly('2024-01-01', [20, 30, 25]), ...weekly('2024-01-22', [40, 50, 60]), ...weekly('2024-02-12', [55, 70])],
      [A, B, C],
    );
    const [a, b, c] = split as [(typeof split)[0], (typeof split)[0], (typeof split)[0]];
    expect(comparePhases(a, b, 'increase')?.nap).toBe(1);
    // C vs B: 55 beats 40, 50; 70 beats all three → 5/6.
    expect(comparePhases(b, c, 'increase')?.nap).toBeCloseTo(5 / 6, 12);
    expect(comparePhases(a, { phase: C, points: [] }, 'increase')).toBeNull();
  });
});
