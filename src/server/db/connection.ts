/** Opens the database: embedded PGlite in a data directory (or memory), or PostgreSQL through node-postgres. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { copyStoreAside } from './safety.js';
import { secureDataDir } from './file-modes.js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

export interface PostgresTimeouts {
  /** Waiting for a connection: a new one to be made, or a busy pool to free one. */
  connectMs: number;
  /** One statement on the server, waits for locks included. */
  statementMs: number;
}

export type DatabaseTarget = { url: string; timeouts?: PostgresTimeouts } | { dataDir: string } | { memory: true };

const DEFAULT_TIMEOUTS: PostgresTimeouts = { connectMs: 5_000, statementMs: 30_000 };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) return openPostgres(target.url, target.timeouts ?? DEFAULT_TIMEOUTS);
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  // The database files live in a subdirectory, beside the lock file and the backups.
  const storeDir = 'dataDir' in target ? path.join(target.dataDir, 'pglite') : null;
  if (storeDir) {
    secureDataDir((target as { dataDir: string }).dataDir);
    refuseOtherMajor(storeDir, target as { dataDir: string });
  }
  let client = storeDir ? new PGlite(storeDir) : new PGlite();
  await client.waitReady;
  if (storeDir && 'dataDir' in target && (await pendingMigrations(client)) > 0) {
    await client.close();
    copyStoreAside(storeDir, target.dataDir);
    client = new PGlite(storeDir);
    await client.waitReady;
  }
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // PGlite has no autovacuum: without statistics the planner scans whole tables (measured by the bench).
  if (storeDir) await client.exec('analyze');
  await refuseTriggersOff(db as unknown as Db, () => client.close());
  return { db: db as unknown as Db, engine: 'pglite', close: () => client.close() };
}

/**
 * PostgreSQL through a pool whose every wait is bounded: a server that is down, or hangs, fails the
 * request (answered 503) instead of holding it. A statement that waits on the network longer than the
 * server's own limit (the server itself stalled) is abandoned by the client too. The pool replaces
 * broken connections, so service resumes by itself when the server is back.
 */
async function openPostgres(url: string, timeouts: PostgresTimeouts): Promise<Database> {
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // Migrations may rewrite large tables: they run on their own connection, without the statement limit.
  const migrator = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: timeouts.connectMs });
  try {
    await migrate(drizzle(migrator, { schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await migrator.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.CRESCENDO_PG_POOL ?? 10),
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.statementMs + timeouts.connectMs,
    // Every connection speaks UTC, so instants read the same on every engine and server.
    options: '-c TimeZone=UTC',
  });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  const db = drizzle(pool, { schema }) as unknown as Db;
  await refuseTriggersOff(db, () => pool.end());
  return { db, engine: 'postgres', close: () => pool.end() };
}

/**
 * With session_replication_role = replica (a line in postgresql.auto.conf, or a role's setting) the
 * database fires no ordinary trigger: signed notes, signed data and the audit trail would be open to
 * change. Crescendo does not run on such a database.
 */
async function refuseTriggersOff(db: Db, close: () => Promise<void>) {
  const result = (await db.execute(sql`select current_setting('session_replication_role') as role`)) as unknown as { rows: { role: string }[] };
  const role = result.rows[0]?.role;
  if (role === 'origin') return;
  await close();
  throw new Error(
    `the database runs with session_replication_role = ${role}, which switches off the protections of signed notes and of the audit trail; nothing was opened. ` +
      `Remove that setting (postgresql.auto.conf in the data directory, or ALTER ROLE … RESET session_replication_role on PostgreSQL) and find out who set it`,
  );
}

/** The PostgreSQL major version of the embedded engine (PGlite 0.5: PostgreSQL 18). */
export const EMBEDDED_PG_MAJOR = '18';

/**
 * A store written by another PostgreSQL major cannot be opened in place (the files differ); the
 * data moves through a backup, which is engine- and version-independent JSON.
 */
function refuseOtherMajor(storeDir: string, target: { dataDir: string }) {
  const file = path.join(storeDir, 'PG_VERSION');
  if (!existsSync(file)) return;
  const major = readFileSync(file, 'utf8').trim();
  if (major === EMBEDDED_PG_MAJOR) return;
  throw new Error(
    `the database in ${storeDir} was written by embedded PostgreSQL ${major}; this version of Crescendo uses PostgreSQL ${EMBEDDED_PG_MAJOR}. ` +
      `Nothing was changed. Move the data over with a backup: restore the newest file of ${path.join(target.dataDir, 'backups')} ` +
      `(or one written by the previous version with "backup --out FILE") into a new, empty data directory with "restore --in FILE".`,
  );
}

/** Migrations not yet applied to an existing store (0 for a new, empty one). */
async function pendingMigrations(client: { query: (q: string) => Promise<{ rows: unknown[] }> }): Promise<number> {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  try {
    const r = await client.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    const applied = (r.rows[0] as { n: number }).n;
    return applied === 0 ? 0 : journal.entries.length - applied;
  } catch {
    return 0;
  }
}
