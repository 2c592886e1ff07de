/** An edited backup does not restore: signed backups are checked against the key, and every backup's rows and signed notes are checked. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, testDatabase, type Practice } from '../testing/harness.js';
import { expectOk, id, makeWorld, trial } from '../testing/fixtures.js';
import { createBackup, parseBackup, restoreBackup, tablesHash, type Rows } from './backup.js';
import { writeKeyFile, type BackupKey } from './signing.js';

type Doc = { tables: Record<string, Rows>; sha256: string; signature?: { value: string } };
const open = (bytes: Buffer): Doc => JSON.parse(gunzipSync(bytes).toString('utf8'));
/** What an attacker does: edit the tables, recompute the checksum, write it back. */
const forge = (doc: Doc, edit: (t: Record<string, Rows>) => void, keepSignature = true): Buffer => {
  const copy: Doc = JSON.parse(JSON.stringify(doc));
  edit(copy.tables);
  copy.sha256 = tablesHash(copy.tables);
  if (!keepSignature) delete copy.signature;
  return gzipSync(JSON.stringify(copy));
};

describe.each(engines())('hostile backups from %s', (engine) => {
  let p: Practice;
  let key: BackupKey;
  let other: BackupKey;
  let dir: string;
  let signed: Buffer;
  let plain: Buffer;
  beforeAll(async () => {
    p = await startPractice(engine);
    const w = await makeWorld(p.users.therapist1.api);
    await expectOk(p.users.therapist1.api.post(`/api/v1/notes/${w.signedNoteId}/addenda`, { id: id(), text: 'Also sang the goodbye song.', reason: 'omitted' }), 201);
    dir = mkdtempSync(path.join(os.tmpdir(), 'crescendo-key-'));
    key = writeKeyFile(path.join(dir, 'key'));
    other = writeKeyFile(path.join(dir, 'other'));
    signed = (await createBackup(p.database, key)).bytes;
    plain = (await createBackup(p.database)).bytes;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await p.close();
  });

  it('a signed backup restores with its key, and not after any edit, without its signature, or with another key', async () => {
    const fresh = await testDatabase('pglite');
    expect((await restoreBackup(fresh, signed, { key })).signed).toBe(true);
    await fresh.close();
    const doc = open(signed);
    const admin = forge(doc, (t) => t.users!.push({ ...t.users![0]!, id: id(), email: 'backdoor@evil.example', roles: ['admin'] }));
    expect(() => parseBackup(admin, { key })).toThrow(/changed after it was written/);
    const trail = forge(doc, (t) => (t.audit_log = t.audit_log!.filter((r) => r.action !== 'sign')));
    expect(() => parseBackup(trail, { key, allowUnsigned: true })).toThrow(/changed after it was written/);
    expect(() => parseBackup(forge(doc, () => undefined, false), { key })).toThrow(/not signed.*--unsigned/);
    expect(() => parseBackup(signed, { key: other })).toThrow(/signed with key .* not with this key/);
    expect(() => parseBackup(signed)).toThrow(/is signed .*CRESCENDO_BACKUP_KEY_FILE/);
  });

  it('even with --unsigned, refuses rows the application would never write and signed records that changed; the target stays empty', async () => {
    const doc = open(plain);
    const signedNote = (t: Record<string, Rows>) => t.notes!.find((n) => n.signedAt !== null)!;
    const hostile: [string, Buffer, RegExp][] = [
      ['signed note text', forge(doc, (t) => ((signedNote(t).sections as Record<string, string>).plan = 'Discharge: goals met.')), /text no longer matches its signature/],
      ['point injected into a signed session', forge(doc, (t) => {
        const n = signedNote(t);
        const objectiveId = t.objectives![0]!.id;
        t.data_points!.push({ ...t.data_points![0]!, ...trial(n.clientId as string, objectiveId as string, 'success'), sessionId: n.sessionId, deletedAt: null });
      }), /facts or data the note was signed over have changed/],
      ['attendance of a signed note', forge(doc, (t) => {
        const n = signedNote(t);
        t.session_participants!.find((r) => r.sessionId === n.sessionId)!.attendance = 'absent';
      }), /signed over have changed/],
      ['addendum text', forge(doc, (t) => (t.addenda![0]!.text = 'Nothing happened.')), /addendum’s text no longer matches/],
      ['an unknown session status', forge(doc, (t) => (t.sessions![0]!.status = 'hacked')), /sessions row 0 status holds "hacked"/],
      ['an unknown role', forge(doc, (t) => (t.users![0]!.roles = ['root'])), /users row 0 roles/],
      ['an unknown prompt-after-trial choice', forge(doc, (t) => (t.objectives![0]!.promptAfterTrial = 'sometimes')), /objectives row 0 promptAfterTrial holds "sometimes"/],
      ['a malformed data event', forge(doc, (t) => (t.data_points![0]!.event = { kind: 'trial', outcome: 'maybe' })), /data_points row 0 event/],
      ['two tables only', forge(doc, (t) => { for (const k of Object.keys(t)) if (k !== 'organizations' && k !== 'users') delete t[k]; }), /clients the table is missing/],
    ];
    for (const [what, bytes, reason] of hostile) {
      const fresh = await testDatabase(engine);
      await expect(restoreBackup(fresh, bytes, { allowUnsigned: true }), what).rejects.toThrow(reason);
      expect((await createBackup(fresh)).rows, what).toBe(0);
      await fresh.close();
    }
    // The untouched backup restores.
    const fresh = await testDatabase(engine);
    expect((await restoreBackup(fresh, plain, { allowUnsigned: true })).rows).toBeGreaterThan(50);
    await fresh.close();
  });
});
