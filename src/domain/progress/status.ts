/**
 * Progress status per objective: ONE rule, in one place.
 *
 * - 'met'               the mastery criterion is met (evaluated over all the
 *                       objective's data sessions, every phase included);
 * - 'insufficient-data' otherwise, when the current (last) phase has fewer
 *                       than 3 data sessions;
 * - 'progressing'       otherwise, when the current phase's trend slope points
 *                       strictly in the direction of improvement AND the NAP of
 *                       the current phase vs the baseline is ≥ 0.66 (with no
 *                       baseline data, the trend direction alone decides);
 * - 'not-progressing'   otherwise.
 *
 * The baseline is the latest baseline phase with data that comes before the
 * current phase. With no phases at all, every point is in the current phase
 * and there is no baseline. Effect sizes are computed against it only when
 * baselineVerdict calls it usable (not contaminated, at least 3 points).
 *
 * A projected date is given only for a progressing objective (the trend of a
 * flat or worsening series says nothing about when the criterion is met);
 * trackVerdict then says whether it falls by the target date.
 */
import type { Direction, MasteryCriterion } from '../criterion.js';
import { baselineVerdict, deliveredDuring, type BaselineVerdict } from './baseline.js';
import { compareValues, type EffectSizes } from './effect-sizes.js';
import { trackVerdict, type TrackVerdict } from './track.js';
import { evaluateMastery, sortByDate, type MasteryResult } from './mastery.js';
import { median } from './summary.js';
import {
  addDays,
  phaseStats,
  phaseValues,
  splitByPhases,
  trend,
  type Phase,
  type PhasePoints,
  type PhaseStats,
  type Point,
  type TrendResult,
} from './trend.js';

export type ProgressStatus = 'met' | 'progressing' | 'not-progressing' | 'insufficient-data';
export const PROGRESS_STATUSES: readonly ProgressStatus[] = ['met', 'progressing', 'not-progressing', 'insufficient-data'];

/** Data sessions the current phase needs before progress is judged. */
export const MIN_PHASE_SESSIONS = 3;
/** NAP needed (current phase vs baseline) to call the objective progressing: Parker & Vannest's "moderate". */
export const PROGRESS_NAP = 0.66;
/** A projected date further away than this is not reported. */
const MAX_PROJECTION_DAYS = 100 * 366;

export interface ProgressInput {
  points: Point[];
  phases: Phase[];
  criterion: MasteryCriterion;
  direction: Direction;
  targetDate?: string | null;
  /** The objective's recorded baseline; used for the aim line only when no baseline phase has data. */
  baselineValue?: number | null;
  /** Dates of the sessions in which an intervention linked to the objective was delivered. */
  linkedDeliveryDates?: readonly string[];
}

export interface AimLine {
  from: { date: string; value: number };
  to: { date: string; value: number };
}

export interface PhaseSummary {
  phase: Phase;
  stats: PhaseStats;
  trend: TrendResult;
}

export interface ProgressResult {
  status: ProgressStatus;
  mastery: MasteryResult;
  /** Trend of the current phase. */
  trend: TrendResult;
  /** Current phase vs baseline; null when either has no data or the baseline is not usable. */
  effectSizes: EffectSizes | null;
  /** Whether the baseline can carry an effect size, and what to say about it. */
  baseline: BaselineVerdict;
  aimLine: AimLine | null;
  /** When the current trend, continued, reaches the criterion value; null unless progressing and heading there. */
  projectedDate: string | null;
  /** Whether the trend reaches the criterion by the target date (see track.ts). */
  track: TrackVerdict;
  currentPhase: Phase | null;
  baselinePhase: Phase | null;
  /** Data sessions in the current phase. */
  currentPhaseSessions: number;
  /** Level, variability and trend of every phase, in phase order. */
  phases: PhaseSummary[];
}

interface PhaseLayout {
  split: PhasePoints[];
  current: PhasePoints;
  baselineIndex: number | null;
}

function layout(points: Point[], phases: Phase[]): PhaseLayout {
  const split = splitByPhases(points, phases);
  const current = split.at(-1);
  if (!current) {
    const whole: Phase = { id: '', kind: 'intervention', label: '', startDate: '' };
    return { split: [], current: { phase: whole, points: sortByDate(points) }, baselineIndex: null };
  }
  let baselineIndex: number | null = null;
  for (let i = split.length - 2; i >= 0 && baselineIndex === null; i--) {
    const p = split[i] as PhasePoints;
    if (p.phase.kind === 'baseline' && phaseValues(p).length > 0) baselineIndex = i;
  }
  return { split, current, baselineIndex };
}

/** Date of the first intervention session after the baseline (else the first such phase's start, else the first data session). */
function firstInterventionDate(l: PhaseLayout): string | null {
  const after = l.split.slice((l.baselineIndex ?? -1) + 1).filter((p) => p.phase.kind === 'intervention');
  for (const p of after) {
    const first = p.points.find((pt) => pt.value !== null);
    if (first) return first.date;
  }
  if (after[0]) return after[0].phase.startDate;
  if (l.split.length === 0) return l.current.points.find((pt) => pt.value !== null)?.date ?? null;
  return null;
}

