/**
 * Lossless backup and restore. Format (version 1): gzip of one JSON document
 * `{ format: "crescendo-backup", version, createdAt, engine, sha256, tables: { <table>: rows[] } }`,
 * where sha256 is over the canonical JSON of `tables`. Sign-in sessions and throttling counters are
 * not part of a backup. Restore goes only into an empty database, in one transaction.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { asc, getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../db/connection.js';
import * as s from '../db/schema.js';
import { canonical } from '../../domain/canonical.js';

export const BACKUP_FORMAT = 'crescendo-backup';
export const BACKUP_VERSION = 1;

/** In foreign-key order: a table comes after every table it references. */
export const BACKUP_TABLES: [string, PgTable][] = [
  ['organizations', s.organizations], ['users', s.users], ['supervision', s.supervision], ['clients', s.clients], ['care_team', s.careTeam],
  ['assessments', s.assessments], ['goal_domains', s.goalDomains], ['goals', s.goals], ['objectives', s.objectives], ['phases', s.phases],
  ['interventions', s.interventions], ['treatment_plans', s.treatmentPlans], ['plan_links', s.planLinks], ['sessions', s.sessions],
  ['session_participants', s.sessionParticipants], ['delivered_interventions', s.deliveredInterventions], ['data_points', s.dataPoints],
  ['notes', s.notes], ['addenda', s.addenda], ['audit_log', s.auditLog],
];

type Rows = Record<string, unknown>[];

/** Instants normalized to ISO 8601 UTC so both engines write the same text. */
function normalize(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(v) ? new Date(v).toISOString() : v;
  return out;
}

/** Rows read per statement: the embedded engine's memory grows to its largest result and stays there. */
const PAGE = 5_000;

/** The primary-key columns of a table, for reading it page by page in key order. */
function keyOf(table: PgTable): PgColumn[] {
  const config = getTableConfig(table);
  const single = config.columns.filter((c) => c.primary);
  return single.length ? single : (config.primaryKeys[0]?.columns ?? []);
}

/** Every row of a table, a page at a time (keyset pagination on the primary key). */
async function readTable(db: Db, table: PgTable, pageSize: number): Promise<Rows> {
  const key = keyOf(table);
  if (key.length === 0) return (await db.select().from(table)) as Rows;
  const rows: Rows = [];
  let after: unknown[] | null = null;
  for (;;) {
    const page = (await db
      .select()
      .from(table)
      .where(after ? sql`(${sql.join(key, sql`, `)}) > (${sql.join(after.map((v) => sql`${v}`), sql`, `)})` : undefined)
      .orderBy(...key.map((c) => asc(c)))
      .limit(pageSize)) as Rows;
    rows.push(...page);
    if (page.length < pageSize) return rows;
    const last = page.at(-1)!;
    const fields = Object.entries(getTableColumns(table));
    after = key.map((c) => last[fields.find(([, col]) => col.name === c.name)![0]]);
  }
}

/** Every table, from one snapshot (a backup taken while the app runs is consistent). */
export async function readTables(db: Db, pageSize = PAGE): Promise<Record<string, Rows>> {
  const tables: Record<string, Rows> = {};
  await db.transaction(
    async (txRaw) => {
      const tx = txRaw as unknown as Db;
      for (const [name, table] of BACKUP_TABLES) {
        const rows = (await readTable(tx, table, pageSize)).map(normalize);
        tables[name] = rows.map((r) => [canonical(r), r] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return tables;
}

export const tablesHash = (tables: Record<string, Rows>) => createHash('sha256').update(canonical(tables)).digest('hex');

export async function createBackup(database: Database): Promise<{ bytes: Buffer; sha256: string; rows: number }> {
  const tables = await readTables(database.db);
  const sha256 = tablesHash(tables);
  const doc = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), engine: database.engine, sha256, tables };
  const rows = Object.values(tables).reduce((n, r) => n + r.length, 0);
  return { bytes: gzipSync(JSON.stringify(doc)), sha256, rows };
}

export class BackupRefused extends Error {}

export function parseBackup(bytes: Buffer): { tables: Record<string, Rows>; sha256: string } {
  let doc: { format?: string; version?: number; sha256?: string; tables?: Record<string, Rows> };
  try {
    doc = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch {
    throw new BackupRefused('the file is not a readable Crescendo backup (damaged or not gzip JSON)');
  }
  if (doc.format !== BACKUP_FORMAT) throw new BackupRefused('the file is not a Crescendo backup');
  if (typeof doc.version !== 'number' || doc.version > BACKUP_VERSION)
    throw new BackupRefused(`the backup has format version ${String(doc.version)}, newer than this Crescendo reads (${BACKUP_VERSION}); upgrade Crescendo first`);
  if (!doc.tables || tablesHash(doc.tables) !== doc.sha256) throw new BackupRefused('the backup is damaged: its content does not match its checksum');
  return { tables: doc.tables, sha256: doc.sha256! };
}

export async function restoreBackup(database: Database, bytes: Buffer): Promise<{ rows: number; sha256: string }> {
  const { tables, sha256 } = parseBackup(bytes);
  let rows = 0;
  await database.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const result = (await tx.execute(sql`select (select count(*) from users) + (select count(*) from organizations) as n`)) as unknown as { rows: { n: number }[] };
    const n = result.rows[0]?.n ?? 0;
    if (Number(n) > 0) throw new BackupRefused('the target database is not empty; restore only into a new data directory or an empty database');
    for (const [name, table] of BACKUP_TABLES) {
      const list = tables[name] ?? [];
      for (let i = 0; i < list.length; i += 500) await tx.insert(table).values(list.slice(i, i + 500) as never);
      rows += list.length;
    }
    await tx.execute(sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce((select max(id) from audit_log), 0) + 1, false)`);
  });
  // Fresh statistics for the planner (PGlite has no autovacuum to gather them).
  await database.db.execute(sql`analyze`);
  return { rows, sha256 };
}
