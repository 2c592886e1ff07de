import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MasteryCriterion } from '../criterion.js';
import type { MeasurementConfig } from '../measurement.js';
import { progressStatus, type Phase } from '../progress/index.js';
import {
  ageOn, attendanceSummary, DEFAULT_PROGRESS_CODES, buildDischargeSummary, buildIepReport, buildProgressReport, chartSpec, formatDate, iepGoalCode, iepObjectiveCode,
  jargonIn, objectiveFacts, type ReportInput, type ReportObjective, type Sentence,
} from './index.js';

const TRIALS: MeasurementConfig = { type: 'trials', metric: 'percent_success' };
const CRITERION: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
const day = (i: number) => new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);

function objective(values: (number | null)[], opts: { phases?: Phase[]; criterion?: MasteryCriterion; direction?: 'increase' | 'decrease'; status?: string; masteryMetOn?: string | null; measurement?: MeasurementConfig; statement?: string } = {}): ReportObjective {
  const sessions = values.map((value, i) => ({ date: day(i), value, summaryText: value === null ? 'no data' : `${value} %` }));
  const criterion = opts.criterion ?? CRITERION;
  const direction = opts.direction ?? 'increase';
  const phases = opts.phases ?? [];
  return {
    id: `o-${Math.random()}`,
    statement: opts.statement ?? 'Takes a turn within 5 s of a visual cue',
    condition: '',
    measurement: opts.measurement ?? TRIALS,
    criterion,
    direction,
    status: opts.status ?? 'active',
    targetDate: '2026-12-01',
    baselineValue: null,
    masteryMetOn: opts.masteryMetOn ?? null,
    masteryConfirmedAt: null,
    sessions,
    phases,
    progress: progressStatus({ points: sessions.map((s) => ({ date: s.date, value: s.value })), phases, criterion, direction, targetDate: '2026-12-01' }),
  };
}

const baselineThen = (start: number): Phase[] => [
  { id: 'a', kind: 'baseline', label: 'Baseline', startDate: day(0) },
  { id: 'b', kind: 'intervention', label: 'Intervention', startDate: day(start) },
];

function input(objectives: ReportObjective[], period = { from: day(0), to: day(40) }): ReportInput {
  return {
    organization: 'Harmony Clinic',
    period,
    preparedOn: day(40),
    preparedBy: { name: 'Tara Therapist', credentials: 'MT-BC', isIntern: false },
    client: {
      id: 'c', firstName: 'Maya', lastName: 'Lopez', preferredName: null, birthDate: '2017-05-02', populations: ['autism'], diagnoses: [], setting: 'school', status: 'active',
      referral: { source: 'IEP team', reason: 'Turn taking', referredOn: '2025-09-01', decision: 'accepted', criteria: '' }, guardians: [{ name: 'Rosa Lopez', relationship: 'mother' }],
      musicPreferences: { genres: ['pop'], songs: ['Let It Go'], artists: [], instruments: ['drum'], dislikes: [] }, careTeam: [{ name: 'Tara Therapist', credentials: 'MT-BC' }],
    },
    goals: [{ id: 'g', statement: 'Maya will increase turn taking with peers', domain: 'Social skills', status: 'active', targetDate: null, objectives }],
    attendance: [
      { date: day(0), minutes: 30, attendance: 'present', sessionStatus: 'completed' },
      { date: day(1), minutes: 30, attendance: 'late', sessionStatus: 'completed' },
      { date: day(2), minutes: 30, attendance: 'absent', sessionStatus: 'completed' },
      { date: day(3), minutes: 30, attendance: 'expected', sessionStatus: 'cancelled' },
      { date: day(4), minutes: 30, attendance: 'expected', sessionStatus: 'planned' },
    ],
    interventions: [{ name: 'Turn-taking drum game', technique: 'music_based_games', musicElements: [{ element: 'rhythm', use: 'steady pulse' }], timesDelivered: 4, inPlan: true, objectiveStatements: ['Takes a turn'] }],
    plan: { reviewDate: '2026-12-15', notes: 'Baseline probes monthly.' },
    progressCodes: DEFAULT_PROGRESS_CODES,
  };
}

