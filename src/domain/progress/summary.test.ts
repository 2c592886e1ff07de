import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { measurementConfigSchema, type DataEvent, type MeasurementConfig, type MeasurementConfigInput } from '../measurement.js';
import { channelValue, formatSummary, summarizeSession } from './summary.js';

const cfg = (input: MeasurementConfigInput): MeasurementConfig => measurementConfigSchema.parse(input);

const trial = (outcome: 'success' | 'failure', promptLevel?: 'independent' | 'verbal' | 'model'): DataEvent =>
  promptLevel ? { kind: 'trial', outcome, promptLevel } : { kind: 'trial', outcome };
const occurrence: DataEvent = { kind: 'occurrence' };
const observation = (seconds: number): DataEvent => ({ kind: 'observation', seconds });

describe('summarizeSession: trials', () => {
  const config = cfg({ type: 'trials', promptLevels: ['independent', 'verbal', 'model'] });
  const events: DataEvent[] = [
    ...Array.from({ length: 5 }, () => trial('success')),
    trial('success', 'independent'),
    trial('success', 'verbal'),
    trial('success', 'model'),
    trial('failure'),
    trial('failure', 'independent'),
  ];

  it('gives % success and % independent (success with no prompt or "independent")', () => {
    const s = summarizeSession(config, events);
    expect(s).toMatchObject({ value: 80, unit: '%', eventCount: 10, metric: 'percent_success' });
    expect(s.details).toMatchObject({ trials: 10, successes: 8, independent: 6, percent_success: 80, percent_independent: 60 });
    expect(formatSummary(config, s)).toBe('8/10 trials correct (80 %), 6 independent (60 %)');
  });

  it('the metric chooses the value', () => {
    const c = cfg({ type: 'trials', metric: 'percent_independent' });
    expect(summarizeSession(c, events).value).toBe(60);
  });

  it('full precision, nothing rounded', () => {
    const s = summarizeSession(config, [trial('success'), trial('failure'), trial('failure')]);
    expect(s.value).toBe(100 / 3);
  });

  it('no trials → null, not 0; other event kinds are ignored', () => {
    const s = summarizeSession(config, [occurrence]);
    expect(s).toMatchObject({ value: null, eventCount: 0 });
    expect(formatSummary(config, s)).toBe('no trials recorded');
  });
});

