/** Session recordings: upload, dedupe, play with ranges (audited), limits, access, soft delete, the legacy export. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, webm } from '../testing/fixtures.js';
import { auditLog } from '../db/schema.js';

type Query = Record<string, string>;

describe.each(engines())('session recordings on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  let world: { clientId: string; sessionId: string };
  const MAX = 64 * 1024;
  beforeAll(async () => {
    p = await startPractice(engine, { recordingMaxBytes: MAX });
    t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1, { firstName: 'Ruth', lastName: 'Okafor' });
    const s = await createSession(t1, [a.client.id]);
    world = { clientId: a.client.id, sessionId: s.id };
  });
  afterAll(() => p.close());

  const upload = (who: Api, bytes: Buffer, query: Query = {}, type = 'audio/webm;codecs=opus', sessionId = world.sessionId) =>
    p.app.inject({
      method: 'POST',
      url: `/api/v1/sessions/${sessionId}/recordings?${new URLSearchParams({ id: id(), clientId: world.clientId, consentBasis: 'client', durationMs: '4000', ...query })}`,
      headers: { cookie: who.cookie, 'content-type': type },
      payload: bytes,
    });
  const play = (who: Api, recordingId: string, range?: string) =>
    p.app.inject({ method: 'GET', url: `/api/v1/recordings/${recordingId}/audio`, headers: { cookie: who.cookie, ...(range !== undefined ? { range } : {}) } });
  const plays = async (recordingId: string) =>
    (await p.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(and(eq(auditLog.entityType, 'recording'), eq(auditLog.entityId, recordingId), eq(auditLog.action, 'read'))))[0]!.n;
  const storedFiles = () => {
    const dir = p.app.recordings.store.dir;
    try {
      return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.bin')).length;
    } catch {
      return 0;
    }
  };

  it('stores an upload once under its hash, answers a retry with the same record, and lists it by session and by client', async () => {
    const audio = webm(3000);
    const recId = id();
    const first = await upload(t1, audio, { id: recId, title: 'Hello song' });
    expect(first.statusCode).toBe(201);
    const rec = first.json();
    expect(rec).toMatchObject({ id: recId, clientId: world.clientId, sessionId: world.sessionId, mime: 'audio/webm', bytes: 3000, durationMs: 4000, consentBasis: 'client', legacy: false, title: 'Hello song' });
    expect(rec.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(t1, audio, { id: recId, title: 'Hello song' })).json().id).toBe(recId);
    // The same audio under another record: one file in the store.
    expect((await upload(t1, audio)).statusCode).toBe(201);
    expect(storedFiles()).toBe(1);
    expect(readFileSync(p.app.recordings.store.pathOf(rec.sha256)).equals(audio)).toBe(true);
    const bySession = await expectOk(t1.get(`/api/v1/sessions/${world.sessionId}/recordings`));
    expect(bySession.items.filter((r: { id: string }) => r.id === recId)).toHaveLength(1);
    const byClient = await expectOk(t1.get(`/api/v1/clients/${world.clientId}/recordings`));
    expect(byClient.items.find((r: { id: string }) => r.id === recId).localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('plays the whole clip or the range asked for, 416 past its end, and audits every play', async () => {
    const audio = webm(1000, 7);
    const rec = (await upload(t1, audio)).json();
    const whole = await play(t1, rec.id);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('audio/webm');
    expect(whole.headers['cache-control']).toBe('no-store');
    expect(whole.rawPayload.equals(audio)).toBe(true);
    const cases: [string, number, number][] = [['bytes=0-99', 0, 99], ['bytes=900-', 900, 999], ['bytes=-10', 990, 999], ['bytes=990-5000', 990, 999], ['bytes=0-0', 0, 0]];
    for (const [range, start, end] of cases) {
      const r = await play(t1, rec.id, range);
      expect(r.statusCode, range).toBe(206);
      expect(r.headers['content-range'], range).toBe(`bytes ${start}-${end}/1000`);
      expect(r.headers['content-length'], range).toBe(String(end - start + 1));
      expect(r.rawPayload.equals(audio.subarray(start, end + 1)), range).toBe(true);
    }
    for (const range of ['bytes=1000-', 'bytes=500-400', 'bytes=-0', 'bytes=x-y']) {
      const r = await play(t1, rec.id, range);
      expect(r.statusCode, range).toBe(416);
      expect(r.headers['content-range'], range).toBe('bytes */1000');
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().errors[0].path).toBe('headers.range');
    }
    expect(await plays(rec.id)).toBe(1 + cases.length);
  });

  it('refuses what is not accepted audio, too large, empty, or for a client outside the session, and stores nothing', async () => {
    const before = storedFiles();
    const listed = (await expectOk(t1.get(`/api/v1/clients/${world.clientId}/recordings`))).items.length;
    const video = await upload(t1, webm(100), {}, 'video/webm');
    expect(video.statusCode).toBe(415);
    expect(video.json().errors[0].path).toBe('headers.content-type');
    const json = await upload(t1, Buffer.from('{"a":1}'), {}, 'application/json');
    expect(json.statusCode).toBe(415);
    const lie = await upload(t1, Buffer.from('this is not audio at all'), {}, 'audio/ogg');
    expect(lie.statusCode).toBe(422);
    expect(lie.json().detail).toBe('the file is not audio/ogg audio');
    expect((await upload(t1, Buffer.alloc(0))).statusCode).toBe(422);
    const big = await upload(t1, webm(MAX + 1));
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    expect(big.json().detail).toMatch(/^a recording is at most 0\.1 MiB \(65536 bytes\)/);
    const noConsent = await p.app.inject({ method: 'POST', url: `/api/v1/sessions/${world.sessionId}/recordings?id=${id()}&clientId=${world.clientId}`, headers: { cookie: t1.cookie, 'content-type': 'audio/webm' }, payload: webm(100) });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().errors.map((e: { path: string }) => e.path)).toContain('querystring.consentBasis');
    const tooLong = await upload(t1, webm(100), { durationMs: String(4 * 3_600_000) });
    expect(tooLong.statusCode).toBe(400);
    const stranger = await clientWithPlan(t1);
    const outside = await upload(t1, webm(100), { clientId: stranger.client.id });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0].path).toBe('querystring.clientId');
    expect(storedFiles()).toBe(before);
    expect((await expectOk(t1.get(`/api/v1/clients/${world.clientId}/recordings`))).items.length).toBe(listed);
  });

  it('another therapist and an intern off the care team neither upload nor hear; an intern on it does both', async () => {
    const rec = (await upload(t1, webm(500, 3))).json();
    for (const who of [p.users.therapist2.api, p.users.intern.api]) {
      expect((await upload(who, webm(500, 4))).statusCode).toBe(404);
      expect((await play(who, rec.id)).statusCode).toBe(404);
      expect((await who.get(`/api/v1/sessions/${world.sessionId}/recordings`)).status).toBe(404);
      expect((await who.get(`/api/v1/clients/${world.clientId}/recordings`)).status).toBe(404);
      expect((await who.del(`/api/v1/recordings/${rec.id}`, { reason: 'x' })).status).toBe(404);
    }
    expect(await plays(rec.id)).toBe(0);
    await expectOk(t1.post(`/api/v1/clients/${world.clientId}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    expect((await upload(intern, webm(500, 5))).statusCode).toBe(201);
    expect((await play(intern, rec.id, 'bytes=0-9')).statusCode).toBe(206);
    await expectOk(t1.del(`/api/v1/clients/${world.clientId}/care-team/${p.users.intern.id}`));
  });

  it('a delete is soft: audited, the audio kept, the record restored by an admin; the row itself cannot be changed or erased', async () => {
    const rec = (await upload(t1, webm(800, 9))).json();
    expect((await t1.del(`/api/v1/recordings/${rec.id}`, {})).status).toBe(400);
    expect((await t1.del(`/api/v1/recordings/${rec.id}`, { reason: 'recorded the wrong client' })).status).toBe(204);
    expect((await play(t1, rec.id)).statusCode).toBe(404);
    expect((await expectOk(t1.get(`/api/v1/sessions/${world.sessionId}/recordings`))).items.map((r: { id: string }) => r.id)).not.toContain(rec.id);
    expect(p.app.recordings.store.intact(rec.sha256)).toBe(true);
    const [deleted] = await p.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, rec.id), eq(auditLog.action, 'delete')));
    expect(deleted?.detail).toEqual({ reason: 'recorded the wrong client' });
    await expectOk(p.admin.post('/api/v1/restore', { entityType: 'recording', id: rec.id }));
    expect((await play(t1, rec.id)).statusCode).toBe(200);
    const refusal = (q: ReturnType<typeof sql>) => p.database.db.execute(q).then(() => null, (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(await refusal(sql`update recordings set sha256 = ${'0'.repeat(64)} where id = ${rec.id}`)).toMatch(/cannot change after it is stored/);
    expect(await refusal(sql`update recordings set consent_basis = 'guardian' where id = ${rec.id}`)).toMatch(/cannot change after it is stored/);
    expect(await refusal(sql`delete from recordings where id = ${rec.id}`)).toMatch(/soft delete/);
  });

  it('exports the legacy collection as a tar of plain audio files with an index page, audited; other clips stay out', async () => {
    const a = await clientWithPlan(t1, { firstName: 'Walter', lastName: 'Brennan' });
    const s = await createSession(t1, [a.client.id]);
    const none = await t1.get(`/api/v1/clients/${a.client.id}/recordings/legacy-export`);
    expect(none.status).toBe(422);
    const song = webm(2000, 11);
    const ok = await upload(t1, song, { clientId: a.client.id, legacy: 'true', title: 'Song for my grandchildren', durationMs: '187000', consentBasis: 'representative' }, 'audio/webm', s.id);
    expect(ok.statusCode, ok.body).toBe(201);
    await upload(t1, webm(2000, 12), { clientId: a.client.id }, 'audio/webm', s.id);
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${a.client.id}/recordings/legacy-export`)).status).toBe(404);
    const r = await p.app.inject({ method: 'GET', url: `/api/v1/clients/${a.client.id}/recordings/legacy-export`, headers: { cookie: t1.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-tar');
    expect(r.headers['content-disposition']).toBe('attachment; filename="walter-brennan-recordings.tar"');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'legacy-'));
    try {
      execFileSync('tar', ['-xf', '-', '-C', dir], { input: r.rawPayload });
      const folder = path.join(dir, 'walter-brennan-recordings');
      const files = readdirSync(folder).sort();
      expect(files).toEqual([`01-${s.localDate}-song-for-my-grandchildren.webm`, 'index.html']);
      expect(readFileSync(path.join(folder, files[0]!)).equals(song)).toBe(true);
      const index = readFileSync(path.join(folder, 'index.html'), 'utf8');
      expect(index).toContain('<h1>Recordings of Walter Brennan</h1>');
      expect(index).toContain(`<strong>Song for my grandchildren</strong> — ${s.localDate} (3:07)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [exported] = await p.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'legacy_recordings'), eq(auditLog.clientId, a.client.id)));
    expect(exported?.action).toBe('export');
  });
});
