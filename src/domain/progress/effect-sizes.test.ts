import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareValues, describeEffectSize, effectSizes, napStrength } from './effect-sizes.js';

/*
 * Where the expected values come from
 * -----------------------------------
 * [SCES-vignette] SingleCaseES (jepusto/SingleCaseES), vignette "Basic effect
 *   sizes calculations using SingleCaseES" (articles/Using-SingleCaseES.html),
 *   printed R output for A = 20 20 26 25 22 23, B = 28 25 24 27 30 30 29:
 *   increase: NAP 0.9166667, PND 0.7142857, Tau 0.8333333, Tau-U 0.7380952;
 *   decrease (calc_ES(..., ES = "NOM", improvement = "decrease")):
 *   NAP 0.08333333, PND 0, Tau −0.83333333, Tau-U −0.73809524.
 * [SCES-tests] SingleCaseES tests/testthat/test-parker-vannest-davis-2011.R:
 *   same data: PND 5/7, NAP 38.5/42, Tau (38 − 3)/42; and
 *   A = 3 3 4 5, B = 4 5 6 7 7: Tau 16/20, Tau-U 11/20.
 * [SCES-McKissick] the McKissick (2010) data set shipped with SingleCaseES
 *   (tests/testdata/McKissick.csv), improvement "decrease"; NAP and PND per
 *   period as printed by batch_calc_ES in the same vignette:
 *   Period 1 NAP 1, PND 1; Period 2 NAP 0.7714286, PND 0.4285714;
 *   Period 3 NAP 0.9166667, PND 0.75. The vignette prints no Tau-U for these,
 *   so their Tau-U values below are computed BY HAND with SingleCaseES's
 *   calc_Tau_U formula (negate for "decrease", (Q_P − Q_B)/(m·n)).
 * [hand] small examples worked out by hand in the comments.
 */
const close = (actual: number, expected: number, digits = 7) => expect(actual).toBeCloseTo(expected, digits);

describe('effectSizes: published SingleCaseES values', () => {
  const A = [20, 20, 26, 25, 22, 23];
  const B = [28, 25, 24, 27, 30, 30, 29];

  it('increase [SCES-vignette, SCES-tests]', () => {
    const es = effectSizes({ baseline: A, treatment: B, direction: 'increase' });
    close(es.pnd, 0.7142857);
    close(es.nap, 0.9166667);
    close(es.tau, 0.8333333);
    close(es.tauU, 0.7380952);
    expect(es.pnd).toBe(5 / 7);
    expect(es.nap).toBe(38.5 / 42);
    close(es.tau, (38 - 3) / 42, 12);
    // [hand] Q_P = 35; baseline Kendall S: 4 + 4 − 3 − 2 + 1 = 4; (35 − 4)/42 = 31/42.
    close(es.tauU, 31 / 42, 12);
  });

  it('decrease [SCES-vignette]', () => {
    const es = effectSizes({ baseline: A, treatment: B, direction: 'decrease' });
    close(es.nap, 0.08333333);
    expect(es.pnd).toBe(0);
    close(es.tau, -0.83333333);
    close(es.tauU, -0.73809524);
  });

  it('Tau and Tau-U, example 2 [SCES-tests]', () => {
    const es = effectSizes({ baseline: [3, 3, 4, 5], treatment: [4, 5, 6, 7, 7], direction: 'increase' });
    close(es.tau, 16 / 20, 12);
    // [hand] baseline S: (3,3)=0 (3,4)+ (3,5)+ (3,4)+ (3,5)+ (4,5)+ = 5; (16 − 5)/20.
    close(es.tauU, 11 / 20, 12);
  });

  it('McKissick, decrease [SCES-McKissick]', () => {
    const p1 = effectSizes({
      baseline: [13.62, 12.57, 15.76],
      treatment: [5.97, 4.63, 5.82, 3.72, 8.07, 2.95, 11.86],
      direction: 'decrease',
    });
    expect(p1.nap).toBe(1);
    expect(p1.pnd).toBe(1);
    // [hand] Q_P = 21 (all pairs improve); negated-baseline S = (+1 −1 −1) = −1; (21 + 1)/21.
    // Tau-U is not bounded by 1: SingleCaseES divides by m·n only.
    close(p1.tauU, 22 / 21, 12);

    const p2 = effectSizes({
      baseline: [8.07, 21.86, 19.6, 20.98, 17.75],
      treatment: [9.96, 4.02, 10.8, 9.57, 0.04, 5.57, 24.52],
      direction: 'decrease',
    });
    close(p2.nap, 0.7714286);
    close(p2.pnd, 0.4285714);
    // [hand] 27 improving pairs, 8 not: Q_P = 19; negated-baseline S = −4 + 3 + 0 + 1 = 0; 19/35.
    close(p2.tauU, 19 / 35, 12);

    const p3 = effectSizes({
      baseline: [11.82, 13.95, 11.93, 16.09, 18.09, 11.75, 13.75, 12.59, 11],
      treatment: [1.98, 4.8, 11.87, 5.34],
      direction: 'decrease',
    });
    close(p3.nap, 0.9166667);
    expect(p3.pnd).toBe(0.75);
    // [hand] Q_P = 27 + (6 − 3) = 30; baseline S = 4 − 3 + 2 − 3 − 4 + 1 − 2 − 1 = −6,
    // negated +6; (30 − 6)/36.
    close(p3.tauU, 24 / 36, 12);
  });

  it('Parker & Vannest (2009) example series used in SingleCaseES NAP docs [hand]', () => {
    // yA/yB from SingleCaseES's NAP() examples. By hand: for each B point, the number of
    // A points below it plus half the ties: 8.5 + 10 + 9.5 + 10 + 9.5 + 8.5 + 10·5 = 106; 106/110.
    const es = effectSizes({
      baseline: [4, 3, 4, 3, 4, 7, 5, 2, 3, 2],
      treatment: [5, 9, 7, 9, 7, 5, 9, 11, 11, 10, 9],
      direction: 'increase',
    });
    close(es.nap, 106 / 110, 12);
    // [hand] B points above max(A) = 7: 9 9 9 11 11 10 9 → 7/11.
    expect(es.pnd).toBe(7 / 11);
  });
});

