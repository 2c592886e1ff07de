import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { MasteryCriterion } from '../criterion.js';
import { criterionPhrase, evaluateMastery, parseCriterionPhrase, type MasteryPoint } from './mastery.js';

const day = (n: number) => `2024-03-${String(n).padStart(2, '0')}`;
const series = (values: (number | null)[]): MasteryPoint[] => values.map((value, i) => ({ date: day(i + 1), value }));

const threeConsecutive80: MasteryCriterion = {
  comparator: '>=',
  value: 80,
  window: { kind: 'consecutive', sessions: 3 },
  minSessions: 3,
};

describe('evaluateMastery', () => {
  it('is met at the first session that completes the window', () => {
    const r = evaluateMastery(series([50, 80, 90, 85, 40]), threeConsecutive80);
    expect(r.status).toBe('met');
    expect(r.firstMetOn).toBe(day(4));
    expect(r.metSessionDates).toEqual([day(2), day(3), day(4)]);
    expect(r.dataSessions).toBe(5);
    // The current window is the last 3 data sessions, whatever happened since.
    expect(r.currentWindow).toEqual([
      { date: day(3), value: 90, meets: true },
      { date: day(4), value: 85, meets: true },
      { date: day(5), value: 40, meets: false },
    ]);
  });

  it('skips null points without breaking a run', () => {
    const r = evaluateMastery(series([80, null, 85, null, null, 90]), threeConsecutive80);
    expect(r.status).toBe('met');
    expect(r.firstMetOn).toBe(day(6));
    expect(r.metSessionDates).toEqual([day(1), day(3), day(6)]);
    expect(r.dataSessions).toBe(3);
  });

  it('null points do not count as sessions either', () => {
    const r = evaluateMastery(series([80, null, null, 85]), threeConsecutive80);
    expect(r.status).toBe('insufficient-data');
    expect(r.dataSessions).toBe(2);
  });

  it('a failing session breaks a consecutive run', () => {
    const r = evaluateMastery(series([80, 85, 79, 90, 95]), threeConsecutive80);
    expect(r.status).toBe('not-met');
    expect(r.firstMetOn).toBeNull();
    expect(r.metSessionDates).toEqual([]);
  });

  it('sorts by date and keeps input order for the same date (stable)', () => {
    const points: MasteryPoint[] = [
      { date: '2024-03-03', value: 90 },
      { date: '2024-03-01', value: 85 },
      { date: '2024-03-02', value: 90 }, // same date, first
      { date: '2024-03-02', value: 10 }, // same date, second: breaks the run
    ];
    const r = evaluateMastery(points, threeConsecutive80);
    // Order: 85 (01), 90 (02), 10 (02), 90 (03): never three in a row.
    expect(r.status).toBe('not-met');
    expect(r.currentWindow.map((w) => w.value)).toEqual([90, 10, 90]);

    const swapped = [points[0], points[1], points[3], points[2]] as MasteryPoint[];
    // Order: 85, 10, 90, 90: still not three in a row.
    expect(evaluateMastery(swapped, threeConsecutive80).currentWindow.map((w) => w.value)).toEqual([10, 90, 90]);
    const more = [...swapped, { date: '2024-03-04', value: 95 }];
    const met = evaluateMastery(more, threeConsecutive80);
    expect(met.firstMetOn).toBe('2024-03-04');
    expect(met.metSessionDates).toEqual(['2024-03-02', '2024-03-03', '2024-03-04']);
  });

  it('minSessions larger than the window delays mastery', () => {
    const c: MasteryCriterion = { ...threeConsecutive80, minSessions: 5 };
    const r = evaluateMastery(series([90, 90, 90, 90]), c);
    expect(r.status).toBe('insufficient-data');
    expect(r.sessionsNeeded).toBe(5);
    const r5 = evaluateMastery(series([90, 90, 90, 90, 90]), c);
    expect(r5.status).toBe('met');
    expect(r5.firstMetOn).toBe(day(5));
    expect(r5.metSessionDates).toEqual([day(3), day(4), day(5)]);
  });

  it('a window met before minSessions is reached does not count until it holds at minSessions', () => {
    const c: MasteryCriterion = { ...threeConsecutive80, minSessions: 5 };
    // First three meet, then a miss at 4: at session 5 the window (3, 4, 5) fails.
    expect(evaluateMastery(series([90, 90, 90, 10, 90]), c).status).toBe('not-met');
  });

  it('of-last windows: at least K of the last N', () => {
    const c: MasteryCriterion = { comparator: '>=', value: 5, window: { kind: 'of-last', met: 4, sessions: 5 }, minSessions: 5 };
    const r = evaluateMastery(series([5, 6, 2, 7, 8]), c);
    expect(r.status).toBe('met');
    expect(r.firstMetOn).toBe(day(5));
    expect(r.metSessionDates).toEqual([day(1), day(2), day(3), day(4), day(5)]);
    const notYet = evaluateMastery(series([5, 1, 2, 7, 8, 9]), c);
    // windows ending at 5: 3 of 5; at 6: (1,2,7,8,9) 3 of 5.
    expect(notYet.status).toBe('not-met');
    const later = evaluateMastery(series([5, 1, 2, 7, 8, 9, 6]), c);
    expect(later.firstMetOn).toBe(day(7));
  });

  it('insufficient-data vs not-met', () => {
    const c: MasteryCriterion = { comparator: '<=', value: 2, window: { kind: 'of-last', met: 4, sessions: 5 }, minSessions: 5 };
    expect(evaluateMastery(series([1, 1, 1, 1]), c).status).toBe('insufficient-data');
    expect(evaluateMastery(series([3, 3, 3, 3, 3]), c).status).toBe('not-met');
    expect(evaluateMastery([], c)).toMatchObject({ status: 'insufficient-data', dataSessions: 0, currentWindow: [] });
  });

  it('honours each comparator', () => {
    const base = { value: 2, window: { kind: 'consecutive' as const, sessions: 1 }, minSessions: 1 };
    expect(evaluateMastery(series([2]), { ...base, comparator: '>=' }).status).toBe('met');
    expect(evaluateMastery(series([2]), { ...base, comparator: '>' }).status).toBe('not-met');
    expect(evaluateMastery(series([2]), { ...base, comparator: '<=' }).status).toBe('met');
    expect(evaluateMastery(series([2]), { ...base, comparator: '<' }).status).toBe('not-met');
  });

  it('property: for ">=", raising the threshold never turns not-met into met', () => {
    const window = fc.oneof(
      fc.integer({ min: 1, max: 4 }).map((sessions) => ({ kind: 'consecutive' as const, sessions })),
      fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
        .map(([met, extra]) => ({ kind: 'of-last' as const, met, sessions: met + extra })),
    );
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 15 });
    fc.assert(
      fc.property(values, window, fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 5 }), (vs, w, minSessions, low, raise) => {
        const points = series(vs);
        const lo = evaluateMastery(points, { comparator: '>=', value: low, window: w, minSessions });
        const hi = evaluateMastery(points, { comparator: '>=', value: low + raise, window: w, minSessions });
        if (hi.status === 'met') {
          expect(lo.status).toBe('met');
          expect((lo.firstMetOn as string) <= (hi.firstMetOn as string)).toBe(true);
        }
        // The same for "<=" with a lowered threshold.
        const loLe = evaluateMastery(points, { comparator: '<=', value: low, window: w, minSessions });
        const hiLe = evaluateMastery(points, { comparator: '<=', value: low + raise, window: w, minSessions });
        if (loLe.status === 'met') expect(hiLe.status).toBe('met');
      }),
    );
  });
});

