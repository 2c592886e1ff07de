/** The words of whole reports by population: no skill words for a physiological objective or in hospice care, no dates to reach in hospice care. */
import { describe, expect, it } from 'vitest';
import type { MasteryCriterion } from '../criterion.js';
import type { MeasurementConfig } from '../measurement.js';
import { progressStatus, type Phase } from '../progress/index.js';
import { buildDischargeSummary, buildProgressReport, DEFAULT_PROGRESS_CODES, type ReportInput, type ReportObjective, type Voice } from './index.js';

const day = (i: number) => new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const PHASES: Phase[] = [{ id: 'a', kind: 'baseline', label: 'Baseline', startDate: day(0) }, { id: 'b', kind: 'intervention', label: 'Intervention', startDate: day(3) }];
const HR: MeasurementConfig = { type: 'physiological', channels: ['heart_rate', 'spo2'], primaryChannel: 'heart_rate', metric: 'mean' };
const TRIALS: MeasurementConfig = { type: 'trials', metric: 'percent_success' };
const UNDER_160: MasteryCriterion = { comparator: '<=', value: 160, window: { kind: 'of-last', sessions: 5, met: 4 }, minSessions: 5 };
const AT_80: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };

function objective(values: number[], m: MeasurementConfig, criterion: MasteryCriterion, direction: 'increase' | 'decrease'): ReportObjective {
  const sessions = values.map((value, i) => ({ date: day(i), value, summaryText: `${value}`, details: { heart_rate_mean: value, spo2_mean: 96 } }));
  return {
    id: `o-${values.join('-')}`, statement: 'Objective', condition: '', measurement: m, criterion, direction, status: 'active', targetDate: day(60), baselineValue: null, masteryMetOn: null, masteryConfirmedAt: null,
    sessions, phases: PHASES,
    progress: progressStatus({ points: sessions.map((s) => ({ date: s.date, value: s.value })), phases: PHASES, criterion, direction, targetDate: day(60) }),
  };
}

function input(populations: string[], setting: string, objectives: ReportObjective[]): ReportInput {
  return {
    organization: 'Harmony Clinic', period: { from: day(0), to: day(12) }, preparedOn: day(12),
    preparedBy: { name: 'Tara Therapist', credentials: 'MT-BC', isIntern: false },
    client: {
      id: 'c', firstName: 'Sam', lastName: 'Lee', preferredName: null, birthDate: null, populations, diagnoses: [], setting, status: 'active',
      referral: { source: '', reason: '', referredOn: null, decision: 'accepted', criteria: '' }, guardians: [],
      musicPreferences: { genres: [], songs: [], artists: [], instruments: [], dislikes: [] }, careTeam: [],
    },
    goals: [{ id: 'g', statement: 'Goal', domain: 'Domain', status: 'active', targetDate: day(60), objectives }],
    attendance: [], interventions: [], plan: { reviewDate: null, notes: '' }, progressCodes: DEFAULT_PROGRESS_CODES,
  };
}

/** Every string a reader sees in a report model (values, not the model's keys), joined. */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
const words = (i: ReportInput, voice: Voice) => {
  const r = buildProgressReport(i, voice);
  return strings({ goals: r.goals.map((g) => ({ ...g, objectives: g.objectives.map((o) => ({ ...o, id: '', status: '', chart: null })) })), recs: r.recommendations, plan: r.plan }).join('\n');
};
const dischargeWords = (i: ReportInput) => strings(buildDischargeSummary(i).recommendations).join('\n');

const metHr = objective([170, 168, 171, 158, 155, 150, 152, 149], HR, UNDER_160, 'decrease');
const risingTrials = objective([20, 25, 20, 30, 40, 45, 55, 60, 64, 70], TRIALS, AT_80, 'increase');
const metTrials = objective([20, 25, 20, 60, 85, 90, 95], TRIALS, AT_80, 'increase');

describe('report words by population', () => {
  it('the scenario is as intended', () => {
    expect([metHr, risingTrials, metTrials].map((o) => o.progress.status)).toEqual(['met', 'progressing', 'met']);
    expect(risingTrials.progress.projectedDate).not.toBeNull();
  });

  const SKILL = /skill|master/i;
  const table: [string, ReportInput, boolean][] = [
    ['NICU heart rate: readings within range, no skill words', input(['nicu'], 'nicu', [metHr]), false],
    ['a child’s met trials: skill words', input(['autism'], 'school', [metTrials]), true],
    ['a hospice patient’s met trials: no skill words', input(['hospice'], 'hospice_home', [metTrials]), false],
  ];
  for (const [what, i, skill] of table)
    it(what, () => {
      for (const voice of ['clinical', 'family'] as const) expect(SKILL.test(words(i, voice)), voice).toBe(skill);
      expect(SKILL.test(dischargeWords(i))).toBe(skill);
    });

  it('a physiological reading is stated within its range, with its unit', () => {
    const clinical = words(input(['nicu'], 'nicu', [metHr]), 'clinical');
    expect(clinical).toContain('Heart rate within the criterion range (≤ 160 bpm) in 5 of 8 sessions in this period (63 %).');
    expect(words(input(['nicu'], 'nicu', [metHr]), 'family')).toContain('Sam’s heart rate was where we want it (at most 160 bpm) in 5 of 8 sessions.');
    expect(clinical).toContain('SpO₂ 96 %');
    expect(clinical).not.toMatch(/\/min/);
  });

  it('hospice care: no projected date and no hoped-for date; elsewhere both', () => {
    const hospice = input(['hospice'], 'hospice_home', [risingTrials]);
    const child = input(['autism'], 'school', [risingTrials]);
    expect(words(hospice, 'clinical')).not.toMatch(/projected|reached around|on track/);
    expect(words(child, 'clinical')).toMatch(/projected around/);
    expect(buildProgressReport(hospice, 'family').goals[0]!.targetDate).toBeNull();
    expect(buildProgressReport(child, 'family').goals[0]!.targetDate).toBe(day(60));
    expect(buildProgressReport(hospice, 'clinical').goals[0]!.objectives[0]!.chart.aimLine).toBeNull();
    expect(buildProgressReport(child, 'clinical').goals[0]!.objectives[0]!.chart.aimLine).not.toBeNull();
  });
});
