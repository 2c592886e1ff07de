/**
 * On track or not: ONE rule for "on track to meet by…" and its absence.
 *
 * The aim line runs from the baseline level to the criterion value on the target date, so the
 * trend reaches the aim line's end by the target date exactly when the trend's projected crossing
 * of the criterion value falls on or before it. In order, the first that applies:
 * - 'met'            the criterion is met;
 * - 'too-early'      not enough data in the current phase to judge;
 * - 'not-on-track'   the data are flat or moving away from the goal (not progressing), or the
 *                    trend is not heading to the criterion value (no projection), or its
 *                    projected date falls after the target date;
 * - 'no-target-date' progressing, but there is no target date to be on track for;
 * - 'on-track'       progressing, projected on or before the target date.
 */
import type { ProgressStatus } from './status.js';

export type TrackVerdict = 'met' | 'on-track' | 'not-on-track' | 'too-early' | 'no-target-date';

export function trackVerdict(p: { status: ProgressStatus; projectedDate: string | null; targetDate: string | null }): TrackVerdict {
  if (p.status === 'met') return 'met';
  if (p.status === 'insufficient-data') return 'too-early';
  if (p.status === 'not-progressing' || p.projectedDate === null) return 'not-on-track';
  if (p.targetDate === null) return 'no-target-date';
  return p.projectedDate <= p.targetDate ? 'on-track' : 'not-on-track';
}
