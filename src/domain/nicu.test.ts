import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  datedBeforeBirth, inDays, interventionEligibility, nicuMusicKind, PAL_MIN_PMA_WEEKS, pmaLine, pmaOf, postMenstrualAge, type NicuIntervention,
} from './nicu.js';
import { postMenstrualAge as fromSchemas } from './schemas/clients.js';

describe('postMenstrualAge: truth table', () => {
  const rows: [birth: string, gaW: number, gaD: number, on: string, expected: string | null][] = [
    ['2026-01-01', 28, 3, '2026-01-01', '28+3'],
    ['2026-01-01', 28, 3, '2026-01-04', '28+6'],
    ['2026-01-01', 28, 3, '2026-01-05', '29+0'],
    ['2026-01-01', 28, 3, '2026-02-19', '35+3'],
    ['2026-01-01', 28, 3, '2025-12-31', null],
    ['2026-02-27', 24, 6, '2026-03-01', '25+1'], // across the end of February
    ['2024-02-28', 30, 0, '2024-03-01', '30+2'], // a leap day
    ['2026-03-28', 32, 0, '2026-03-30', '32+2'], // across a daylight-saving change (dates have no time zone)
    ['2026-01-01', 28, 3, 'not a date', null],
  ];
  it.each(rows)('born %s at %i+%i, on %s → %s', (birth, w, d, on, expected) => {
    const pma = postMenstrualAge(birth, w, d, on);
    expect(pma ? `${pma.weeks}+${pma.days}` : null).toBe(expected);
  });
  it('is the same function the schemas module still exports', () => {
    expect(fromSchemas).toBe(postMenstrualAge);
  });
});

describe('postMenstrualAge: property', () => {
  const day = fc.integer({ min: 0, max: 40_000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  it('PMA in days = GA at birth in days + days since birth, for any dates; null before birth', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 20, max: 45 }), fc.integer({ min: 0, max: 6 }), (birth, on, w, d) => {
        const pma = postMenstrualAge(birth, w, d, on);
        const since = Math.round((Date.parse(on) - Date.parse(birth)) / 86_400_000);
        if (since < 0) return pma === null;
        return pma !== null && inDays(pma) === w * 7 + d + since && pma.days >= 0 && pma.days <= 6;
      }),
    );
  });
});

describe('pmaLine', () => {
  const leo = { birthDate: '2026-01-01', gestationalAgeWeeks: 28, gestationalAgeDays: 3 };
  it('states the gestational age at birth and the PMA in weeks+days', () => {
    expect(pmaLine(leo, '2026-02-19')).toBe('born 28+3 wk, now 35+3 wk PMA');
    expect(pmaLine(leo, '2026-02-19', 'on 19 Feb 2026')).toBe('born 28+3 wk, on 19 Feb 2026 35+3 wk PMA');
  });
  it('reads unknown days as 0 and says nothing without a gestational age or birth date, or before birth', () => {
    expect(pmaLine({ ...leo, gestationalAgeDays: null }, '2026-01-08')).toBe('born 28+0 wk, now 29+0 wk PMA');
    expect(pmaLine({ ...leo, gestationalAgeWeeks: null }, '2026-02-19')).toBeNull();
    expect(pmaLine({ ...leo, birthDate: null }, '2026-02-19')).toBeNull();
    expect(pmaLine(leo, '2025-12-01')).toBeNull();
    expect(pmaOf({ ...leo, birthDate: null }, '2026-02-19')).toBeNull();
  });
});

describe('datedBeforeBirth: truth table', () => {
  const rows: [birth: string | null, date: string | null, refused: boolean][] = [
    ['2026-01-10', '2026-01-09', true],
    ['2026-01-10', '2026-01-10', false],
    ['2026-01-10', '2026-01-11', false],
    ['2026-01-10', null, false],
    [null, '2026-01-09', false],
  ];
  it.each(rows)('born %s, dated %s → refused %s', (birth, date, refused) => {
    const errors = datedBeforeBirth(birth, [{ path: 'body.referral.referredOn', date }]);
    expect(errors.length > 0).toBe(refused);
    if (refused) expect(errors[0]).toEqual({ path: 'body.referral.referredOn', message: `${date} is before the client’s birth date (${birth})` });
  });
});

describe('intervention eligibility by PMA', () => {
  const pal: NicuIntervention = { technique: 'pacifier_activated_lullaby', populations: ['nicu'], materials: ['PAL device (pressure-sensing pacifier and player)'] };
  const live: NicuIntervention = { technique: 'nicu_entrainment_lullaby', populations: ['nicu'], materials: ['Ocean disc or gato box', 'Voice'] };
  const voice: NicuIntervention = { technique: 'nicu_entrainment_lullaby', populations: ['nicu'], materials: ['Voice', 'Guitar only if the unit permits, played very softly away from the incubator'] };
  const other: NicuIntervention = { technique: 'instrument_play', populations: ['autism'], materials: ['Djembe drum'] };
  it('classifies the library’s NICU interventions', () => {
    expect([pal, live, voice, other].map(nicuMusicKind)).toEqual(['pal', 'live_music', 'voice_only', 'not_nicu']);
  });
  const wk = (weeks: number, days = 0) => ({ weeks, days });
  const rows: [what: string, iv: NicuIntervention, pma: { weeks: number; days: number } | null, liveMin: number | null, eligible: boolean, threshold?: number][] = [
    ['PAL at 33+6', pal, wk(33, 6), null, false, PAL_MIN_PMA_WEEKS],
    ['PAL at 34+0', pal, wk(34), null, true],
    ['PAL at 40+2', pal, wk(40, 2), 36, true],
    ['PAL for a client who is not a NICU infant', pal, null, null, true],
    ['live music, no practice rule', live, wk(26), null, true],
    ['live music below the practice minimum', live, wk(31, 6), 32, false, 32],
    ['live music at the practice minimum', live, wk(32), 32, true],
    ['voice only below the practice minimum', voice, wk(26), 32, true],
    ['voice only, PAL-age infant', voice, wk(30), null, true],
    ['not a NICU intervention', other, wk(30), 32, true],
  ];
  it.each(rows)('%s → eligible %s', (_, intervention, pma, liveMusicMinPmaWeeks, eligible, threshold) => {
    const v = interventionEligibility({ intervention, pma, liveMusicMinPmaWeeks });
    expect(v.eligible).toBe(eligible);
    if (!v.eligible) {
      expect(v.thresholdWeeks).toBe(threshold);
      expect(v.reason).toContain(`${pma!.weeks}+${pma!.days} wk PMA`);
      expect(v.reason).toContain(`${threshold} weeks PMA`);
    }
  });
  it('cites the PAL evidence in its reason', () => {
    const v = interventionEligibility({ intervention: pal, pma: wk(32), liveMusicMinPmaWeeks: null });
    expect(!v.eligible && v.reason).toMatch(/Standley, 2003; Standley et al\., 2010/);
  });
});
