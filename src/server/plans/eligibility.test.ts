import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { engines, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clinicDay, createClient, createSession, expectOk, id } from '../testing/fixtures.js';
import { auditLog, organizations } from '../db/schema.js';
import { formatWeeksDays, postMenstrualAge } from '../../domain/nicu.js';

/** Days before the clinic's today (the practice's time zone is America/Chicago). */
const daysAgo = (n: number) => clinicDay(-n);
/** The infant's PMA on a session's date, as the 422 states it. */
const pmaOn = (client: { birthDate: string }, date: string) => formatWeeksDays(postMenstrualAge(client.birthDate, 28, 3, date)!);

/** A NICU infant born at 28+3 wk, `bornDaysAgo` days ago, with a feeding and a physiological objective. */
async function infant(t: Api, bornDaysAgo: number) {
  const client = await createClient(t, { firstName: 'Leo', lastName: 'Nguyen', birthDate: daysAgo(bornDaysAgo), gestationalAgeWeeks: 28, gestationalAgeDays: 3, populations: ['nicu'], setting: 'nicu' });
  const domains = (await expectOk(t.get('/api/v1/goal-domains'))).items as { id: string; key: string }[];
  const goal = await expectOk(t.post(`/api/v1/clients/${client.id}/goals`, { id: id(), domainId: domains.find((d) => d.key === 'feeding_oral_motor')!.id, statement: 'Leo will develop a sustained non-nutritive suck' }), 201);
  const objective = await expectOk(
    t.post(`/api/v1/goals/${goal.id}/objectives`, {
      id: id(), statement: 'Sustains non-nutritive sucking', behaviour: 'sucking', measurement: { type: 'duration', metric: 'total_seconds' },
      criterion: { comparator: '>=', value: 300, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active',
    }),
    201,
  );
  return { client, objective };
}

describe.each(engines())('NICU intervention eligibility by PMA on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  let iv: Record<string, string>;
  beforeAll(async () => {
    p = await startPractice(engine);
    t1 = p.users.therapist1.api;
    const items = (await expectOk(t1.get('/api/v1/interventions?population=nicu'))).items as { id: string; key: string }[];
    iv = Object.fromEntries(items.map((i) => [i.key, i.id]));
  });
  afterAll(() => p.close());

  it('refuses to plan PAL for an infant under 34 weeks PMA, naming the PMA and the threshold; an override reason plans it and is audited', async () => {
    const { client, objective } = await infant(t1, 14); // 30+3 wk PMA today
    const link = { id: id(), objectiveId: objective.id, interventionId: iv.pacifier_activated_lullaby };
    const r = await t1.post(`/api/v1/clients/${client.id}/plan/links`, link);
    expect(r.status).toBe(422);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.type).toMatch(/intervention-not-eligible$/);
    expect(r.body).toMatchObject({ pma: '30+3 wk', thresholdWeeks: 34, rule: 'pal' });
    expect(r.body.detail).toContain('30+3 wk PMA');
    expect(r.body.errors).toEqual([{ path: 'body.overrideReason', message: '30+3 wk PMA is below 34 weeks PMA' }]);
    expect((await expectOk(t1.get(`/api/v1/clients/${client.id}/plan`))).goals[0].objectives[0].links).toEqual([]);

    await expectOk(t1.post(`/api/v1/clients/${client.id}/plan/links`, { ...link, overrideReason: 'Neonatologist asked for a PAL trial at 30 weeks (feeding team plan).' }), 201);
    const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'override'), eq(auditLog.entityId, link.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.clientId).toBe(client.id);
    expect(rows[0]!.detail).toMatchObject({ rule: 'intervention-not-eligible', kind: 'pal', pma: '30+3 wk', thresholdWeeks: 34, reason: 'Neonatologist asked for a PAL trial at 30 weeks (feeding team plan).' });
  });

  it('plans and delivers PAL from 34 weeks PMA without an override', async () => {
    const { client, objective } = await infant(t1, 40); // 34+1 wk
    await expectOk(t1.post(`/api/v1/clients/${client.id}/plan/links`, { id: id(), objectiveId: objective.id, interventionId: iv.pacifier_activated_lullaby }), 201);
    const s = await createSession(t1, [client.id]);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: iv.pacifier_activated_lullaby, objectiveIds: [objective.id], delivered: true }), 201);
  });

  it('refuses to deliver PAL in a session before 34 weeks PMA unless an override reason is given (audited)', async () => {
    const { client, objective } = await infant(t1, 20); // 31+2 wk
    const s = await createSession(t1, [client.id]);
    const delivery = { id: id(), interventionId: iv.pacifier_activated_lullaby, objectiveIds: [objective.id], delivered: true };
    const r = await t1.post(`/api/v1/sessions/${s.id}/interventions`, delivery);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ pma: pmaOn(client, s.localDate), thresholdWeeks: 34 });
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}`))).delivered).toEqual([]);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { ...delivery, overrideReason: 'Team trial' }), 201);
    const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'override'), eq(auditLog.entityId, delivery.id)));
    expect(rows.map((x) => x.entityType)).toEqual(['delivered_intervention']);
  });

  it('live music follows the practice’s minimum PMA (none by default); voice-only interventions are always allowed', async () => {
    const { client, objective } = await infant(t1, 14); // 30+3 wk
    const s = await createSession(t1, [client.id]);
    const deliver = (key: string) => t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: iv[key], objectiveIds: [objective.id], delivered: true });
    expect((await deliver('nicu_entrained_live_lullaby')).status).toBe(201);
    await p.database.db.update(organizations).set({ nicuLiveMusicMinPmaWeeks: 32 });
    try {
      const r = await deliver('nicu_entrained_live_lullaby');
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ pma: pmaOn(client, s.localDate), thresholdWeeks: 32, rule: 'live_music' });
      expect(r.body.detail).toMatch(/live music from 32 weeks PMA, voice only before/);
      expect((await deliver('nicu_procedural_singing')).status).toBe(201);
    } finally {
      await p.database.db.update(organizations).set({ nicuLiveMusicMinPmaWeeks: null });
    }
  });

  it('marking a planned intervention delivered is checked on the session’s date; an override given when it was planned stands', async () => {
    const { client, objective } = await infant(t1, 14); // 30+3 wk
    const s = await createSession(t1, [client.id]);
    const planned = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: iv.nicu_entrained_live_lullaby, objectiveIds: [objective.id] }), 201);
    const pal = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: iv.pacifier_activated_lullaby, objectiveIds: [objective.id], overrideReason: 'Team trial' }), 201);
    const settings = await expectOk(p.admin.get('/api/v1/organization/settings'));
    await expectOk(p.admin.patch('/api/v1/organization/settings', { version: settings.version, nicuLiveMusicMinPmaWeeks: 32 }));
    try {
      const r = await t1.patch(`/api/v1/sessions/${s.id}/interventions/${planned.id}`, { delivered: true });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ thresholdWeeks: 32, rule: 'live_music' });
      expect(r.body.errors[0].path).toBe('body.overrideReason');
      expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}`))).delivered.find((d: { id: string }) => d.id === planned.id).delivered).toBe(false);
      expect((await expectOk(t1.patch(`/api/v1/sessions/${s.id}/interventions/${planned.id}`, { delivered: true, overrideReason: 'Parents asked; infant stable on monitors' }))).delivered).toBe(true);
      const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'override'), eq(auditLog.entityId, planned.id)));
      expect(rows.map((x) => (x.detail as { reason: string }).reason)).toEqual(['Parents asked; infant stable on monitors']);
      // PAL was planned with an override: delivering it does not ask again.
      expect((await expectOk(t1.patch(`/api/v1/sessions/${s.id}/interventions/${pal.id}`, { delivered: true }))).delivered).toBe(true);
    } finally {
      const now = await expectOk(p.admin.get('/api/v1/organization/settings'));
      await expectOk(p.admin.patch('/api/v1/organization/settings', { version: now.version, nicuLiveMusicMinPmaWeeks: null }));
    }
  });

  it('gives the planner the infant’s facts and the practice’s live-music minimum with the plan (null for others)', async () => {
    const { client } = await infant(t1, 14);
    const plan = await expectOk(t1.get(`/api/v1/clients/${client.id}/plan`));
    expect(plan.nicu).toEqual({ birthDate: client.birthDate, gestationalAgeWeeks: 28, gestationalAgeDays: 3, liveMusicMinPmaWeeks: null });
    expect((await expectOk(t1.get(`/api/v1/clients/${(await createClient(t1)).id}/plan`))).nicu).toBeNull();
  });

  it('applies no PMA rule to a client who is not a NICU infant', async () => {
    const client = await createClient(t1);
    const domains = (await expectOk(t1.get('/api/v1/goal-domains'))).items as { id: string; key: string }[];
    const goal = await expectOk(t1.post(`/api/v1/clients/${client.id}/goals`, { id: id(), domainId: domains.find((d) => d.key === 'feeding_oral_motor')!.id, statement: 'Feeding' }), 201);
    const objective = await expectOk(t1.post(`/api/v1/goals/${goal.id}/objectives`, { id: id(), statement: 'Sucks', behaviour: 'sucks', measurement: { type: 'duration', metric: 'total_seconds' }, criterion: { comparator: '>=', value: 1, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active' }), 201);
    await expectOk(t1.post(`/api/v1/clients/${client.id}/plan/links`, { id: id(), objectiveId: objective.id, interventionId: iv.pacifier_activated_lullaby }), 201);
  });
});
