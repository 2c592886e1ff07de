/** A minimum of opportunities per session: three sessions of 1 of 1 trials are not "100 % across 3 sessions". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, trial } from '../testing/fixtures.js';

describe.each(engines())('minimum opportunities on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('a session below the minimum keeps its counts but does not count toward mastery; setting and removing the minimum re-evaluates it', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const o = a.trials.id;
    // Three sessions of one correct trial each: 100 % in 3 consecutive sessions, with no minimum.
    for (const daysAgo of [3, 2, 1]) {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - daysAgo * 86_400_000).toISOString());
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, o, 'success')), 201);
    }
    let objective = await expectOk(t1.get(`/api/v1/objectives/${o}`));
    expect(objective.masteryMetOn).not.toBeNull();

    objective = await expectOk(t1.patch(`/api/v1/objectives/${o}`, { version: objective.version, minOpportunities: 5 }));
    expect(objective.measurement.minOpportunities).toBe(5);
    expect(objective.masteryMetOn).toBeNull();
    let progress = await expectOk(t1.get(`/api/v1/objectives/${o}/progress`));
    expect(progress.mastery.status).toBe('insufficient-data');
    expect(progress.sessions.map((s: { value: number | null }) => s.value)).toEqual([null, null, null]);
    expect(progress.sessions[0].details).toMatchObject({ trials: 1, successes: 1, uncounted_value: 100, min_opportunities: 5 });

    // The note drafted for such a session says why it does not count.
    const [one] = (await expectOk(t1.get(`/api/v1/sessions?clientId=${a.client.id}&limit=10`))).items;
    const note = await expectOk(t1.post(`/api/v1/sessions/${one.id}/notes`, { id: crypto.randomUUID(), clientId: a.client.id }), 201);
    expect(JSON.stringify(note.sections)).toContain('fewer than the 5 trials the objective requires, so this session does not count toward mastery');

    objective = await expectOk(t1.patch(`/api/v1/objectives/${o}`, { version: objective.version, minOpportunities: null }));
    expect(objective.measurement.minOpportunities).toBeUndefined();
    expect(objective.masteryMetOn).not.toBeNull();
    progress = await expectOk(t1.get(`/api/v1/objectives/${o}/progress`));
    expect(progress.sessions.map((s: { value: number | null }) => s.value)).toEqual([100, 100, 100]);
  });

  it('refuses a minimum for an objective without opportunities, or one that is not a whole number, and changes nothing', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const frequency = await expectOk(t1.get(`/api/v1/objectives/${a.frequency.id}`));
    const r = await t1.patch(`/api/v1/objectives/${a.frequency.id}`, { version: frequency.version, minOpportunities: 3 });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([expect.objectContaining({ path: 'body.minOpportunities' })]);
    for (const bad of [0, 2.5, 'five']) {
      const trials = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`));
      const b = await t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: trials.version, minOpportunities: bad });
      expect(b.status).toBe(400);
      expect(JSON.stringify(b.body.errors)).toContain('minOpportunities');
    }
    expect(await expectOk(t1.get(`/api/v1/objectives/${a.frequency.id}`))).toMatchObject({ version: frequency.version, measurement: { type: 'frequency' } });
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).measurement.minOpportunities).toBeUndefined();
  });
});
