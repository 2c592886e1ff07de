/** `crescendo verify` as an operator runs it: exit 0 on a trail as written, 1 with the reason after a rewrite. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/connection.js';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'crescendo-verify-'));
const env = { ...process.env, CRESCENDO_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', CRESCENDO_BACKUP_KEY_FILE: '' };
const crescendo = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

describe('crescendo verify', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the trail as written, names a changed row, and finds a chain rebuilt since a backup', async () => {
    expect((await crescendo('demo')).code).toBe(0);
    const backup = path.join(dir, 'b.json.gz');
    expect((await crescendo('backup', '--out', backup)).code).toBe(0);
    const ok = await crescendo('verify', '--against', backup, '--unsigned');
    expect(ok.err).toBe('');
    expect(ok.out).toMatch(/^verified: \d+ audit rows in 1 chain unbroken, [1-9]\d* signed notes and addenda match their signatures; the trail still holds the 1 chain head recorded in /);

    // Someone with the files rewrites the trail behind the guards, then rebuilds the chain over it.
    const db = await openDatabase({ dataDir: path.join(dir, 'data') });
    await db.db.execute(sql`alter table audit_log disable trigger user`);
    await db.db.execute(sql`update audit_log set detail = '{"note":"nothing to see"}'`);
    await db.db.execute(sql`alter table audit_log enable trigger user`);
    await db.close();
    const changed = await crescendo('verify');
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/^crescendo: NOT VERIFIED: the audit trail was changed: link \d+: the audit row was changed after it was written/);

    const again = await openDatabase({ dataDir: path.join(dir, 'data') });
    await again.db.execute(sql`alter table audit_chain disable trigger user`);
    await again.db.execute(sql`delete from audit_chain`);
    await again.db.execute(sql`alter table audit_chain enable trigger user`);
    await again.db.execute(sql`select crescendo_link_unlinked_audit()`);
    await again.close();
    expect((await crescendo('verify')).code).toBe(0);
    const since = await crescendo('verify', '--against', backup, '--unsigned');
    expect(since.code).toBe(1);
    expect(since.err).toMatch(/rewritten since/);
    expect((await crescendo('verify', '--against', backup)).err).toMatch(/not signed/);
  }, 120_000);
});
