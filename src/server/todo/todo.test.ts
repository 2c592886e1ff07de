/** The to-do: what the record owes for sessions that happened, oldest first; supervisors see their team's counts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id } from '../testing/fixtures.js';

const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

describe.each(engines())('the to-do on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('lists attendance and notes owed, oldest first, late past the window; signed, absent, cancelled and future sessions owe nothing', async () => {
    const t1 = p.users.therapist1.api;
    const { client } = await clientWithPlan(t1);
    const old = await createSession(t1, [client.id], ago(72));
    const drafted = await createSession(t1, [client.id], ago(5));
    const signed = await createSession(t1, [client.id], ago(4));
    const absent = await createSession(t1, [client.id], ago(3));
    const unrecorded = await createSession(t1, [client.id], ago(2));
    const cancelled = await createSession(t1, [client.id], ago(2));
    await createSession(t1, [client.id], new Date(Date.now() + 86_400_000).toISOString());
    const draft = await expectOk(t1.post(`/api/v1/sessions/${drafted.id}/notes`, { id: id(), clientId: client.id }), 201);
    const n = await expectOk(t1.post(`/api/v1/sessions/${signed.id}/notes`, { id: id(), clientId: client.id }), 201);
    await expectOk(t1.post(`/api/v1/notes/${n.id}/sign`, { version: n.version, confirmEmptySections: true }));
    await expectOk(t1.put(`/api/v1/sessions/${absent.id}/participants/${client.id}/attendance`, { attendance: 'absent', absenceReason: 'illness' }));
    await expectOk(t1.put(`/api/v1/sessions/${unrecorded.id}/participants/${client.id}/attendance`, { attendance: 'expected' }));
    await expectOk(t1.patch(`/api/v1/sessions/${cancelled.id}`, { version: cancelled.version, status: 'cancelled' }));

    const todo = await expectOk(t1.get('/api/v1/todo'));
    expect(todo.owed.map((i: { sessionId: string; owed: string; late: boolean; noteStatus: string | null }) => [i.sessionId, i.owed, i.late, i.noteStatus])).toEqual([
      [old.id, 'note', true, null],
      [drafted.id, 'note', false, 'draft'],
      [unrecorded.id, 'attendance', false, null],
    ]);
    expect(todo.owed[1].noteId).toBe(draft.id);
    expect(todo.owed[0].clientName).toBe('Maya Lopez');
    expect(todo.lateHours).toBe(48);
    expect(todo.team).toEqual([]);

    // The supervisor sees counts per supervisee, not their clients; another therapist sees nothing of them.
    const sup = await expectOk(p.users.supervisor.api.get('/api/v1/todo'));
    expect(sup.owed).toEqual([]);
    expect(sup.team.find((t: { therapistId: string }) => t.therapistId === p.users.therapist1.id)).toMatchObject({ name: 'Tara Therapist', owed: 3, late: 1 });
    expect((await expectOk(p.users.therapist2.api.get('/api/v1/todo'))).owed).toEqual([]);
    expect((await p.admin.get('/api/v1/todo')).status).toBe(200);
  });
});
