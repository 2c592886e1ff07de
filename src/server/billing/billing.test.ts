/** Billing from the session record: codes, service lines and their units, the signed lock, authorizations. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id } from '../testing/fixtures.js';

const DIAGNOSES = [{ label: 'Autism spectrum disorder', code: 'F84.0' }, { label: 'Mixed receptive-expressive language disorder', code: 'F80.2' }];

describe.each(engines())('billing on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  let codes: Record<'timed' | 'speech' | 'group' | 'hospice' | 'hourly', { id: string; version: number }>;

  const code = (body: Record<string, unknown>) => expectOk(p.admin.post('/api/v1/service-codes', { id: id(), ...body }), 201);

  beforeAll(async () => {
    p = await startPractice(engine);
    t1 = p.users.therapist1.api;
    codes = {
      timed: await code({ code: '97530', description: 'Therapeutic activities', unitRule: 'per_15_minutes_cms', rateCents: 3500, modifiers: ['GN'] }),
      speech: await code({ code: '97110', description: 'Therapeutic exercise', unitRule: 'per_15_minutes_cms', rateCents: 3000 }),
      group: await code({ code: '90853', description: 'Group psychotherapy', unitRule: 'per_session', rateCents: 4000, sessionTypes: ['group'] }),
      hospice: await code({ code: 'G0176', description: 'Activity therapy', unitRule: 'per_session', rateCents: 0, billable: false }),
      hourly: await code({ code: 'H2032', description: 'Activity therapy, per 15 minutes', unitRule: 'per_hour', hourRounding: 'nearest', rateCents: 6000 }),
    };
  });
  afterAll(() => p.close());

  /** A client with diagnoses, a past 30-minute session they attended. */
  async function attended(extra: Record<string, unknown> = {}) {
    const a = await clientWithPlan(t1, { diagnoses: DIAGNOSES, ...extra });
    const s = await createSession(t1, [a.client.id]);
    return { a, s, clientId: a.client.id as string, sessionId: s.id as string };
  }
  const line = (sessionId: string, body: Record<string, unknown>, who = t1) =>
    who.post(`/api/v1/sessions/${sessionId}/service-lines`, { id: id(), placeOfService: '03', payer: 'Medicaid', ...body });

  describe('service codes', () => {
    it('only an admin adds, changes or retires one; everyone in the practice reads them', async () => {
      const body = { id: id(), code: '92507', description: 'Speech treatment', unitRule: 'per_session', rateCents: 5000 };
      const refused = await t1.post('/api/v1/service-codes', body);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const made = await expectOk(p.admin.post('/api/v1/service-codes', body), 201);
      expect((await expectOk(t1.get('/api/v1/service-codes'))).items.map((c: { code: string }) => c.code)).toContain('92507');
      expect((await t1.patch(`/api/v1/service-codes/${made.id}`, { version: 1, rateCents: 1 })).status).toBe(403);
      const changed = await expectOk(p.admin.patch(`/api/v1/service-codes/${made.id}`, { version: 1, rateCents: 5200 }));
      expect(changed).toMatchObject({ rateCents: 5200, version: 2 });
      const stale = await p.admin.patch(`/api/v1/service-codes/${made.id}`, { version: 1, rateCents: 1 });
      expect(stale.status).toBe(409);
      expect((await p.admin.del(`/api/v1/service-codes/${made.id}`, { reason: 'not used here' })).status).toBe(204);
      expect((await t1.get(`/api/v1/service-codes/${made.id}`)).status).toBe(404);
    });

    it('refuses bad input with the field: a malformed code, a fractional rate, a partial hour on a timed code', async () => {
      const bad = await p.admin.post('/api/v1/service-codes', { id: id(), code: '9753', description: 'x', unitRule: 'per_session', rateCents: 10.5 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.code', 'body.rateCents']);
      const rounding = await p.admin.post('/api/v1/service-codes', { id: id(), code: '97532', description: 'x', unitRule: 'per_15_minutes_cms', hourRounding: 'up', rateCents: 1 });
      expect(rounding.status).toBe(422);
      expect(rounding.body.errors[0].path).toBe('body.hourRounding');
    });
  });

  describe('service lines', () => {
    it('units come from the client’s real minutes: 30 minutes of a timed code are 2 units, 10 minutes late make it 1', async () => {
      const { clientId, sessionId } = await attended();
      const made = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id, diagnosisCodes: ['F80.2', 'f84.0'] }), 201);
      expect(made).toMatchObject({ minutes: 30, units: 2, chargeCents: 7000, code: '97530', modifiers: ['GN'], diagnosisCodes: ['F80.2', 'F84.0'], renderingProviderId: p.users.therapist1.id, supervisingProviderId: null, warnings: [] });
      await expectOk(t1.put(`/api/v1/sessions/${sessionId}/participants/${clientId}/attendance`, { attendance: 'late', lateMinutes: 10 }));
      const [after] = (await expectOk(t1.get(`/api/v1/sessions/${sessionId}/service-lines`))).items;
      expect(after).toMatchObject({ recordedMinutes: 30, minutes: 20, units: 1, chargeCents: 3500 });
    });

    it('two timed codes of a day share the 8-minute rule; per-session and per-hour codes count alone', async () => {
      const { clientId, sessionId } = await attended();
      await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id, minutes: 20 }), 201);
      const second = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.speech.id, minutes: 10 }), 201);
      // 20 + 10 = 30 minutes → 2 units: 1 each (5 and 10 minutes left over; the unit left goes to the 10).
      expect(second.units).toBe(1);
      const hourly = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.hourly.id }), 201);
      expect(hourly).toMatchObject({ minutes: 30, units: 1 });
      const items = (await expectOk(t1.get(`/api/v1/clients/${clientId}/service-lines`))).items as { code: string; units: number }[];
      expect(items.map((i) => [i.code, i.units])).toEqual([['97530', 1], ['97110', 1], ['H2032', 1]]);
    });

    it('refuses what the session record or the chart does not support', async () => {
      const { clientId, sessionId } = await attended();
      const tooLong = await line(sessionId, { clientId, serviceCodeId: codes.timed.id, minutes: 45 });
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.errors[0]).toMatchObject({ path: 'body.minutes' });
      const dx = await line(sessionId, { clientId, serviceCodeId: codes.timed.id, diagnosisCodes: ['Z99.9'] });
      expect(dx.body.errors).toEqual([{ path: 'body.diagnosisCodes.0', message: 'is not one of the client’s diagnosis codes' }]);
      const notGroup = await line(sessionId, { clientId, serviceCodeId: codes.group.id });
      expect(notGroup.status).toBe(422);
      expect(notGroup.body.errors[0].message).toMatch(/individual session/);
      await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id, minutes: 25 }), 201);
      const overlap = await line(sessionId, { clientId, serviceCodeId: codes.speech.id, minutes: 10 });
      expect(overlap.status).toBe(422);
      expect(overlap.body.errors[0].message).toMatch(/other timed services \(25 minutes\)/);
      const twice = await line(sessionId, { clientId, serviceCodeId: codes.timed.id, minutes: 1 });
      expect(twice.status).toBe(409);
      await expectOk(t1.put(`/api/v1/sessions/${sessionId}/participants/${clientId}/attendance`, { attendance: 'absent', absenceReason: 'illness' }));
      const absent = await line(sessionId, { clientId, serviceCodeId: codes.hospice.id });
      expect(absent.status).toBe(422);
      expect(absent.body.type).toMatch(/not-attended$/);
    });

    it('is written for a session that has ended and gave the client minutes of service', async () => {
      const a = await clientWithPlan(t1, { diagnoses: DIAGNOSES });
      const later = await createSession(t1, [a.client.id], new Date(Date.now() + 86_400_000).toISOString());
      const early = await line(later.id, { clientId: a.client.id, serviceCodeId: codes.timed.id });
      expect(early.status).toBe(422);
      expect(early.body.type).toMatch(/session-not-ended$/);
      const s = await createSession(t1, [a.client.id]);
      await expectOk(t1.patch(`/api/v1/sessions/${s.id}`, { version: s.version, status: 'cancelled', cancelReason: 'therapist ill' }));
      const cancelled = await line(s.id, { clientId: a.client.id, serviceCodeId: codes.timed.id });
      expect(cancelled.status).toBe(422);
      expect(cancelled.body.errors[0]).toEqual({ path: 'body.clientId', message: 'no minutes of service' });
    });

    it('a day’s timed units are counted per payer: another payer’s minutes do not move a unit', async () => {
      const { clientId, sessionId } = await attended();
      await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id, minutes: 5 }), 201);
      const other = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.speech.id, minutes: 5, payer: 'Blue Shield' }), 201);
      // 5 + 5 minutes would be one unit for one payer; each payer alone has 5 minutes: nothing.
      expect(other.units).toBe(0);
      expect((await expectOk(t1.get(`/api/v1/clients/${clientId}/service-lines`))).items.map((i: { units: number }) => i.units)).toEqual([0, 0]);
    });

    it('an intern’s service names the intern’s supervisor as supervising provider', async () => {
      const { clientId, sessionId } = await attended();
      const made = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id, renderingProviderId: p.users.intern.id }), 201);
      expect(made).toMatchObject({ renderingProviderId: p.users.intern.id, supervisingProviderId: p.users.supervisor.id });
      const wrong = await line(sessionId, { clientId, serviceCodeId: codes.hourly.id, renderingProviderId: p.users.intern.id, supervisingProviderId: p.users.therapist2.id });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors[0].path).toBe('body.supervisingProviderId');
    });

    it('a code in use keeps its rate and rule (a new rate is a new code); its wording can change', async () => {
      const priced = await code({ code: '97150', description: 'Group therapeutic procedures', unitRule: 'per_session', rateCents: 2000 });
      const { clientId, sessionId } = await attended();
      await expectOk(line(sessionId, { clientId, serviceCodeId: priced.id }), 201);
      const rate = await p.admin.patch(`/api/v1/service-codes/${priced.id}`, { version: 1, rateCents: 2500, unitRule: 'per_hour' });
      expect(rate.status).toBe(409);
      expect(rate.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.unitRule', 'body.rateCents']);
      expect(await expectOk(p.admin.patch(`/api/v1/service-codes/${priced.id}`, { version: 1, description: 'Group therapeutic procedures (2 or more)', rateCents: 2000 }))).toMatchObject({ version: 2 });
    });

    it('is locked with the signed note: 409 by the service, and the database refuses it too', async () => {
      const { clientId, sessionId } = await attended();
      const made = await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id }), 201);
      const edited = await expectOk(t1.patch(`/api/v1/sessions/${sessionId}/service-lines/${made.id}`, { version: made.version, minutes: 25, payer: 'School district' }));
      expect(edited).toMatchObject({ minutes: 25, payer: 'School district', version: 2 });
      const draft = await expectOk(t1.post(`/api/v1/sessions/${sessionId}/notes`, { id: id(), clientId }), 201);
      await expectOk(t1.post(`/api/v1/notes/${draft.id}/sign`, { version: draft.version, confirmEmptySections: true }));
      for (const r of [
        await t1.patch(`/api/v1/sessions/${sessionId}/service-lines/${made.id}`, { version: 2, minutes: 20 }),
        await t1.del(`/api/v1/sessions/${sessionId}/service-lines/${made.id}`),
        await line(sessionId, { clientId, serviceCodeId: codes.hourly.id }),
      ]) {
        expect(r.status).toBe(409);
        expect(r.body).toMatchObject({ noteId: draft.id });
        expect(r.body.type).toMatch(/signed-note-covers-this$/);
      }
      const db = p.database.db;
      const refused = await db.execute(sql`update service_lines set minutes = 1 where id = ${made.id}`).then(() => null, (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
      expect(refused).toMatch(/service lines of a signed note/);
      const removed = await db.execute(sql`delete from service_lines where id = ${made.id}`).then(() => null, (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
      expect(removed).toMatch(/service lines of a signed note/);
      expect((await expectOk(t1.get(`/api/v1/sessions/${sessionId}/service-lines`))).items[0]).toMatchObject({ minutes: 25 });
    });

    it('a line shorter than its code’s minimum (G0176: 45 minutes or more) is warned about, and counted as its rule says', async () => {
      const g = await code({ code: 'G0176', description: 'Activity therapy, per session (45 minutes or more)', unitRule: 'per_session', rateCents: 7500, minimumMinutes: 45 });
      expect(g.minimumMinutes).toBe(45);
      const { clientId, sessionId } = await attended();
      const short = await expectOk(line(sessionId, { clientId, serviceCodeId: g.id }), 201);
      expect(short).toMatchObject({ minutes: 30, units: 1, minimumMinutes: 45, belowMinimum: true });
      expect(short.warnings).toEqual([{ kind: 'minimum_minutes', minimumMinutes: 45, minutes: 30, message: 'G0176 asks for at least 45 minutes; this line has 30' }]);
      const long = await expectOk(t1.post('/api/v1/sessions', { id: id(), type: 'individual', startsAt: new Date(Date.now() - 4 * 3600_000).toISOString(), durationMinutes: 50, setting: 'school', participants: [{ clientId, attendance: 'present' }] }), 201);
      const full = await expectOk(line(long.id, { clientId, serviceCodeId: g.id }), 201);
      expect(full).toMatchObject({ minutes: 50, belowMinimum: false, warnings: [] });
      const bad = await p.admin.post('/api/v1/service-codes', { id: id(), code: 'G0176', description: 'x', unitRule: 'per_session', rateCents: 1, minimumMinutes: 0 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('body.minimumMinutes');
    });

    it('every read and write is audited with the client', async () => {
      const { clientId, sessionId } = await attended();
      await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id }), 201);
      await expectOk(t1.get(`/api/v1/clients/${clientId}/service-lines`));
      const rows = ((await p.database.db.execute(sql`select action, entity_type from audit_log where client_id = ${clientId} and entity_type = 'service_line' order by id`)) as unknown as { rows: unknown[] }).rows;
      expect(rows).toEqual([{ action: 'create', entity_type: 'service_line' }, { action: 'read', entity_type: 'service_line' }]);
    });
  });

  describe('authorizations', () => {
    it('used and remaining from the lines; a session that goes past them is warned in the line’s answer', async () => {
      const { clientId, sessionId } = await attended();
      const auth = await expectOk(t1.post(`/api/v1/clients/${clientId}/authorizations`, { id: id(), payer: 'Medicaid', serviceCodeId: codes.timed.id, kind: 'units', amount: 3, startsOn: '2020-01-01', endsOn: '2030-12-31', reference: 'PA-778' }), 201);
      expect(auth).toMatchObject({ used: 0, remaining: 3, exceeded: false });
      expect((await expectOk(line(sessionId, { clientId, serviceCodeId: codes.timed.id }), 201)).warnings).toEqual([]);
      const s2 = await createSession(t1, [clientId], new Date(Date.now() - 2 * 86_400_000).toISOString());
      const over = await expectOk(line(s2.id, { clientId, serviceCodeId: codes.timed.id }), 201);
      expect(over.warnings).toHaveLength(1);
      expect(over.warnings[0]).toMatchObject({ kind: 'authorization', authorizationId: auth.id, amount: 3, used: 4 });
      expect(over.warnings[0].message).toMatch(/PA-778.*past its 3 units: 4 used/);
      const chart = (await expectOk(t1.get(`/api/v1/clients/${clientId}/authorizations`))).items;
      expect(chart).toEqual([expect.objectContaining({ id: auth.id, used: 4, remaining: -1, exceeded: true })]);
      const otherPayer = await expectOk(t1.post(`/api/v1/clients/${clientId}/authorizations`, { id: id(), payer: 'Blue Shield', kind: 'visits', amount: 5, startsOn: '2020-01-01', endsOn: '2030-12-31' }), 201);
      expect(otherPayer).toMatchObject({ used: 0, remaining: 5 });
    });

    it('is corrected (version checked) or removed with a reason; a removed one no longer shows', async () => {
      const { clientId } = await attended();
      const a = await expectOk(t1.post(`/api/v1/clients/${clientId}/authorizations`, { id: id(), payer: 'Medicaid', kind: 'visits', amount: 5, startsOn: '2026-01-01', endsOn: '2026-06-30' }), 201);
      expect(await expectOk(t1.patch(`/api/v1/clients/${clientId}/authorizations/${a.id}`, { version: 1, amount: 8, reference: 'PA-9' }))).toMatchObject({ amount: 8, reference: 'PA-9', remaining: 8 });
      expect((await t1.patch(`/api/v1/clients/${clientId}/authorizations/${a.id}`, { version: 1, amount: 9 })).status).toBe(409);
      const backwards = await t1.patch(`/api/v1/clients/${clientId}/authorizations/${a.id}`, { version: 2, endsOn: '2025-12-31' });
      expect(backwards.status).toBe(400);
      expect((await t1.del(`/api/v1/clients/${clientId}/authorizations/${a.id}`, { reason: 'entered in error' })).status).toBe(204);
      expect((await expectOk(t1.get(`/api/v1/clients/${clientId}/authorizations`))).items).toEqual([]);
      expect((await t1.del(`/api/v1/clients/${clientId}/authorizations/${a.id}`, { reason: 'again' })).status).toBe(404);
    });

    it('refuses a period that ends before it starts', async () => {
      const { clientId } = await attended();
      const r = await t1.post(`/api/v1/clients/${clientId}/authorizations`, { id: id(), payer: 'Medicaid', kind: 'visits', amount: 5, startsOn: '2026-05-01', endsOn: '2026-04-01' });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].path).toBe('body.endsOn');
    });
  });
});
