/**
 * Report graphs drawn with Observable Plot on the server, into the small document of svg-dom.ts,
 * and serialized as inline SVG: the same markup for the HTML report and its PDF, vector-crisp in
 * print, and no script in the page (the CSP allows none inline).
 */
import * as Plot from '@observablehq/plot';
import type { ChartSpec, ChartPoint, OutcomeRow, PrePostChart, Voice } from '../../domain/reports/index.js';
import { formatDate } from '../../domain/reports/index.js';
import { MiniDocument } from './svg-dom.js';

const INK = '#1d2433';
const CRITERION = '#1f6b3a';
const AIM = '#8a4b00';
const TREND = '#3d3a9e';
const PHASE = '#4f5b6e';
const DAY_MS = 86_400_000;

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function draw(options: Plot.PlotOptions): string {
  const document = new MiniDocument();
  const svg = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as { outerHTML: string };
  return svg.outerHTML;
}

/** The aim line as far as the graph reaches: cut where the x axis ends, at its value there. */
function visibleAim(aim: NonNullable<ChartSpec['aimLine']>, end: number): { from: ChartPoint; to: ChartPoint } {
  const a = day(aim.from.date).getTime();
  const b = day(aim.to.date).getTime();
  if (b <= end || b === a) return aim;
  const value = aim.from.value + ((aim.to.value - aim.from.value) * (end - a)) / (b - a);
  return { from: aim.from, to: { date: isoOf(end), value } };
}

export const CHART_KEY: Record<Voice, string> = {
  clinical:
    'Dots joined by a solid line: session values (joined within a phase). Grey dashed vertical lines: phase changes. Green dotted line: criterion. Brown dashed line: aim line. Blue dotted line: trend of the current phase. Star: criterion first met.',
  family:
    'Dots: how it went in each session. Grey dashed vertical lines: a change in what we did. Green dotted line: the goal. Brown dashed line: the expected path. Blue dotted line: the direction things are going. Star: goal reached.',
};

export function objectiveChart(spec: ChartSpec, opts: { width?: number; height?: number } = {}): string {
  const width = opts.width ?? 680;
  const height = opts.height ?? 220;
  const pts = spec.points.map((p) => ({ ...p, x: day(p.date) }));
  const times = pts.map((p) => p.x.getTime());
  if (spec.aimLine) times.push(day(spec.aimLine.from.date).getTime());
  if (times.length === 0) return '';
  const start = Math.min(...times) - 3 * DAY_MS;
  const end = Math.max(...pts.map((p) => p.x.getTime()), start + 21 * DAY_MS) + 4 * DAY_MS;
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.12 })];
  if (spec.periodStart)
    marks.push(
      Plot.rectX([{ a: new Date(start), b: day(spec.periodStart) }], { x1: 'a', x2: 'b', fill: '#e8eaee', fillOpacity: 0.6 }),
      Plot.text([spec.periodStart], { x: (d: string) => day(d), text: () => 'report period →', frameAnchor: 'bottom', dy: -4, dx: 4, textAnchor: 'start', fill: PHASE }),
    );
  marks.push(
    Plot.ruleX(spec.phaseChanges, { x: (d: { date: string }) => day(d.date), stroke: PHASE, strokeDasharray: '6 3' }),
    Plot.text(spec.phaseChanges, { x: (d: { date: string }) => day(d.date), text: 'label', frameAnchor: 'top', dy: 2, dx: 4, textAnchor: 'start', fill: INK }),
    Plot.ruleY([spec.criterion.value], { stroke: CRITERION, strokeWidth: 1.5, strokeDasharray: '2 3' }),
    Plot.text([spec.criterion.value], { y: (v: number) => v, text: () => spec.criterion.label, frameAnchor: 'left', dy: -7, dx: 4, textAnchor: 'start', fill: CRITERION }),
  );
  if (spec.aimLine) {
    const aim = visibleAim(spec.aimLine, end);
    const cut = aim.to.date !== spec.aimLine.to.date;
    const aimData = [aim.from, aim.to].map((p) => ({ x: day(p.date), value: p.value }));
    // Labelled in the right margin, clear of the data: "aim line" and, when cut, where it is heading.
    marks.push(
      Plot.line(aimData, { x: 'x', y: 'value', stroke: AIM, strokeDasharray: '10 4', strokeWidth: 1.5 }),
      Plot.text([aimData[1]!], { x: 'x', y: 'value', text: () => (cut ? `${spec.aimLine!.label}\nto ${formatDate(spec.aimLine!.to.date)}` : spec.aimLine!.label), dx: 6, textAnchor: 'start', lineAnchor: 'middle', fill: AIM }),
    );
  }
  if (spec.trendLine)
    marks.push(Plot.line([spec.trendLine.from, spec.trendLine.to].map((p) => ({ x: day(p.date), value: p.value })), { x: 'x', y: 'value', stroke: TREND, strokeDasharray: '1 3', strokeWidth: 2 }));
  marks.push(
    Plot.line(pts, { x: 'x', y: 'value', z: 'segment', stroke: INK, strokeWidth: 1.5 }),
    Plot.dot(pts, { x: 'x', y: 'value', fill: INK, r: 3 }),
  );
  if (spec.mastered)
    marks.push(
      Plot.dot([spec.mastered], { x: (d: ChartPoint) => day(d.date), y: 'value', symbol: 'star', r: 8, fill: CRITERION, stroke: 'white' }),
      Plot.text([spec.mastered], { x: (d: ChartPoint) => day(d.date), y: 'value', text: () => spec.mastered!.label, dy: -14, textAnchor: 'end', fill: CRITERION, fontWeight: 'bold' }),
    );
  const values = [...pts.map((p) => p.value), spec.criterion.value, ...(spec.aimLine ? [spec.aimLine.from.value] : [])];
  const percent = spec.unit === '%';
  const top = Math.max(...values);
  const low = spec.zero ? Math.min(0, ...values) : Math.min(...values);
  const span = top - low || Math.abs(top) || 1;
  // Headroom above the data for the phase labels along the top of the frame.
  const domain = percent ? [0, Math.max(100, top) * 1.12] : [spec.zero && low === 0 ? 0 : low - 0.08 * span, top + 0.22 * span];
  return draw({
    width,
    height,
    marginLeft: 44,
    marginRight: spec.aimLine ? 96 : 16,
    marginTop: 22,
    marginBottom: 34,
    style: { fontSize: '10px', fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif', color: INK },
    x: { type: 'utc', domain: [new Date(start), new Date(end)], label: null },
    y: {
      label: spec.yLabel,
      labelAnchor: 'top',
      domain,
      ...(percent ? { ticks: [0, 20, 40, 60, 80, 100] } : { ticks: 5 }),
    },
    marks,
    ariaLabel: `Graph: ${spec.title}. ${spec.description}.`,
  });
}

