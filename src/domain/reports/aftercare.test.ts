import { describe, expect, it } from 'vitest';
import { aftercarePrompts, DISCHARGE_REASONS, homeProgramme, reasonApplies, type DischargeReason } from './aftercare.js';
import type { ReportInput, ReportIntervention } from './inputs.js';

const iv = (technique: string, timesDelivered = 3, name = technique): ReportIntervention => ({ name, technique, musicElements: [], timesDelivered, inPlan: true, objectiveStatements: [] });

function input(populations: string[], setting: string, interventions: ReportIntervention[] = [], cues: ({ bpm: number; date: string } | null)[] = []): ReportInput {
  return {
    organization: 'Harmony Clinic', period: { from: '2026-01-01', to: '2026-03-31' }, preparedOn: '2026-03-31',
    preparedBy: { name: 'Tara Therapist', credentials: 'MT-BC', isIntern: false },
    client: {
      id: 'c', firstName: 'Leo', lastName: 'Nguyen', preferredName: null, birthDate: null, populations, diagnoses: [], setting, status: 'active',
      referral: { source: '', reason: '', referredOn: null, decision: 'accepted', criteria: '' },
      guardians: [{ name: 'Linh Nguyen', relationship: 'mother' }],
      musicPreferences: { genres: [], songs: ['Ru Con'], artists: [], instruments: [], dislikes: [] }, careTeam: [],
    },
    goals: [{ id: 'g', statement: 'g', domain: 'd', status: 'active', targetDate: null, objectives: cues.map((c, i) => ({ lastCueTempo: c, id: `o${i}` }) as unknown as ReportInput['goals'][number]['objectives'][number]) }],
    attendance: [], interventions, plan: { reviewDate: null, notes: '' }, progressCodes: {} as ReportInput['progressCodes'],
  };
}

const hospice = ['hospice'];
const texts = (i: ReportInput, r: DischargeReason | null) => aftercarePrompts(i, r).map((s) => s.text);

describe('reasons for discharge', () => {
  it('the hospice benefit’s own reasons only for a hospice patient; the others for anyone', () => {
    const table = DISCHARGE_REASONS.map((r) => [r, reasonApplies(r, { populations: ['autism'], setting: 'school' }), reasonApplies(r, { populations: [], setting: 'hospice_home' })]);
    expect(table.filter(([, child]) => !child).map(([r]) => r)).toEqual(['hospice_revocation', 'no_longer_terminally_ill']);
    expect(table.every(([, , h]) => h)).toBe(true);
  });
});

describe('prompts to complete before signing', () => {
  const legacy = [iv('legacy_work', 12, 'Legacy song and heartbeat recording')];
  const cases: [string, ReportInput, DischargeReason | null, RegExp[], RegExp[]][] = [
    ['hospice death: legacy work and bereavement follow-up for the family', input(hospice, 'hospice_home', legacy), 'death', [/^Legacy work given to the family, from Legacy song and heartbeat recording/, /^Bereavement follow-up for Linh Nguyen \(mother\)/], [/Handover/]],
    ['hospice revocation: a handover, no bereavement', input(hospice, 'hospice_home', legacy), 'hospice_revocation', [/^Legacy work given/, /^Handover of the music care plan/], [/Bereavement/]],
    ['hospice transfer: a handover', input(hospice, 'inpatient'), 'transfer', [/^Handover/], [/Legacy|Bereavement/]],
    ['hospice, no reason given yet: only the legacy work', input(hospice, 'hospice_home', legacy), null, [/^Legacy work/], [/Handover|Bereavement/]],
    ['NICU: home lullaby and voice plan with the family’s songs, and early intervention', input(['nicu'], 'nicu'), 'discharged_home', [/^Home lullaby and voice plan for Linh Nguyen \(mother\), with the songs from the sessions \(“Ru Con”\)/, /^Referral to early intervention \(IDEA Part C\)/], [/Bereavement|Legacy/]],
    ['a child in school: no prompts', input(['autism'], 'school'), 'goals_met', [], [/./]],
  ];
  for (const [what, i, reason, want, never] of cases)
    it(what, () => {
      const got = texts(i, reason);
      for (const w of want) expect(got.some((t) => w.test(t)), `${w}`).toBe(true);
      for (const n of never) expect(got.some((t) => n.test(t)), `${n}`).toBe(false);
      expect(got.length).toBe(want.length);
    });
});

describe('home programme at the RAS cue tempo', () => {
  it('the cue tempo of the latest data recorded with a cue, in both voices', () => {
    const i = input(['physical_rehab'], 'rehabilitation', [iv('rhythmic_auditory_stimulation')], [{ bpm: 92, date: '2026-02-01' }, null, { bpm: 100, date: '2026-03-02' }]);
    expect(homeProgramme(i, 'clinical')!.text).toBe('Home programme: walking with music or a metronome at 100 bpm, the RAS cue tempo last recorded (2 Mar 2026); how often, for how long and with whom: ____.');
    expect(homeProgramme(i, 'family')!.text).toBe('At home: Leo can walk to music or a metronome at 100 beats per minute, the beat we used on 2 Mar 2026, as we agree together.');
  });
  it('RAS delivered without a recorded cue tempo: the clinical version asks for it; the family version says nothing it cannot state', () => {
    const i = input(['physical_rehab'], 'rehabilitation', [iv('rhythmic_auditory_stimulation')]);
    expect(homeProgramme(i, 'clinical')!.text).toContain('no cue tempo was recorded with the session data: cue tempo ____ bpm');
    expect(homeProgramme(i, 'family')).toBeNull();
  });
  it('none without RAS delivered or a cue tempo recorded', () => {
    expect(homeProgramme(input(['physical_rehab'], 'rehabilitation', [iv('rhythmic_auditory_stimulation', 0)]), 'clinical')).toBeNull();
    expect(homeProgramme(input(['autism'], 'school', [iv('improvisation')]), 'clinical')).toBeNull();
  });
});
