/** A content hash of every clinical table (not the audit trail or sign-in state), computed in the database. */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { BACKUP_TABLES } from '../backup/backup.js';

const TABLES = BACKUP_TABLES.map(([name]) => name).filter((n) => n !== 'audit_log' && n !== 'audit_chain');

export async function clinicalHash(db: Db): Promise<string> {
  const parts = TABLES.map((t) => sql`(select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from ${sql.identifier(t)} x)`);
  const r = (await db.execute(sql`select md5(concat(${sql.join(parts, sql`, `)})) as h`)) as unknown as { rows: { h: string }[] };
  return r.rows[0]!.h;
}
