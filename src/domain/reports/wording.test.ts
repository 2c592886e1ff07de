/** Truth tables of the wording rules: severity and levels (levels.ts), skill and projection (population.ts), units (words.ts). */
import { describe, expect, it } from 'vitest';
import type { MasteryCriterion } from '../criterion.js';
import type { MeasurementConfig } from '../measurement.js';
import { progressStatus, type Phase } from '../progress/index.js';
import type { ReportObjective } from './inputs.js';
import { prePostLevels, severePre } from './levels.js';
import { inHospice, objectiveNature, speaksOfSkill, offersDateToReach, statesProjection } from './population.js';
import { criterionText, familyCriterionPhrase, familyTime, levelText, rateCountsOf, reportUnit, valueText } from './words.js';
import { unitOf } from '../measurement.js';

const NRS: MeasurementConfig = { type: 'pre_post', scaleName: 'Anxiety (0–10)', min: 0, max: 10 };
const HR_CHANGE: MeasurementConfig = { type: 'physiological', channels: ['heart_rate', 'spo2'], primaryChannel: 'heart_rate', metric: 'pre_post_change' };
const HR_MEAN: MeasurementConfig = { type: 'physiological', channels: ['heart_rate'], primaryChannel: 'heart_rate', metric: 'mean' };
const TRIALS: MeasurementConfig = { type: 'trials', metric: 'percent_success' };
const WALK: MeasurementConfig = { type: 'duration', metric: 'test_seconds', test: { name: '10MWT', distanceMetres: 10 } };
const DROP2: MasteryCriterion = { comparator: '<=', value: -2, window: { kind: 'of-last', sessions: 5, met: 4 }, minSessions: 5 };
const day = (i: number) => new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const PERIOD = { from: day(0), to: day(20) };

function prePost(pairs: [number, number][], phases: Phase[] = [], m: MeasurementConfig = NRS): ReportObjective {
  const keys = m.type === 'pre_post' ? ['pre', 'post'] : ['pre_mean', 'post_mean'];
  const sessions = pairs.map(([pre, post], i) => ({ date: day(i), value: post - pre, summaryText: '', details: { [keys[0]!]: pre, [keys[1]!]: post } }));
  return {
    id: 'o', statement: 's', condition: '', measurement: m, criterion: DROP2, direction: 'decrease', status: 'active', targetDate: null, baselineValue: null, masteryMetOn: null, masteryConfirmedAt: null,
    sessions, phases,
    progress: progressStatus({ points: sessions.map((s) => ({ date: s.date, value: s.value })), phases, criterion: DROP2, direction: 'decrease' }),
  };
}

describe('severity of the level before the session (0–10 scale, severe from 7)', () => {
  const cases: [string, [number, number][], { severe: number; of: number; highest: number } | null][] = [
    ['no pre level of 7 or more: no flag', [[6, 3], [5, 2], [6, 4]], null],
    ['7 is severe (the lower edge of the band)', [[7, 4], [6, 3], [5, 2]], { severe: 1, of: 3, highest: 7 }],
    ['flagged although every session met the change criterion (8 → 5)', [[8, 5], [8, 5], [6, 3], [8, 4], [5, 2], [7, 4]], { severe: 4, of: 6, highest: 8 }],
  ];
  for (const [what, pairs, want] of cases) it(what, () => expect(severePre(prePost(pairs), PERIOD)).toEqual(want));

  it('only the sessions in the period count', () => {
    expect(severePre(prePost([[9, 5], [4, 2], [4, 1]]), { from: day(1), to: day(2) })).toBeNull();
  });
  it('is not flagged on another scale (1–5) nor for a physiological objective', () => {
    expect(severePre(prePost([[9, 5]], [], { ...NRS, min: 1, max: 5 } as MeasurementConfig), PERIOD)).toBeNull();
    expect(severePre(prePost([[160, 150]], [], HR_CHANGE), PERIOD)).toBeNull();
  });
});

