/**
 * PGlite safety net. PGlite does not fsync like a PostgreSQL server, so on a laptop Crescendo keeps
 * verified rotating backups in <data dir>/backups (at start when the newest is older than a day,
 * then daily; N kept), copies the database files aside before applying migrations, and checks at
 * start that every table can be read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, Db } from './connection.js';
import { BACKUP_TABLES, createBackup } from '../backup/backup.js';
import type { BackupKey } from '../backup/signing.js';
import type { RecordingStore } from '../recordings/store.js';

const DAY = 86_400_000;
export const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');
const keep = () => Math.max(1, Number(process.env.CRESCENDO_BACKUPS_KEEP ?? 7));

/** Every table answers a query; a damaged store fails here, at start, with the table named. */
export async function integrityCheck(db: Db): Promise<void> {
  for (const [name] of BACKUP_TABLES) {
    try {
      await db.execute(sql`select count(*) from ${sql.identifier(name)}`);
    } catch (err) {
      throw new Error(`the database failed its start-up check on table ${name}: ${(err as Error).message}; restore the newest file in backups/`);
    }
  }
}

/** The instant in a backup's file name: crescendo-20261127T101500Z.json.gz. */
function takenAt(file: string): number {
  const m = /^crescendo-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(file);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : 0;
}

function backupFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^crescendo-\d{8}T\d{6}Z\.json\.gz$/.test(f)).sort();
}

/** Writes a verified backup when the newest is older than a day; keeps the newest N. Returns the file written, if any. */
export async function rotateBackups(database: Database, dataDir: string, now = new Date(), key: BackupKey | null = null, store: RecordingStore | null = null): Promise<string | null> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = backupFiles(dir);
  const newest = files.at(-1);
  if (newest && now.getTime() - takenAt(newest) < DAY) return null;
  const { bytes } = await createBackup(database, key, store);
  const name = `crescendo-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.json.gz`;
  const tmp = path.join(dir, `${name}.partial`);
  await writeFile(tmp, bytes, { mode: 0o600 });
  // The document is valid by construction; what is checked is that the disk holds what was written.
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  if (sha(await readFile(tmp)) !== sha(bytes)) throw new Error(`the backup ${tmp} does not read back as written; the disk may be failing`);
  renameSync(tmp, path.join(dir, name));
  for (const old of backupFiles(dir).slice(0, -keep())) rmSync(path.join(dir, old), { force: true });
  return name;
}

/** Before migrations change an existing store, its files are copied aside as they were. */
export function copyStoreAside(storeDir: string, dataDir: string, now = new Date()): string {
  const target = path.join(backupsDir(dataDir), `pre-migration-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`);
  mkdirSync(backupsDir(dataDir), { recursive: true, mode: 0o700 });
  cpSync(storeDir, target, { recursive: true });
  return target;
}
