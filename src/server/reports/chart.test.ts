import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../domain/reports/index.js';
import { objectiveChart, outcomeChart, prePostLevelsChart } from './chart.js';
import { MiniDocument } from './svg-dom.js';

const spec: ChartSpec = {
  title: 'Takes a turn <quickly> & calmly',
  yLabel: 'Session value (%)',
  unit: '%',
  points: [
    { date: '2026-01-05', value: 20, segment: 'a' },
    { date: '2026-01-12', value: 30, segment: 'a' },
    { date: '2026-01-19', value: 60, segment: 'b' },
    { date: '2026-01-26', value: 85, segment: 'b' },
  ],
  phaseChanges: [{ date: '2026-01-15', label: 'Intervention' }],
  criterion: { value: 80, label: 'criterion ≥ 80 %' },
  aimLine: { from: { date: '2026-01-19', value: 25 }, to: { date: '2026-06-01', value: 80 }, label: 'aim line' },
  trendLine: { from: { date: '2026-01-19', value: 60 }, to: { date: '2026-01-26', value: 85 } },
  mastered: { date: '2026-01-26', value: 85, label: 'criterion met' },
  periodStart: '2026-01-10',
  zero: true,
  description: '4 session values',
  prePost: null,
};

describe('server-side graphs with Observable Plot', () => {
  it('draws a pre/post objective’s levels before and after, with the severe band of a 0–10 scale', () => {
    const levels = { points: [{ date: '2026-01-05', pre: 8, post: 6 }, { date: '2026-01-12', pre: 7, post: 4 }], yLabel: 'Pain (0–10), before and after', unit: '', range: [0, 10] as [number, number], severeFrom: 7, description: '2 sessions' };
    const svg = prePostLevelsChart(levels);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('severe (7–10)');
    expect(svg.match(/<circle/g)?.length).toBe(4);
    expect(prePostLevelsChart({ ...levels, severeFrom: null, range: null })).not.toContain('severe');
  });

  it('draws an objective graph as inline SVG: data, phase line, criterion, aim line cut at the axis end, mastery star', () => {
    const svg = objectiveChart(spec);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('viewBox="0 0 680 220"');
    expect(svg).toContain('>criterion ≥ 80 %</text>');
    expect(svg).toContain('>Intervention</text>');
    expect(svg).toContain('>criterion met</text>');
    expect(svg).toContain('>report period →</text>');
    // The aim line's target date lies beyond the data: it is cut at the axis end and says where it heads.
    expect(svg).toMatch(/aim line<\/tspan><tspan[^>]*>to 1 Jun 2026/);
    // One path per phase segment for the data line; four dots.
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('aria-label="Graph: Takes a turn &lt;quickly&gt; &amp; calmly. 4 session values."');
    expect(svg).not.toMatch(/<script/i);
  });

  it('draws the caseload bars, one row per technique', () => {
    const counts = { met: 2, progressing: 1, 'not-progressing': 1, 'insufficient-data': 0, total: 4, positiveShare: 0.75 };
    const svg = outcomeChart([{ key: 'improvisation', label: 'Improvisation', counts, share: '3 of 4 (75 %)' }], 'bars');
    expect(svg).toContain('>Improvisation</');
    expect(svg.match(/<rect /g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('the minimal document escapes what it serializes and refuses what it cannot do', () => {
    const doc = new MiniDocument();
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const text = svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'text'));
    text.setAttribute('data-x', '"a" & <b>');
    text.textContent = '5 < 6 & 7 > 3';
    text.style.setProperty('font-weight', 'bold');
    expect(svg.outerHTML).toBe('<svg xmlns="http://www.w3.org/2000/svg"><text data-x="&quot;a&quot; &amp; &lt;b&gt;" style="font-weight: bold">5 &lt; 6 &amp; 7 &gt; 3</text></svg>');
    expect(() => svg.querySelectorAll('svg > text')).toThrow(/unsupported selector/);
    expect(() => text.getBBox()).toThrow(/layout/);
  });
});
