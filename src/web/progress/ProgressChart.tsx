/**
 * One objective's graph, drawn with Observable Plot from the server's numbers: session values (dots
 * and line, broken at phase changes), labelled phase-change lines, the criterion line, the aim line,
 * the current phase's trend and the mastery marker. Line styles and labels, not colour alone, tell them apart.
 */
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { trendValueOn } from '../../domain/progress/trend.js';
import type { ObjectiveProgress } from '../api/types.js';

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

export function phaseOf(p: ObjectiveProgress, date: string): string {
  let label = p.phases[0]?.label ?? '';
  for (const ph of p.phases) if (ph.startDate <= date) label = `${ph.label} (${ph.startDate})`;
  return label;
}

/** One label per phase-change date ("Intervention → New song set" when two start the same day). */
function phaseLabels(p: ObjectiveProgress): { startDate: string; label: string }[] {
  const byDate = new Map<string, string[]>();
  for (const ph of p.phases) byDate.set(ph.startDate, [...(byDate.get(ph.startDate) ?? []), ph.label]);
  return [...byDate].map(([startDate, labels]) => ({ startDate, label: labels.join(' → ') }));
}

/** A recording of one of the graph's sessions: a ♪ above that session's point. */
export interface RecordingMark {
  sessionId: string;
  localDate: string;
}

