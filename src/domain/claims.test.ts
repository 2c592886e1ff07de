import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountNumber, coverageCreateSchema, groupClaims, MAX_LINES_PER_CLAIM, type ClaimableLine } from './claims.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('account number (item 26)', () => {
  it('is eight Crockford characters in two groups, the same for the same id', () => {
    expect(accountNumber(A)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(accountNumber(A)).toBe(accountNumber(A.toUpperCase()));
    expect(accountNumber(A)).not.toBe(accountNumber(B));
  });
  it('random different ids give different numbers', () => {
    fc.assert(fc.property(fc.uuid(), fc.uuid(), (x, y) => x === y || accountNumber(x) !== accountNumber(y)));
  });
});

const line = (key: string, over: Partial<ClaimableLine> = {}): ClaimableLine => ({
  key, clientId: A, account: 'AAAA-AAAA', payer: 'Example Health Plan', date: '2026-03-02', supervisingProviderId: null, priorAuthorization: '', chargeCents: 1000, ...over,
});

describe('claim grouping (CMS-1500: six lines in item 24, item 28 total)', () => {
  // Each row: the lines given → the claims, as [number, keys, total].
  const table: [string, ClaimableLine[], [string, string[], number][]][] = [
    ['one line → one claim', [line('a')], [['AAAA-AAAA-2026-03-1', ['a'], 1000]]],
    ['six lines of a month → one claim', 'abcdef'.split('').map((k, i) => line(k, { date: `2026-03-0${i + 1}` })), [['AAAA-AAAA-2026-03-1', 'abcdef'.split(''), 6000]]],
    ['a seventh line starts a second claim', 'abcdefg'.split('').map((k, i) => line(k, { date: `2026-03-0${i + 1}` })), [['AAAA-AAAA-2026-03-1', 'abcdef'.split(''), 6000], ['AAAA-AAAA-2026-03-2', ['g'], 1000]]],
    ['another month → another claim', [line('a'), line('b', { date: '2026-04-01' })], [['AAAA-AAAA-2026-03-1', ['a'], 1000], ['AAAA-AAAA-2026-04-1', ['b'], 1000]]],
    ['another payer → another claim', [line('a'), line('b', { payer: 'State Medicaid' })], [['AAAA-AAAA-2026-03-1', ['a'], 1000], ['AAAA-AAAA-2026-03-2', ['b'], 1000]]],
    ['the same payer typed differently → one claim', [line('a'), line('b', { payer: ' example health plan' })], [['AAAA-AAAA-2026-03-1', ['a', 'b'], 2000]]],
    ['another client → another claim', [line('a'), line('b', { clientId: B, account: 'BBBB-BBBB' })], [['AAAA-AAAA-2026-03-1', ['a'], 1000], ['BBBB-BBBB-2026-03-1', ['b'], 1000]]],
    ['another supervising provider (item 17) → another claim', [line('a'), line('b', { supervisingProviderId: B })], [['AAAA-AAAA-2026-03-1', ['a'], 1000], ['AAAA-AAAA-2026-03-2', ['b'], 1000]]],
    ['another prior authorization (item 23) → another claim', [line('a'), line('b', { priorAuthorization: 'PA-1' })], [['AAAA-AAAA-2026-03-1', ['a'], 1000], ['AAAA-AAAA-2026-03-2', ['b'], 1000]]],
    ['lines given out of order go in date order', [line('b', { date: '2026-03-09' }), line('a', { date: '2026-03-01', chargeCents: 250 })], [['AAAA-AAAA-2026-03-1', ['a', 'b'], 1250]]],
    ['no lines → no claims', [], []],
  ];
  it.each(table)('%s', (_, lines, claims) => expect(groupClaims(lines).map((c) => [c.number, c.lines, c.totalCents])).toEqual(claims));

  it('every line is on exactly one claim, no claim has more than six, totals add up, numbers are unique', () => {
    const arb = fc.array(fc.record({
      client: fc.constantFrom(A, B), payer: fc.constantFrom('P', 'Q'), day: fc.integer({ min: 1, max: 60 }), charge: fc.integer({ min: 0, max: 50_000 }), sup: fc.constantFrom(null, B),
    }), { maxLength: 40 });
    fc.assert(fc.property(arb, (xs) => {
      const lines = xs.map((x, i) => line(`k${i}`, { clientId: x.client, account: x.client === A ? 'AAAA-AAAA' : 'BBBB-BBBB', payer: x.payer, date: new Date(Date.UTC(2026, 0, x.day)).toISOString().slice(0, 10), chargeCents: x.charge, supervisingProviderId: x.sup }));
      const claims = groupClaims(lines);
      expect(claims.flatMap((c) => c.lines).sort()).toEqual(lines.map((l) => l.key).sort());
      expect(new Set(claims.map((c) => c.number)).size).toBe(claims.length);
      for (const c of claims) {
        expect(c.lines.length).toBeLessThanOrEqual(MAX_LINES_PER_CLAIM);
        const mine = lines.filter((l) => c.lines.includes(l.key));
        expect(c.totalCents).toBe(mine.reduce((t, l) => t + l.chargeCents, 0));
        expect(new Set(mine.map((l) => `${l.clientId}|${l.payer}|${l.date.slice(0, 7)}|${l.supervisingProviderId}`)).size).toBe(1);
      }
    }));
  });
});

describe('coverage (items 1 and 1a)', () => {
  it('takes a type of item 1 and a member ID', () => {
    expect(coverageCreateSchema.safeParse({ id: A, payer: 'State Medicaid', insuranceType: 'medicaid', memberId: 'XJ-1234567' }).success).toBe(true);
  });
  it.each([
    [{ insuranceType: 'hmo' }, 'insuranceType'],
    [{ memberId: '' }, 'memberId'],
    [{ memberId: 'AB 123' }, 'memberId'],
  ])('refuses %j naming %s', (over, field) => {
    const r = coverageCreateSchema.safeParse({ id: A, payer: 'P', insuranceType: 'medicaid', memberId: 'X1', ...over });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([field]);
  });
});