describe('summarizeSession: frequency', () => {
  const count = cfg({ type: 'frequency' });
  const rate = cfg({ type: 'frequency', metric: 'rate_per_minute' });
  const twelve = Array.from({ length: 12 }, () => occurrence);

  it('counts, and gives the rate per minute over the observation windows', () => {
    const events = [...twelve, observation(1200), observation(600)];
    const s = summarizeSession(count, events);
    expect(s).toMatchObject({ value: 12, unit: 'occurrences', eventCount: 14 });
    expect(s.details['rate_per_minute']).toBeCloseTo(0.4, 12);
    expect(formatSummary(count, s)).toBe('12 occurrences in 30 min (0.4/min)');
    expect(summarizeSession(rate, events).value).toBeCloseTo(0.4, 12);
  });

  it('writes what a rate counts, and a short window in seconds: steps or heartbeats, never "occurrences in 0.5 min"', () => {
    const steps = Array.from({ length: 41 }, () => occurrence);
    const rows: [MeasurementConfig, DataEvent[], string][] = [
      [cfg({ type: 'frequency', metric: 'rate_per_minute', counts: 'steps' }), [...steps, observation(30)], '41 steps in 30 s (82 steps/min)'],
      [cfg({ type: 'frequency', metric: 'rate_per_minute', counts: 'heartbeats' }), [...steps, observation(30)], '41 beats in 30 s (82 bpm)'],
      [cfg({ type: 'frequency', metric: 'rate_per_minute', counts: 'steps' }), [occurrence, observation(60)], '1 step in 60 s (1 steps/min)'],
      [cfg({ type: 'frequency', metric: 'rate_per_minute' }), [...steps, observation(30)], '41 occurrences in 30 s (82/min)'],
      [count, [...steps, observation(119)], '41 occurrences in 119 s (20.67/min)'],
      [count, [...steps, observation(120)], '41 occurrences in 2 min (20.5/min)'],
    ];
    for (const [config, events, text] of rows) expect(formatSummary(config, summarizeSession(config, events))).toBe(text);
  });

  it('uses opts.observedSeconds when no observation event was recorded', () => {
    expect(summarizeSession(rate, twelve, { observedSeconds: 600 }).value).toBeCloseTo(1.2, 12);
    // Observation events take precedence over the option.
    expect(summarizeSession(rate, [...twelve, observation(1200)], { observedSeconds: 600 }).value).toBeCloseTo(0.6, 12);
  });

  it('rate is null without observed time; the count still stands', () => {
    const s = summarizeSession(rate, twelve);
    expect(s.value).toBeNull();
    expect(summarizeSession(count, twelve).value).toBe(12);
    expect(formatSummary(count, summarizeSession(count, twelve))).toBe('12 occurrences (observation time not recorded)');
  });

  it('zero occurrences in an observation window is an observed 0', () => {
    expect(summarizeSession(count, [observation(600)]).value).toBe(0);
    expect(summarizeSession(rate, [observation(600)]).value).toBe(0);
    expect(summarizeSession(count, [], { observedSeconds: 300 }).value).toBe(0);
  });

  it('no events and no observed time → null', () => {
    expect(summarizeSession(count, []).value).toBeNull();
    expect(summarizeSession(count, [], { observedSeconds: null }).value).toBeNull();
    expect(formatSummary(count, summarizeSession(count, []))).toBe('not observed');
  });
});

describe('summarizeSession: duration', () => {
  const total = cfg({ type: 'duration' });
  const pct = cfg({ type: 'duration', metric: 'percent_of_observed' });
  const events: DataEvent[] = [{ kind: 'duration', seconds: 60 }, { kind: 'duration', seconds: 30 }, observation(600)];

  it('total seconds and % of observed time', () => {
    expect(summarizeSession(total, events)).toMatchObject({ value: 90, unit: 's', eventCount: 3 });
    expect(summarizeSession(pct, events)).toMatchObject({ value: 15, unit: '%' });
    expect(formatSummary(total, summarizeSession(total, events))).toBe('90 s in 10 min (15 % of observed time)');
  });

  it('no observed time → % is null; nothing at all → null', () => {
    expect(summarizeSession(pct, events.slice(0, 2)).value).toBeNull();
    expect(summarizeSession(total, []).value).toBeNull();
    expect(summarizeSession(total, [observation(600)]).value).toBe(0);
  });
});

describe('summarizeSession: a timed test', () => {
  const tenMetre = measurementConfigSchema.parse({ type: 'duration', metric: 'test_seconds', test: { name: '10MWT', distanceMetres: 10 } });
  const tug = measurementConfigSchema.parse({ type: 'duration', metric: 'test_seconds', test: { name: 'TUG' } });
  const timing = (seconds: number): DataEvent => ({ kind: 'duration', seconds });

  it('is the mean of the timings with the speed, never a share of the session', () => {
    const one = summarizeSession(tenMetre, [timing(14)], { observedSeconds: 2700 });
    expect(one.value).toBe(14);
    expect(formatSummary(tenMetre, one)).toBe('10MWT 14.0 s (0.71 m/s)');
    const three = summarizeSession(tenMetre, [timing(14), timing(14.5), timing(14.1)]);
    expect(formatSummary(tenMetre, three)).toBe('10MWT mean 14.2 s of 3 trials (0.70 m/s)');
    expect(formatSummary(tug, summarizeSession(tug, [timing(11.26)]))).toBe('TUG 11.3 s');
    expect(formatSummary(tug, summarizeSession(tug, []))).toBe('TUG not timed');
  });

  it('names its test', () => {
    expect(measurementConfigSchema.safeParse({ type: 'duration', metric: 'test_seconds' }).success).toBe(false);
  });
});