describe('effectSizes: hand examples', () => {
  it('A = 1 2 3, B = 4 5 6, increase', () => {
    // All 9 pairs improve: NAP 1, PND 1, Tau 1. Baseline S = 3 (1<2, 1<3, 2<3): (9 − 3)/9.
    const es = effectSizes({ baseline: [1, 2, 3], treatment: [4, 5, 6], direction: 'increase' });
    expect(es).toEqual({ pnd: 1, nap: 1, tau: 1, tauU: 6 / 9 });
    close(es.tauU, 0.667, 3);
  });

  it('A = 1 2 3, B = 4 5 6, decrease', () => {
    // Negated: A' = −1 −2 −3, B' = −4 −5 −6: Q_P = −9, S = −3: (−9 + 3)/9.
    const es = effectSizes({ baseline: [1, 2, 3], treatment: [4, 5, 6], direction: 'decrease' });
    expect(es).toEqual({ pnd: 0, nap: 0, tau: -1, tauU: -6 / 9 });
  });

  it('ties: half for NAP, nothing for PND', () => {
    // A = 1 2, B = 2 3. Pairs: (1,2) 1, (2,2) ½, (1,3) 1, (2,3) 1 → NAP 3.5/4.
    // PND: only 3 > max(A) = 2 → ½. Q_P = 3, S = 1 → Tau-U (3 − 1)/4.
    const es = effectSizes({ baseline: [1, 2], treatment: [2, 3], direction: 'increase' });
    expect(es).toEqual({ pnd: 0.5, nap: 0.875, tau: 0.75, tauU: 0.5 });
  });

  it('decrease: improvement is below the lowest baseline point', () => {
    // A = 5 4, B = 4 3 6. PND: below 4 → only 3 → 1/3. NAP pairs improving (b < a):
    // 4: vs 5 yes, vs 4 tie ½ → 1.5; 3: 2; 6: 0 → 3.5/6.
    const es = effectSizes({ baseline: [5, 4], treatment: [4, 3, 6], direction: 'decrease' });
    expect(es.pnd).toBe(1 / 3);
    expect(es.nap).toBe(3.5 / 6);
  });

  it('refuses empty phases with a clear message', () => {
    expect(() => effectSizes({ baseline: [], treatment: [1], direction: 'increase' })).toThrow(
      'effect sizes need at least one baseline point',
    );
    expect(() => effectSizes({ baseline: [1], treatment: [], direction: 'decrease' })).toThrow(
      'effect sizes need at least one treatment point',
    );
    expect(() => effectSizes({ baseline: [Number.NaN], treatment: [1], direction: 'increase' })).toThrow(/finite/);
  });

  it('compareValues returns null for an empty phase', () => {
    expect(compareValues([], [1, 2], 'increase')).toBeNull();
    expect(compareValues([1], [2], 'increase')?.nap).toBe(1);
  });
});

