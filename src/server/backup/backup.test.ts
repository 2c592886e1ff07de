import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { engines, startPractice, testDatabase } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';
import { createBackup, parseBackup, readTables, restoreBackup, tablesHash } from './backup.js';

describe.each(engines())('backup from %s', (engine) => {
  it('backup → restore (into every engine) → backup gives the same content hash; refusals change nothing', async () => {
    const p = await startPractice(engine);
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const s = await createSession(t1, [a.client.id]);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [trial(a.client.id, a.trials.id, 'success'), trial(a.client.id, a.trials.id, 'failure')] }), 201);
    const note = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
    await expectOk(t1.post(`/api/v1/notes/${note.id}/sign`, { version: note.version, confirmEmptySections: true }));
    const draft = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    await expectOk(t1.post(`/api/v1/plan-versions/${draft.id}/sign`, { contentHash: draft.contentHash }));
    // A second version signed by the intern and co-signed by the supervisor: its co-signature travels too.
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: 1, frequency: '1 session a week' })); // the plan row is made by its first change
    const v2 = await expectOk(p.users.intern.api.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    await expectOk(p.users.intern.api.post(`/api/v1/plan-versions/${v2.id}/sign`, { contentHash: v2.contentHash }));
    await expectOk(p.users.supervisor.api.post(`/api/v1/plan-versions/${v2.id}/cosign`, { contentHash: v2.contentHash }));
    const first = await createBackup(p.database);
    expect(first.rows).toBeGreaterThan(50);
    // Tables are read a page at a time in key order (composite keys too): small pages read the same rows.
    expect(tablesHash(await readTables(p.database.db, 3))).toBe(first.sha256);

    for (const target of engines()) {
      const fresh = await testDatabase(target);
      const restored = await restoreBackup(fresh, first.bytes, { allowUnsigned: true });
      expect(restored.rows).toBe(first.rows);
      const again = await createBackup(fresh);
      expect(again.sha256).toBe(first.sha256);
      await expect(restoreBackup(fresh, first.bytes, { allowUnsigned: true })).rejects.toThrow(/not empty/);
      await fresh.close();
    }

    const doc = JSON.parse((await import('node:zlib')).gunzipSync(first.bytes).toString('utf8'));
    const newer = gzipSync(JSON.stringify({ ...doc, version: 99 }));
    expect(() => parseBackup(newer, { allowUnsigned: true })).toThrow(/newer/);
    doc.tables.data_points[0].event = { kind: 'trial', outcome: 'success' };
    expect(tablesHash(doc.tables)).not.toBe(first.sha256);
    expect(() => parseBackup(gzipSync(JSON.stringify(doc)), { allowUnsigned: true })).toThrow(/damaged/);
    expect(() => parseBackup(Buffer.from('not a backup'))).toThrow(/not a readable/);
    // A signed plan version whose words were changed, the backup re-hashed to hide it: refused.
    const forged = JSON.parse((await import('node:zlib')).gunzipSync(first.bytes).toString('utf8'));
    forged.tables.plan_versions[0].snapshot.frequency = '5 sessions a week';
    forged.sha256 = tablesHash(forged.tables);
    const target = await testDatabase('pglite');
    await expect(restoreBackup(target, gzipSync(JSON.stringify(forged)), { allowUnsigned: true })).rejects.toThrow(/plan version/);
    expect((await createBackup(target)).rows).toBe(0);
    await target.close();
    // A format-3 backup written before plan versions had co-signatures: its rows lack those columns, and restore with their defaults.
    const older = JSON.parse((await import('node:zlib')).gunzipSync(first.bytes).toString('utf8'));
    const cosigned = older.tables.plan_versions.find((v: { cosignedAt: string | null }) => v.cosignedAt);
    expect(cosigned).toMatchObject({ requiresCosign: true, cosignerName: 'Sam Supervisor' });
    older.tables.plan_versions = older.tables.plan_versions.filter((v: { id: string }) => v.id !== cosigned.id);
    for (const v of older.tables.plan_versions) for (const k of ['requiresCosign', 'cosignerId', 'cosignedBy', 'cosignedAt', 'cosignerName', 'cosignerCredentials']) delete v[k];
    older.sha256 = tablesHash(older.tables);
    const olderTarget = await testDatabase('pglite');
    await restoreBackup(olderTarget, gzipSync(JSON.stringify(older)), { allowUnsigned: true });
    const back = (await olderTarget.db.execute(sql`select requires_cosign, cosigned_at from plan_versions`)) as unknown as { rows: { requires_cosign: boolean; cosigned_at: string | null }[] };
    expect(back.rows).toEqual([{ requires_cosign: false, cosigned_at: null }]);
    await olderTarget.close();
    const empty = await testDatabase('pglite');
    await expect(restoreBackup(empty, gzipSync(JSON.stringify(doc)))).rejects.toThrow(/damaged/);
    expect((await createBackup(empty)).rows).toBe(0);
    await empty.close();
    await p.close();
  });
});
