/**
 * Pre/post objectives stated as levels, not only as a change: the level before and after the
 * session over the baseline and the current window, and the severity of the level before.
 *
 * - a pre/post objective is a pre_post scale, or a physiological objective whose metric is the
 *   pre/post change; its session details carry the levels (pre/post, or pre_mean/post_mean);
 * - baseline levels: the means over the baseline phase's data sessions; current levels: the means
 *   over the criterion's current window (the same sessions as facts.ts's current level);
 * - severe: a level of SEVERE_FROM or more on a 0–10 scale (severity.ts, with its source). A
 *   severe level is stated even when the change criterion is met: a drop of 2 from 8 still leaves
 *   severe pain.
 */
import { mean } from '../progress/summary.js';
import { PHYSIOLOGICAL_CHANNELS, type PhysiologicalChannel } from '../measurement.js';
import { hasSevereBand, isSevere } from '../severity.js';
import type { Period, ReportObjective, ReportSessionValue } from './inputs.js';

export { SEVERE_FROM } from '../severity.js';

export interface PrePost {
  date: string;
  pre: number | null;
  post: number | null;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The levels before and after each data session; null when the objective is not a pre/post one. */
export function prePostSessions(o: ReportObjective): PrePost[] | null {
  const m = o.measurement;
  const keys = m.type === 'pre_post' ? (['pre', 'post'] as const) : m.type === 'physiological' && m.metric === 'pre_post_change' ? (['pre_mean', 'post_mean'] as const) : null;
  if (!keys) return null;
  return o.sessions
    .filter((s: ReportSessionValue) => s.details)
    .map((s) => ({ date: s.date, pre: num(s.details![keys[0]]), post: num(s.details![keys[1]]) }));
}

export interface PrePostLevel {
  pre: number;
  post: number;
  /** Sessions with both levels that the means are over. */
  n: number;
}

function levelOver(rows: PrePost[], dates: ReadonlySet<string>): PrePostLevel | null {
  const both = rows.filter((r) => dates.has(r.date) && r.pre !== null && r.post !== null);
  if (both.length === 0) return null;
  return { pre: mean(both.map((r) => r.pre!))!, post: mean(both.map((r) => r.post!))!, n: both.length };
}

/** The baseline phase's data-session dates (none without a baseline phase). */
function baselineDates(o: ReportObjective): Set<string> {
  const p = o.progress;
  const i = p.phases.findIndex((s) => s.phase.id === p.baselinePhase?.id);
  if (i < 0) return new Set();
  const start = p.phases[i]!.phase.startDate;
  const next = p.phases[i + 1]?.phase.startDate;
  return new Set(o.sessions.filter((s) => s.value !== null && s.date >= start && (!next || s.date < next)).map((s) => s.date));
}

export interface PrePostLevels {
  baseline: PrePostLevel | null;
  current: PrePostLevel | null;
}

/** Levels before and after at baseline and now; null when the objective is not a pre/post one. */
export function prePostLevels(o: ReportObjective): PrePostLevels | null {
  const rows = prePostSessions(o);
  if (!rows) return null;
  return { baseline: levelOver(rows, baselineDates(o)), current: levelOver(rows, new Set(o.progress.mastery.currentWindow.map((w) => w.date))) };
}

export interface Severity {
  /** Sessions in the period whose level before was severe. */
  severe: number;
  /** Sessions in the period with a level before. */
  of: number;
  /** The highest level before in the period. */
  highest: number;
}

/** Severe levels before the session in the period, on a 0–10 pre/post scale; null when none or not such a scale. */
export function severePre(o: ReportObjective, period: Period): Severity | null {
  const m = o.measurement;
  if (m.type !== 'pre_post' || !hasSevereBand(m)) return null;
  const pres = (prePostSessions(o) ?? []).filter((r) => r.date >= period.from && r.date <= period.to && r.pre !== null).map((r) => r.pre!);
  const severe = pres.filter((v) => isSevere(m, v)).length;
  return severe === 0 ? null : { severe, of: pres.length, highest: Math.max(...pres) };
}

export interface ChannelLevel {
  channel: PhysiologicalChannel;
  /** Mean of the channel's session means over the baseline phase, and over the current window (null: no readings there). */
  baseline: number | null;
  current: number | null;
}

/**
 * Every channel a physiological objective recorded besides the one progress follows, at baseline and
 * now, over the same sessions as the primary's levels; a channel with no reading in either is left out.
 */
export function secondaryChannelLevels(o: ReportObjective): ChannelLevel[] {
  const m = o.measurement;
  if (m.type !== 'physiological') return [];
  const over = (c: PhysiologicalChannel, dates: ReadonlySet<string>) =>
    mean(o.sessions.filter((s) => dates.has(s.date) && s.details).map((s) => num(s.details![`${c}_mean`])).filter((v): v is number => v !== null));
  const base = baselineDates(o);
  const now = new Set(o.progress.mastery.currentWindow.map((w) => w.date));
  return PHYSIOLOGICAL_CHANNELS.filter((c) => c !== m.primaryChannel && m.channels.includes(c))
    .map((channel) => ({ channel, baseline: over(channel, base), current: over(channel, now) }))
    .filter((l) => l.baseline !== null || l.current !== null);
}
