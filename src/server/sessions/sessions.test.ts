import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

describe.each(engines())('sessions and data on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('a group session shows a clinician only what was delivered for the participants they see', async () => {
    const sup = p.users.supervisor.api;
    const a = await clientWithPlan(p.users.therapist1.api);
    const b = await clientWithPlan(p.users.therapist2.api, { firstName: 'Ben' });
    const s = await createSession(sup, [a.client.id, b.client.id]);
    const onlyB = await expectOk(sup.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: b.intervention.id, objectiveIds: [b.trials.id], notes: 'Ben cried during the verse' }), 201);
    const shared = await expectOk(sup.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id, b.frequency.id] }), 201);
    const seen = await expectOk(p.users.therapist1.api.get(`/api/v1/sessions/${s.id}`));
    expect(seen.participants.map((x: { clientId: string }) => x.clientId)).toEqual([a.client.id]);
    expect(seen.delivered.map((d: { id: string }) => d.id)).toEqual([shared.id]);
    expect(seen.delivered[0].objectiveIds).toEqual([a.trials.id]);
    expect(JSON.stringify(seen)).not.toContain('Ben cried');
    expect(JSON.stringify(seen)).not.toContain(b.frequency.id);
    const all = await expectOk(sup.get(`/api/v1/sessions/${s.id}`));
    expect(all.delivered.map((d: { id: string }) => d.id)).toEqual([onlyB.id, shared.id]);
  });

  it('refuses an intervention that serves no active objective of a participant (the founding rule)', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const b = await clientWithPlan(t1, { firstName: 'Ben' });
    const s = await createSession(t1, [a.client.id]);
    const wrongClient = await t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [b.trials.id] });
    expect(wrongClient.status).toBe(422);
    expect(wrongClient.body.detail).toContain(a.intervention.name);
    expect(wrongClient.body.errors[0].path).toBe('body.objectiveIds.0');
    const none = await t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [] });
    expect(none.status).toBe(400);
    await expectOk(t1.patch(`/api/v1/objectives/${a.frequency.id}`, { version: a.frequency.version, status: 'discontinued' }));
    const inactive = await t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.frequency.id] });
    expect(inactive.status).toBe(422);
    const ok = await t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] });
    expect(ok.status).toBe(201);
    const session = await expectOk(t1.get(`/api/v1/sessions/${s.id}`));
    expect(session.delivered[0].intervention.name).toBe(a.intervention.name);
    const list = await expectOk(t1.get(`/api/v1/sessions?clientId=${a.client.id}`));
    expect(list.items[0].participants[0]).toMatchObject({ clientId: a.client.id, name: 'Maya', lastName: 'Lopez' });
  });

  it('a data point sent twice stores once and answers the same', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const point = trial(a.client.id, a.trials.id, 'success', 'independent');
    const first = await t1.post(`/api/v1/sessions/${s.id}/data-points`, point);
    const second = await t1.post(`/api/v1/sessions/${s.id}/data-points`, point);
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
    const list = await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`));
    expect(list.items).toHaveLength(1);
    const changed = await t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...point, event: { kind: 'trial', outcome: 'failure' } });
    expect(changed.status).toBe(409);
  });

  it('data must fit the objective’s measurement; a bad batch stores nothing', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const wrongKind = await t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...trial(a.client.id, a.frequency.id, 'success') });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.errors[0].path).toBe('body.event.kind');
    const badPrompt = await t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success', 'full_physical'));
    expect(badPrompt.status).toBe(422);
    expect(badPrompt.body.errors[0].path).toBe('body.event.promptLevel');
    const batch = [trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), { ...trial(a.client.id, a.trials.id, 'failure'), event: { kind: 'rating', value: 3 } }];
    const r = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: batch });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].path).toBe('body.points.2.event.kind');
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`))).items).toHaveLength(0);
    const good = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: batch.slice(0, 2) });
    expect(good.status).toBe(201);
    expect(good.body.stored).toBe(2);
    const again = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: batch.slice(0, 2) });
    expect(again.body.stored).toBe(0);
  });

  it('flags mastery for confirmation instead of closing the objective', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    for (let day = 3; day >= 1; day--) {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - day * 86_400_000).toISOString());
      const pts = [trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'failure')];
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
    }
    const o = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`));
    expect(o.masteryMetOn).not.toBeNull();
    expect(o.status).toBe('active');
    const progress = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}/progress`));
    expect(progress.status).toBe('met');
    expect(progress.sessions.map((x: { value: number }) => x.value)).toEqual([80, 80, 80]);
    const confirmed = await expectOk(t1.post(`/api/v1/objectives/${a.trials.id}/confirm-mastery`, { version: o.version }));
    expect(confirmed.status).toBe('met');
  });

  it('the mastery flag moves only when the data behind it changes', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const sessions = [];
    for (let day = 3; day >= 1; day--) {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - day * 86_400_000).toISOString());
      const pts = [trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'failure')];
      sessions.push({ s, stored: await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201) });
    }
    const metOn = (await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).masteryMetOn;
    expect(metOn).not.toBeNull();
    // A later session with poor data leaves the date the criterion was first met.
    const later = await createSession(t1, [a.client.id]);
    await expectOk(t1.post(`/api/v1/sessions/${later.id}/data-points`, trial(a.client.id, a.trials.id, 'failure')), 201);
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).masteryMetOn).toBe(metOn);
    // Undoing a success in the first session breaks the window that met it: the flag is withdrawn.
    const first = sessions[0]!;
    await expectOk(t1.del(`/api/v1/sessions/${first.s.id}/data-points/${first.stored.points[0].id}`), 204);
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).masteryMetOn).toBeNull();
  });

  it('a batch reusing an id for different content is refused whole', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const point = trial(a.client.id, a.trials.id, 'success');
    const twice = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [point, trial(a.client.id, a.trials.id, 'success'), { ...point, event: { kind: 'trial', outcome: 'failure' } }] });
    expect(twice.status).toBe(409);
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`))).items).toHaveLength(0);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, point), 201);
    const resent = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [trial(a.client.id, a.trials.id, 'success'), { ...point, event: { kind: 'trial', outcome: 'failure' } }] });
    expect(resent.status).toBe(409);
    expect(resent.body.errors[0].path).toBe('body.points.1.id');
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`))).items).toHaveLength(1);
  });

  it('in a group, a signed note closes only that member’s data', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const b = await clientWithPlan(t1, { firstName: 'Ben' });
    const s = await createSession(t1, [a.client.id, b.client.id]);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success')), 201);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    const closed = await t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success'));
    expect(closed.status).toBe(422);
    expect(closed.body.errors[0].path).toBe('body.clientId');
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(b.client.id, b.trials.id, 'success')), 201);
  });

  it('an id used before is a conflict and changes nothing (session, delivered intervention, note)', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const again = await t1.post('/api/v1/sessions', { id: s.id, type: 'individual', startsAt: new Date(Date.now() - 7200_000).toISOString(), durationMinutes: 45, setting: 'clinic', participants: [{ clientId: a.client.id }] });
    expect(again.status).toBe(409);
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}`))).durationMinutes).toBe(30);
    const delivered = { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] };
    const first = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, delivered), 201);
    expect(first.position).toBe(0);
    expect((await t1.post(`/api/v1/sessions/${s.id}/interventions`, delivered)).status).toBe(409);
    expect((await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { ...delivered, id: id() }), 201)).position).toBe(1);
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}`))).delivered).toHaveLength(2);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const second = await t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id });
    expect(second.status).toBe(409);
    expect(second.body.existingId).toBe(note.id);
    const other = await createSession(t1, [a.client.id]);
    expect((await t1.post(`/api/v1/sessions/${other.id}/notes`, { id: note.id, clientId: a.client.id })).status).toBe(409);
    expect((await expectOk(t1.get(`/api/v1/clients/${a.client.id}/notes`))).items).not.toContainEqual(expect.objectContaining({ sessionId: other.id }));
  });

  it('another therapist cannot see or write the session (404), the audit records the refusal', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const t2 = p.users.therapist2.api;
    expect((await t2.get(`/api/v1/sessions/${s.id}`)).status).toBe(404);
    expect((await t2.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success'))).status).toBe(404);
    const rows = await p.database.db.execute(sql`select count(*)::int as n from audit_log where action = 'access-denied' and actor_id = ${p.users.therapist2.id}::uuid`);
    expect(Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBeGreaterThan(0);
  });
});
