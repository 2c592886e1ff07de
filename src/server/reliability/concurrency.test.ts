/** Concurrent edits never overwrite each other; retried data-point writes racing each other store once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, trial } from '../testing/fixtures.js';

describe.each(engines())('concurrency on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('the same batch sent five times at once stores each point once', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const points = Array.from({ length: 30 }, (_, i) => trial(a.client.id, a.trials.id, i % 3 ? 'success' : 'failure'));
    const results = await Promise.all(Array.from({ length: 5 }, () => t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(results.reduce((n, r) => n + r.body.stored, 0)).toBe(30);
    const stored = await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`));
    expect(stored.items).toHaveLength(30);
  });

  it('two clinicians editing the same objective from the same version: one wins, the other gets 409 with the current version', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const sup = p.users.supervisor.api;
    const [x, y] = await Promise.all([
      t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, condition: 'with a visual cue' }),
      sup.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, condition: 'with a verbal cue' }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const loser = x.status === 409 ? x : y;
    const winner = x.status === 200 ? x : y;
    expect(loser.body.currentVersion).toBe(winner.body.version);
    const now = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`));
    expect(now.condition).toBe(winner.body.condition);
  });

  it('two saves of the same draft note: the stale one is refused, nothing is silently lost', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: crypto.randomUUID(), clientId: a.client.id }), 201);
    const first = await t1.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { assessment: 'Engaged throughout.' } });
    const second = await t1.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { assessment: 'Tired today.' } });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect((await expectOk(t1.get(`/api/v1/notes/${note.id}`))).sections.assessment).toBe('Engaged throughout.');
  });
});
