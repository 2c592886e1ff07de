import { describe, expect, it } from 'vitest';
import { baselineLine, measurementLine, planChanges, type PlanSnapshot, type SnapshotObjective } from './plan-document.js';

const objective = (over: Partial<SnapshotObjective> = {}): SnapshotObjective => ({
  id: 'o1', label: 'turn taking', statement: 'Takes a turn within 5 s', condition: '', measurement: 'Trials: share of tries done correctly', criterion: '≥ 80 % in 3 consecutive sessions',
  direction: 'increase', baseline: '40 %', status: 'active', targetDate: null, interventions: [{ id: 'i1', name: 'Drum turn taking', technique: 'instrument_play' }], ...over,
});
const plan = (over: Partial<PlanSnapshot> = {}, o: Partial<SnapshotObjective> = {}): PlanSnapshot => ({
  v: 1, client: { name: 'Maya Lopez', birthDate: null, populations: [], setting: 'school', diagnoses: [{ label: 'Autism spectrum disorder', code: 'F84.0' }] },
  reviewDate: '2027-03-01', frequency: '1 session a week', sessionMinutes: 45, precautions: ['Soft dynamics'], notes: '',
  goals: [{ id: 'g1', domain: 'Social skills', statement: 'Turn taking with peers', status: 'active', targetDate: null, objectives: [objective(o)] }], ...over,
});

describe('what changed between plan versions', () => {
  const cases: [string, PlanSnapshot, string[]][] = [
    ['nothing', plan(), []],
    ['review date', plan({ reviewDate: '2027-06-01' }), ['Review date: 1 Mar 2027 → 1 Jun 2027']],
    ['review date removed', plan({ reviewDate: null }), ['Review date: 1 Mar 2027 → none']],
    ['frequency', plan({ frequency: '2 sessions a week' }), ['Frequency: 1 session a week → 2 sessions a week']],
    ['session length', plan({ sessionMinutes: null }), ['Session length: 45 minutes → not stated']],
    ['precaution added and removed', plan({ precautions: ['No live music before 32 weeks PMA'] }), ['Precaution added: No live music before 32 weeks PMA', 'Precaution removed: Soft dynamics']],
    ['diagnosis', plan({ client: { ...plan().client, diagnoses: [] } }), ['Diagnosis on the chart removed: Autism spectrum disorder']],
    ['criterion', plan({}, { criterion: '≥ 90 % in 3 consecutive sessions' }), ['Objective “turn taking”, mastery criterion: ≥ 80 % in 3 consecutive sessions → ≥ 90 % in 3 consecutive sessions']],
    ['baseline', plan({}, { baseline: 'not yet established' }), ['Objective “turn taking”, baseline: 40 % → not yet established']],
    ['status', plan({}, { status: 'met' }), ['Objective “turn taking”, status: active → met']],
    ['intervention unlinked', plan({}, { interventions: [] }), ['Objective “turn taking”: intervention removed, Drum turn taking']],
    ['objective added', plan({ goals: [{ ...plan().goals[0]!, objectives: [objective(), objective({ id: 'o2', label: 'greeting' })] }] }), ['Objective added: “greeting”']],
    ['goal removed', plan({ goals: [] }), ['Goal removed: Turn taking with peers']],
    ['goal added', plan({ goals: [...plan().goals, { id: 'g2', domain: 'Gross motor', statement: 'Walks to the beat', status: 'active', targetDate: null, objectives: [] }] }), ['Goal added: Walks to the beat']],
    ['notes', plan({ notes: 'Reviewed with the IEP team.' }), ['Plan notes revised']],
  ];
  it.each(cases)('%s', (_name, next, expected) => {
    expect(planChanges(plan(), next)).toEqual(expected);
  });

  it('a first version has nothing to compare with', () => {
    expect(planChanges(null, plan())).toEqual([]);
  });
});

describe('measurement as the plan states it', () => {
  it.each([
    [{ type: 'trials', metric: 'percent_success' }, 'Trials: % of trials correct'],
    [{ type: 'latency', metric: 'mean' }, 'Latency: mean seconds from cue to response'],
    [{ type: 'duration', metric: 'test_seconds', test: { name: '10MWT', distanceMetres: 10 } }, 'Timed test (10MWT): seconds over 10 m (speed in m/s)'],
    [{ type: 'prompt_level', metric: 'mean_level_score' }, 'Prompt level: mean level score'],
  ] as const)('%o → %s', (m, text) => {
    expect(measurementLine(m as never)).toBe(text);
  });
});

describe('baseline as the plan states it', () => {
  const m = { type: 'trials', metric: 'percent_success' } as const;
  it.each([
    [40, '', '40 %'],
    [40, 'probe of 10 trials', '40 %; probe of 10 trials'],
    [null, 'observed in 2 sessions', 'observed in 2 sessions'],
    [null, '  ', 'not yet established'],
  ] as const)('%s / %s → %s', (value, note, text) => {
    expect(baselineLine(value, note, m as never)).toBe(text);
  });
});
