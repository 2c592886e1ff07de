/**
 * Practices for the benchmark: generated once through the services (bench/generate.ts), kept as an
 * app backup (the lossless format of src/server/backup) plus a small description, and restored with
 * the app's own restoreBackup into a fresh database of each engine under test.
 *
 * The cache lives in bench/results/cache (git-ignored). Its key is GENERATOR_VERSION (bump it when
 * the generated records change), the size, the seed and the anchor date (the first of the month). A
 * backup restores into a newer schema as long as migrations only add; after one that drops or renames
 * a column, bump GENERATOR_VERSION. BENCH_REGENERATE=1 forces a new generation.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type Engine } from '../src/server/db/connection.js';
import { scratchPostgres } from '../src/server/testing/harness.js';
import { createBackup, restoreTables } from '../src/server/backup/backup.js';
import { mergeBackups, mergeMeta } from './merge.js';
import { anchorDate, BENCH_SEED, GENERATOR_VERSION, generatePractice, type GeneratedPractice, type SizeName } from './generate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = path.join(HERE, 'results', 'cache');

export interface EngineDatabase {
  engine: Engine;
  database: Database;
  /** PostgreSQL: the database URL; PGlite: the data directory. */
  url?: string;
  dataDir?: string;
  /** Closes the connection (PGlite: releases the directory for a server process). */
  close(): Promise<void>;
  /** Closes and removes the database. */
  drop(): Promise<void>;
}

export const pgAdminUrl = () => process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null;

