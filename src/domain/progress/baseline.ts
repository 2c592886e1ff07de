/**
 * Baseline integrity: whether a baseline phase can stand as the "A" an effect size is computed
 * against. ONE rule, in one place; every screen and report shows its label.
 *
 * In order, the first that applies:
 * - no baseline data                      → not usable, reason 'none';
 * - a linked intervention was delivered   → not usable, reason 'contaminated': the "baseline" was
 *   in a baseline-phase session               itself treatment, so A vs B compares treatment with
 *                                             treatment;
 * - fewer than 3 baseline data sessions   → not usable, reason 'too-short';
 * - 3 or 4 baseline data sessions         → usable, reason 'short' (shown with "short baseline");
 * - 5 or more                             → usable, reason 'adequate'.
 *
 * Source of the thresholds: What Works Clearinghouse single-case design standards (Kratochwill et
 * al., 2010, WWC Single-Case Design Technical Documentation v1.0; Kratochwill et al., 2013,
 * Remedial and Special Education 34(1), 26–38, doi:10.1177/0741932512452794): a phase needs at
 * least 3 data points to meet the standards with reservations and at least 5 to meet them without.
 */
export const MIN_BASELINE_POINTS = 3;
export const FULL_BASELINE_POINTS = 5;

export type BaselineReason = 'none' | 'contaminated' | 'too-short' | 'short' | 'adequate';

export interface BaselineVerdict {
  /** An effect size may be computed against this baseline. */
  usable: boolean;
  reason: BaselineReason;
  /** What every screen and report prints about the baseline; null when there is nothing to say. */
  label: string | null;
}

export interface BaselineFacts {
  /** Data sessions in the baseline phase. */
  points: number;
  /** An intervention linked to the objective was delivered in a session of the baseline phase. */
  contaminated: boolean;
}

export const BASELINE_LABELS: Record<Exclude<BaselineReason, 'adequate'>, string> = {
  none: 'no baseline to compare with',
  contaminated: 'the baseline is contaminated (an intervention for this objective was delivered during the baseline phase), so no effect size is computed',
  'too-short': `the baseline is too short (fewer than ${MIN_BASELINE_POINTS} sessions), so no effect size is computed`,
  short: `short baseline: fewer than ${FULL_BASELINE_POINTS} baseline sessions`,
};

export function baselineVerdict(f: BaselineFacts): BaselineVerdict {
  if (f.points <= 0) return { usable: false, reason: 'none', label: BASELINE_LABELS.none };
  if (f.contaminated) return { usable: false, reason: 'contaminated', label: BASELINE_LABELS.contaminated };
  if (f.points < MIN_BASELINE_POINTS) return { usable: false, reason: 'too-short', label: BASELINE_LABELS['too-short'] };
  if (f.points < FULL_BASELINE_POINTS) return { usable: true, reason: 'short', label: BASELINE_LABELS.short };
  return { usable: true, reason: 'adequate', label: null };
}

/**
 * Whether any of `deliveryDates` (the dates of sessions in which an intervention linked to the
 * objective was delivered) falls inside the baseline phase: from its start date up to, not
 * including, the start of the phase after it (`nextStart`, null when it is the last phase).
 */
export function deliveredDuring(deliveryDates: readonly string[], start: string, nextStart: string | null): boolean {
  return deliveryDates.some((d) => d >= start && (nextStart === null || d < nextStart));
}