export function ProgressChart({ p, unit, height = 320, title, recordings = [] }: { p: ObjectiveProgress; unit: string; height?: number; title: string; recordings?: RecordingMark[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = Math.max(300, el.clientWidth);
    const data = p.sessions.filter((s) => s.value !== null).map((s) => ({ date: day(s.date), value: s.value as number, phase: phaseOf(p, s.date) }));
    const c = p.objective.criterion;
    const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.15 })];
    const changes = p.phases.slice(1);
    marks.push(
      Plot.ruleX(changes, { x: (d: { startDate: string }) => day(d.startDate), stroke: '#4f5b6e', strokeDasharray: '6 3' }),
      Plot.text(phaseLabels(p), { x: (d: { startDate: string }) => day(d.startDate), text: 'label', frameAnchor: 'top', dy: 6, dx: 4, textAnchor: 'start', fill: '#1d2433', fontSize: 12 }),
      Plot.ruleY([c.value], { stroke: '#1f6b3a', strokeWidth: 2, strokeDasharray: '2 3' }),
      Plot.text([c.value], { y: (v: number) => v, text: () => `criterion ${SYMBOL[c.comparator]} ${c.value}${unit ? ` ${unit}` : ''}`, frameAnchor: 'left', dy: -8, dx: 4, textAnchor: 'start', fill: '#1f6b3a', fontWeight: 'bold' }),
    );
    if (p.aimLine)
      marks.push(
        Plot.line([p.aimLine.from, p.aimLine.to], { x: (d: { date: string }) => day(d.date), y: 'value', stroke: '#8a4b00', strokeDasharray: '10 4', strokeWidth: 1.5 }),
        Plot.text([p.aimLine.to], { x: (d: { date: string }) => day(d.date), y: 'value', text: () => 'aim', dy: -8, fill: '#8a4b00' }),
      );
    const cur = p.currentPhase ? data.filter((d) => d.phase.startsWith(p.currentPhase!.label)) : data;
    if (p.trend.slope !== null && cur.length >= 2) {
      const first = p.sessions.find((s) => s.value !== null && day(s.date) >= cur[0]!.date)!.date;
      const last = p.sessions.filter((s) => s.value !== null).at(-1)!.date;
      const pts = [first, last].map((d) => ({ date: day(d), value: trendValueOn(p.trend, d) }));
      marks.push(Plot.line(pts, { x: 'date', y: 'value', stroke: '#3d3a9e', strokeDasharray: '1 3', strokeWidth: 2 }));
    }
    // RAS: the cue tempo each session was walked to, beside the cadence measured (both steps/min), squares on a double line.
    const cues = p.sessions.filter((s) => s.cueTempoBpm !== null).map((s) => ({ date: day(s.date), value: s.cueTempoBpm as number, phase: phaseOf(p, s.date) }));
    if (cues.length) {
      const lastCue = cues.at(-1)!;
      marks.push(
        Plot.line(cues, { x: 'date', y: 'value', z: 'phase', stroke: '#a3265b', strokeWidth: 1.5, strokeDasharray: '5 2' }),
        Plot.dot(cues, { x: 'date', y: 'value', symbol: 'square', r: 3.5, fill: '#a3265b', title: (d: { date: Date; value: number }) => `${d.date.toISOString().slice(0, 10)}: cue ${d.value} steps/min` }),
        Plot.text([lastCue], { x: 'date', y: 'value', text: () => 'cue', dy: -10, fill: '#a3265b', fontWeight: 'bold' }),
      );
    }
    marks.push(
      Plot.line(data, { x: 'date', y: 'value', z: 'phase', stroke: '#1d2433', strokeWidth: 1.5 }),
      Plot.dot(data, { x: 'date', y: 'value', fill: '#1d2433', r: 4, title: (d: { date: Date; value: number }) => `${d.date.toISOString().slice(0, 10)}: ${d.value}` }),
    );
    // One note per session recorded, above its point (or at the foot of the graph when the session has no value).
    const recorded = [...new Set(recordings.map((r) => r.sessionId))].flatMap((sid) => {
      const s = p.sessions.find((x) => x.sessionId === sid);
      return s ? [{ date: day(s.date), value: s.value }] : [];
    });
    marks.push(
      Plot.text(recorded.filter((r) => r.value !== null), { x: 'date', y: 'value', text: () => '♪', dy: -14, fill: '#8a1c1c', fontSize: 18, fontWeight: 'bold' }),
      Plot.text(recorded.filter((r) => r.value === null), { x: 'date', text: () => '♪', frameAnchor: 'bottom', dy: -4, fill: '#8a1c1c', fontSize: 18, fontWeight: 'bold' }),
    );
    if (p.mastery.firstMetOn) {
      const met = p.sessions.find((s) => s.date === p.mastery.firstMetOn && s.value !== null);
      if (met)
        marks.push(
          Plot.dot([met], { x: (d: { date: string }) => day(d.date), y: 'value', symbol: 'star', r: 10, fill: '#1f6b3a', stroke: '#fff' }),
          Plot.text([met], { x: (d: { date: string }) => day(d.date), y: 'value', text: () => '★ mastered', dy: 18, fill: '#1f6b3a', fontWeight: 'bold' }),
        );
    }
    // A short series (one or two sessions) gets a week either side, so the axis reads as dates.
    const dates = [...data.map((d) => d.date.getTime()), ...cues.map((d) => d.date.getTime()), ...(p.aimLine ? [day(p.aimLine.to.date).getTime()] : [])];
    const [lo, hi] = [Math.min(...dates), Math.max(...dates)];
    const pad = hi - lo < 14 * 86_400_000 ? 7 * 86_400_000 : 0;
    const xDomain = dates.length ? [new Date(lo - pad), new Date(hi + pad)] : undefined;
    const chart = Plot.plot({
      width, height, style: { fontSize: '12px' }, marginLeft: 48, marginRight: 20, marginTop: 24,
      x: { type: 'utc', label: 'Session date', domain: xDomain },
      y: { label: cues.length ? `Cadence and cue tempo (${unit})` : unit ? `Value (${unit})` : 'Value', nice: true, zero: !cues.length && p.objective.measurement.type !== 'pre_post', ...(unit === '%' ? { domain: [0, 100] } : {}) },
      marks,
      ariaLabel: title,
    });
    // The wrapper is the image with a text alternative (and the table lists the values): the SVG's parts need no names.
    chart.setAttribute('aria-hidden', 'true');
    chart.querySelectorAll('[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [p, unit, height, title, recordings]);
  return <div ref={ref} className="chart" role="img" aria-label={`Graph: ${title}. The same values are listed in the table below.`} data-testid="progress-chart" />;
}
