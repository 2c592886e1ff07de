import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, phaseStats, splitByPhases, trend, trendValueOn, type Phase } from './trend.js';

describe('trend', () => {
  it('least-squares slope per week, x = days since the first point / 7', () => {
    // Weekly sessions rising by 10 a week: slope 10, intercept 50.
    const t = trend([
      { date: '2024-01-01', value: 50 },
      { date: '2024-01-08', value: 60 },
      { date: '2024-01-15', value: 70 },
    ]);
    expect(t.slope).toBeCloseTo(10, 12);
    expect(t.intercept).toBeCloseTo(50, 12);
    expect(t).toMatchObject({ n: 3, origin: '2024-01-01' });
    expect(trendValueOn(t, '2024-01-29')).toBeCloseTo(90, 12);
  });

  it('worked example with scatter (by hand)', () => {
    // x (weeks) = 0, 1, 2, 4; y = 1, 3, 2, 6. x̄ = 1.75, ȳ = 3.
    // Sxx = 3.0625 + 0.5625 + 0.0625 + 5.0625 = 8.75; Sxy = 3.5 + 0 − 0.25 + 6.75 = 10.
    // slope = 10 / 8.75 = 1.142857…; intercept = 3 − 1.142857… · 1.75 = 1.
    const t = trend([
      { date: '2024-01-29', value: 6 },
      { date: '2024-01-01', value: 1 },
      { date: '2024-01-15', value: 2 },
      { date: '2024-01-08', value: 3 },
    ]);
    expect(t.slope).toBeCloseTo(10 / 8.75, 12);
    expect(t.intercept).toBeCloseTo(1, 12);
  });

  it('skips null values', () => {
    const t = trend([
      { date: '2024-01-01', value: null },
      { date: '2024-01-08', value: 2 },
      { date: '2024-01-15', value: null },
      { date: '2024-01-22', value: 4 },
    ]);
    expect(t).toMatchObject({ n: 2, origin: '2024-01-08' });
    expect(t.slope).toBeCloseTo(1, 12);
    expect(t.intercept).toBeCloseTo(2, 12);
  });

  it('null slope with fewer than 2 points or all on one date', () => {
    expect(trend([])).toEqual({ slope: null, intercept: null, n: 0, origin: null });
    expect(trend([{ date: '2024-01-01', value: 3 }]).slope).toBeNull();
    const same = trend([
      { date: '2024-01-01', value: 3 },
      { date: '2024-01-01', value: 5 },
    ]);
    expect(same).toMatchObject({ slope: null, n: 2 });
  });

  it('refuses impossible dates', () => {
    expect(() => trend([{ date: '2024-02-30', value: 1 }])).toThrow(/calendar date/);
  });

  it('property: adding a constant to every value leaves the slope alone', () => {
    const pts = fc.array(
      fc.record({ day: fc.integer({ min: 0, max: 120 }), value: fc.integer({ min: -100, max: 100 }) }),
      { minLength: 2, maxLength: 15 },
    );
    fc.assert(
      fc.property(pts, fc.integer({ min: -50, max: 50 }), (ps, k) => {
        const a = trend(ps.map((p) => ({ date: addDays('2024-01-01', p.day), value: p.value })));
        const b = trend(ps.map((p) => ({ date: addDays('2024-01-01', p.day), value: p.value + k })));
        if (a.slope === null) expect(b.slope).toBeNull();
        else expect(b.slope).toBeCloseTo(a.slope, 9);
      }),
    );
  });
});

describe('date helpers', () => {
  it('counts calendar days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('phaseStats', () => {
  it('level and variability', () => {
    // mean 5; deviations² sum 32; sample SD √(32/7).
    expect(phaseStats([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({
      n: 8,
      mean: 5,
      median: 4.5,
      sd: Math.sqrt(32 / 7),
      min: 2,
      max: 9,
      range: 7,
    });
  });

  it('sd null with one value; all null with none', () => {
    expect(phaseStats([3])).toEqual({ n: 1, mean: 3, median: 3, sd: null, min: 3, max: 3, range: 0 });
    expect(phaseStats([])).toEqual({ n: 0, mean: null, median: null, sd: null, min: null, max: null, range: null });
  });
});

describe('splitByPhases', () => {
  const phases: Phase[] = [
    { id: 'b', kind: 'intervention', label: 'B: drumming', startDate: '2024-02-01' },
    { id: 'a', kind: 'baseline', label: 'A', startDate: '2024-01-10' },
    { id: 'c', kind: 'intervention', label: 'C: songwriting', startDate: '2024-03-01' },
  ];

  it('assigns each point to the phase in effect on its date', () => {
    const split = splitByPhases(
      [
        { date: '2024-03-05', value: 9 },
        { date: '2024-01-03', value: 1 }, // before the first phase → first phase
        { date: '2024-01-31', value: 2 },
        { date: '2024-02-01', value: 5 }, // on a start date → the new phase
        { date: '2024-02-29', value: null },
        { date: '2024-03-01', value: 8 },
      ],
      phases,
    );
    expect(split.map((s) => s.phase.id)).toEqual(['a', 'b', 'c']);
    expect(split.map((s) => s.points.map((p) => p.value))).toEqual([[1, 2], [5, null], [8, 9]]);
  });

  it('keeps empty phases and returns [] without phases', () => {
    const split = splitByPhases([{ date: '2024-01-15', value: 1 }], phases);
    expect(split.map((s) => s.points.length)).toEqual([1, 0, 0]);
    expect(splitByPhases([{ date: '2024-01-15', value: 1 }], [])).toEqual([]);
  });

  it('property: every point lands in exactly one phase, and no earlier than its date allows', () => {
    const arb = fc.record({
      days: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 20 }),
      starts: fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, ({ days, starts }) => {
        const ps = starts.map((d, i): Phase => ({ id: `p${i}`, kind: i === 0 ? 'baseline' : 'intervention', label: '', startDate: addDays('2024-01-01', d) }));
        const points = days.map((d) => ({ date: addDays('2024-01-01', d), value: d }));
        const split = splitByPhases(points, ps);
        expect(split.reduce((n, s) => n + s.points.length, 0)).toBe(points.length);
        split.forEach((s, i) => {
          const next = split[i + 1];
          for (const p of s.points) {
            if (next) expect(p.date < next.phase.startDate).toBe(true);
            if (i > 0) expect(p.date >= s.phase.startDate).toBe(true);
          }
        });
      }),
    );
  });
});