describe('describeEffectSize', () => {
  it('uses the Parker & Vannest (2009) NAP bands', () => {
    expect(napStrength(0.93)).toBe('strong');
    expect(napStrength(0.92)).toBe('moderate');
    expect(napStrength(0.66)).toBe('moderate');
    expect(napStrength(0.65)).toBe('weak or small');
    expect(napStrength(0.2)).toBe('weak or small');
  });

  it('renders plain words', () => {
    const es = effectSizes({ baseline: [20, 20, 26, 25, 22, 23], treatment: [28, 25, 24, 27, 30, 30, 29], direction: 'increase' });
    expect(describeEffectSize(es)).toBe('moderate effect (NAP 0.92, PND 71 %, Tau 0.83, Tau-U 0.74)');
    expect(describeEffectSize({ pnd: 1, nap: 1, tau: 1, tauU: 0.67 })).toMatch(/^strong effect/);
    expect(describeEffectSize({ pnd: 0, nap: 0.1, tau: -0.8, tauU: -0.9 })).toContain('away from the goal');
  });
});

describe('effectSizes: properties', () => {
  const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 12 });
  const direction = fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease');

  it('NAP lies in [0, 1], PND in [0, 1], and Tau = 2·NAP − 1', () => {
    fc.assert(
      fc.property(series, series, direction, (baseline, treatment, d) => {
        const es = effectSizes({ baseline, treatment, direction: d });
        expect(es.nap).toBeGreaterThanOrEqual(0);
        expect(es.nap).toBeLessThanOrEqual(1);
        expect(es.pnd).toBeGreaterThanOrEqual(0);
        expect(es.pnd).toBeLessThanOrEqual(1);
        expect(es.tau).toBeCloseTo(2 * es.nap - 1, 12);
      }),
    );
  });

  it('flipping the direction equals negating every value', () => {
    fc.assert(
      fc.property(series, series, (baseline, treatment) => {
        const dec = effectSizes({ baseline, treatment, direction: 'decrease' });
        const neg = effectSizes({
          baseline: baseline.map((v) => -v),
          treatment: treatment.map((v) => -v),
          direction: 'increase',
        });
        expect(dec).toEqual(neg);
      }),
    );
  });

  it('is invariant under any strictly increasing transformation of all values', () => {
    const transforms: ((v: number) => number)[] = [
      (v) => 3 * v - 7,
      (v) => v * v * v + v,
      (v) => Math.exp(v / 10),
      (v) => 1000 + v / 4,
    ];
    fc.assert(
      fc.property(series, series, direction, fc.integer({ min: 0, max: transforms.length - 1 }), (a, b, d, k) => {
        const f = transforms[k] as (v: number) => number;
        const before = effectSizes({ baseline: a, treatment: b, direction: d });
        const after = effectSizes({ baseline: a.map(f), treatment: b.map(f), direction: d });
        expect(after).toEqual(before);
      }),
    );
  });

  it('Tau-U equals Tau when the baseline has no trend (all baseline values equal)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 6 }), series, direction, (v, m, b, d) => {
        const es = effectSizes({ baseline: Array<number>(m).fill(v), treatment: b, direction: d });
        expect(es.tauU).toBeCloseTo(es.tau, 12);
      }),
    );
  });
});

describe('Tau-U as shown', () => {
  it('is bounded to [−1, 1] and says so, while the raw SingleCaseES value is kept', () => {
    const es = { pnd: 1, nap: 1, tau: 1, tauU: 22 / 21 };
    expect(describeEffectSize(es)).toContain('Tau-U 1.00, bounded; raw 1.05');
    expect(es.tauU).toBeCloseTo(22 / 21, 12);
    expect(describeEffectSize({ pnd: 0.5, nap: 0.9, tau: 0.8, tauU: 0.74 }, { baseline: 3, treatment: 7 })).toContain('Tau-U 0.74; 3 × 7 session pairs');
  });
  it('property: no Tau-U printed outside [−1, 1], whatever the data', () => {
    const series = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(series, series, fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'), (a, b, d) => {
        const shown = /Tau-U (−?\d+\.\d\d)/.exec(describeEffectSize(effectSizes({ baseline: a, treatment: b, direction: d })))!;
        expect(Math.abs(Number(shown[1]!.replace('−', '-')))).toBeLessThanOrEqual(1);
      }),
    );
  });
});
