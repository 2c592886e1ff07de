/** Where the data lives: PostgreSQL when DATABASE_URL is set, else embedded PGlite in CRESCENDO_DATA_DIR. */
import path from 'node:path';
import type { DatabaseTarget, PostgresTimeouts } from './db/connection.js';
import { loadBackupKey, type BackupKey } from './backup/signing.js';

export function databaseTarget(env = process.env): DatabaseTarget {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, timeouts: postgresTimeouts(env) };
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

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * How long a request waits for PostgreSQL before it is answered 503: to get a connection
 * (CRESCENDO_PG_CONNECT_TIMEOUT_MS, 5 s) and for one statement, lock waits included
 * (CRESCENDO_PG_STATEMENT_TIMEOUT_MS, 30 s). Migrations at start are not limited.
 */
export function postgresTimeouts(env = process.env): PostgresTimeouts {
  return {
    connectMs: positive(env.CRESCENDO_PG_CONNECT_TIMEOUT_MS, 5_000),
    statementMs: positive(env.CRESCENDO_PG_STATEMENT_TIMEOUT_MS, 30_000),
  };
}

/**
 * How many reverse proxies in front of Crescendo are trusted (CRESCENDO_TRUST_PROXY, a whole number of
 * hops; 0 or unset: none). The client's address is taken that many hops from the right of
 * X-Forwarded-For, so entries a client writes on the left are never believed.
 */
export function trustedProxyHops(env = process.env): number {
  const value = env.CRESCENDO_TRUST_PROXY;
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,2}$/.test(value.trim()))
    throw new Error(`CRESCENDO_TRUST_PROXY must be the number of reverse proxies in front of Crescendo (0, 1, 2, …), not ${JSON.stringify(value)}`);
  return Number(value.trim());
}

/** Where recordings' audio is kept: CRESCENDO_RECORDINGS_DIR, else `recordings` in the data directory (on PostgreSQL too). */
export function recordingsDir(env = process.env): string {
  return path.resolve(env.CRESCENDO_RECORDINGS_DIR ?? path.join(dataDir(env), 'recordings'));
}

/** The largest recording accepted, in bytes (CRESCENDO_RECORDING_MAX_BYTES; 200 MiB, about 7 hours of Opus at 64 kbit/s). */
export function recordingMaxBytes(env = process.env): number {
  return positive(env.CRESCENDO_RECORDING_MAX_BYTES, 200 * 1024 * 1024);
}
