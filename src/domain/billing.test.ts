import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateTimedUnits, authorizationStanding, belowMinimum, codeApplies, diagnosisPointer, dollars, hourUnits, sessionUnits, timedUnits, unitsOfDay, weekOf } from './billing.js';

describe('15-minute timed units (CMS Pub. 100-04, Ch. 5, §20.2)', () => {
  // The manual's table of 1 through 8 units, its edges, and "the pattern remains the same" after 2 hours.
  const table: [number, number][] = [
    [0, 0], [1, 0], [7, 0], [8, 1], [15, 1], [22, 1], [23, 2], [37, 2], [38, 3], [52, 3], [53, 4], [67, 4],
    [68, 5], [82, 5], [83, 6], [97, 6], [98, 7], [112, 7], [113, 8], [127, 8], [128, 9], [142, 9], [143, 10],
  ];
  it.each(table)('%i minutes → %i units', (minutes, units) => expect(timedUnits(minutes)).toBe(units));

  it('units never decrease as minutes grow, and never exceed minutes / 15 rounded up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 200 }), (m, more) => {
        expect(timedUnits(m + more)).toBeGreaterThanOrEqual(timedUnits(m));
        expect(timedUnits(m)).toBeLessThanOrEqual(Math.ceil(m / 15));
      }),
    );
  });
});

describe('a day of several timed services: the total minutes decide the units', () => {
  const alloc = (...minutes: number[]) => [...allocateTimedUnits(minutes.map((m, i) => ({ key: `s${i}`, minutes: m }))).values()];
  it('24 + 23 minutes (47 in all) → 3 units, 2 to the longer service', () => expect(alloc(24, 23)).toEqual([2, 1]));
  it('33 + 7 minutes (40) → 3 units: 2 and 1', () => expect(alloc(33, 7)).toEqual([2, 1]));
  it('33 + 7 + 7 (47) → 3 units: the two short services share one unit, to the first', () => expect(alloc(33, 7, 7)).toEqual([2, 1, 0]));
  it('5 + 7 minutes (12) → one unit, for the service with more minutes', () => expect(alloc(5, 7)).toEqual([0, 1]));
  it('5 + 2 minutes (7) → nothing', () => expect(alloc(5, 2)).toEqual([0, 0]));
  it('a service of 15 minutes or more keeps at least one unit per whole 15 minutes', () => expect(alloc(30, 7, 7, 7)).toEqual([2, 1, 0, 0]));
  it('30 + 8 + 8 + 8 (54) → 4 units: 2, then one to each of two of the short services', () => expect(alloc(30, 8, 8, 8)).toEqual([2, 1, 1, 0]));

  it('the units of a day always add up to the units of its total minutes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 }), (ms) => {
        const units = alloc(...ms);
        expect(units.reduce((a, b) => a + b, 0)).toBe(timedUnits(ms.reduce((a, b) => a + b, 0)));
        ms.forEach((m, i) => expect(units[i]!).toBeGreaterThanOrEqual(Math.floor(m / 15)));
      }),
    );
  });

  it('adding minutes to one service of the day never lowers the day’s units', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 5 }), fc.nat({ max: 60 }), (ms, more) => {
        const before = alloc(...ms).reduce((a, b) => a + b, 0);
        const after = alloc(...ms.map((m, i) => (i === 0 ? m + more : m))).reduce((a, b) => a + b, 0);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

describe('per session and per hour', () => {
  it.each([[0, 0], [1, 1], [45, 1], [300, 1]])('per session: %i minutes → %i', (m, u) => expect(sessionUnits(m)).toBe(u));
  const hours: [number, 'down' | 'nearest' | 'up', number][] = [
    [0, 'down', 0], [59, 'down', 0], [60, 'down', 1], [119, 'down', 1],
    [29, 'nearest', 0], [30, 'nearest', 1], [89, 'nearest', 1], [90, 'nearest', 2],
    [0, 'up', 0], [1, 'up', 1], [60, 'up', 1], [61, 'up', 2],
  ];
  it.each(hours)('per hour: %i minutes, rounding %s → %i', (m, r, u) => expect(hourUnits(m, r)).toBe(u));

  it('per-session and per-hour units never decrease as minutes grow', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1500 }), fc.nat({ max: 200 }), fc.constantFrom('down' as const, 'nearest' as const, 'up' as const), (m, more, r) => {
        expect(hourUnits(m + more, r)).toBeGreaterThanOrEqual(hourUnits(m, r));
        expect(sessionUnits(m + more)).toBeGreaterThanOrEqual(sessionUnits(m));
      }),
    );
  });

  it('a day mixes rules: timed lines share the 8-minute rule, the others stand alone', () => {
    const u = unitsOfDay([
      { key: 'a', rule: 'per_15_minutes_cms', minutes: 5 },
      { key: 'b', rule: 'per_15_minutes_cms', minutes: 5 },
      { key: 'c', rule: 'per_session', minutes: 45 },
      { key: 'd', rule: 'per_hour', minutes: 90, hourRounding: 'down' },
    ]);
    expect(Object.fromEntries(u)).toEqual({ a: 1, b: 0, c: 1, d: 1 });
  });
});

describe('around the units', () => {
  it('a code with no kinds or settings applies everywhere; otherwise only where listed', () => {
    expect(codeApplies({ sessionTypes: [], settings: [] }, { type: 'group', setting: 'hospice' })).toBe(true);
    expect(codeApplies({ sessionTypes: ['group'], settings: [] }, { type: 'individual', setting: 'school' })).toBe(false);
    expect(codeApplies({ sessionTypes: [], settings: ['school'] }, { type: 'individual', setting: 'school' })).toBe(true);
  });
  it('authorizations: used, remaining, and what one more session would do', () => {
    expect(authorizationStanding({ amount: 10, used: 8 }, 2)).toEqual({ used: 8, remaining: 2, exceeded: false, wouldExceed: false });
    expect(authorizationStanding({ amount: 10, used: 8 }, 3)).toMatchObject({ wouldExceed: true, exceeded: false });
    expect(authorizationStanding({ amount: 10, used: 11 })).toMatchObject({ remaining: -1, exceeded: true });
  });
  it('dollars, weeks, pointers', () => {
    expect([dollars(0), dollars(5), dollars(12345)]).toEqual(['0.00', '0.05', '123.45']);
    expect([weekOf('2026-12-03'), weekOf('2026-11-30'), weekOf('2026-12-06')]).toEqual(['2026-11-30', '2026-11-30', '2026-11-30']);
    expect([diagnosisPointer(0), diagnosisPointer(3)]).toEqual(['A', 'D']);
  });
});

describe('a code’s minimum minutes (G0176: "per session (45 minutes or more)")', () => {
  const table: [number, number | null, boolean][] = [[44, 45, true], [45, 45, false], [50, 45, false], [1, 45, true], [10, null, false], [0, 1, true]];
  it.each(table)('%i minutes, minimum %s → below: %s', (minutes, minimum, below) => expect(belowMinimum(minutes, minimum)).toBe(below));
});