describe('summarizeSession: latency', () => {
  const meanCfg = cfg({ type: 'latency' });
  const medianCfg = cfg({ type: 'latency', metric: 'median' });
  const events: DataEvent[] = [2, 4, 9].map((seconds) => ({ kind: 'latency', seconds }));

  it('mean and median seconds', () => {
    expect(summarizeSession(meanCfg, events)).toMatchObject({ value: 5, unit: 's', eventCount: 3 });
    expect(summarizeSession(medianCfg, events).value).toBe(4);
    expect(summarizeSession(medianCfg, [...events, { kind: 'latency', seconds: 5 }]).value).toBe(4.5);
    expect(formatSummary(meanCfg, summarizeSession(meanCfg, events))).toBe('mean latency 5 s, median 4 s (3 responses)');
  });

  it('no responses → null', () => {
    expect(summarizeSession(meanCfg, []).value).toBeNull();
    expect(summarizeSession(medianCfg, []).value).toBeNull();
  });
});

describe('summarizeSession: rating', () => {
  const config = cfg({ type: 'rating', min: 1, max: 5 });

  it('mean rating', () => {
    const s = summarizeSession(config, [3, 4, 4, 5].map((value) => ({ kind: 'rating', value })));
    expect(s).toMatchObject({ value: 4, metric: 'mean', eventCount: 4 });
    expect(formatSummary(config, s)).toBe('mean rating 4 on 1–5 (4 ratings)');
  });

  it('no ratings → null', () => {
    expect(summarizeSession(config, []).value).toBeNull();
  });
});

describe('summarizeSession: prompt level', () => {
  // Default hierarchy of 7 levels: independent scores 6, full_physical 0.
  const meanCfg = cfg({ type: 'prompt_level' });
  const bestCfg = cfg({ type: 'prompt_level', metric: 'most_independent' });
  const events: DataEvent[] = [
    { kind: 'prompt', level: 'verbal' }, // index 2 → 4
    { kind: 'prompt', level: 'gestural' }, // index 1 → 5
    { kind: 'prompt', level: 'full_physical' }, // index 6 → 0
  ];

  it('most independent level and mean level score', () => {
    const s = summarizeSession(meanCfg, events);
    expect(s.value).toBe(3);
    expect(s.details).toMatchObject({ most_independent: 'gestural', most_independent_score: 5, mean_level_score: 3 });
    expect(summarizeSession(bestCfg, events).value).toBe(5);
    expect(formatSummary(meanCfg, s)).toBe('most independent: gestural; mean level score 3 of 6 (3 prompts)');
  });

  it('scores against the configured hierarchy', () => {
    const c = cfg({ type: 'prompt_level', hierarchy: ['independent', 'verbal', 'full_physical'] });
    const s = summarizeSession(c, [{ kind: 'prompt', level: 'verbal' }, { kind: 'prompt', level: 'independent' }]);
    expect(s.value).toBe(1.5); // (1 + 2) / 2
    expect(s.details['most_independent']).toBe('independent');
    // A level outside the hierarchy cannot be scored and is not used.
    expect(summarizeSession(c, [{ kind: 'prompt', level: 'model' }])).toMatchObject({ value: null, eventCount: 0 });
  });

  it('no prompts → null', () => {
    expect(summarizeSession(meanCfg, []).value).toBeNull();
    expect(summarizeSession(bestCfg, []).details['most_independent']).toBeNull();
  });
});

