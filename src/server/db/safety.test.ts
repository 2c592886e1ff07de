import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from './connection.js';
import { backupsDir, integrityCheck, rotateBackups } from './safety.js';
import { parseBackup } from '../backup/backup.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'crescendo-safety-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('PGlite safety net', () => {
  it('refuses a store written by another PostgreSQL major, names the way over, and changes nothing', async () => {
    const dataDir = temp();
    const store = path.join(dataDir, 'pglite');
    const first = await openDatabase({ dataDir });
    await first.close();
    writeFileSync(path.join(store, 'PG_VERSION'), '17\n');
    const before = readdirSync(store).sort();
    await expect(openDatabase({ dataDir })).rejects.toThrow(/written by embedded PostgreSQL 17.*restore --in FILE/);
    expect(readdirSync(store).sort()).toEqual(before);
    expect(readFileSync(path.join(store, 'PG_VERSION'), 'utf8')).toBe('17\n');
  });

  it('keeps the newest N verified daily backups', async () => {
    const dataDir = temp();
    const database = await openDatabase({ dataDir });
    await integrityCheck(database.db);
    process.env.CRESCENDO_BACKUPS_KEEP = '3';
    const t0 = Date.now();
    const written = [];
    for (let day = 0; day < 5; day++) written.push(await rotateBackups(database, dataDir, new Date(t0 + day * 2 * 86_400_000)));
    expect(written.every(Boolean)).toBe(true);
    expect(await rotateBackups(database, dataDir, new Date(t0 + 8 * 86_400_000 + 1000))).toBeNull();
    const files = readdirSync(backupsDir(dataDir));
    expect(files).toHaveLength(3);
    for (const f of files) expect(() => parseBackup(readFileSync(path.join(backupsDir(dataDir), f)), { allowUnsigned: true })).not.toThrow();
    delete process.env.CRESCENDO_BACKUPS_KEEP;
    await database.close();
  });

  it('copies the store aside before migrating an existing database', async () => {
    const dataDir = temp();
    const previous = temp();
    cpSync(MIGRATIONS_DIR, previous, { recursive: true });
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
    writeFileSync(path.join(previous, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
    const old = new PGlite(path.join(dataDir, 'pglite'));
    await migrate(drizzle(old), { migrationsFolder: previous });
    await old.close();
    const database = await openDatabase({ dataDir });
    const aside = readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('pre-migration-'));
    expect(aside).toHaveLength(1);
    expect(existsSync(path.join(backupsDir(dataDir), aside[0]!, 'PG_VERSION'))).toBe(true);
    await database.close();
    const again = await openDatabase({ dataDir });
    expect(readdirSync(backupsDir(dataDir)).filter((f) => f.startsWith('pre-migration-'))).toHaveLength(1);
    await again.close();
  });
});
