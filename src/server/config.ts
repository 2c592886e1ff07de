/** Where the data lives: PostgreSQL when DATABASE_URL is set, else embedded PGlite in CRESCENDO_DATA_DIR. */
import path from 'node:path';
import type { DatabaseTarget } from './db/connection.js';
import { loadBackupKey, type BackupKey } from './backup/signing.js';

export function databaseTarget(env = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: dataDir(env) };
}

export function dataDir(env = process.env): string {
  return path.resolve(env.CRESCENDO_DATA_DIR ?? './data');
}

/** The organization's backup key, from CRESCENDO_BACKUP_KEY_FILE (kept outside the data directory); none when unset. */
export function backupKey(env = process.env): BackupKey | null {
  const target = databaseTarget(env);
  return loadBackupKey(env.CRESCENDO_BACKUP_KEY_FILE, 'dataDir' in target ? target.dataDir : undefined);
}
