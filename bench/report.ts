/** The benchmark's rows, their targets, and the Markdown table. */
import type { Engine } from '../src/server/db/connection.js';

export type Unit = 'ms' | 'points/s' | 'rows/s' | 's' | 'MB' | 'kB' | 'count';

export interface Row {
  engine: Engine | '—';
  /** The practice the figure was taken on: small / medium / large, or '—'. */
  practice: string;
  /** Stable id of the measure (for the scaling table and the JSON). */
  id: string;
  what: string;
  /** A second measurement of the same thing under another condition (e.g. "after ANALYZE"). */
  variant?: string;
  unit: Unit;
  median?: number | null;
  p95?: number | null;
  /** A single figure (throughput, size, time of one run). */
  value?: number | null;
  /** The raw SQL floor (median, ms) fetching the same rows in the same run. */
  floor?: number | null;
  target?: string;
  met?: boolean | null;
  note?: string;
}

export interface Target {
  text: string;
  check(r: Row): boolean | null;
}

const p95AtMost = (ms: number): Target => ({ text: `p95 ≤ ${ms} ms`, check: (r) => (r.p95 == null ? null : r.p95 <= ms) });
const readTarget: Target = {
  text: 'p95 ≤ 50 ms and ≤ 2× floor',
  check: (r) => (r.p95 == null || r.median == null || !r.floor ? null : r.p95 <= 50 && r.median / r.floor <= 2),
};

/** The targets of the issue "Benchmarks and scale", by measure id (and engine where they differ). */
export function targetFor(id: string, engine: Row['engine']): Target | null {
  switch (id) {
    case 'write.one':
      return p95AtMost(10);
    case 'write.inflight.one':
    case 'write.inflight.batch':
      return engine === 'postgres' ? { text: '≥ 500 points/s', check: (r) => (r.value == null ? null : r.value >= 500) } : null;
    case 'read.dashboard':
    case 'read.chart':
    case 'read.progress':
      return readTarget;
    case 'read.outcomes':
      return { text: 'p95 ≤ 500 ms', check: (r) => (r.p95 == null ? null : r.p95 <= 500) };
    case 'server.first-boot':
      return { text: '≤ 10 s', check: (r) => (r.value == null ? null : r.value <= 10) };
    case 'server.restart':
      return { text: '≤ 3 s', check: (r) => (r.value == null ? null : r.value <= 3) };
    case 'server.rss':
      return engine === 'postgres' ? { text: '≤ 300 MB', check: (r) => (r.value == null ? null : r.value <= 300) } : null;
    case 'load.errors':
      return { text: '0 errors', check: (r) => (r.value == null ? null : r.value === 0) };
    default:
      return null;
  }
}

export function withTarget(r: Row): Row {
  const t = targetFor(r.id, r.engine);
  if (!t) return r;
  return { ...r, target: t.text, met: t.check(r) };
}

const fmt = (n: number | null | undefined, unit?: Unit) => {
  if (n == null || Number.isNaN(n)) return '—';
  if (unit === 'points/s' || unit === 'rows/s' || unit === 'count') return Math.round(n).toLocaleString('en');
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
};

export function table(rows: Row[]): string {
  const lines = [
    '| engine | practice | measure | median | p95 | value | raw SQL floor (median ms) | ratio (median / floor) | target | met |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const r of rows) {
    const unit = r.unit === 'ms' ? ' ms' : '';
    const ratio = r.floor && r.median != null ? `${(r.median / r.floor).toFixed(1)}×` : '—';
    lines.push(
      `| ${r.engine} | ${r.practice} | ${r.what}${r.variant ? `, **${r.variant}**` : ''}${r.note ? ` (${r.note})` : ''} | ${r.median != null ? fmt(r.median) + unit : '—'} | ${r.p95 != null ? fmt(r.p95) + unit : '—'} | ${r.value != null ? `${fmt(r.value, r.unit)}${r.unit === 'count' ? '' : ` ${r.unit}`}` : '—'} | ${fmt(r.floor)} | ${ratio} | ${r.target ?? ''} | ${r.met == null ? (r.target ? 'n/a' : '') : r.met ? 'met' : '**not met**'} |`,
    );
  }
  return lines.join('\n');
}

/** The scaling curve: the read measures' p95 (and floor) per practice size, per engine (and variant). */
export function scalingTable(rows: Row[], sizes: string[]): string {
  const ids = ['read.dashboard', 'read.chart', 'read.progress', 'read.outcomes'];
  const lanes = [...new Set(rows.filter((r) => r.engine !== '—' && ids.includes(r.id)).map((r) => `${r.engine}|${r.variant ?? ''}`))];
  const lines = [`| engine | measure | ${sizes.map((s) => `${s}: p95 ms (floor)`).join(' | ')} |`, `| --- | --- | ${sizes.map(() => '---:').join(' | ')} |`];
  for (const lane of lanes) {
    const [engine, variant] = lane.split('|');
    const mine = rows.filter((r) => r.engine === engine && (r.variant ?? '') === variant);
    for (const id of ids) {
      const any = mine.find((x) => x.id === id);
      if (!any) continue;
      const cells = sizes.map((s) => {
        const r = mine.find((x) => x.id === id && x.practice === s);
        return r ? `${fmt(r.p95)} (${fmt(r.floor)})` : '—';
      });
      lines.push(`| ${engine}${variant ? `, ${variant}` : ''} | ${any.what.replace(/, \d[\d,]* clients?$/, '')} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