describe('levels before and after, at baseline and now', () => {
  const phases: Phase[] = [{ id: 'a', kind: 'baseline', label: 'Baseline', startDate: day(0) }, { id: 'b', kind: 'intervention', label: 'Music', startDate: day(3) }];
  it('baseline: the baseline phase’s sessions; now: the criterion’s window', () => {
    const o = prePost([[8, 8], [8, 7], [8, 6], [8, 5], [7, 4], [8, 5], [7, 5], [8, 5]], phases);
    const l = prePostLevels(o)!;
    expect(l.baseline).toEqual({ pre: 8, post: 7, n: 3 });
    expect(l.current).toEqual({ pre: 7.6, post: 4.8, n: 5 });
  });
  it('no baseline phase: no baseline levels', () => expect(prePostLevels(prePost([[8, 5]]))!.baseline).toBeNull());
  it('a physiological pre/post change reads its channel’s means', () => expect(prePostLevels(prePost([[156, 145]], [], HR_CHANGE))!.current).toEqual({ pre: 156, post: 145, n: 1 }));
  it('an objective that is not pre/post has none', () => expect(prePostLevels({ ...prePost([[1, 2]]), measurement: TRIALS })).toBeNull());
});

describe('skill language, projections and dates, by what is measured and for whom', () => {
  const child = { populations: ['autism'], setting: 'school' };
  const hospice = { populations: ['hospice'], setting: 'hospice_home' };
  const hospiceByPopulation = { populations: ['hospice'], setting: 'inpatient' };
  const nicu = { populations: ['nicu'], setting: 'nicu' };
  const table: [string, MeasurementConfig, typeof child, 'behaviour' | 'physiological' | 'symptom', boolean][] = [
    ['trials for a child', TRIALS, child, 'behaviour', true],
    ['a timed walk in rehabilitation', WALK, { populations: ['physical_rehab'], setting: 'rehabilitation' }, 'behaviour', true],
    ['heart rate in the NICU', HR_MEAN, nicu, 'physiological', false],
    ['a heart-rate change in the NICU', HR_CHANGE, nicu, 'physiological', false],
    ['anxiety before and after', NRS, child, 'symptom', false],
    ['trials in hospice care', TRIALS, hospice, 'behaviour', false],
    ['trials for a hospice patient in hospital', TRIALS, hospiceByPopulation, 'behaviour', false],
  ];
  for (const [what, m, who, nature, skill] of table)
    it(`${what}: ${nature}, ${skill ? 'skill words' : 'no skill words'}`, () => {
      expect(objectiveNature(m)).toBe(nature);
      expect(speaksOfSkill(m, who)).toBe(skill);
    });

  const progressing = { status: 'progressing', projectedDate: '2026-05-01' } as const;
  const cases: [string, { status: string; projectedDate: string | null }, typeof child, boolean][] = [
    ['progressing with a projected date', progressing, child, true],
    ['progressing in hospice care: none', progressing, hospice, false],
    ['not progressing: none', { status: 'not-progressing', projectedDate: null }, child, false],
    ['met: none', { status: 'met', projectedDate: null }, child, false],
    ['progressing but not heading to the criterion: none', { status: 'progressing', projectedDate: null }, child, false],
  ];
  for (const [what, p, who, want] of cases) it(`projection: ${what}`, () => expect(statesProjection({ progress: p } as Pick<ReportObjective, 'progress'>, who)).toBe(want));

  it('a hoped-for date for a family, except in hospice care', () => {
    expect([child, nicu, hospice].map(offersDateToReach)).toEqual([true, true, false]);
    expect([child, hospice, hospiceByPopulation].map(inHospice)).toEqual([false, true, true]);
  });
});

