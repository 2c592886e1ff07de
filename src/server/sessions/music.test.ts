/** The music in the record: songs with key and tempo per delivered intervention, in the note and the client's repertoire, locked once signed. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

describe.each(engines())('music used in sessions on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('records two songs in two keys and tempi; the intervention is delivered and the note says what was played', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1, { firstName: 'Maya' });
    await expectOk(t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, shortLabel: 'turn taking' }));
    const s = await createSession(t1, [a.client.id]);
    const d = await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
    expect(d.delivered).toBe(false);
    const hello = await expectOk(t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, clientId: a.client.id, title: 'Hello song', key: 'G major', tempoBpm: 92, instruments: ['guitar'], response: 'Maya joined the last two lines.' }), 201);
    expect(hello.line).toBe('Hello song (G major, 92 bpm, guitar): Maya joined the last two lines');
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'Row, Row, Row Your Boat', version: 'adapted', key: 'D major', tempoBpm: 76, meter: '6/8', ledBy: ['therapist', 'client'] }), 201);
    expect((await expectOk(t1.get(`/api/v1/sessions/${s.id}`))).delivered[0].delivered).toBe(true);

    const bad = await t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'x', key: 'H major', tempoBpm: 900 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.key', 'body.tempoBpm']));
    const stranger = await clientWithPlan(t1);
    const notHere = await t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, clientId: stranger.client.id, title: 'x' });
    expect(notHere.status).toBe(422);
    expect(notHere.body.errors[0].path).toBe('body.clientId');

    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, { ...trial(a.client.id, a.trials.id, 'success'), deliveredInterventionId: d.id }), 201);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    expect(note.sections.objective).toContain(`, for turn taking — Hello song (G major, 92 bpm, guitar): Maya joined the last two lines; Row, Row, Row Your Boat (adapted, D major, 76 bpm, 6/8, led by therapist and client).`);
    expect(note.sections.objective).toContain('• Turn taking: ');
    expect(note.sections.objective).not.toMatch(/\.\.|\.:/);

    const rep = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/repertoire`));
    expect(rep.items.map((x: { title: string; count: number }) => [x.title, x.count]).sort()).toEqual([['Hello song', 1], ['Row, Row, Row Your Boat', 1]]);
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${a.client.id}/repertoire`)).status).toBe(404);

    await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    const after = await t1.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'Goodbye song' });
    expect(after.status).toBe(409);
    expect((await t1.del(`/api/v1/sessions/${s.id}/music/${hello.id}`)).status).toBe(409);
    await expect(p.database.db.execute(sql`update music_uses set key = 'C major' where id = ${hello.id}`)).rejects.toThrow();
  });
});
