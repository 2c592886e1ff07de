import { describe, expect, it } from 'vitest';
import type { MasteryCriterion } from '../criterion.js';
import type { ProgressStatus } from './status.js';
import { progressStatus } from './status.js';
import { trackVerdict, type TrackVerdict } from './track.js';
import { addDays, type Phase } from './trend.js';

describe('trackVerdict: truth table', () => {
  const rows: [ProgressStatus, string | null, string | null, TrackVerdict][] = [
    ['met', null, null, 'met'],
    ['met', '2025-01-01', '2024-01-01', 'met'],
    ['insufficient-data', null, '2025-01-01', 'too-early'],
    ['not-progressing', null, '2025-01-01', 'not-on-track'],
    ['not-progressing', null, null, 'not-on-track'],
    ['progressing', null, '2025-01-01', 'not-on-track'],
    ['progressing', '2025-04-01', '2025-01-22', 'not-on-track'],
    ['progressing', '2025-01-22', '2025-01-22', 'on-track'],
    ['progressing', '2024-12-01', '2025-01-22', 'on-track'],
    ['progressing', '2024-12-01', null, 'no-target-date'],
  ];
  it.each(rows)('%s, projected %s, target %s → %s', (status, projectedDate, targetDate, want) => {
    expect(trackVerdict({ status, projectedDate, targetDate })).toBe(want);
  });
});

describe('projections only for progressing objectives', () => {
  const A: Phase = { id: 'a', kind: 'baseline', label: 'Baseline', startDate: '2024-01-01' };
  const B: Phase = { id: 'b', kind: 'intervention', label: 'Drumming', startDate: '2024-01-22' };
  const crit: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
  const weekly = (start: string, values: number[]) => values.map((value, i) => ({ date: addDays(start, 7 * i), value }));
  const run = (treatment: number[], targetDate: string) =>
    progressStatus({ points: [...weekly('2024-01-01', [20, 30, 25]), ...weekly('2024-01-22', treatment)], phases: [A, B], criterion: crit, direction: 'increase', targetDate });

  it('progressing, reaching 80 by the target: projected and on track', () => {
    const r = run([40, 50, 60], '2024-06-01');
    expect(r.status).toBe('progressing');
    expect(r.projectedDate).toBe('2024-02-19');
    expect(r.track).toBe('on-track');
  });
  it('progressing too slowly for the target date: projected, not on track', () => {
    const r = run([40, 41, 42, 43], '2024-03-01');
    expect(r.status).toBe('progressing');
    expect(r.projectedDate! > '2024-03-01').toBe(true);
    expect(r.track).toBe('not-on-track');
  });
  it('rising but not progressing (NAP below 0.66 against the baseline): no projection, not on track', () => {
    const r = run([20, 21, 22, 23], '2025-06-01');
    expect(r.trend.slope).toBeGreaterThan(0);
    expect(r.status).toBe('not-progressing');
    expect(r.projectedDate).toBeNull();
    expect(r.track).toBe('not-on-track');
  });
});
