/** Migrations forward: a database at the previous migration, with representative data, migrates to the latest intact. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './connection.js';

describe('migrations forward', () => {
  it('are journalled in the order they were written: each newer than the one before, each with its file', () => {
    // The migrator applies only migrations newer than the last applied: one journalled out of order is skipped for good.
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const whens = journal.entries.map((e) => e.when);
    expect(whens).toEqual([...whens].sort((a, b) => a - b));
    expect(new Set(whens).size).toBe(whens.length);
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((e) => Number(e.tag.slice(0, 4))));
    for (const e of journal.entries) expect(() => readFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`))).not.toThrow();
  });

  it('data written at the previous migration survives the migration to the latest', async () => {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
    expect(journal.entries.length).toBeGreaterThan(1);
    const previous = mkdtempSync(path.join(os.tmpdir(), 'crescendo-mig-'));
    cpSync(MIGRATIONS_DIR, previous, { recursive: true });
    writeFileSync(path.join(previous, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
    const client = new PGlite();
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: previous });

    const ids = { org: randomUUID(), user: randomUUID(), client: randomUUID(), domain: randomUUID(), goal: randomUUID(), objective: randomUUID(), session: randomUUID(), point: randomUUID(), note: randomUUID() };
    await db.execute(sql`insert into organizations (id, name) values (${ids.org}, 'Old Clinic')`);
    await db.execute(sql`insert into users (id, organization_id, email, name, password_hash, roles) values (${ids.user}, ${ids.org}, 'old@clinic.example', 'Old Therapist', 'x', '{therapist}')`);
    await db.execute(sql`insert into clients (id, organization_id, first_name, last_name, setting, music_preferences) values (${ids.client}, ${ids.org}, 'Ada', 'Byrne', 'school', '{"genres":["folk"]}')`);
    await db.execute(sql`insert into goal_domains (id, organization_id, key, name, category) values (${ids.domain}, ${ids.org}, 'attention', 'Attention', 'cognitive')`);
    await db.execute(sql`insert into goals (id, organization_id, client_id, domain_id, statement) values (${ids.goal}, ${ids.org}, ${ids.client}, ${ids.domain}, 'Attend')`);
    await db.execute(sql`insert into objectives (id, organization_id, client_id, goal_id, statement, behaviour, measurement, criterion, direction) values (${ids.objective}, ${ids.org}, ${ids.client}, ${ids.goal}, 'Attends', 'attends', '{"type":"duration"}', '{"comparator":">=","value":60,"window":{"kind":"consecutive","sessions":3},"minSessions":3}', 'increase')`);
    await db.execute(sql`insert into sessions (id, organization_id, type, starts_at, duration_minutes, time_zone, local_date, setting, lead_therapist_id) values (${ids.session}, ${ids.org}, 'individual', now(), 30, 'UTC', current_date, 'school', ${ids.user})`);
    await db.execute(sql`insert into session_participants (organization_id, session_id, client_id) values (${ids.org}, ${ids.session}, ${ids.client})`);
    await db.execute(sql`insert into data_points (id, organization_id, session_id, client_id, objective_id, event, recorded_at, recorded_by) values (${ids.point}, ${ids.org}, ${ids.session}, ${ids.client}, ${ids.objective}, '{"kind":"duration","seconds":75}', now(), ${ids.user})`);
    await db.execute(sql`insert into notes (id, organization_id, session_id, client_id, format, sections, status, author_id, signed_by, signed_at, content_hash) values (${ids.note}, ${ids.org}, ${ids.session}, ${ids.client}, 'SOAP', '{"objective":"75 s"}', 'signed', ${ids.user}, ${ids.user}, now(), 'h')`);

    await db.execute(sql`insert into audit_log (organization_id, actor_id, action, entity_type, entity_id, client_id) values (${ids.org}, ${ids.user}, 'sign', 'note', ${ids.note}, ${ids.client}), (${ids.org}, ${ids.user}, 'read', 'client', ${ids.client}, ${ids.client})`);

    await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    // The trail written before the chain (0017) is linked, in the order it was written.
    const links = (await db.execute(sql`select count(*)::int n from audit_log a join audit_chain c on c.audit_id = a.id`)).rows[0] as { n: number };
    expect(links.n).toBe(2);
    const counts = (await db.execute(sql`select (select count(*) from clients)::int c, (select count(*) from data_points)::int d, (select sections->>'objective' from notes) n, (select music_preferences->'genres'->>0 from clients) g`)).rows[0] as Record<string, unknown>;
    expect(counts).toEqual({ c: 1, d: 1, n: '75 s', g: 'folk' });
    const refused = await db.execute(sql`update notes set sections = '{}' where id = ${ids.note}`).then(() => null, (e: Error & { cause?: Error }) => e.cause?.message ?? e.message);
    expect(refused).toMatch(/signed note/);
    await client.close();
    rmSync(previous, { recursive: true, force: true });
  });
});
