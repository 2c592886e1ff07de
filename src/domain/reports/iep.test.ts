import { describe, expect, it } from 'vitest';
import type { MasteryCriterion } from '../criterion.js';
import { progressStatus, type Phase } from '../progress/index.js';
import { objectiveFacts } from './facts.js';
import { DEFAULT_PROGRESS_CODES, iepApplies, iepGoalCode, iepObjectiveCode, resolveProgressCodes, type IepCode } from './iep.js';
import type { ReportObjective } from './inputs.js';

const CRITERION: MasteryCriterion = { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 };
const day = (i: number) => new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const PHASES: Phase[] = [
  { id: 'a', kind: 'baseline', label: 'Baseline', startDate: day(0) },
  { id: 'b', kind: 'intervention', label: 'Intervention', startDate: day(3) },
];

function objective(values: number[], targetDate: string | null, linkedDeliveryDates: string[] = []): ReportObjective {
  const sessions = values.map((value, i) => ({ date: day(i), value, summaryText: `${value} %` }));
  return {
    id: 'o', statement: 'Takes a turn', condition: '', measurement: { type: 'trials', metric: 'percent_success' }, criterion: CRITERION, direction: 'increase',
    status: 'active', targetDate, baselineValue: null, masteryMetOn: null, masteryConfirmedAt: null, sessions, phases: PHASES,
    progress: progressStatus({ points: sessions, phases: PHASES, criterion: CRITERION, direction: 'increase', targetDate, linkedDeliveryDates }),
  };
}
const code = (o: ReportObjective) => iepObjectiveCode(o, objectiveFacts(o, { from: day(0), to: day(40) }), day(40));

describe('IEP objective code: the data decide, and lack of progress is named', () => {
  const rows: [string, number[], string | null, IepCode][] = [
    ['criterion met', [20, 30, 20, 50, 80, 85, 90], day(30), 'achieved'],
    ['baseline only', [20, 30, 20], day(30), 'not-yet-introduced'],
    ['one intervention session', [20, 30, 20, 40], day(30), 'emerging'],
    ['rising, on track for the target date', [20, 30, 20, 40, 50, 60, 70], day(30), 'progressing'],
    ['rising, no target date', [20, 30, 20, 40, 50, 60, 70], null, 'progressing'],
    ['rising, but too slowly for the target date', [20, 30, 20, 40, 41, 42, 43], day(8), 'insufficient-progress'],
    ['flat', [20, 30, 20, 40, 40, 40, 40], day(30), 'insufficient-progress'],
    ['worsening', [20, 30, 20, 40, 35, 30, 25], day(30), 'insufficient-progress'],
  ];
  it.each(rows)('%s → %s', (_what, values, target, want) => {
    expect(code(objective(values, target))).toBe(want);
  });
  it('a contaminated baseline changes no code into a claim: the trend still has to reach the target', () => {
    const o = objective([20, 30, 20, 40, 41, 42, 43], day(8), [day(1)]);
    expect(o.progress.effectSizes).toBeNull();
    expect(code(o)).toBe('insufficient-progress');
  });
});

describe('IEP goal roll-up', () => {
  const rows: [IepCode[], IepCode][] = [
    [[], 'not-yet-introduced'],
    [['not-yet-introduced'], 'not-yet-introduced'],
    [['not-yet-introduced', 'not-yet-introduced'], 'not-yet-introduced'],
    [['achieved'], 'achieved'],
    [['achieved', 'achieved'], 'achieved'],
    [['achieved', 'progressing'], 'progressing'],
    [['achieved', 'not-yet-introduced'], 'progressing'],
    [['progressing', 'not-yet-introduced'], 'progressing'],
    [['emerging', 'not-yet-introduced'], 'emerging'],
    [['achieved', 'emerging'], 'emerging'],
    [['achieved', 'insufficient-progress'], 'insufficient-progress'],
    [['progressing', 'insufficient-progress', 'not-yet-introduced'], 'insufficient-progress'],
    [['emerging', 'insufficient-progress'], 'insufficient-progress'],
  ];
  it.each(rows)('%j → %s', (codes, want) => expect(iepGoalCode(codes)).toBe(want));
});

describe('progress code wording per organization', () => {
  it('defaults, overridden per code, and a stored value that no longer parses falls back to the defaults', () => {
    expect(resolveProgressCodes({})).toEqual(DEFAULT_PROGRESS_CODES);
    const own = resolveProgressCodes({ 'insufficient-progress': { label: 'IP: Inadequate progress' } });
    expect(own['insufficient-progress']).toEqual({ label: 'IP: Inadequate progress', meaning: DEFAULT_PROGRESS_CODES['insufficient-progress'].meaning });
    expect(own.achieved).toEqual(DEFAULT_PROGRESS_CODES.achieved);
    expect(resolveProgressCodes({ made_up: { label: 'x' } })).toEqual(DEFAULT_PROGRESS_CODES);
    expect(resolveProgressCodes(null)).toEqual(DEFAULT_PROGRESS_CODES);
  });
});

describe('iepApplies', () => {
  it.each([
    [{ populations: ['school'], setting: 'outpatient' }, true],
    [{ populations: ['down_syndrome'], setting: 'school' }, true],
    [{ populations: ['hospice'], setting: 'hospice_home' }, false],
    [{ populations: ['nicu'], setting: 'nicu' }, false],
    [{ populations: [], setting: 'rehabilitation' }, false],
  ])('%o → %s', (c, applies) => expect(iepApplies(c)).toBe(applies));
  it.each([
    [{ populations: ['autism'], setting: 'outpatient' }, true, true],
    [{ populations: ['autism'], setting: 'outpatient' }, false, false],
  ])('%o with an IEP on file: %s → %s', (c, hasIep, applies) => expect(iepApplies(c, hasIep)).toBe(applies));
});
