/** The session as it happened: attendance from data, no data or note before the session, planned vs delivered, real times. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, expectOk, id, trial } from '../testing/fixtures.js';
import type { Api } from '../testing/harness.js';

const session = (who: Api, clientIds: string[], startsAt: string, attendance = 'expected') =>
  expectOk(who.post('/api/v1/sessions', { id: id(), type: clientIds.length > 1 ? 'group' : 'individual', startsAt, durationMinutes: 30, setting: 'school', participants: clientIds.map((clientId) => ({ clientId, attendance })) }), 201);

describe.each(engines())('session facts on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('data recorded for a client marks them present; the session does not end with attendance unrecorded', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const b = await clientWithPlan(t1, { firstName: 'Ben' });
    const s = await session(t1, [a.client.id, b.client.id], new Date(Date.now() - 20 * 60_000).toISOString());
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success')), 201);
    const after = await expectOk(t1.get(`/api/v1/sessions/${s.id}`));
    const att = Object.fromEntries(after.participants.map((x: { clientId: string; attendance: string }) => [x.clientId, x.attendance]));
    expect(att).toEqual({ [a.client.id]: 'present', [b.client.id]: 'expected' });
    const end = await t1.patch(`/api/v1/sessions/${s.id}`, { version: after.version, status: 'completed' });
    expect(end.status).toBe(422);
    expect(end.body.detail).toContain('Ben');
    await expectOk(t1.put(`/api/v1/sessions/${s.id}/participants/${b.client.id}/attendance`, { attendance: 'absent', absenceReason: 'illness' }));
    await expectOk(t1.patch(`/api/v1/sessions/${s.id}`, { version: after.version, status: 'completed' }));
    const bad = await t1.put(`/api/v1/sessions/${s.id}/participants/${b.client.id}/attendance`, { attendance: 'present', absenceReason: 'illness' });
    expect(bad.status).toBe(400);
  });

  it('refuses data, a draft and a signature for a session that has not happened', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const future = await session(t1, [a.client.id], new Date(Date.now() + 6 * 86_400_000).toISOString(), 'present');
    const data = await t1.post(`/api/v1/sessions/${future.id}/data-points`, trial(a.client.id, a.trials.id, 'success'));
    expect(data.status).toBe(422);
    expect(data.body.type).toMatch(/session-not-open-for-data/);
    const draft = await t1.post(`/api/v1/sessions/${future.id}/notes`, { id: id(), clientId: a.client.id });
    expect(draft.status).toBe(422);
    // Started five minutes ago, planned for 30: a draft yes, a signature not before it ends.
    const now = await session(t1, [a.client.id], new Date(Date.now() - 5 * 60_000).toISOString(), 'present');
    const note = await expectOk(t1.post(`/api/v1/sessions/${now.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const early = await t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/ended/);
    await expectOk(t1.patch(`/api/v1/sessions/${now.id}`, { version: now.version, status: 'completed' }));
    const empty = await t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version });
    expect(empty.status).toBe(422);
    expect(empty.body.errors.map((e: { path: string }) => e.path)).toEqual(['sections.subjective', 'sections.assessment', 'sections.plan']);
    await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
  });

  it('lists only delivered interventions as delivered, and the real length in the note', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await session(t1, [a.client.id], new Date(Date.now() - 50 * 60_000).toISOString(), 'present');
    const planned = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
    expect(planned.delivered).toBe(false);
    const start = new Date(Date.now() - 48 * 60_000).toISOString();
    const end = new Date(Date.now() - 10 * 60_000).toISOString();
    const timed = await expectOk(t1.patch(`/api/v1/sessions/${s.id}`, { version: s.version, actualStartAt: start, actualEndAt: end }));
    expect(timed.length).toEqual({ minutes: 38, source: 'recorded' });
    const backwards = await t1.patch(`/api/v1/sessions/${s.id}`, { version: timed.version, actualEndAt: new Date(Date.parse(start) - 60_000).toISOString() });
    expect(backwards.status).toBe(422);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    expect(note.sections.objective).toContain('a 38-minute individual session');
    expect(note.sections.objective).toContain(`Planned and not delivered: ${a.intervention.name}`);
    expect(note.sections.objective).not.toContain('Interventions delivered');
    // Data tagged to it marks it delivered.
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...trial(a.client.id, a.trials.id, 'success'), deliveredInterventionId: planned.id }), 201);
    const detail = await expectOk(t1.get(`/api/v1/sessions/${s.id}`));
    expect(detail.delivered[0].delivered).toBe(true);
    const unticked = await expectOk(t1.patch(`/api/v1/sessions/${s.id}/interventions/${planned.id}`, { delivered: false }));
    expect(unticked.delivered).toBe(false);
  });

  it('rates and observed time use the real length less the minutes the client missed', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await session(t1, [a.client.id], new Date(Date.now() - 60 * 60_000).toISOString(), 'present');
    await expectOk(t1.patch(`/api/v1/sessions/${s.id}`, { version: s.version, actualStartAt: new Date(Date.now() - 58 * 60_000).toISOString(), actualEndAt: new Date(Date.now() - 20 * 60_000).toISOString() }));
    await expectOk(t1.put(`/api/v1/sessions/${s.id}/participants/${a.client.id}/attendance`, { attendance: 'late', lateMinutes: 10 }));
    const occurrence = () => ({ id: id(), clientId: a.client.id, objectiveId: a.frequency.id, recordedAt: new Date(Date.now() - 30 * 60_000).toISOString(), event: { kind: 'occurrence' } });
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [occurrence(), occurrence(), occurrence()] }), 201);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    // 38 minutes recorded, 10 of them missed: 3 occurrences in 28 minutes, not in the planned 30 or the session's 38.
    expect(note.sections.objective).toContain('3 occurrences in 28 min (0.11/min)');
  });
});
