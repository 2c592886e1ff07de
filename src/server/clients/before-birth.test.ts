import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { createClient, expectOk, id } from '../testing/fixtures.js';

const NICU = { firstName: 'Leo', lastName: 'Nguyen', birthDate: '2026-01-10', gestationalAgeWeeks: 28, gestationalAgeDays: 3, populations: ['nicu'], setting: 'nicu' };
const referral = (referredOn: string) => ({ source: 'Neonatologist', reason: 'Feeding readiness', referredOn, decision: 'accepted', criteria: '' });

function expectRefused(r: { status: number; headers: Record<string, unknown>; body: { type: string; errors: { path: string; message: string }[] } }, path: string) {
  expect(r.status).toBe(422);
  expect(String(r.headers['content-type'])).toContain('application/problem+json');
  expect(r.body.type).toMatch(/dated-before-birth$/);
  expect(r.body.errors.map((e) => e.path)).toEqual([path]);
  expect(r.body.errors[0]!.message).toMatch(/before the client’s birth date \(2026-01-10\)/);
}

describe.each(engines())('nothing is dated before a birth, on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('refuses a new client referred before birth, and accepts one referred on the day of birth', async () => {
    const t1 = p.users.therapist1.api;
    const clientId = id();
    expectRefused(await t1.post('/api/v1/clients', { id: clientId, ...NICU, referral: referral('2026-01-09') }), 'body.referral.referredOn');
    expect((await t1.get(`/api/v1/clients/${clientId}`)).status).toBe(404);
    const c = await createClient(t1, { ...NICU, referral: referral('2026-01-10') });
    expect(c.referral.referredOn).toBe('2026-01-10');
  });

  it('refuses an update that puts the referral before the birth, from either side', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1, { ...NICU, referral: referral('2026-01-12') });
    expectRefused(await t1.patch(`/api/v1/clients/${c.id}`, { version: c.version, referral: referral('2025-12-31') }), 'body.referral.referredOn');
    const moved = await t1.patch(`/api/v1/clients/${c.id}`, { version: c.version, birthDate: '2026-01-13' });
    expect(moved.status).toBe(422);
    expect(moved.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.birthDate']);
    const still = await expectOk(t1.get(`/api/v1/clients/${c.id}`));
    expect([still.birthDate, still.referral.referredOn, still.version]).toEqual(['2026-01-10', '2026-01-12', c.version]);
  });

  it('refuses an assessment dated before birth, on create and on update', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1, { ...NICU, referral: referral('2026-01-12') });
    expectRefused(await t1.post(`/api/v1/clients/${c.id}/assessments`, { id: id(), kind: 'intake', assessedOn: '2026-01-01' }), 'body.assessedOn');
    const a = await expectOk(t1.post(`/api/v1/clients/${c.id}/assessments`, { id: id(), kind: 'intake', assessedOn: '2026-01-14' }), 201);
    expectRefused(await t1.patch(`/api/v1/assessments/${a.id}`, { version: a.version, assessedOn: '2026-01-09' }), 'body.assessedOn');
  });

  it('refuses a session dated before a participant’s birth, naming the participant', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1, { ...NICU, referral: referral('2026-01-12') });
    const r = await t1.post('/api/v1/sessions', {
      id: id(), type: 'individual', startsAt: '2026-01-09T20:00:00.000Z', durationMinutes: 30, setting: 'nicu', participants: [{ clientId: c.id, attendance: 'present' }],
    });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.participants.0.clientId']);
    const s = await expectOk(t1.post('/api/v1/sessions', {
      id: id(), type: 'individual', startsAt: '2026-01-12T20:00:00.000Z', durationMinutes: 30, setting: 'nicu', participants: [{ clientId: c.id, attendance: 'present' }],
    }), 201);
    const moved = await t1.patch(`/api/v1/sessions/${s.id}`, { version: s.version, startsAt: '2026-01-08T20:00:00.000Z' });
    expect(moved.status).toBe(422);
    expect(moved.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.startsAt']);
  });
});
