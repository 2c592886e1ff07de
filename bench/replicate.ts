/**
 * The large practice: the medium one (generated through the services) and copies of it, made in SQL
 * with new ids, until it has 5,000 clients. Generating 391k sessions through the services takes
 * about an hour of both cores (17 ms of CPU per session: Node 8, PostgreSQL 9), longer than a
 * benchmark run can spend; for the scaling curve what matters is that the reads of one therapist,
 * one client or one objective do not grow with the rows of everyone else, and copies are such rows.
 *
 * Every uuid (and uuid[]) column is mapped to md5(id/copy) except the organization, the shared
 * library, and the staff kept once (admin, director: the director supervises every copied team).
 * Each table is copied in one statement, parents before children (the backup's order), so a
 * statement reads only the original rows. The audit trail (and its chain) is not copied.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/connection.js';
import { BACKUP_TABLES } from '../src/server/backup/backup.js';
import type { GeneratedPractice } from './generate.js';

const SHARED = new Set(['organizations', 'goal_domains', 'interventions', 'audit_log', 'audit_chain']);

export async function replicatePractice(db: Db, meta: GeneratedPractice, copies: number): Promise<GeneratedPractice> {
  const keep = [meta.organizationId, meta.admin.id, meta.director.id];
  const library = (await db.execute(sql`select id from goal_domains union all select id from interventions`)) as unknown as { rows: { id: string }[] };
  keep.push(...library.rows.map((r) => r.id));
  if (!keep.every((id) => /^[0-9a-f-]{36}$/.test(id))) throw new Error('not uuids');
  const kept = `array[${keep.map((id) => `'${id}'::uuid`).join(', ')}]`;
  const map = (col: string) => `case when ${col} is null or ${col} = any(${kept}) then ${col} else md5(${col}::text || '/' || k)::uuid end`;
  for (const [table] of BACKUP_TABLES.filter(([name]) => !SHARED.has(name))) {
    const cols = ((await db.execute(sql`select column_name as name, udt_name as type from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`)) as unknown as { rows: { name: string; type: string }[] }).rows;
    const exprs = cols.map(({ name, type }) => {
      const c = `t.${name}`;
      if (type === 'uuid' && name !== 'organization_id') return map(c);
      if (type === '_uuid') return `array(select ${map('x')} from unnest(${c}) x)`;
      if (table === 'users' && name === 'email') return `replace(${c}, '@', '+' || k || '@')`;
      return c;
    });
    const only = table === 'users' ? `where not (t.id = any(${kept}))` : '';
    await db.execute(sql.raw(`insert into ${table} (${cols.map((c) => c.name).join(', ')}) select ${exprs.join(', ')} from ${table} t cross join generate_series(1, ${copies - 1}) k ${only}`));
  }
  await db.execute(sql`analyze`);
  const count = async (q: string) => Number(((await db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const large: GeneratedPractice = structuredClone(meta);
  large.size = 'large';
  large.counts = {
    clients: await count('select count(*) as n from clients'),
    objectives: await count('select count(*) as n from objectives'),
    sessions: await count('select count(*) as n from sessions'),
    groupSessions: await count(`select count(*) as n from sessions where type = 'group'`),
    dataPoints: await count('select count(*) as n from data_points'),
    notes: await count('select count(*) as n from notes where signed_at is not null'),
    ms: meta.counts.ms,
  };
  return large;
}