function aimLine(l: PhaseLayout, input: ProgressInput): AimLine | null {
  if (!input.targetDate) return null;
  const baseline = l.baselineIndex === null ? null : median(phaseValues(l.split[l.baselineIndex] as PhasePoints));
  const start = baseline ?? input.baselineValue ?? null;
  const date = firstInterventionDate(l);
  if (start === null || date === null) return null;
  return { from: { date, value: start }, to: { date: input.targetDate, value: input.criterion.value } };
}

/** When the fitted line reaches the criterion value, moving the way the comparator asks; never before `lastDate`. */
export function projectCrossing(t: TrendResult, criterion: MasteryCriterion, lastDate: string | null): string | null {
  if (t.slope === null || t.intercept === null || t.origin === null || t.slope === 0) return null;
  const rising = criterion.comparator === '>=' || criterion.comparator === '>';
  if (rising !== t.slope > 0) return null;
  const days = Math.ceil(((criterion.value - t.intercept) / t.slope) * 7 - 1e-9);
  if (!Number.isFinite(days) || Math.abs(days) > MAX_PROJECTION_DAYS) return null;
  const crossing = addDays(t.origin, days);
  return lastDate !== null && crossing < lastDate ? lastDate : crossing;
}

/**
 * With a baseline phase that cannot carry an effect size (contaminated, too short), the NAP gate
 * cannot be applied, and a trend alone must not upgrade the verdict: the trend then has to reach
 * the criterion by the target date (the aim-line rule), when there is one.
 */
function decide(mastery: MasteryResult, sessions: number, t: TrendResult, es: EffectSizes | null, input: ProgressInput, unusableBaseline: boolean, crossing: string | null): ProgressStatus {
  if (mastery.status === 'met') return 'met';
  if (sessions < MIN_PHASE_SESSIONS) return 'insufficient-data';
  const towards = t.slope !== null && (input.direction === 'increase' ? t.slope > 0 : t.slope < 0);
  if (!towards) return 'not-progressing';
  if (es !== null) return es.nap >= PROGRESS_NAP ? 'progressing' : 'not-progressing';
  if (unusableBaseline && input.targetDate) return crossing !== null && crossing <= input.targetDate ? 'progressing' : 'not-progressing';
  return 'progressing';
}

/** The baseline verdict of the layout's baseline phase (deliveries before the first phase fall in it, as its points do). */
function baselineOf(l: PhaseLayout, input: ProgressInput): BaselineVerdict {
  const i = l.baselineIndex;
  const base = i === null ? null : (l.split[i] as PhasePoints);
  if (i === null || !base) return baselineVerdict({ points: 0, contaminated: false });
  const start = i === 0 ? '' : base.phase.startDate;
  const next = l.split[i + 1]?.phase.startDate ?? null;
  return baselineVerdict({ points: phaseValues(base).length, contaminated: deliveredDuring(input.linkedDeliveryDates ?? [], start, next) });
}

export function progressStatus(input: ProgressInput): ProgressResult {
  const l = layout(input.points, input.phases);
  const mastery = evaluateMastery(input.points, input.criterion);
  const currentValues = phaseValues(l.current);
  const currentTrend = trend(l.current.points);
  const baseline = l.baselineIndex === null ? null : (l.split[l.baselineIndex] as PhasePoints);
  const verdict = baselineOf(l, input);
  const es = baseline && verdict.usable ? compareValues(phaseValues(baseline), currentValues, input.direction) : null;
  const lastDate = l.current.points.filter((p) => p.value !== null).at(-1)?.date ?? null;
  const crossing = projectCrossing(currentTrend, input.criterion, lastDate);
  const status = decide(mastery, currentValues.length, currentTrend, es, input, baseline !== null && !verdict.usable, crossing);
  const projectedDate = status === 'progressing' ? crossing : null;
  return {
    status,
    mastery,
    trend: currentTrend,
    effectSizes: es,
    baseline: verdict,
    aimLine: aimLine(l, input),
    projectedDate,
    track: trackVerdict({ status, projectedDate, targetDate: input.targetDate ?? null }),
    currentPhase: l.split.length > 0 ? l.current.phase : null,
    baselinePhase: baseline?.phase ?? null,
    currentPhaseSessions: currentValues.length,
    phases: l.split.map((p) => ({ phase: p.phase, stats: phaseStats(phaseValues(p)), trend: trend(p.points) })),
  };
}

/** Effect sizes for any two phases of a split (e.g. B vs A, or C vs B); null when either has no data. */
export function comparePhases(baseline: PhasePoints, treatment: PhasePoints, direction: Direction): EffectSizes | null {
  return compareValues(phaseValues(baseline), phaseValues(treatment), direction);
}