/** A pre/post objective's levels: before (open circles, dashed) and after (filled, solid) each session; a severe band shaded. */
export function prePostLevelsChart(spec: PrePostChart, opts: { width?: number; height?: number } = {}): string {
  const pts = spec.points.map((p) => ({ ...p, x: day(p.date) }));
  if (pts.length === 0) return '';
  const times = pts.map((p) => p.x.getTime());
  const start = Math.min(...times) - 3 * DAY_MS;
  const end = Math.max(...times, start + 21 * DAY_MS) + 4 * DAY_MS;
  const values = pts.flatMap((p) => [p.pre, p.post]);
  const span = Math.max(...values) - Math.min(...values) || 1;
  const domain = spec.range ?? [Math.min(...values) - 0.15 * span, Math.max(...values) + 0.15 * span];
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.12 })];
  if (spec.severeFrom !== null && spec.range)
    marks.push(
      Plot.rectY([{ a: spec.severeFrom, b: spec.range[1] }], { y1: 'a', y2: 'b', fill: '#c2703d', fillOpacity: 0.12 }),
      Plot.text([spec.range[1]], { y: (v: number) => v, text: () => `severe (${spec.severeFrom}–${spec.range![1]})`, frameAnchor: 'right', dy: 8, dx: -4, textAnchor: 'end', fill: '#8a3b12' }),
    );
  marks.push(
    Plot.line(pts, { x: 'x', y: 'pre', stroke: PHASE, strokeDasharray: '4 3', strokeWidth: 1.5 }),
    Plot.dot(pts, { x: 'x', y: 'pre', stroke: PHASE, fill: 'white', r: 3 }),
    Plot.line(pts, { x: 'x', y: 'post', stroke: INK, strokeWidth: 1.5 }),
    Plot.dot(pts, { x: 'x', y: 'post', fill: INK, r: 3 }),
  );
  return draw({
    width: opts.width ?? 680,
    height: opts.height ?? 180,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 22,
    marginBottom: 34,
    style: { fontSize: '10px', fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif', color: INK },
    x: { type: 'utc', domain: [new Date(start), new Date(end)], label: null },
    y: { label: spec.yLabel, labelAnchor: 'top', domain, ticks: 5 },
    marks,
    ariaLabel: `Graph: ${spec.yLabel}. ${spec.description}.`,
  });
}

export const PRE_POST_KEY: Record<Voice, string> = {
  clinical: 'Open circles, dashed line: level before the session. Filled dots, solid line: level after. Shaded: severe range.',
  family: 'Open circles, dashed line: before the session. Filled dots, solid line: after. Shaded: severe.',
};

export const STATUS_FILL: Record<string, string> = {
  met: '#1f6b3a',
  progressing: '#5b8fd6',
  'not-progressing': '#c2703d',
  'insufficient-data': '#b9bec7',
};

/** Stacked bars: objectives by status for each row (e.g. each technique). */
export function outcomeChart(rows: OutcomeRow[], title: string, width = 680): string {
  if (rows.length === 0) return '';
  const statuses = ['met', 'progressing', 'not-progressing', 'insufficient-data'] as const;
  const data = rows.flatMap((r) => statuses.map((s) => ({ label: r.label, status: s.replace('-', ' '), n: r.counts[s], order: statuses.indexOf(s) })));
  const most = Math.max(...rows.map((r) => r.counts.total), 1);
  const step = Math.ceil(most / 10);
  const ticks = Array.from({ length: Math.floor(most / step) + 1 }, (_, i) => i * step);
  return draw({
    width,
    height: 40 + rows.length * 26,
    marginLeft: 200,
    marginRight: 16,
    style: { fontSize: '10px', fontFamily: 'DejaVu Sans, Liberation Sans, Arial, sans-serif', color: INK },
    x: { label: 'Objectives', grid: true, ticks, tickFormat: 'd', domain: [0, most] },
    y: { label: null, domain: rows.map((r) => r.label) },
    color: { domain: statuses.map((s) => s.replace('-', ' ')), range: statuses.map((s) => STATUS_FILL[s]!) },
    marks: [
      Plot.axisY({ tickSize: 0, lineWidth: 19, label: null }),
      Plot.barX(data, Plot.stackX({ x: 'n', y: 'label', fill: 'status', order: 'order', stroke: 'white' })),
      Plot.ruleX([0]),
    ],
    ariaLabel: title,
  });
}
