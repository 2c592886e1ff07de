import { describe, expect, it } from 'vitest';
import { adherence, adherenceText, linkState, logDayProblem } from './family.js';

describe('adherence: logged days over planned days, last 28 days', () => {
  const practice = { timesPerWeek: 3, startsOn: '2026-01-01', endsOn: null };
  const done = (...days: string[]) => days.map((practicedOn) => ({ practicedOn, outcome: 'done' as const }));
  it.each([
    // [what, practice, logs, today, done, planned, percent]
    ['four full weeks, 3 a week', practice, done('2026-03-02', '2026-03-04', '2026-03-20'), '2026-03-28', 3, 12, 25],
    ['begun today: planned once', { ...practice, startsOn: '2026-03-28' }, done('2026-03-28'), '2026-03-28', 1, 1, 100],
    ['begun 8 days ago, 3 a week: ceil(24/7) = 4', { ...practice, startsOn: '2026-03-21' }, [], '2026-03-28', 0, 4, 0],
    ['every day for 3 days', { timesPerWeek: 7, startsOn: '2026-03-26', endsOn: null }, done('2026-03-26', '2026-03-27'), '2026-03-28', 2, 3, 67],
    ['not started yet', { ...practice, startsOn: '2026-04-01' }, [], '2026-03-28', 0, 0, null],
    ['more done than planned is 100 %', { timesPerWeek: 1, startsOn: '2026-03-22', endsOn: null }, done('2026-03-22', '2026-03-23', '2026-03-24'), '2026-03-28', 3, 1, 100],
    ['a day logged twice counts once', { timesPerWeek: 2, startsOn: '2026-03-22', endsOn: null }, done('2026-03-23', '2026-03-23'), '2026-03-28', 1, 2, 50],
    ['ended practice counts to its end', { timesPerWeek: 7, startsOn: '2026-03-20', endsOn: '2026-03-22' }, done('2026-03-21', '2026-03-25'), '2026-03-28', 1, 3, 33],
    ['days before the window do not count', practice, done('2026-02-28'), '2026-03-28', 0, 12, 0],
  ] as const)('%s', (_what, p, logs, today, d, planned, percent) => {
    const a = adherence(p, logs, today);
    expect({ done: a.done, planned: a.planned, percent: a.percent }).toEqual({ done: d, planned, percent });
  });
  it('"not today" is logged but is not a practised day', () => {
    expect(adherence({ timesPerWeek: 7, startsOn: '2026-03-28', endsOn: null }, [{ practicedOn: '2026-03-28', outcome: 'not_today' }], '2026-03-28')).toMatchObject({ done: 0, planned: 1, percent: 0 });
  });
  it('says the window in words', () => {
    expect(adherenceText(adherence(practice, done('2026-03-02'), '2026-03-28'), practice.startsOn)).toBe('1 of 12 planned days in the last 4 weeks');
    expect(adherenceText(adherence({ ...practice, startsOn: '2026-03-28' }, [], '2026-03-28'), '2026-03-28')).toBe('0 of 1 planned days since it began');
    expect(adherenceText(adherence({ ...practice, startsOn: '2026-04-01' }, [], '2026-03-28'), '2026-04-01')).toBe('not started yet');
  });
});

describe('link state', () => {
  const now = new Date('2026-03-28T12:00:00Z');
  it.each([
    ['open, before expiry', { revokedAt: null, acceptedAt: null, expiresAt: '2026-03-29T00:00:00Z' }, 'invited'],
    ['open, at expiry', { revokedAt: null, acceptedAt: null, expiresAt: '2026-03-28T12:00:00Z' }, 'expired'],
    ['accepted, past expiry', { revokedAt: null, acceptedAt: '2026-03-20T00:00:00Z', expiresAt: '2026-03-21T00:00:00Z' }, 'active'],
    ['accepted then revoked', { revokedAt: '2026-03-27T00:00:00Z', acceptedAt: '2026-03-20T00:00:00Z', expiresAt: '2026-03-21T00:00:00Z' }, 'revoked'],
    ['revoked before acceptance', { revokedAt: '2026-03-27T00:00:00Z', acceptedAt: null, expiresAt: '2026-04-01T00:00:00Z' }, 'revoked'],
  ] as const)('%s', (_w, l, state) => expect(linkState(l, now)).toBe(state));
});

describe('which days a family may log', () => {
  const p = { startsOn: '2026-03-01', endsOn: '2026-03-31' };
  it.each([
    ['today', '2026-03-28', null],
    ['a week ago', '2026-03-21', null],
    ['eight days ago', '2026-03-20', 'is more than 7 days ago'],
    ['tomorrow', '2026-03-29', 'is in the future'],
  ] as const)('%s', (_w, day, problem) => expect(logDayProblem(day, '2026-03-28', p)).toBe(problem));
  it('before the start', () => expect(logDayProblem('2026-03-24', '2026-03-28', { startsOn: '2026-03-25', endsOn: null })).toBe('is before the practice starts'));
  it('after the end', () => expect(logDayProblem('2026-03-28', '2026-03-28', { startsOn: '2026-03-01', endsOn: '2026-03-27' })).toBe('is after the practice ended'));
});
