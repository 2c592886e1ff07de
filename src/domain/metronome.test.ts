import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cadenceFromCount, clickGrid, clicksInWindow, cueTempo, isGaitObjective, onsetOf, percentOver, rateFromTaps, TAP_RESET_MS, tempoFromTaps } from './metronome.js';

describe('metronome scheduling', () => {
  it('places every click on the grid of the start, with beat 1 of each bar accented', () => {
    const grid = clickGrid(120, 4, 2);
    expect(grid.map((c) => c.time)).toEqual([0, 0.5, 1, 1.5]);
    expect(grid.map((c) => c.accent)).toEqual([true, false, false, false]);
    expect(clickGrid(100, 2, 2.4).map((c) => c.accent)).toEqual([true, false, true, false]);
  });

  it('scheduling in look-ahead windows yields each beat once, exactly on the grid, however the timer wakes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.array(fc.double({ min: 0.001, max: 0.3, noNaN: true }), { minLength: 5, maxLength: 80 }),
        (bpm, start, wakes) => {
          let now = start;
          let next = 0;
          const got: number[] = [];
          for (const w of wakes) {
            const r = clicksInWindow(start, bpm, 4, next, now, now + 0.1);
            next = r.nextIndex;
            got.push(...r.clicks.map((c) => c.index));
            // A late wake: the window never leaves a gap only if the timer wakes within the look-ahead.
            now += Math.min(w, 0.1);
          }
          expect(got).toEqual([...got.keys()]);
          for (const i of got) expect(Math.abs(onsetOf(start, bpm, i) - (start + (i * 60) / bpm))).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('does not play beats late after the page slept; it resumes on the grid', () => {
    const r = clicksInWindow(10, 60, 4, 2, 15.2, 16.5);
    expect(r.clicks.map((c) => c.time)).toEqual([16]);
    expect(r.clicks[0]!.index).toBe(6);
    expect(r.nextIndex).toBe(7);
  });

  it('steps the cue tempo from the baseline cadence in whole percent', () => {
    expect(cueTempo(82, 5)).toBe(86.1);
    expect(cueTempo(82, 10)).toBe(90.2);
    expect(cueTempo(100, -3)).toBe(97);
    expect(cueTempo(82, 4.6)).toBe(cueTempo(82, 5));
    expect(cueTempo(290, 10)).toBe(300);
    expect(percentOver(82, 86.1)).toBe(5);
  });

  it('tap tempo: the tempo of steady taps, null with too few, a pause starts a new series', () => {
    const at = (bpm: number, n: number, from = 0) => Array.from({ length: n }, (_, i) => from + (i * 60_000) / bpm);
    expect(tempoFromTaps(at(92, 8))).toBe(92);
    expect(tempoFromTaps(at(92, 3))).toBeNull();
    const shaky = at(100, 12).map((t, i) => t + (i % 2 ? 15 : -15));
    expect(Math.abs(tempoFromTaps(shaky)! - 100)).toBeLessThan(1.5);
    const twoSeries = [...at(60, 5), ...at(120, 6, 20_000)];
    expect(tempoFromTaps(twoSeries)).toBe(120);
    expect(tempoFromTaps([0, 10, 20, 30, 40])).toBeNull();
    expect(tempoFromTaps(at(88, 6, 0).map((t) => t / 1000), 's')).toBe(88);
  });

  it('cadence from steps over a timed walk', () => {
    expect(cadenceFromCount(41, 30)).toBe(82);
    expect(cadenceFromCount(10, 0)).toBeNull();
  });
});

describe('cadence and tap tempo from taps', () => {
  const at = (bpm: number, n: number, from = 0) => Array.from({ length: n }, (_, i) => from + (i * 60_000) / bpm);

  it('is the rate of steady taps, from the fifth tap on', () => {
    expect(rateFromTaps(at(82, 4))).toBeNull();
    expect(rateFromTaps(at(82, 5))).toEqual({ bpm: 82, gaps: 4, used: 3, seconds: (4 * 60) / 82 });
    expect(rateFromTaps(at(97, 20))!.bpm).toBe(97);
    expect(rateFromTaps([])).toBeNull();
  });

  it('ignores the first tap, a missed step and a doubled tap', () => {
    const steps = at(100, 16, 2000);
    // The first tap came late (a reaction to "go"), one step was not tapped, one was tapped twice.
    const taps = [0, ...steps.slice(0, 6), ...steps.slice(7, 10), steps[10]! - 40, steps[10]!, ...steps.slice(11)];
    expect(rateFromTaps(taps)!.bpm).toBe(100);
    expect(rateFromTaps(taps)!.used).toBeLessThan(taps.length - 2);
  });

  it('a shaky hand still gives the tempo to within a step per minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 180 }), fc.array(fc.integer({ min: -25, max: 25 }), { minLength: 20, maxLength: 40 }), (bpm, jitter) => {
        const taps = jitter.map((j, i) => (i * 60_000) / bpm + j);
        const r = rateFromTaps(taps);
        expect(r).not.toBeNull();
        expect(Math.abs(r!.bpm - bpm)).toBeLessThan(1 + bpm / 60);
      }),
    );
  });

  it('a pause starts a new series; taps too fast or too slow to be a tempo give none', () => {
    expect(rateFromTaps([...at(60, 6), ...at(120, 6, 30_000)])!.bpm).toBe(120);
    expect(rateFromTaps([...at(60, 6), ...at(120, 3, 30_000)])).toBeNull();
    expect(rateFromTaps(at(400, 10))).toBeNull();
    expect(rateFromTaps(at(20, 6))!.bpm).toBe(20);
    expect(TAP_RESET_MS).toBe(3000);
  });
});

describe('which objectives are about walking (the RAS metronome is offered with them)', () => {
  const o = (statement: string, behaviour = '', condition = '', shortLabel = '') => ({ statement, behaviour, condition, shortLabel });
  it.each([
    [o('Client will walk without cueing at a cadence of at least 100 steps per minute', 'Steps counted over a timed, uncued walk'), true],
    [o('Client will complete the 10-metre walk test in 12 s or less', 'Time to walk the middle 10 metres'), true],
    [o('Level of assistance', 'Level of assistance for each trial', 'RAS-cued walking of 20 metres'), true],
    [o('Harold improves', '', '', 'uncued cadence'), true],
    [o('Gait speed improves with a steady stride'), true],
    [o('Walks 10 metres with rhythmic auditory stimulation'), true],
    [o('Ambulates 50 m with a rollator'), true],
    [o('Takes a turn on the drum within 5 s of a cue'), false],
    [o('Completes the steps of hand washing', 'Each step of the task analysis'), false],
    [o('Sustains a tone for a 4-beat phrase at 60 beats per minute'), false],
    [o('Initiates a greeting to a peer', 'Talks to a peer'), false],
    [o('Keeps playing with the group beat', 'rasps the drum'), false],
  ])('%o → %s', (objective, gait) => expect(isGaitObjective(objective)).toBe(gait));
});
