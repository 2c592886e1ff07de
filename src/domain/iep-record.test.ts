import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_CATEGORIES, ELIGIBILITY_LABELS, defaultIepPeriod, iepMinutesFor, iepOn, iepProblems, reportingPeriods } from './iep-record.js';
import { iepCreateSchema } from './schemas/iep.js';

const iep = { startsOn: '2025-09-02', endsOn: '2026-09-01', progressReportDates: ['2025-11-14', '2026-01-30', '2026-04-10'] };

describe('IEP reporting periods', () => {
  it('runs from the start to each report date, then to the end', () => {
    expect(reportingPeriods(iep)).toEqual([
      { from: '2025-09-02', to: '2025-11-14' },
      { from: '2025-11-15', to: '2026-01-30' },
      { from: '2026-01-31', to: '2026-04-10' },
      { from: '2026-04-11', to: '2026-09-01' },
    ]);
    expect(reportingPeriods({ ...iep, progressReportDates: [] })).toEqual([{ from: '2025-09-02', to: '2026-09-01' }]);
  });

  it.each([
    ['before the IEP', '2025-08-30', null],
    ['on its first day', '2025-09-02', { from: '2025-09-02', to: '2025-09-02' }],
    ['inside the first period', '2025-10-01', { from: '2025-09-02', to: '2025-10-01' }],
    ['on a report date', '2025-11-14', { from: '2025-09-02', to: '2025-11-14' }],
    ['the day after a report date', '2025-11-15', { from: '2025-11-15', to: '2025-11-15' }],
    ['inside the second period', '2025-12-31', { from: '2025-11-15', to: '2025-12-31' }],
    ['after the IEP ended', '2026-10-01', { from: '2026-04-11', to: '2026-09-01' }],
  ])('default period %s', (_, today, expected) => {
    expect(defaultIepPeriod(iep, today)).toEqual(expected);
  });
});

describe('IEP minutes for a period', () => {
  const weekly = { ...iep, serviceMinutes: 30, servicePer: 'week' as const };
  it.each([
    ['two whole weeks', weekly, { from: '2025-09-08', to: '2025-09-21' }, { minutes: 60, days: 14 }],
    ['a period starting before the IEP counts from its start', weekly, { from: '2025-09-01', to: '2025-09-15' }, { minutes: 60, days: 14 }],
    ['a period outside the IEP', weekly, { from: '2024-01-01', to: '2024-02-01' }, { minutes: 0, days: 0 }],
    // 365 days are 11.99 months of 365.25/12 days.
    ['monthly, a year', { ...weekly, servicePer: 'month' as const, serviceMinutes: 120 }, { from: '2025-09-02', to: '2026-09-01' }, { minutes: 1439, days: 365 }],
  ])('%s', (_, i, p, expected) => {
    expect(iepMinutesFor(i, p)).toEqual(expected);
  });
});

describe('the IEP in force', () => {
  const old = { startsOn: '2024-09-02', endsOn: '2025-09-01' };
  const now = { startsOn: '2025-09-02', endsOn: '2026-09-01' };
  it.each([
    ['inside the current one', '2025-10-01', now],
    ['inside the old one', '2025-03-01', old],
    ['after both ended: the latest', '2027-01-01', now],
    ['before either', '2020-01-01', null],
  ])('%s', (_, day, expected) => {
    expect(iepOn([old, now], day)).toEqual(expected);
  });
});

describe('IEP record checks', () => {
  it('has the 13 IDEA categories and developmental delay, each labelled with its paragraph', () => {
    expect(ELIGIBILITY_CATEGORIES).toHaveLength(14);
    for (const c of ELIGIBILITY_CATEGORIES) expect(ELIGIBILITY_LABELS[c]).toMatch(/§300\.8\((b|c\)\(\d+)\)/);
  });
  it.each([
    ['valid', { startsOn: '2025-09-02', endsOn: '2026-09-01', annualReviewOn: '2026-08-25', progressReportDates: ['2025-11-14'] }, []],
    ['ends before it starts', { startsOn: '2025-09-02', endsOn: '2025-09-01', annualReviewOn: '2026-08-25', progressReportDates: [] }, ['endsOn']],
    ['review before start', { startsOn: '2025-09-02', endsOn: '2026-09-01', annualReviewOn: '2025-08-25', progressReportDates: [] }, ['annualReviewOn']],
    ['a report date outside', { startsOn: '2025-09-02', endsOn: '2026-09-01', annualReviewOn: '2026-08-25', progressReportDates: ['2025-11-14', '2027-01-01'] }, ['progressReportDates.1']],
  ])('%s', (_, input, paths) => {
    expect(iepProblems(input).map((p) => p.path)).toEqual(paths);
  });
  it('the schema names the field', () => {
    const r = iepCreateSchema.safeParse({ id: '00000000-0000-4000-8000-000000000001', startsOn: '2025-09-02', endsOn: '2025-09-01', annualReviewOn: '2025-09-02', reevaluationOn: null, eligibility: 'autism', serviceMinutes: 30, servicePer: 'week', serviceSetting: 'pull-out', caseManager: 'A. Teacher' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['endsOn']);
    expect(iepCreateSchema.safeParse({ id: '00000000-0000-4000-8000-000000000001', startsOn: '2025-09-02', endsOn: '2026-09-01', annualReviewOn: '2026-09-01', reevaluationOn: null, eligibility: 'dyslexia', serviceMinutes: 30, servicePer: 'week', serviceSetting: 'pull-out', caseManager: 'A. Teacher' }).success).toBe(false);
  });
});