describe('summarizeSession: task analysis', () => {
  const config = cfg({ type: 'task_analysis', steps: ['pick up mallet', 'strike drum', 'return mallet', 'wait', 'sit'] });

  it('% of recorded steps independent; a re-recorded step counts once, last wins', () => {
    const s = summarizeSession(config, [
      { kind: 'step', step: 0, result: 'independent' },
      { kind: 'step', step: 1, result: 'prompted' },
      { kind: 'step', step: 1, result: 'independent' }, // re-recorded: independent
      { kind: 'step', step: 2, result: 'independent' },
      { kind: 'step', step: 2, result: 'not_done' }, // re-recorded: not done
    ]);
    expect(s.value).toBeCloseTo((2 / 3) * 100, 12);
    expect(s.details).toMatchObject({ steps_total: 5, steps_recorded: 3, steps_independent: 2, steps_not_done: 1 });
    expect(s.eventCount).toBe(5);
    expect(formatSummary(config, s)).toBe('2/3 steps independent (66.7 %)');
  });

  it('no steps recorded → null', () => {
    expect(summarizeSession(config, []).value).toBeNull();
  });
});

describe('summarizeSession: physiological', () => {
  const meanCfg = cfg({ type: 'physiological', channels: ['heart_rate', 'spo2'], primaryChannel: 'heart_rate' });
  const changeCfg = cfg({ type: 'physiological', channels: ['heart_rate', 'spo2'], primaryChannel: 'heart_rate', metric: 'pre_post_change' });
  const events: DataEvent[] = [
    { kind: 'reading', channel: 'heart_rate', value: 160, when: 'pre' },
    { kind: 'reading', channel: 'heart_rate', value: 156, when: 'pre' },
    { kind: 'reading', channel: 'heart_rate', value: 150, when: 'during' },
    { kind: 'reading', channel: 'heart_rate', value: 146, when: 'post' },
    { kind: 'reading', channel: 'spo2', value: 95, when: 'during' },
    { kind: 'reading', channel: 'spo2', value: 97, when: 'during' },
  ];

  it('per-channel means and the primary channel pre→post change', () => {
    const s = summarizeSession(meanCfg, events);
    expect(s).toMatchObject({ value: 153, unit: '/min', eventCount: 6 });
    expect(s.details).toMatchObject({ heart_rate_mean: 153, spo2_mean: 96, pre_mean: 158, post_mean: 146, pre_post_change: -12 });
    expect(summarizeSession(changeCfg, events).value).toBe(-12);
    expect(formatSummary(meanCfg, s)).toBe('heart rate 158 → 146 bpm (−12 bpm); heart rate mean 153 bpm (4 readings); SpO₂ mean 96 % (2 readings)');
  });

  it('no pre or no post → change null; no readings → null', () => {
    expect(summarizeSession(changeCfg, events.slice(2)).value).toBeNull();
    expect(summarizeSession(meanCfg, []).value).toBeNull();
    expect(summarizeSession(changeCfg, []).value).toBeNull();
  });
});

describe('summarizeSession: pre/post scale', () => {
  const config = cfg({ type: 'pre_post', scaleName: 'Pain', min: 0, max: 10 });

  it('post − pre, using the last pre and the last post', () => {
    const s = summarizeSession(config, [
      { kind: 'scale', when: 'pre', value: 5 },
      { kind: 'scale', when: 'pre', value: 6 },
      { kind: 'scale', when: 'post', value: 4 },
      { kind: 'scale', when: 'post', value: 3 },
    ]);
    expect(s).toMatchObject({ value: -3, eventCount: 4 });
    expect(formatSummary(config, s)).toBe('Pain 6 → 3 (change −3)');
  });

  it('says a severe level before the session (7 or more of 10), even with a good change; not on another scale', () => {
    const at = (pre: number, post: number, c = config) => formatSummary(c, summarizeSession(c, [{ kind: 'scale', when: 'pre', value: pre }, { kind: 'scale', when: 'post', value: post }]));
    expect(at(7, 3)).toBe('Pain 7 → 3 (change −4; severe before the session)');
    expect(at(8, 8)).toBe('Pain 8 → 8 (change 0; severe before the session)');
    expect(at(6.5, 2)).toBe('Pain 6.5 → 2 (change −4.5)');
    const mood = cfg({ type: 'pre_post', scaleName: 'Mood', min: 0, max: 10 });
    expect(at(9, 7, mood)).toBe('Mood 9 → 7 (change −2)');
  });

  it('missing pre or post → null', () => {
    expect(summarizeSession(config, [{ kind: 'scale', when: 'pre', value: 5 }]).value).toBeNull();
    expect(summarizeSession(config, []).value).toBeNull();
  });
});

