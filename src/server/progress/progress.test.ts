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

  it('cadence against cue tempo: a walking objective’s sessions carry the cue tempo of their entries (mean, range, count), null for a session walked without one', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1, { firstName: 'Harold' });
    const cadence = await expectOk(
      t1.post(`/api/v1/goals/${a.goal.id}/objectives`, {
        id: id(), statement: 'Harold will walk to a RAS cue at a cadence of at least 100 steps per minute', behaviour: 'Steps counted over a timed walk to the cue', measurement: { type: 'frequency', metric: 'rate_per_minute' },
        criterion: { comparator: '>=', value: 100, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active', targetDate: '2027-03-01',
      }),
      201,
    );
    // A 30-second walk: an observation and its steps, each entry stored with the cue it was walked to.
    const walk = (steps: number, cue: number | null) => [
      { id: id(), clientId: a.client.id, objectiveId: cadence.id, recordedAt: new Date().toISOString(), event: { kind: 'observation', seconds: 30 }, cueTempoBpm: cue },
      ...Array.from({ length: steps }, () => ({ id: id(), clientId: a.client.id, objectiveId: cadence.id, recordedAt: new Date().toISOString(), event: { kind: 'occurrence' }, cueTempoBpm: cue })),
    ];
    const sessions = [
      { daysAgo: 14, points: walk(42, null) },
      { daysAgo: 7, points: [...walk(44, 88), ...walk(45, 92)] },
      { daysAgo: 1, points: walk(48, 96.6) },
    ];
    for (const x of sessions) {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - x.daysAgo * DAY).toISOString());
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: x.points }), 201);
    }
    const progress = await expectOk(t1.get(`/api/v1/objectives/${cadence.id}/progress`));
    expect(progress.cued).toBe(true);
    expect(progress.sessions.map((s: { value: number }) => s.value)).toEqual([84, 89, 96]);
    expect(progress.sessions.map((s: { cueTempoBpm: number | null }) => s.cueTempoBpm)).toEqual([null, 90, 96.6]);
    expect(progress.sessions[1].cueTempo).toEqual({ meanBpm: 90, minBpm: 88, maxBpm: 92, entries: 91 });
    expect(progress.sessions[0].cueTempo).toBeNull();
    // The client's progress says the same; an objective never walked to a cue is not cued.
    const all = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/progress`));
    const byId = new Map(all.objectives.map((o: { objective: { id: string } }) => [o.objective.id, o]));
    expect((byId.get(cadence.id) as { cued: boolean }).cued).toBe(true);
    expect((byId.get(a.trials.id) as { cued: boolean }).cued).toBe(false);
  });
});
