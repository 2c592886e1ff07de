/** The audit trail's hash chain: linked at commit without forks, and every kind of rewrite found. */
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, testDatabase, type Practice } from '../testing/harness.js';
import { expectOk, id, makeWorld, trial } from '../testing/fixtures.js';
import { createBackup, restoreBackup, tablesHash, tablesOfVersion, type Rows } from '../backup/backup.js';
import type { Db } from '../db/connection.js';
import { chainHeads, chainProblems } from './chain.js';
import { verifyRecord } from './verify.js';

const count = async (db: Db, table: string) =>
  Number(((await db.execute(sql`select count(*) as n from ${sql.identifier(table)}`)) as unknown as { rows: { n: string }[] }).rows[0]!.n);

/** What someone with the database's files does: switch the guards off, change the trail, switch them on. */
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(sql`alter table audit_chain disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger user`);
    await tx.execute(sql`alter table audit_chain enable trigger user`);
  });
}

describe.each(engines())('the audit chain on %s', (engine) => {
  let p: Practice;
  let w: Awaited<ReturnType<typeof makeWorld>>;
  beforeAll(async () => {
    p = await startPractice(engine);
    w = await makeWorld(p.users.therapist1.api);
  });
  afterAll(() => p.close());

  it('links every audit row, one chain per organization, and 40 writes at once do not fork it', async () => {
    const t1 = p.users.therapist1.api;
    const session = await expectOk(t1.post('/api/v1/sessions', {
      id: id(), type: 'individual', startsAt: new Date(Date.now() - 600_000).toISOString(), durationMinutes: 30, setting: 'school',
      participants: [{ clientId: w.clientId, attendance: 'present' }],
    }), 201);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      i % 2 ? t1.get(`/api/v1/clients/${w.clientId}`) : t1.post(`/api/v1/sessions/${session.id}/data-points`, trial(w.clientId, w.objectiveId, 'success'))));
    expect(answers.map((a) => a.status).filter((s) => s >= 400)).toEqual([]);
    const db = p.database.db;
    expect(await count(db, 'audit_chain')).toBe(await count(db, 'audit_log'));
    expect(await chainProblems(db)).toEqual([]);
    const heads = await chainHeads(db);
    // Sign-in failures for unknown emails belong to no organization: their own chain.
    expect(heads.filter((h) => h.chain !== '00000000-0000-0000-0000-000000000000')).toHaveLength(1);
    const v = await verifyRecord(p.database);
    expect(v.trail).toEqual([]);
    expect(v.signatures).toEqual([]);
    expect(v.signed).toBeGreaterThan(0);
  });

  it('finds a row changed, removed or slipped in behind the guards, and a rewritten chain against a backup', async () => {
    const fresh = await testDatabase(engine);
    const backup = await createBackup(p.database);
    await restoreBackup(fresh, backup.bytes, { allowUnsigned: true });
    const db = fresh.db;
    expect(await chainProblems(db)).toEqual([]);
    const [sign] = ((await db.execute(sql`select id from audit_log where action = 'sign' order by id limit 1`)) as unknown as { rows: { id: string }[] }).rows;

    await tamper(db, sql`update audit_log set actor_id = null where id = ${sign!.id}`);
    expect((await chainProblems(db)).map((x) => x.problem)).toEqual(['the audit row was changed after it was written']);
    await tamper(db, sql`delete from audit_chain where audit_id = ${sign!.id}`);
    await tamper(db, sql`delete from audit_log where id = ${sign!.id}`);
    expect((await chainProblems(db)).map((x) => x.problem)).toEqual(['the link does not follow the one before it (a row was removed or slipped in)']);
    await tamper(db, sql`insert into audit_log (organization_id, action, entity_type) select organization_id, 'read', 'client' from audit_log limit 1`);
    expect((await chainProblems(db)).map((x) => x.problem)).toContain('the audit row has no link (written with the chain switched off)');

    // Whoever rewrites the chain too leaves no break in it, but no longer holds the backup's heads.
    await tamper(db, sql`delete from audit_chain`);
    await db.execute(sql`select crescendo_link_unlinked_audit()`);
    expect(await chainProblems(db)).toEqual([]);
    const v = await verifyRecord(fresh, JSON.parse(gunzipSync(backup.bytes).toString('utf8')).tables.audit_chain);
    expect(v.anchored).toBeGreaterThan(0);
    expect(v.trail.map((x) => x.problem)).toContain('the trail up to this link is not the one the backup recorded: it was rewritten since');
    await fresh.close();
  });

  it('a restore keeps the chain as written, refuses an edited trail, and restores a backup of format 1 (linked, defaults for what came since)', async () => {
    const backup = await createBackup(p.database);
    const doc = JSON.parse(gunzipSync(backup.bytes).toString('utf8')) as { version: number; tables: Record<string, Rows>; sha256: string };
    const write = (edit: (d: typeof doc) => void) => {
      const copy = JSON.parse(JSON.stringify(doc)) as typeof doc;
      edit(copy);
      copy.sha256 = tablesHash(copy.tables);
      return gzipSync(JSON.stringify(copy));
    };
    const same = await testDatabase(engine);
    await restoreBackup(same, backup.bytes, { allowUnsigned: true });
    expect(await chainHeads(same.db)).toEqual(await chainHeads(p.database.db));
    await same.close();

    const edits: [string, (d: typeof doc) => void][] = [
      ['a sign row removed', (d) => (d.tables.audit_log = d.tables.audit_log!.filter((r) => r.action !== 'sign'))],
      ['who read a chart changed', (d) => (d.tables.audit_log!.find((r) => r.action === 'read')!.actorId = id())],
      ['a row with no link', (d) => d.tables.audit_log!.push({ ...d.tables.audit_log![0]!, id: 999_999 })],
    ];
    for (const [what, edit] of edits) {
      const target = await testDatabase(engine);
      await expect(restoreBackup(target, write(edit), { allowUnsigned: true }), what).rejects.toThrow(/audit trail is not the one that was written/);
      expect(await count(target.db, 'audit_log'), what).toBe(0);
      await target.close();
    }

    // A backup of format 1: no chain and no billing tables, and rows without the columns added since (they take their defaults).
    const older = await testDatabase(engine);
    await restoreBackup(older, write((d) => {
      d.version = 1;
      for (const t of Object.keys(d.tables)) if (!tablesOfVersion(1).includes(t)) delete d.tables[t];
      for (const o of d.tables.organizations!) delete o.lateEntryHours;
    }), { allowUnsigned: true });
    expect(await count(older.db, 'audit_chain')).toBe(doc.tables.audit_log!.length);
    const [org] = ((await older.db.execute(sql`select late_entry_hours as h from organizations`)) as unknown as { rows: { h: number }[] }).rows;
    expect(org!.h).toBe(48);
    expect(await chainProblems(older.db)).toEqual([]);
    await older.close();
  });
});
