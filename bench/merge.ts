/**
 * Joins practices generated in parts (bench/generate-part.ts): their backups hold the same
 * organization, staff and library (seeded ids) and disjoint caseloads. Rows are joined by primary
 * key; a key seen in two parts must be the same row (apart from the moments it was written and the
 * password hashes, salted per part), except the audit trail's serial ids, which later parts continue.
 * The parts' audit chains do not join (each began on its own), so the joined trail is restored as a
 * backup from before the chain (format 1) and linked as it is restored.
 */
import { canonical } from '../src/domain/canonical.js';
import { BACKUP_TABLES, keyFieldsOf, parseBackup, tablesOfVersion, type Rows } from '../src/server/backup/backup.js';
import type { GeneratedPractice } from './generate.js';

const PER_PART = new Set(['passwordHash', 'createdAt', 'updatedAt']);
const comparable = (row: Record<string, unknown>) => canonical(Object.fromEntries(Object.entries(row).filter(([k]) => !PER_PART.has(k))));

export function mergeBackups(backups: Buffer[]): { tables: Record<string, Rows>; version: number } {
  const read = backups.map((b) => parseBackup(b, { allowUnsigned: true }));
  if (read.length === 1) return { tables: read[0]!.tables, version: read[0]!.version };
  const parts = read.map((r) => r.tables);
  const merged: Record<string, Rows> = {};
  for (const [name, table] of BACKUP_TABLES) {
    if (name === 'audit_chain') continue;
    if (name === 'audit_log') {
      const rows: Rows = [];
      let offset = 0;
      for (const p of parts) {
        const own = p[name] ?? [];
        for (const r of own) rows.push({ ...r, id: (r.id as number) + offset });
        offset += own.reduce((m, r) => Math.max(m, r.id as number), 0);
      }
      merged[name] = rows;
      continue;
    }
    const keys = keyFieldsOf(table);
    if (keys.length === 0) throw new Error(`table ${name} has no primary key to merge on`);
    const seen = new Map<string, Record<string, unknown>>();
    const rows: Rows = [];
    for (const p of parts) {
      for (const r of p[name] ?? []) {
        const key = keys.map((k) => String(r[k])).join('\u0000');
        const before = seen.get(key);
        if (!before) {
          seen.set(key, r);
          rows.push(r);
        } else if (comparable(before) !== comparable(r)) {
          throw new Error(`parts disagree on ${name} ${key}`);
        }
      }
    }
    merged[name] = rows;
  }
  // Format 1 has no tables that came later; the bench writes none of them.
  const inFormat1 = new Set(tablesOfVersion(1));
  for (const name of Object.keys(merged))
    if (!inFormat1.has(name)) {
      if (merged[name]!.length) throw new Error(`table ${name} has rows, which a backup of format 1 cannot hold`);
      delete merged[name];
    }
  return { tables: merged, version: 1 };
}

/** The description of the whole practice from its parts' descriptions. */
export function mergeMeta(metas: GeneratedPractice[], ms: number): GeneratedPractice {
  const [first, ...rest] = metas;
  if (!first) throw new Error('no parts');
  const m: GeneratedPractice = structuredClone(first);
  for (const p of rest) {
    for (const [client, objs] of Object.entries(p.objectives)) if (objs.length) m.objectives[client] = objs;
    m.unwritten.push(...p.unwritten);
    if (p.long.objectiveId) m.long.objectiveId = p.long.objectiveId;
    for (const k of Object.keys(m.counts) as (keyof GeneratedPractice['counts'])[]) m.counts[k] += p.counts[k];
    for (const [step, s] of Object.entries(p.steps)) {
      const a = m.steps[step] ?? { n: 0, meanMs: 0, totalS: 0 };
      const n = a.n + s.n;
      m.steps[step] = { n, totalS: a.totalS + s.totalS, meanMs: ((a.totalS + s.totalS) * 1000) / n };
    }
  }
  m.counts.ms = ms;
  return m;
}
