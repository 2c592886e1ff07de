import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

const DAY = 86_400_000;

describe.each(engines())('progress API on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('client progress: per-objective series, phases, trend, effect sizes and status from the engine; outcomes group by domain, population and technique', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const phases = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}/phases`));
    await expectOk(t1.del(`/api/v1/phases/${phases.items[0].id}`, { reason: 'replaced by dated phases' }), 204);
    const start = (d: number) => new Date(Date.now() - d * DAY);
    await expectOk(t1.post(`/api/v1/objectives/${a.trials.id}/phases`, { id: id(), kind: 'baseline', label: 'Baseline', startDate: start(40).toISOString().slice(0, 10) }), 201);
    await expectOk(t1.post(`/api/v1/objectives/${a.trials.id}/phases`, { id: id(), kind: 'intervention', label: 'Drum game', startDate: start(25).toISOString().slice(0, 10) }), 201);
    const successes = [2, 3, 2, 5, 6, 7, 7];
    const days = [35, 32, 29, 20, 15, 10, 5];
    for (const [i, d] of days.entries()) {
      const s = await createSession(t1, [a.client.id], start(d).toISOString());
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
      const pts = Array.from({ length: 10 }, (_, k) => trial(a.client.id, a.trials.id, k < successes[i]! ? 'success' : 'failure'));
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
    }
    const progress = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/progress`));
    const trials = progress.objectives.find((o: { objective: { id: string } }) => o.objective.id === a.trials.id);
    expect(trials.sessions.map((s: { value: number }) => s.value)).toEqual([20, 30, 20, 50, 60, 70, 70]);
    expect(trials.phases.map((x: { label: string }) => x.label)).toEqual(['Baseline', 'Drum game']);
    expect(trials.status).toBe('progressing');
    expect(trials.effectSizes.nap).toBe(1);
    expect(trials.effectSizes.pnd).toBe(1);
    expect(trials.trend.slope).toBeGreaterThan(0);
    expect(trials.aimLine.to.value).toBe(80);
    const other = progress.objectives.find((o: { objective: { id: string } }) => o.objective.id === a.frequency.id);
    expect(other.status).toBe('insufficient-data');
    const outcomes = await expectOk(p.users.supervisor.api.get('/api/v1/outcomes'));
    expect(outcomes.overall.progressing).toBeGreaterThanOrEqual(1);
    expect(outcomes.byDomain.social_skills.total).toBeGreaterThanOrEqual(3);
    expect(outcomes.byPopulation.autism.total).toBeGreaterThanOrEqual(3);
    expect(Object.values(outcomes.byTechnique).some((c) => (c as { progressing: number }).progressing >= 1)).toBe(true);
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${a.client.id}/progress`)).status).toBe(404);
  });
});
