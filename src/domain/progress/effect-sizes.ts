/**
 * Single-case effect sizes: PND, NAP, Tau and Tau-U, honouring the direction of
 * improvement.
 *
 * Reference implementation: the R package SingleCaseES (jepusto/SingleCaseES,
 * file R/non-overlap-measures.R: calc_PND, calc_NAP, calc_Tau, calc_Tau_U).
 * Verified against its source:
 * - every index first negates all data when improvement is "decrease";
 * - PND = mean(B > max(A)) (strict: ties with the baseline extreme do not count);
 * - NAP = mean over all (a, b) pairs of (b > a) + 0.5·(b == a);
 * - Tau = 2·NAP − 1;
 * - Tau-U = (Q_P − Q_B) / (m·n), where Q_P = Σ_{a∈A, b∈B} sign(b − a) and
 *   Q_B = Σ_{i<j} sign(A_j − A_i) (Kendall's S of the baseline in session
 *   order: `Q_B[upper.tri(Q_B)]` with Q_B[i, j] = sign(A_j − A_i)). The
 *   denominator is m·n, not the number of pairs including baseline pairs.
 *   A must therefore be in session (date) order.
 * Checked against the package's documented values (vignette "Using
 * SingleCaseES" and tests/testthat/test-parker-vannest-davis-2011.R); see
 * effect-sizes.test.ts.
 * Tau without baseline-trend correction (A vs B) is `tau`.
 */
import type { Direction } from '../criterion.js';

export interface EffectSizeInput {
  /** Baseline (A) values in session order. */
  baseline: number[];
  /** Treatment (B) values in session order. */
  treatment: number[];
  direction: 'increase' | 'decrease';
}

export interface EffectSizes {
  /** Proportion (0–1) of treatment points beyond the most extreme baseline point. */
  pnd: number;
  /** Non-overlap of all pairs (0–1), ties counting one half. */
  nap: number;
  /** 2·NAP − 1 (−1 to 1): Tau for A vs B without trend correction. */
  tau: number;
  /** Tau-U with baseline-trend correction (SingleCaseES Tau_U). */
  tauU: number;
}

function checkPhase(values: readonly number[], name: string): void {
  if (values.length === 0) throw new Error(`effect sizes need at least one ${name} point`);
  if (!values.every(Number.isFinite)) throw new Error(`effect sizes need finite ${name} values`);
}

/** Sign of a − b compared without subtraction, so huge values cannot overflow. */
function cmp(a: number, b: number): -1 | 0 | 1 {
  return a > b ? 1 : a < b ? -1 : 0;
}

export function effectSizes(input: { baseline: number[]; treatment: number[]; direction: 'increase' | 'decrease' }): {
  pnd: number;
  nap: number;
  tau: number;
  tauU: number;
} {
  checkPhase(input.baseline, 'baseline');
  checkPhase(input.treatment, 'treatment');
  const flip = input.direction === 'decrease' ? -1 : 1;
  // `+ 0` turns −0 into 0 so a negated 0 ties with 0.
  const a = input.baseline.map((v) => flip * v + 0);
  const b = input.treatment.map((v) => flip * v + 0);
  const m = a.length;
  const n = b.length;

  const best = Math.max(...a);
  const pnd = b.filter((v) => v > best).length / n;

  let qp = 0; // Σ sign(b − a)
  let wins = 0; // Σ (b > a) + 0.5·(b == a)
  for (const bj of b) {
    for (const ai of a) {
      const s = cmp(bj, ai);
      qp += s;
      wins += s === 1 ? 1 : s === 0 ? 0.5 : 0;
    }
  }
  let qb = 0; // Σ_{i<j} sign(A_j − A_i)
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) qb += cmp(a[j] as number, a[i] as number);
  }
  const nap = wins / (m * n);
  return { pnd, nap, tau: 2 * nap - 1, tauU: (qp - qb) / (m * n) };
}

export type NapStrength = 'strong' | 'moderate' | 'weak or small';

/**
 * Parker & Vannest (2009): NAP ≥ 0.93 strong, 0.66–0.92 moderate, below 0.66
 * weak or small. Their bands are in two decimals, so NAP is rounded to two
 * decimals first (the value shown is the value classified).
 */
export function napStrength(nap: number): NapStrength {
  const r = Number(nap.toFixed(2));
  if (r >= 0.93) return 'strong';
  if (r >= 0.66) return 'moderate';
  return 'weak or small';
}

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}

function two(x: number): string {
  return x.toFixed(2).replace(/^-/, '−');
}

/**
 * Tau-U as shown: within [−1, 1]. SingleCaseES's Tau_U divides by m·n only, so a baseline trend
 * against the goal can push it past 1 (e.g. 22/21 in effect-sizes.test.ts); the API and CSV keep
 * that raw value (`tauU`), and the display says when it was bounded.
 */
export function boundedTauU(tauU: number): { value: number; bounded: boolean } {
  const value = Math.min(1, Math.max(-1, tauU));
  return { value, bounded: value !== tauU };
}

function tauUText(tauU: number): string {
  const b = boundedTauU(tauU);
  return b.bounded ? `Tau-U ${two(b.value)}, bounded; raw ${two(tauU)}` : `Tau-U ${two(b.value)}`;
}

/**
 * Shown with every effect size. No interval is given: SingleCaseES's Tau_U returns a point
 * estimate only (no standard error; its NAP and Tau carry one, Tau-U does not), and a handful of
 * autocorrelated sessions of one client supports no more than a description.
 */
export const EFFECT_SIZE_CAVEAT = 'single case: read the graph first; no confidence interval';

/**
 * Plain words, e.g. "moderate effect (NAP 0.92, PND 71 %, Tau 0.83, Tau-U 0.74; 3 × 7 session
 * pairs)". With the phases' sizes, the number of pairs the indices rest on is stated, so two
 * decimals are read against it.
 */
export function describeEffectSize(es: EffectSizes, sizes?: { baseline: number; treatment: number }): string {
  const away = es.nap < 0.5 ? ', data moving away from the goal' : '';
  const pairs = sizes ? `; ${sizes.baseline} × ${sizes.treatment} session pairs` : '';
  return `${napStrength(es.nap)} effect${away} (NAP ${two(es.nap)}, PND ${pct(es.pnd)}, Tau ${two(es.tau)}, ${tauUText(es.tauU)}${pairs})`;
}

/** Direction-aware comparison of two phases' values; null when either is empty. */
export function compareValues(baseline: number[], treatment: number[], direction: Direction): EffectSizes | null {
  if (baseline.length === 0 || treatment.length === 0) return null;
  return effectSizes({ baseline, treatment, direction });
}
