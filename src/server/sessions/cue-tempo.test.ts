/** The RAS cue tempo is stored with each data point taken while the metronome ran, checked, returned, and locked by the signature. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

describe.each(engines())('cue tempo of data points on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('stores and returns the cue tempo of a point, null without one, and refuses 900 bpm naming the field', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1, { firstName: 'Harold' });
    const s = await createSession(t1, [a.client.id]);
    const cued = await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...trial(a.client.id, a.trials.id, 'success'), cueTempoBpm: 86.1 }), 201);
    expect(cued.cueTempoBpm).toBe(86.1);
    const plain = trial(a.client.id, a.trials.id, 'failure');
    expect((await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, plain), 201)).cueTempoBpm).toBeNull();
    const batch = await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [{ ...trial(a.client.id, a.trials.id, 'success'), cueTempoBpm: 97 }] }), 201);
    expect(batch.points[0].cueTempoBpm).toBe(97);

    const listed = await expectOk(t1.get(`/api/v1/sessions/${s.id}/data-points`));
    expect(new Map(listed.items.map((x: { id: string; cueTempoBpm: number | null }) => [x.id, x.cueTempoBpm]))).toEqual(new Map([[cued.id, 86.1], [plain.id, null], [batch.points[0].id, 97]]));

    // The same id sent again with another cue tempo is not the same point.
    const again = await t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...plain, cueTempoBpm: 90 });
    expect(again.status).toBe(409);

    for (const bad of [900, 10, '90']) {
      const r = await t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...trial(a.client.id, a.trials.id, 'success'), cueTempoBpm: bad });
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.cueTempoBpm']);
    }
    const badBatch = await t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [{ ...trial(a.client.id, a.trials.id, 'success'), cueTempoBpm: 900 }] });
    expect(badBatch.status).toBe(400);
    expect(badBatch.body.errors[0].path).toBe('body.points.0.cueTempoBpm');
    expect(badBatch.body.errors[0].message).toContain('300');
    // The database holds the range too, for whatever writes around the API.
    await expect(p.database.db.execute(sql`update data_points set cue_tempo_bpm = 900 where id = ${cued.id}`)).rejects.toThrow();

    // Signed: the cue tempo is part of the signed data and cannot change.
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    const signed = await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    expect(signed.dataHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(p.database.db.execute(sql`update data_points set cue_tempo_bpm = 90 where id = ${cued.id}`)).rejects.toThrow();
  });
});