describe('summarizeSession: order does not matter where it should not', () => {
  const shuffled = <T>(arb: fc.Arbitrary<T[]>) =>
    arb.chain((xs) => fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }).map((ys) => [xs, ys] as const));

  const check = (config: MeasurementConfig, events: fc.Arbitrary<DataEvent[]>, opts = {}) =>
    fc.assert(
      fc.property(shuffled(events), ([a, b]) => {
        const x = summarizeSession(config, [...a], opts);
        const y = summarizeSession(config, [...b], opts);
        expect(y.eventCount).toBe(x.eventCount);
        if (x.value === null) expect(y.value).toBeNull();
        else expect(y.value).toBeCloseTo(x.value, 9);
      }),
    );

  it('trials', () => {
    const t = fc.record({
      kind: fc.constant('trial' as const),
      outcome: fc.constantFrom<'success' | 'failure'>('success', 'failure'),
      promptLevel: fc.constantFrom<'independent' | 'verbal'>('independent', 'verbal'),
    });
    check(cfg({ type: 'trials', promptLevels: ['independent', 'verbal'] }), fc.array(t, { maxLength: 30 }));
    check(cfg({ type: 'trials', promptLevels: ['independent', 'verbal'], metric: 'percent_independent' }), fc.array(t, { maxLength: 30 }));
  });

  it('frequency', () => {
    const e = fc.oneof(
      fc.constant<DataEvent>(occurrence),
      fc.integer({ min: 1, max: 3600 }).map((s): DataEvent => observation(s)),
    );
    check(cfg({ type: 'frequency', metric: 'rate_per_minute' }), fc.array(e, { maxLength: 30 }));
    check(cfg({ type: 'frequency' }), fc.array(e, { maxLength: 30 }), { observedSeconds: 60 });
  });

  it('rating', () => {
    const e = fc.integer({ min: 1, max: 5 }).map((value): DataEvent => ({ kind: 'rating', value }));
    check(cfg({ type: 'rating', min: 1, max: 5 }), fc.array(e, { maxLength: 30 }));
  });

  it('latency mean', () => {
    const e = fc.double({ min: 0, max: 600, noNaN: true }).map((seconds): DataEvent => ({ kind: 'latency', seconds }));
    check(cfg({ type: 'latency' }), fc.array(e, { maxLength: 30 }));
  });
});

describe('channelValue: a level with its unit, a behavioural state with its name', () => {
  const rows: [Parameters<typeof channelValue>[0], number, number | undefined, string][] = [
    ['heart_rate', 145.04, undefined, '145 bpm'],
    ['spo2', 95.25, undefined, '95.3 %'],
    ['respiratory_rate', 52.2, 0, '52 breaths/min'],
    ['behavioural_state', 3, undefined, '3 (drowsy)'],
    ['behavioural_state', 1, undefined, '1 (deep sleep)'],
    ['behavioural_state', 6, undefined, '6 (crying)'],
    ['behavioural_state', 4.5, undefined, '4.5 (between quiet alert and active alert)'],
    ['behavioural_state', 3.96, undefined, '4 (quiet alert)'],
    ['behavioural_state', 4.4, 0, '4 (quiet alert)'],
    ['behavioural_state', 0.5, undefined, '0.5'],
  ];
  it.each(rows)('%s %s (digits %s) reads "%s"', (channel, v, digits, text) => expect(channelValue(channel, v, digits)).toBe(text));
});

