import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRESS_CODES, buildDischargeSummary, buildProgressReport, identity, type ReportInput } from './index.js';

function input(client: Partial<ReportInput['client']>): ReportInput {
  return {
    organization: 'Harmony Clinic',
    period: { from: '2026-02-01', to: '2026-02-28' },
    preparedOn: '2026-02-19',
    preparedBy: { name: 'Tara Therapist', credentials: 'MT-BC', isIntern: false },
    client: {
      id: 'c', firstName: 'Leo', lastName: 'Nguyen', preferredName: null, birthDate: '2026-01-01', gestationalAgeWeeks: 28, gestationalAgeDays: 3,
      populations: ['nicu'], diagnoses: [], setting: 'nicu', status: 'active',
      referral: { source: 'Neonatologist', reason: 'Feeding readiness', referredOn: '2026-01-10', decision: 'accepted', criteria: '' }, guardians: [],
      musicPreferences: { genres: [], songs: [], artists: [], instruments: [], dislikes: [] }, careTeam: [],
      ...client,
    },
    goals: [], attendance: [], interventions: [], plan: { reviewDate: null, notes: '' }, progressCodes: DEFAULT_PROGRESS_CODES,
  };
}

const gestation = (facts: { label: string; value: string }[]) => facts.find((f) => f.label === 'Gestational age')?.value;

describe('identity block: the PMA line of a NICU infant', () => {
  it('states the gestational age at birth and the PMA on the day the report is prepared, in both voices', () => {
    for (const voice of ['clinical', 'family'] as const) expect(gestation(identity(input({}), voice).facts)).toBe('born 28+3 wk, now 35+3 wk PMA');
  });
  it('is on the progress report and the discharge summary', () => {
    expect(gestation(buildProgressReport(input({}), 'clinical').identity.facts)).toBe('born 28+3 wk, now 35+3 wk PMA');
    expect(gestation(buildDischargeSummary(input({})).identity.facts)).toBe('born 28+3 wk, now 35+3 wk PMA');
  });
  it('is absent for a client with no gestational age (or no birth date)', () => {
    expect(gestation(identity(input({ gestationalAgeWeeks: null, gestationalAgeDays: null }), 'clinical').facts)).toBeUndefined();
    expect(gestation(identity(input({ gestationalAgeWeeks: undefined, gestationalAgeDays: undefined }), 'clinical').facts)).toBeUndefined();
    expect(gestation(identity(input({ birthDate: null }), 'clinical').facts)).toBeUndefined();
  });
});