describe('units and criteria as a document states them', () => {
  it('heart rate in bpm, never a bare /min; a change named as a change', () => {
    expect(reportUnit(HR_MEAN)).toBe('bpm');
    expect(valueText(-8.4, HR_CHANGE)).toBe('−8.4 bpm');
    expect(criterionText({ ...DROP2, value: -5 }, HR_CHANGE)).toBe('change ≤ −5 bpm in 4 of the last 5 sessions (at least 5 sessions)');
    expect(criterionText({ ...DROP2, comparator: '>=', value: 80 }, TRIALS)).toBe('≥ 80 % in 4 of the last 5 sessions (at least 5 sessions)');
    expect(reportUnit({ type: 'physiological', channels: ['respiratory_rate'], primaryChannel: 'respiratory_rate', metric: 'mean' })).toBe('breaths/min');
  });
  it('a family reads a change criterion as a drop or a rise', () => {
    expect(familyCriterionPhrase(DROP2, NRS)).toBe('a drop of at least 2 points in 4 of 5 sessions');
    expect(familyCriterionPhrase({ ...DROP2, comparator: '>=', value: 1 }, NRS)).toBe('a rise of at least 1 point in 4 of 5 sessions');
    expect(familyCriterionPhrase({ ...DROP2, comparator: '<=', value: 3 }, NRS)).toBe('at most 3 points in 4 of 5 sessions');
    // In a NICU a "drop" is a bradycardia or desaturation: a heart rate that comes down settles.
    expect(familyCriterionPhrase({ ...DROP2, value: -5 }, HR_CHANGE)).toBe('heart rate settling by at least 5 bpm in 4 of 5 sessions');
  });
  it('a timed walk over a set distance shows its speed in m/s; one without a distance does not', () => {
    expect(levelText(15.1, WALK, 'clinical')).toBe('15.1 s, 0.66 m/s');
    expect(levelText(15.1, WALK, 'family')).toBe('15.1 s, 0.66 m/s');
    expect(levelText(15.1, { type: 'duration', metric: 'test_seconds', test: { name: 'TUG' } }, 'clinical')).toBe('15.1 s');
  });
});

describe('the unit of a rate per minute on documents', () => {
  const rate: MeasurementConfig = { type: 'frequency', metric: 'rate_per_minute' };
  const o = (statement: string, measurement: MeasurementConfig = rate, behaviour = '') => ({ statement, behaviour, measurement });
  it.each([
    ['gait cadence', o('Client will walk with a cadence of 100 steps per minute'), 'steps', 'steps/min'],
    ['a pulse counted by hand', o('Client’s resting pulse will be 80 or lower'), 'heartbeats', 'bpm'],
    ['heart rate in the behaviour', o('Settles after relaxation', rate, 'Heart rate counted over 1 minute'), 'heartbeats', 'bpm'],
    ['vocalisations per minute', o('Client will vocalise during the song'), undefined, '/min'],
    ['a count, not a rate', o('Client will walk to the drum', { type: 'frequency', metric: 'count' }), undefined, ''],
    ['stated on the measurement', o('Client will vocalise', { type: 'frequency', metric: 'rate_per_minute', counts: 'steps' }), 'steps', 'steps/min'],
  ] as const)('%s', (_, objective, counts, unit) => {
    expect(rateCountsOf(objective)).toBe(counts);
    const m = objective.measurement.type === 'frequency' && counts ? { ...objective.measurement, counts } : objective.measurement;
    expect(reportUnit(m)).toBe(unit);
  });
  it('the record and FHIR keep the UCUM unit', () => {
    expect(unitOf({ type: 'frequency', metric: 'rate_per_minute', counts: 'steps' })).toBe('/min');
  });
});

describe('familyTime: a time in the family voice, to the whole second', () => {
  const rows: [number, string][] = [
    [0, '0 seconds'], [0.6, '1 second'], [12.4, '12 seconds'], [59.4, '59 seconds'], [59.6, '1 minute'],
    [60, '1 minute'], [61, '1 minute 1 second'], [197.7, '3 minutes 18 seconds'], [240, '4 minutes'],
  ];
  it.each(rows)('%s s reads "%s"', (v, text) => expect(familyTime(v)).toBe(text));
  it('is what a family report writes for a latency, while the clinical voice keeps the seconds', () => {
    const latency: MeasurementConfig = { type: 'latency', metric: 'mean', maxSeconds: 600 };
    expect(levelText(197.7, latency, 'family')).toBe('3 minutes 18 seconds');
    expect(levelText(197.7, latency, 'clinical')).toBe('197.7 s');
  });
});
