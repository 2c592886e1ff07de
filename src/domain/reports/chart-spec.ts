/**
 * What an objective's graph shows, as plain data (the server draws it with Observable Plot):
 * session values joined within each phase, phase-change lines, the criterion line, the aim line
 * (engine: from the baseline level at the first intervention session to the criterion value at
 * the target date), the current phase's trend and the session where the criterion was first met.
 */
import { trendValueOn } from '../progress/trend.js';
import type { ReportObjective } from './inputs.js';
import { channelName, criterionText, familyCriterionPhrase, isChange, measureWords, reportUnit, type Voice } from './words.js';
import { prePostSessions, SEVERE_FROM } from './levels.js';
import { hasSevereBand } from '../severity.js';

export interface ChartPoint {
  date: string;
  value: number;
}

export interface ChartSpec {
  title: string;
  yLabel: string;
  unit: string;
  /** Values joined by a line only within the same phase (`segment`). */
  points: (ChartPoint & { segment: string })[];
  phaseChanges: { date: string; label: string }[];
  criterion: { value: number; label: string };
  aimLine: { from: ChartPoint; to: ChartPoint; label: string } | null;
  trendLine: { from: ChartPoint; to: ChartPoint } | null;
  mastered: (ChartPoint & { label: string }) | null;
  /** Start of the report period, drawn when earlier data is shown for context. */
  periodStart: string | null;
  /** Whether the y axis starts at zero (not for change scores, which can be negative). */
  zero: boolean;
  /** Text for screen readers and for the table that stands in for the graph. */
  description: string;
  /** A pre/post objective's levels before and after each session (levels.ts), drawn beside the change. */
  prePost: PrePostChart | null;
}

export interface PrePostChart {
  points: { date: string; pre: number; post: number }[];
  yLabel: string;
  unit: string;
  /** The scale's range, when it has one (0–10). */
  range: [number, number] | null;
  /** Levels from here up are severe (a 0–10 scale): shaded. */
  severeFrom: number | null;
  description: string;
}

function prePostChart(o: ReportObjective, voice: Voice): PrePostChart | null {
  const rows = prePostSessions(o);
  if (!rows) return null;
  const m = o.measurement;
  const points = rows.filter((r) => r.pre !== null && r.post !== null).map((r) => ({ date: r.date, pre: r.pre!, post: r.post! }));
  if (points.length === 0) return null;
  const scale = m.type === 'pre_post';
  const what = scale ? m.scaleName : m.type === 'physiological' ? channelName(m) : '';
  const tenPoint = scale && hasSevereBand(m);
  return {
    points,
    yLabel: voice === 'family' ? `${what}: before and after` : `${what}, before and after${scale ? '' : ` (${reportUnit(m)})`}`,
    unit: scale ? '' : reportUnit(m),
    range: scale ? [m.min, m.max] : null,
    severeFrom: tenPoint ? SEVERE_FROM : null,
    description: `${points.length} sessions with the level before and after`,
  };
}

function phaseLabel(kind: string, label: string, voice: Voice): string {
  if (voice === 'clinical') return label;
  if (kind === 'baseline') return 'Start';
  const rest = label.trim().replace(/^intervention\b\s*[:\-–—]?\s*/i, '');
  return rest ? `Music therapy: ${rest}` : 'Music therapy';
}

/** `aimLine: false` leaves out the aim line to the target date (hospice care: population.ts). */
export function chartSpec(o: ReportObjective, voice: Voice, periodFrom: string, opts: { aimLine?: boolean } = {}): ChartSpec {
  const p = o.progress;
  const unit = reportUnit(o.measurement);
  const sorted = [...o.phases].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const segmentOf = (date: string) => {
    let seg = sorted[0]?.id ?? 'all';
    for (const ph of sorted) if (ph.startDate <= date) seg = ph.id;
    return seg;
  };
  const points = o.sessions.filter((s) => s.value !== null).map((s) => ({ date: s.date, value: s.value as number, segment: segmentOf(s.date) }));
  const first = points[0]?.date ?? null;
  const last = points.at(-1)?.date ?? null;
  const phaseChanges = sorted
    .slice(1)
    .filter((ph) => first === null || ph.startDate >= first)
    .map((ph) => ({ date: ph.startDate, label: phaseLabel(ph.kind, ph.label, voice) }));
  const criterionLabel = voice === 'family' ? `goal: ${familyCriterionPhrase(o.criterion, o.measurement).replace(/ in .*$/, '')}` : `criterion ${criterionText(o.criterion, o.measurement).replace(/ in .*$/, '')}`;
  let trendLine: ChartSpec['trendLine'] = null;
  const current = p.currentPhase ? points.filter((pt) => pt.segment === p.currentPhase!.id) : points;
  if (p.trend.slope !== null && current.length >= 2) {
    const a = current[0]!.date;
    const b = current.at(-1)!.date;
    trendLine = { from: { date: a, value: trendValueOn(p.trend, a)! }, to: { date: b, value: trendValueOn(p.trend, b)! } };
  }
  const metOn = p.mastery.firstMetOn;
  const metPoint = metOn ? points.filter((pt) => pt.date === metOn).at(-1) : undefined;
  const noun = isChange(o.measurement) ? 'change' : 'value';
  const what = voice === 'family' ? measureWords(o.measurement) : unit ? `${noun} (${unit})` : noun;
  return {
    title: o.statement,
    yLabel: voice === 'family' ? what.charAt(0).toUpperCase() + what.slice(1) : `Session ${what}`,
    unit,
    points,
    phaseChanges,
    criterion: { value: o.criterion.value, label: criterionLabel },
    aimLine: p.aimLine && opts.aimLine !== false ? { ...p.aimLine, label: voice === 'family' ? 'expected path' : 'aim line' } : null,
    trendLine,
    mastered: metPoint ? { date: metPoint.date, value: metPoint.value, label: voice === 'family' ? 'goal reached' : 'criterion met' } : null,
    periodStart: first !== null && first < periodFrom && last !== null && last >= periodFrom ? periodFrom : null,
    zero: !isChange(o.measurement),
    description: `${points.length} session values from ${first ?? '—'} to ${last ?? '—'}`,
    prePost: prePostChart(o, voice),
  };
}