describe('IEP progress codes', () => {
  const end = day(40);
  const code = (o: ReportObjective) => iepObjectiveCode(o, objectiveFacts(o, { from: day(0), to: end }), end);

  it('achieved when the engine says the criterion is met', () => {
    expect(code(objective([20, 30, 20, 50, 80, 85, 90], { phases: baselineThen(3) }))).toBe('achieved');
  });
  it('not yet introduced with baseline data only, or no data at all', () => {
    expect(code(objective([20, 30, 20], { phases: [{ id: 'a', kind: 'baseline', label: 'Baseline', startDate: day(0) }] }))).toBe('not-yet-introduced');
    expect(code(objective([]))).toBe('not-yet-introduced');
  });
  it('progressing when the engine says progressing', () => {
    const o = objective([20, 30, 20, 40, 50, 60, 70], { phases: baselineThen(3) });
    expect(o.progress.status).toBe('progressing');
    expect(code(o)).toBe('progressing');
  });
  it('emerging once instruction began with too few sessions to judge; flat or worsening data are insufficient progress', () => {
    expect(code(objective([20, 30, 20, 40], { phases: baselineThen(3) }))).toBe('emerging');
    const flat = objective([20, 30, 20, 30, 20, 10], { phases: baselineThen(3) });
    expect(flat.progress.status).toBe('not-progressing');
    expect(code(flat)).toBe('insufficient-progress');
  });
  it('an objective closed as met counts as achieved only from its mastery date on', () => {
    expect(code(objective([50, 60], { status: 'met', masteryMetOn: day(30) }))).toBe('achieved');
    expect(code(objective([50, 60], { status: 'met', masteryMetOn: day(41) }))).toBe('emerging');
  });
  it('a goal takes the codes of its objectives (the full table is in iep.test.ts)', () => {
    expect(iepGoalCode([])).toBe('not-yet-introduced');
    expect(iepGoalCode(['achieved', 'achieved'])).toBe('achieved');
    expect(iepGoalCode(['achieved', 'not-yet-introduced'])).toBe('progressing');
    expect(iepGoalCode(['emerging', 'not-yet-introduced'])).toBe('emerging');
    expect(iepGoalCode(['not-yet-introduced', 'not-yet-introduced'])).toBe('not-yet-introduced');
  });
});

describe('report facts', () => {
  it('baseline is the baseline phase mean; current level the mean of the criterion window', () => {
    const f = objectiveFacts(objective([20, 30, 40, 50, 80, 90, 100], { phases: baselineThen(3) }), { from: day(0), to: day(40) });
    expect(f.baseline).toEqual({ value: 30, n: 3, source: 'phase' });
    expect(f.current).toEqual({ value: 90, n: 3, through: day(6) });
    expect(f.improvement).toBe(60);
    expect(f.introduced).toBe(true);
  });
  it('attendance: attended, missed, cancelled and not recorded, with the rate over sessions held', () => {
    const a = attendanceSummary(input([]).attendance);
    expect(a).toMatchObject({ scheduled: 5, attended: 2, missed: 1, cancelled: 1, notRecorded: 1, minutesAttended: 60, firstAttended: day(0), lastAttended: day(1) });
    expect(a.rate).toBeCloseTo(2 / 3);
  });
  it('dates and ages read as the clinic writes them', () => {
    expect(formatDate('2026-03-03')).toBe('3 Mar 2026');
    expect(ageOn('2017-05-02', '2026-05-01')).toBe(8);
    expect(ageOn('2017-05-02', '2026-05-02')).toBe(9);
  });
  it('jargonIn finds whole words only', () => {
    expect(jargonIn('The criterion was met; NAP 0.9 and Tau-U 0.8')).toEqual(['NAP', 'Tau-U', 'criterion']);
    expect(jargonIn('Napping after snacks; a tautology')).toEqual([]);
  });
});

const allSentences = (r: ReturnType<typeof buildProgressReport>): Sentence[] => [...r.summary, ...r.goals.flatMap((g) => g.objectives.flatMap((o) => o.narrative))];

