/** The data directory is this account's only: created 0700, refused when others can write it, tightened when others can read it. */
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.js';
import { acquireDataDirLock } from './lock.js';
import { rotateBackups, backupsDir } from './safety.js';
import { secureDataDir } from './file-modes.js';

const roots: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'crescendo-modes-'));
  roots.push(d);
  return path.join(d, 'data');
};
afterEach(() => roots.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const modeOf = (p: string) => statSync(p).mode & 0o777;

describe('data directory file modes', () => {
  it('creates the directory 0700, its lock file and backups 0600, and closes the engine’s files on the next start', async () => {
    const dataDir = temp();
    const release = acquireDataDirLock(dataDir);
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'crescendo.lock'))).toBe(0o600);
    const db = await openDatabase({ dataDir });
    const name = await rotateBackups(db, dataDir);
    await db.close();
    expect(modeOf(backupsDir(dataDir))).toBe(0o700);
    expect(modeOf(path.join(backupsDir(dataDir), name!))).toBe(0o600);
    expect(modeOf(path.join(dataDir, 'pglite'))).toBe(0o700);
    await (await openDatabase({ dataDir })).close();
    expect(modeOf(path.join(dataDir, 'pglite', 'postgresql.auto.conf'))).toBe(0o600);
    release();
  });

  it('refuses a data directory another account can write, and says how to fix it', async () => {
    const dataDir = temp();
    await (await openDatabase({ dataDir })).close();
    chmodSync(dataDir, 0o777);
    const before = readdirSync(dataDir).sort();
    await expect(openDatabase({ dataDir })).rejects.toThrow(/can be written by other accounts \(mode 0777\); nothing was opened.*chmod 700/);
    expect(() => acquireDataDirLock(dataDir)).toThrow(/can be written by other accounts/);
    expect(readdirSync(dataDir).sort()).toEqual(before);
    chmodSync(dataDir, 0o770);
    expect(() => secureDataDir(dataDir)).toThrow(/mode 0770/);
    if (process.getuid?.() === 0) {
      chmodSync(dataDir, 0o700);
      chownSync(dataDir, 65534, 65534);
      expect(() => secureDataDir(dataDir)).toThrow(/belongs to another account \(uid 65534\)/);
    }
  });

  it('closes a directory others could read, with a warning', async () => {
    const dataDir = temp();
    await (await openDatabase({ dataDir })).close();
    chmodSync(dataDir, 0o755);
    chmodSync(path.join(dataDir, 'pglite'), 0o755);
    const lines: string[] = [];
    secureDataDir(dataDir, (l) => lines.push(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/was readable by other accounts \(mode 0755\)/);
    expect(modeOf(dataDir)).toBe(0o700);
    const open: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((n) => { const p = path.join(d, n); if (modeOf(p) & 0o077) open.push(p); if (statSync(p).isDirectory()) walk(p); });
    walk(dataDir);
    expect(open).toEqual([]);
  });

  it('does not run on a database whose integrity triggers are switched off', async () => {
    const dataDir = temp();
    await (await openDatabase({ dataDir })).close();
    const conf = path.join(dataDir, 'pglite', 'postgresql.auto.conf');
    expect(existsSync(conf)).toBe(true);
    appendFileSync(conf, "session_replication_role = 'replica'\n");
    await expect(openDatabase({ dataDir })).rejects.toThrow(/session_replication_role = replica.*nothing was opened/);
  });
});
