/** Recordings in backups: the audio travels with the rows and comes back bit-identical, checked by its hash. */
import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, testDatabase, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, id, webm } from '../testing/fixtures.js';
import { createBackup, restoreBackup, tablesHash, tablesOfVersion } from '../backup/backup.js';
import { RecordingStore, sha256Of } from './store.js';

describe.each(engines())('recordings in backups on %s', (engine) => {
  let p: Practice;
  const clips = [webm(5000, 1), webm(7000, 2)];
  const dirs: string[] = [];
  const freshStore = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crescendo-restored-'));
    dirs.push(dir);
    return new RecordingStore(dir);
  };
  beforeAll(async () => {
    p = await startPractice(engine);
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    for (const clip of [...clips, clips[0]!]) {
      const r = await p.app.inject({ method: 'POST', url: `/api/v1/sessions/${s.id}/recordings?id=${id()}&clientId=${a.client.id}&consentBasis=guardian`, headers: { cookie: t1.cookie, 'content-type': 'audio/webm' }, payload: clip });
      expect(r.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await p.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('backup → restore keeps every clip bit-identical, and the restored practice backs up to the same hash', async () => {
    const first = await createBackup(p.database, null, p.app.recordings.store);
    expect(first.files).toBe(2);
    const fresh = await testDatabase(engine);
    const store = freshStore();
    const restored = await restoreBackup(fresh, first.bytes, { allowUnsigned: true, store });
    expect(restored.files).toBe(2);
    for (const clip of clips) expect(store.read(sha256Of(clip)).equals(clip)).toBe(true);
    expect(readdirSync(store.dir, { recursive: true }).filter((f) => String(f).endsWith('.bin'))).toHaveLength(2);
    expect((await createBackup(fresh, null, store)).sha256).toBe(first.sha256);
    await fresh.close();
  });

  it('refuses a backup whose audio is missing or changed, a restore with nowhere to put it, and a backup of a store that lost a file', async () => {
    const { bytes } = await createBackup(p.database, null, p.app.recordings.store);
    const doc = JSON.parse(gunzipSync(bytes).toString('utf8'));
    const [hash] = Object.keys(doc.files);
    const changed = structuredClone(doc);
    changed.files[hash!] = Buffer.from('tampered').toString('base64');
    const missing = structuredClone(doc);
    delete missing.files[hash!];
    for (const [what, bad, reason] of [['changed', changed, /not the one recorded/], ['missing', missing, /is missing/]] as const) {
      const target = await testDatabase('pglite');
      await expect(restoreBackup(target, gzipSync(JSON.stringify(bad)), { allowUnsigned: true, store: freshStore() }), what).rejects.toThrow(reason);
      expect((await createBackup(target)).rows, what).toBe(0);
      await target.close();
    }
    const target = await testDatabase('pglite');
    await expect(restoreBackup(target, bytes, { allowUnsigned: true })).rejects.toThrow(/not given a file store/);
    await target.close();
    await expect(createBackup(p.database)).rejects.toThrow(/not given their file store/);
    const copy = freshStore();
    for (const clip of clips) copy.put(clip);
    unlinkSync(copy.pathOf(sha256Of(clips[1]!)));
    await expect(createBackup(p.database, null, copy)).rejects.toThrow(/missing or damaged/);
  });

  it('a backup of the format before recordings (version 2) still restores', async () => {
    const { bytes } = await createBackup(p.database, null, p.app.recordings.store);
    const doc = JSON.parse(gunzipSync(bytes).toString('utf8'));
    for (const t of Object.keys(doc.tables)) if (!tablesOfVersion(2).includes(t)) delete doc.tables[t];
    delete doc.files;
    const older = { ...doc, version: 2, sha256: tablesHash(doc.tables) };
    const target = await testDatabase('pglite');
    const restored = await restoreBackup(target, gzipSync(JSON.stringify(older)), { allowUnsigned: true });
    expect(restored.files).toBe(0);
    expect(restored.rows).toBeGreaterThan(50);
    await target.close();
  });
});
