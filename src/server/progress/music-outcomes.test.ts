/** Outcomes by music element through the API: values grouped by the music used for the objective, with n, and the descriptive sentence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

const DAY = 86_400_000;

describe.each(engines())('music outcomes on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('groups an objective’s session values by song, key, tempo band and live/recorded, with n, median and mean; sessions without music apart', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const sessions = [
      { daysAgo: 21, successes: 3, song: null },
      { daysAgo: 14, successes: 5, song: { title: 'Frère Jacques', key: 'G major', tempoBpm: 92, source: 'live' } },
      { daysAgo: 7, successes: 7, song: { title: 'Row, Row, Row Your Boat', key: 'C major', tempoBpm: 100, source: 'recorded' } },
      { daysAgo: 1, successes: 8, song: { title: 'frere jacques', key: 'G major', tempoBpm: 96, source: 'live' } },
    ];
    for (const x of sessions) {
      const s = await createSession(t1, [a.client.id], new Date(Date.now() - x.daysAgo * DAY).toISOString());
      const d = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
      if (x.song) await expectOk(t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, ...x.song }), 201);
      const pts = Array.from({ length: 10 }, (_, k) => trial(a.client.id, a.trials.id, k < x.successes ? 'success' : 'failure'));
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
    }
    const out = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/music-outcomes`));
    expect(out.descriptive).toMatch(/^Descriptive only: .*not that the music caused a difference/);
    const o = out.objectives.find((x: { objectiveId: string }) => x.objectiveId === a.trials.id);
    expect(o.unit).toBe('%');
    expect(o.sessionsWithMusic).toBe(3);
    expect(o.withoutMusic).toBe(1);
    const text = (gs: { label: string; n: number; median: number; mean: number }[]) => gs.map((g) => `${g.label}:${g.n}:${g.median}:${g.mean}`);
    expect(text(o.byElement.song)).toEqual(['Frère Jacques:2:65:65', 'Row, Row, Row Your Boat:1:70:70']);
    expect(text(o.byElement.key)).toEqual(['G major:2:65:65', 'C major:1:70:70']);
    expect(text(o.byElement.tempo)).toEqual(['80–99 bpm:2:65:65', '100–119 bpm:1:70:70']);
    expect(text(o.byElement.source)).toEqual(['live:2:65:65', 'recorded:1:70:70']);
    // An objective the music did not serve has no groups.
    const other = out.objectives.find((x: { objectiveId: string }) => x.objectiveId === a.frequency.id);
    expect(other.byElement.song).toEqual([]);
    // Another clinician's client is not found; a bad id is a 400 naming the field.
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${a.client.id}/music-outcomes`)).status).toBe(404);
    const bad = await t1.get('/api/v1/clients/not-a-uuid/music-outcomes');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('params.id');
  });
});