/** A new, migrated, empty database: a PostgreSQL database of its own, or a PGlite data directory. */
export async function freshDatabase(engine: Engine, label: string): Promise<EngineDatabase> {
  if (engine === 'postgres') {
    const adminUrl = pgAdminUrl();
    if (!adminUrl) throw new Error('PostgreSQL needs TEST_DATABASE_URL or DATABASE_URL');
    const scratch = await scratchPostgres(adminUrl, `crescendo_bench_${label}`);
    const url = new URL(scratch.url);
    let open = true;
    const edb: EngineDatabase = {
      engine, database: await openDatabase({ url: url.toString() }), url: url.toString(),
      close: async () => {
        if (open) await edb.database.close();
        open = false;
      },
      drop: async () => {
        await edb.close();
        await scratch.drop();
      },
    };
    return edb;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `crescendo-bench-${label}-`));
  let open = true;
  const edb: EngineDatabase = {
    engine, database: await openDatabase({ dataDir }), dataDir,
    close: async () => {
      if (open) await edb.database.close();
      open = false;
    },
    drop: async () => {
      await edb.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return edb;
}

/** The PostgreSQL server's version and durability settings (a durable write waits for fsync only when both are on). */
export async function postgresSettings(): Promise<{ version: string; fsync: string; synchronousCommit: string } | null> {
  const adminUrl = pgAdminUrl();
  if (!adminUrl) return null;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    const show = async (name: string) => (await admin.query<Record<string, string>>(`show ${name}`)).rows[0]![name]!;
    return { version: await show('server_version'), fsync: await show('fsync'), synchronousCommit: await show('synchronous_commit') };
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Drops the benchmark's leftover PostgreSQL databases and PGlite directories of interrupted runs. */
export async function sweepLeftovers(): Promise<void> {
  for (const d of readdirSync(os.tmpdir())) if (d.startsWith('crescendo-bench-')) rmSync(path.join(os.tmpdir(), d), { recursive: true, force: true });
  const adminUrl = pgAdminUrl();
  if (!adminUrl) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'crescendo\\_bench\\_%'");
    for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
  } catch {
    /* no PostgreSQL: nothing to sweep */
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function cacheKey(size: SizeName, today: string): string {
  const h = createHash('sha256');
  h.update(`${GENERATOR_VERSION}/${size}/${BENCH_SEED}/${today}/${process.env.BENCH_LONG_SESSIONS ?? ''}`);
  return h.digest('hex').slice(0, 12);
}

export interface PracticeImage {
  meta: GeneratedPractice;
  /** App backups: one, or one per part when the practice was generated in parts (bench/merge.ts joins them). */
  backups: Buffer[];
  /** How it was obtained this run: generated (through the services), or read from the cache. */
  source: 'generated' | 'cache';
  generatedOn?: Engine;
  /** Parts generated at once, each in its own process (PGlite). */
  parts?: number;
  /** PostgreSQL: the database it was generated in (open; its measures use it, then drop it). */
  live?: EngineDatabase;
}

/** Processes generating a practice on PGlite at once: one per core (PGlite runs one statement at a time). */
const partsFor = () => Math.max(1, Number(process.env.BENCH_GENERATE_PARTS ?? Math.min(4, os.availableParallelism())));

/** The practice of a size: from the cache, or generated now on `engine` (and cached). */
export async function practiceImage(size: SizeName, engine: Engine, concurrency: number): Promise<PracticeImage> {
  const today = anchorDate();
  const key = cacheKey(size, today);
  const base = path.join(CACHE_DIR, `${size}-${key}`);
  if (process.env.BENCH_REGENERATE !== '1' && existsSync(`${base}.json`)) {
    const { meta, backups } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { meta: GeneratedPractice; backups: number };
    const files = Array.from({ length: backups }, (_, k) => `${base}.${k}.backup.gz`);
    if (files.every((f) => existsSync(f))) return { meta, backups: files.map((f) => readFileSync(f)), source: 'cache' };
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const f of readdirSync(CACHE_DIR)) if (f.startsWith(`${size}-`)) rmSync(path.join(CACHE_DIR, f), { force: true });
  const keep = (meta: GeneratedPractice, backups: Buffer[]) => {
    backups.forEach((b, k) => writeFileSync(`${base}.${k}.backup.gz`, b));
    writeFileSync(`${base}.json`, JSON.stringify({ meta, backups: backups.length }));
  };
  if (engine === 'pglite') {
    const parts = partsFor();
    const { meta, backups } = await generateInParts(size, today, parts, base);
    keep(meta, backups);
    return { meta, backups, source: 'generated', generatedOn: engine, parts };
  }
  const scratch = await freshDatabase(engine, `gen_${size}`);
  try {
    const meta = await generatePractice({ size, database: scratch.database, concurrency, today });
    const { bytes } = await createBackup(scratch.database);
    keep(meta, [bytes]);
    // Statistics, as a restore leaves them; PostgreSQL measures on this database.
    await scratch.database.db.execute(sql`analyze`);
    return { meta, backups: [bytes], source: 'generated', generatedOn: engine, live: scratch };
  } catch (e) {
    await scratch.drop();
    throw e;
  }
}

/** `parts` processes, each generating its share of the caseloads into its own in-memory PGlite and backing it up. */
async function generateInParts(size: SizeName, today: string, parts: number, base: string): Promise<{ meta: GeneratedPractice; backups: Buffer[] }> {
  const started = Date.now();
  const outs = Array.from({ length: parts }, (_, k) => `${base}.generating-${k}`);
  await Promise.all(outs.map((out, k) => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'generate-part.ts'), size, today, String(k), String(parts), out], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generating part ${k + 1} of ${parts} of the ${size} practice failed (exit ${code})`))));
  })));
  const metas = outs.map((out) => JSON.parse(readFileSync(`${out}.json`, 'utf8')) as GeneratedPractice);
  const backups = outs.map((out) => readFileSync(`${out}.gz`));
  for (const out of outs) for (const f of [`${out}.json`, `${out}.gz`]) rmSync(f, { force: true });
  return { meta: mergeMeta(metas, Date.now() - started), backups };
}

/** A fresh database of the engine holding the practice, restored by the app's restore (its backups joined first when generated in parts). */
export async function restorePractice(engine: Engine, image: PracticeImage): Promise<{ db: EngineDatabase; restoreMs: number; rows: number }> {
  const db = await freshDatabase(engine, image.meta.size);
  const t = performance.now();
  const { tables, version } = mergeBackups(image.backups);
  const rows = await restoreTables(db.database, tables, version);
  const restoreMs = performance.now() - t;
  // PostgreSQL's autovacuum analyzes a freshly loaded table within a minute; do it now rather than
  // measure plans made without statistics. PGlite runs no autovacuum, so it is left as an app's
  // store would be (see the report).
  if (engine === 'postgres') await db.database.db.execute(sql`analyze`);
  return { db, restoreMs, rows };
}