describe('a minimum of opportunities per session', () => {
  const trials = cfg({ type: 'trials', minOpportunities: 5 });
  const latency = cfg({ type: 'latency', minOpportunities: 3 });
  const prompts = cfg({ type: 'prompt_level', hierarchy: ['independent', 'verbal', 'model'], minOpportunities: 4 });
  const ok = (n: number) => Array.from({ length: n }, () => trial('success'));
  const rows: [string, MeasurementConfig, DataEvent[], number | null, string][] = [
    ['no data: no value, nothing said of a minimum', trials, [], null, 'no trials recorded'],
    ['1 of 1 correct, minimum 5: not a data session', trials, ok(1), null, '1/1 trials correct (100 %): fewer than the 5 trials the objective requires, so this session does not count toward mastery'],
    ['4 trials, minimum 5: not a data session', trials, [...ok(3), trial('failure')], null, '3/4 trials correct (75 %): fewer than the 5 trials the objective requires, so this session does not count toward mastery'],
    ['exactly 5: counts', trials, ok(5), 100, '5/5 trials correct (100 %)'],
    ['more than 5: counts', trials, [...ok(5), trial('failure')], 500 / 6, '5/6 trials correct (83.3 %)'],
    ['no minimum set: 1 of 1 counts', cfg({ type: 'trials' }), ok(1), 100, '1/1 trials correct (100 %)'],
    ['latency: 2 responses of 3 needed', latency, [{ kind: 'latency', seconds: 4 }, { kind: 'latency', seconds: 6 }], null, ''],
    ['latency: 3 responses counts', latency, [4, 6, 8].map((seconds): DataEvent => ({ kind: 'latency', seconds })), 6, ''],
    ['prompt level: 3 of 4 needed', prompts, [{ kind: 'prompt', level: 'independent' }, { kind: 'prompt', level: 'verbal' }, { kind: 'prompt', level: 'model' }], null, ''],
  ];
  it.each(rows)('%s', (_, config, events, value, text) => {
    const s = summarizeSession(config, events);
    expect(s.value).toBe(value);
    if (text) expect(formatSummary(config, s)).toBe(text);
    if (value === null && events.length) {
      expect(s.details.min_opportunities).toBe('minOpportunities' in config ? config.minOpportunities : undefined);
      expect(formatSummary(config, s)).toContain('does not count toward mastery');
    }
  });

  it('refuses a minimum that is not a whole number of at least 1', () => {
    for (const bad of [0, -1, 2.5, 501]) expect(measurementConfigSchema.safeParse({ type: 'trials', minOpportunities: bad }).success).toBe(false);
  });

  it('property: with a minimum, a session counts exactly when it has that many opportunities, and then has the value it would have without one', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.boolean(), { maxLength: 20 }), (min, outcomes) => {
      const events = outcomes.map((o) => trial(o ? 'success' : 'failure'));
      const withMin = summarizeSession(cfg({ type: 'trials', minOpportunities: min }), events);
      const without = summarizeSession(cfg({ type: 'trials' }), events);
      expect(withMin.value).toBe(events.length >= min ? without.value : null);
      expect(withMin.eventCount).toBe(without.eventCount);
    }));
  });
});

describe('a minimum of opportunities while the session is going', () => {
  it('reads as a count to go in capture, and as a verdict on the record', () => {
    const config = cfg({ type: 'trials', minOpportunities: 5 });
    const s = summarizeSession(config, [trial('success'), trial('failure')]);
    expect(formatSummary(config, s, { during: true })).toBe('1/2 trials correct (50 %) · 2 of at least 5 trials');
    expect(formatSummary(config, s)).toBe('1/2 trials correct (50 %): fewer than the 5 trials the objective requires, so this session does not count toward mastery');
    const enough = summarizeSession(config, Array.from({ length: 5 }, () => trial('success')));
    expect(formatSummary(config, enough, { during: true })).toBe(formatSummary(config, enough));
  });
});
