import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonical } from '../../domain/canonical.js';
import { sql } from 'drizzle-orm';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

describe.each(engines())('notes on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  async function sessionWithData() {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
    const pts = ['success', 'success', 'failure', 'success'].map((o) => trial(a.client.id, a.trials.id, o as 'success'));
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
    return { a, s, t1 };
  }

  it('drafts the objective section from the data, signs, then locks note and data', async () => {
    const { a, s, t1 } = await sessionWithData();
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    expect(note.sections.objective).toContain('3/4');
    expect(note.sections.objective).toContain('75');
    expect(note.sections.objective).toContain(a.intervention.name);
    const edited = await expectOk(t1.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { subjective: 'Arrived smiling.' } }));
    const signed = await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: edited.version, confirmEmptySections: true }));
    expect(signed.status).toBe('signed');
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The data fingerprint covers the session's times, the attendance, what was delivered and every data point, in id order.
    const points = (await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`))).items as { id: string; objectiveId: string; event: unknown; recordedAt: string; deliveredInterventionId: string | null }[];
    const sorted = [...points].sort((x, y) => (x.id < y.id ? -1 : 1)).map((x) => [x.id, x.objectiveId, x.event, x.recordedAt, x.deliveredInterventionId]);
    expect(points).toHaveLength(4);
    const view = await expectOk(t1.get(`/api/v1/sessions/${s.id}`));
    const delivered = [...view.delivered].sort((x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1)).map((d: { id: string; interventionId: string; objectiveIds: string[]; delivered: boolean }) => [d.id, d.interventionId, [...d.objectiveIds].sort(), d.delivered]);
    expect(delivered).toHaveLength(1);
    const facts = {
      v: 2,
      session: { startsAt: view.startsAt, durationMinutes: view.durationMinutes, actualStartAt: view.actualStartAt, actualEndAt: view.actualEndAt, cancelled: false, deleted: false },
      attendance: { attendance: 'present', absenceReason: null, lateMinutes: null, leftEarlyMinutes: null },
      delivered,
      music: [],
      points: sorted,
    };
    expect(signed.dataHash).toBe(createHash('sha256').update(canonical(facts)).digest('hex'));
    expect((await t1.patch(`/api/v1/notes/${note.id}`, { version: signed.version, sections: { subjective: 'changed' } })).status).toBe(409);
    expect((await t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success'))).status).toBe(422);
    await expect(p.database.db.execute(sql`update notes set sections = '{}'::jsonb where id = ${note.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`delete from data_points where session_id = ${s.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    const withAddendum = await expectOk(t1.post(`/api/v1/notes/${note.id}/addenda`, { id: id(), text: 'Also sang the goodbye song.', reason: 'omitted' }), 201);
    expect(withAddendum.addenda).toHaveLength(1);
  });

  it('a note signed more than 48 hours after its session is a late entry, fixed when signed', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const sign = async (hoursAgo: number) => {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - hoursAgo * 3600_000).toISOString());
      const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
      return expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    };
    expect((await sign(72)).lateEntry).toBe(true);
    const timely = await sign(2);
    expect(timely.lateEntry).toBe(false);
    await expect(p.database.db.execute(sql`update notes set late_entry = true where id = ${timely.id}::uuid`)).rejects.toThrow();
  });

  it('a note whose record raises a fall is signed only once the therapist answers it', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const draft = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const note = await expectOk(t1.patch(`/api/v1/notes/${draft.id}`, { version: draft.version, sections: { subjective: 'Good week. Mother reports he fell at the playground on Monday.' } }));
    const asked = await t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true });
    expect(asked.status).toBe(422);
    expect(asked.body.type).toMatch(/safety-concern-unanswered/);
    expect(asked.body.errors[0]).toEqual({ path: 'body.safetyResponse', message: 'Mother reports he fell at the playground on Monday.' });
    const empty = await t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true, safetyResponse: 'addressed_in_note' });
    expect(empty.status).toBe(422);
    const signed = await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true, safetyResponse: 'team_notified' }));
    expect(signed.status).toBe('signed');
    const trail = (await p.database.db.execute(sql`select detail from audit_log where action = 'sign' and entity_id = ${note.id}`)) as unknown as { rows: { detail: unknown }[] };
    expect(trail.rows[0]!.detail).toMatchObject({ safety: ['fall_or_injury'], safetyResponse: 'team_notified' });
  });

  it('an intern’s note waits in the supervisor’s co-sign queue', async () => {
    const { a, s } = await sessionWithData();
    await expectOk(p.users.therapist1.api.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    const note = await expectOk(intern.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const signed = await expectOk(intern.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    expect(signed.status).toBe('awaiting_cosign');
    const queue = await expectOk(p.users.supervisor.api.get('/api/v1/cosign-queue'));
    expect(queue.items.map((n: { id: string }) => n.id)).toContain(note.id);
    expect((await p.users.therapist1.api.post(`/api/v1/notes/${note.id}/cosign`)).status).toBe(403);
    const cosigned = await expectOk(p.users.supervisor.api.post(`/api/v1/notes/${note.id}/cosign`));
    expect(cosigned.status).toBe('signed');
    expect(cosigned.cosignedBy).toBe(p.users.supervisor.id);
  });

  it('the co-sign queue follows the access policy: a deleted client’s notes leave it', async () => {
    const { a, s } = await sessionWithData();
    await expectOk(p.users.therapist1.api.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    const note = await expectOk(intern.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    await expectOk(intern.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    const queued = async () => (await expectOk(p.users.supervisor.api.get('/api/v1/cosign-queue'))).items.map((n: { id: string }) => n.id);
    expect(await queued()).toContain(note.id);
    await expectOk(p.users.therapist1.api.del(`/api/v1/clients/${a.client.id}`, { reason: 'entered in error' }), 204);
    expect(await queued()).not.toContain(note.id);
  });

  it('an intern’s addendum to a therapist’s signed note waits for the supervisor’s co-signature', async () => {
    const { a, s, t1 } = await sessionWithData();
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    const byIntern = await expectOk(p.users.intern.api.post(`/api/v1/notes/${note.id}/addenda`, { id: id(), text: 'She also hummed the goodbye song.', reason: 'omitted' }), 201);
    expect(byIntern.addenda[0]).toMatchObject({ cosignerId: p.users.supervisor.id, cosignedBy: null });
    const queue = await expectOk(p.users.supervisor.api.get('/api/v1/cosign-queue'));
    expect(queue.items.map((n: { id: string }) => n.id)).toContain(note.id);
    expect((await t1.post(`/api/v1/notes/${note.id}/cosign`)).status).toBe(403);
    await expect(p.database.db.execute(sql`update addenda set text = 'rewritten' where note_id = ${note.id}::uuid`)).rejects.toThrow();
    const cosigned = await expectOk(p.users.supervisor.api.post(`/api/v1/notes/${note.id}/cosign`));
    expect(cosigned.status).toBe('signed');
    expect(cosigned.addenda[0]).toMatchObject({ cosignedBy: p.users.supervisor.id, text: 'She also hummed the goodbye song.' });
    expect((await expectOk(p.users.supervisor.api.get('/api/v1/cosign-queue'))).items.map((n: { id: string }) => n.id)).not.toContain(note.id);
    expect((await p.users.supervisor.api.post(`/api/v1/notes/${note.id}/cosign`)).status).toBe(409);
    await expect(p.database.db.execute(sql`update addenda set cosigned_at = now() where note_id = ${note.id}::uuid`)).rejects.toThrow();
    // A therapist's own addendum needs no co-signature.
    const byTherapist = await expectOk(t1.post(`/api/v1/notes/${note.id}/addenda`, { id: id(), text: 'Parent called.', reason: 'follow-up' }), 201);
    expect(byTherapist.addenda[1]).toMatchObject({ cosignerId: null });
  });

  it('a draft is edited by its author or the author’s supervisor, not by an intern on the care team', async () => {
    const { a, s, t1 } = await sessionWithData();
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const rewrite = await p.users.intern.api.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { assessment: 'rewritten by the intern' } });
    expect(rewrite.status).toBe(403);
    expect(rewrite.headers['content-type']).toContain('application/problem+json');
    const bySupervisor = await expectOk(p.users.supervisor.api.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { assessment: 'Reviewed' } }));
    await expectOk(t1.patch(`/api/v1/notes/${note.id}`, { version: bySupervisor.version, sections: { plan: 'Continue' } }));
  });

  it('an intern cannot change the plan or discharge', async () => {
    const { a } = await sessionWithData();
    await expectOk(p.users.therapist1.api.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    expect((await intern.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, statement: 'x' })).status).toBe(403);
    expect((await intern.patch(`/api/v1/clients/${a.client.id}`, { version: a.client.version, status: 'discharged' })).status).toBe(403);
  });
});

describe.each(engines())('the organization’s settings on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine, { timeZone: 'Pacific/Auckland', noteFormat: 'DAP' });
  });
  afterAll(() => p.close());

  it('a session is dated by the clinic’s clock and its note drafted in the clinic’s format', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    // 20:00 UTC on 3 March is 09:00 on 4 March in Auckland (NZDT, UTC+13).
    const s = await createSession(t1, [a.client.id], '2026-03-03T20:00:00.000Z');
    expect(s.localDate).toBe('2026-03-04');
    expect(s.timeZone).toBe('Pacific/Auckland');
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success')), 201);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    expect(note.format).toBe('DAP');
    expect(Object.keys(note.sections).sort()).toEqual(['assessment', 'data', 'plan']);
  });
});