describe('narrative', () => {
  const series = fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 8 }), { maxLength: 16 });
  const arb = fc.record({ values: series, withBaseline: fc.boolean(), direction: fc.constantFrom('increase' as const, 'decrease' as const), comparatorUp: fc.boolean() });

  it('every narrative sentence states at least one figure, and shows each figure as recorded (both voices)', () => {
    fc.assert(
      fc.property(arb, ({ values, withBaseline, direction, comparatorUp }) => {
        const criterion: MasteryCriterion = { ...CRITERION, comparator: comparatorUp ? '>=' : '<=', value: comparatorUp ? 80 : 20 };
        const o = objective(values, { phases: withBaseline && values.length > 3 ? baselineThen(3) : [], direction, criterion });
        for (const voice of ['clinical', 'family'] as const) {
          for (const s of allSentences(buildProgressReport(input([o]), voice))) {
            expect(s.figures.length, s.text).toBeGreaterThan(0);
            for (const f of s.figures) expect(s.text, f.label).toContain(f.value);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the family voice uses no jargon in any of its words, whatever the data', () => {
    fc.assert(
      fc.property(arb, ({ values, withBaseline, direction }) => {
        const o = objective(values, { phases: withBaseline && values.length > 3 ? baselineThen(3) : [], direction });
        const r = buildProgressReport(input([o]), 'family');
        const words = [
          r.title, ...r.summary.map((s) => s.text), ...r.recommendations.map((s) => s.text), ...r.plan.map((s) => s.text),
          ...r.attendanceFacts.flatMap((f) => [f.label, f.value]), ...r.identity.facts.map((f) => f.label),
          ...r.goals.flatMap((g) => g.objectives.flatMap((s) => [s.statusLabel, s.criterion, ...s.narrative.map((n) => n.text), ...s.facts.flatMap((f) => [f.label, f.value]), s.chart.yLabel, s.chart.criterion.label, s.chart.aimLine?.label ?? '', s.chart.mastered?.label ?? '', ...s.chart.phaseChanges.map((p) => p.label)])),
          ...r.interventions.flatMap((i) => [i.technique, ...i.elements, i.delivered]),
        ].join(' ');
        expect(jargonIn(words)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('states the engine’s numbers: baseline, current level, mastery date and effect size', () => {
    const o = objective([20, 30, 20, 50, 80, 85, 90], { phases: baselineThen(3) });
    const text = buildProgressReport(input([o]), 'clinical').goals[0]!.objectives[0]!.narrative.map((s) => s.text).join(' ');
    expect(text).toContain('baseline of 23.3 %');
    expect(text).toContain('current level of 85 %');
    expect(text).toContain(`first met on ${formatDate(day(6))}`);
    expect(text).toContain(`NAP ${o.progress.effectSizes!.nap.toFixed(2)}`);
  });

  it('the graph spec keeps phases apart and marks the session where the criterion was first met', () => {
    const o = objective([20, 30, 20, 50, 80, 85, 90], { phases: baselineThen(3) });
    const spec = chartSpec(o, 'clinical', day(0));
    expect(new Set(spec.points.map((p) => p.segment))).toEqual(new Set(['a', 'b']));
    expect(spec.phaseChanges).toEqual([{ date: day(3), label: 'Intervention' }]);
    expect(spec.mastered).toMatchObject({ date: day(6), value: 90 });
    expect(spec.criterion.label).toBe('criterion ≥ 80 %');
    expect(chartSpec(o, 'family', day(0)).phaseChanges[0]!.label).toBe('Music therapy');
  });
});

describe('IEP report and discharge summary', () => {
  it('the IEP report gives each objective a code and a sentence with the data', () => {
    const met = objective([20, 30, 20, 50, 80, 85, 90], { phases: baselineThen(3) });
    const none = objective([], { statement: 'Sustains joint drumming' });
    const r = buildIepReport(input([met, none]));
    expect(r.goals[0]!.code).toBe('progressing');
    expect(r.goals[0]!.objectives.map((o) => o.code)).toEqual(['achieved', 'not-yet-introduced']);
    expect(r.goals[0]!.objectives[0]!.sentence.text).toContain('met the criterion (≥ 80 % in 3 consecutive sessions)');
    expect(r.legend).toHaveLength(5);
    expect(r.legend.map((l) => l.label)).toContain('Insufficient progress / not on track');
  });

  it('the discharge reason: the one given, else goals met, else the client’s status', () => {
    const met = objective([20, 30, 20, 50, 80, 85, 90], { phases: baselineThen(3) });
    expect(buildDischargeSummary(input([met]), 'Moved away').reason).toBe('Moved away');
    expect(buildDischargeSummary(input([met])).reason).toContain('all 1 objective met');
    const i = input([met, objective([10, 20])]);
    expect(buildDischargeSummary(i).reason).toContain('Not yet discharged');
    i.client.status = 'discharged';
    expect(buildDischargeSummary(i).reason).toContain('Discharged');
    expect(buildDischargeSummary(i).goals[0]!.outcome).toBe('partly achieved (1 of 2 objectives met)');
  });
});
