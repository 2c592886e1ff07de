import fc from 'fast-check';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { engines, startPractice, testDatabase } from '../testing/harness.js';
import { expectOk, id, makeWorld } from '../testing/fixtures.js';
import { BACKUP_TABLES, createBackup, parseBackup, readTables, writeTables, type Rows } from './backup.js';

/** Free text of every kind, and text that begins with what looks like an instant (the values that were rewritten or refused). */
const noNul = (s: string) => !s.includes('\u0000');
const freeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom('2026-03-02 14:30:00', '2026-03-02T14:30:00', '2026-03-02 14:30:00.123456+00', '1999-12-31 23:59:59Z', '2026-13-45 99:99:99'), fc.string({ unit: 'binary', maxLength: 20 })).map(([a, b]) => a + b),
  fc.constantFrom('2026-03-02 14:30:00', '2026-03-02 14:30:00 called the parent about the schedule', ' 2026-03-02 14:30:00', 'infinity'),
).filter(noNul);

const UNIQUE = new Set(['users.email', 'goal_domains.key', 'interventions.key']);

/** Every text and text[] column of every table, by field name. */
const TEXT_COLUMNS = BACKUP_TABLES.map(([name, table]) => [
  name,
  Object.entries(getTableColumns(table)).filter(([, c]) => c.getSQLType() === 'text' || c.getSQLType() === 'text[]').map(([f, c]) => [f, c.getSQLType() === 'text[]'] as const),
] as const);

describe.each(engines())('backup of free text on %s', (engine) => {
  it('every text column keeps arbitrary strings through backup → restore → backup, timestamp-like ones included', async () => {
    const p = await startPractice(engine);
    const t1 = p.users.therapist1.api;
    const w = await makeWorld(t1);
    await expectOk(t1.post(`/api/v1/notes/${w.signedNoteId}/addenda`, { id: id(), text: 'late entry', reason: 'forgot' }), 201);
    const base = await readTables(p.database.db);
    await p.close();
    const varied = TEXT_COLUMNS.filter(([name, cols]) => cols.length > 0 && (base[name]?.length ?? 0) > 0).map(([name]) => name);
    expect(varied).toEqual(expect.arrayContaining(['clients', 'goals', 'objectives', 'sessions', 'delivered_interventions', 'notes', 'addenda', 'assessments', 'audit_log']));

    await fc.assert(
      fc.asyncProperty(fc.array(freeText, { minLength: 64, maxLength: 64 }), async (texts) => {
        let k = 0;
        const next = () => texts[k++ % texts.length]!;
        const tables: Record<string, Rows> = {};
        for (const [name, cols] of TEXT_COLUMNS) {
          tables[name] = (base[name] ?? []).map((row) => {
            const out = { ...row };
            for (const [field, isArray] of cols) {
              if (out[field] === null || out[field] === undefined) continue;
              // Columns under a unique index (email, library keys) keep the generated prefix and stay distinct.
              out[field] = isArray ? [next(), next()] : UNIQUE.has(`${name}.${field}`) ? `${next()} #${k}` : next();
            }
            return out;
          });
        }
        const fresh = await testDatabase(engine);
        try {
          await writeTables(fresh, tables);
          const backup = await createBackup(fresh);
          const back = parseBackup(backup.bytes, { allowUnsigned: true }).tables;
          for (const [name, cols] of TEXT_COLUMNS) {
            const key = (r: Record<string, unknown>) => JSON.stringify(cols.map(([f]) => r[f]));
            expect(back[name]!.map(key).sort(), name).toEqual(tables[name]!.map(key).sort());
          }
        } finally {
          await fresh.close();
        }
      }),
      { numRuns: 3 },
    );
  }, 600_000);
});