describe('criterionPhrase', () => {
  it('renders plain words', () => {
    expect(criterionPhrase(threeConsecutive80, '%')).toBe('≥ 80 % in 3 consecutive sessions');
    expect(
      criterionPhrase({ comparator: '<=', value: 2, window: { kind: 'of-last', met: 4, sessions: 5 }, minSessions: 5 }, ''),
    ).toBe('≤ 2 in 4 of the last 5 sessions (at least 5 sessions)');
    expect(criterionPhrase({ ...threeConsecutive80, minSessions: 6 }, '%')).toBe(
      '≥ 80 % in 3 consecutive sessions (at least 6 sessions)',
    );
    expect(
      criterionPhrase({ comparator: '<', value: -1.5, window: { kind: 'consecutive', sessions: 1 }, minSessions: 1 }, 'points'),
    ).toBe('< −1.5 points in 1 consecutive session');
  });
});

describe('parseCriterionPhrase', () => {
  const c = (comparator: MasteryCriterion['comparator'], value: number, window: MasteryCriterion['window'], minSessions: number) => ({
    comparator,
    value,
    window,
    minSessions,
  });

  it.each([
    ['>= 80% in 3 consecutive sessions', c('>=', 80, { kind: 'consecutive', sessions: 3 }, 3)],
    ['≥ 80 % in 3 consecutive sessions', c('>=', 80, { kind: 'consecutive', sessions: 3 }, 3)],
    ['4 of the last 5 sessions ≥ 5', c('>=', 5, { kind: 'of-last', met: 4, sessions: 5 }, 5)],
    ['at most 2 in 3 consecutive sessions', c('<=', 2, { kind: 'consecutive', sessions: 3 }, 3)],
    ['at least 80% in 4 of the last 5 sessions', c('>=', 80, { kind: 'of-last', met: 4, sessions: 5 }, 5)],
    ['≤ 2 in 4 of the last 5 sessions (at least 6 sessions)', c('<=', 2, { kind: 'of-last', met: 4, sessions: 5 }, 6)],
    ['fewer than 3 in 2 consecutive sessions', c('<', 3, { kind: 'consecutive', sessions: 2 }, 2)],
    ['More than 0.5 /min over 4 consecutive sessions', c('>', 0.5, { kind: 'consecutive', sessions: 4 }, 4)],
    ['< −2 points in 1 consecutive session', c('<', -2, { kind: 'consecutive', sessions: 1 }, 1)],
  ])('%s', (text, expected) => {
    expect(parseCriterionPhrase(text)).toEqual(expected);
  });

  it.each([
    ['banana', /window/],
    ['80% in 3 consecutive sessions', /comparison/],
    ['>= 80% in 6 of the last 5 sessions', /met must not exceed sessions/],
    ['>= in 3 consecutive sessions', /comparison/],
  ])('rejects %s', (text, message) => {
    const r = parseCriterionPhrase(text);
    expect('error' in r && r.error).toMatch(message);
  });

  it('property: parse(phrase(c)) equals c', () => {
    const window = fc.oneof(
      fc.integer({ min: 1, max: 50 }).map((sessions) => ({ kind: 'consecutive' as const, sessions })),
      fc
        .tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }))
        .map(([a, b]) => ({ kind: 'of-last' as const, met: Math.min(a, b), sessions: Math.max(a, b) })),
    );
    const value = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
    );
    const criterion = fc.record({
      comparator: fc.constantFrom<MasteryCriterion['comparator']>('>=', '>', '<=', '<'),
      value,
      window,
    });
    const unit = fc.constantFrom('', '%', 'occurrences', '/min', 's', 'points');
    fc.assert(
      fc.property(criterion, unit, fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), (cr, u, min) => {
        // minSessions equal to the window size (the required round trip) or any other value.
        const full: MasteryCriterion = { ...cr, minSessions: min ?? cr.window.sessions };
        expect(parseCriterionPhrase(criterionPhrase(full, u))).toEqual(full);
      }),
    );
  });
});
