/**
 * npm run bench: figures, not assertions (see bench/README.md).
 *
 * For each engine (PGlite; PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set) and each practice
 * size (BENCH_SIZES, default small,medium; "large" adds the 5,000-client practice): the practice is
 * restored from its generated image (bench/practice.ts) into a fresh database, the in-process measures
 * run through app.inject (scenarios.ts), then on the main practice (medium) a real server process is
 * started on it and loaded by 50 simulated therapists (load.ts). Writes bench/results/latest.json and
 * latest.md and prints the table, each figure beside its target.
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import type { Engine } from '../src/server/db/connection.js';
import { generatePractice, SIZES, type GeneratedPractice, type SizeName } from './generate.js';
import { loadTest, type LoadResult } from './load.js';
import { freshDatabase, pgAdminUrl, postgresSettings, practiceImage, restorePractice, sweepLeftovers, type EngineDatabase, type PracticeImage } from './practice.js';
import { scalingTable, table, withTarget, type Row } from './report.js';
import { replicatePractice } from './replicate.js';
import { applyFloors, bulkMeasures, draftMeasure, readFloors, readMeasures, writeMeasures, type Bench } from './scenarios.js';
import { ROOT, startServer, type Target } from './server.js';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (m: string) => process.stderr.write(`[${elapsed()}] ${m}\n`);

function sizesWanted(): SizeName[] {
  const given = (process.env.BENCH_SIZES ?? 'small,medium').split(',').map((s) => s.trim()).filter(Boolean) as SizeName[];
  for (const s of given) if (!(s in SIZES)) throw new Error(`BENCH_SIZES: unknown size ${s} (small, medium, large)`);
  const list = given.length === 1 && given[0] === 'large' ? (['small', 'medium', 'large'] as SizeName[]) : given;
  return (['small', 'medium', 'large'] as SizeName[]).filter((s) => list.includes(s));
}

function enginesWanted(): Engine[] {
  const pgUrl = pgAdminUrl();
  const all: Engine[] = pgUrl ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.BENCH_ENGINES?.split(',').map((s) => s.trim());
  return only ? all.filter((e) => only.includes(e)) : all;
}

/** Start-up on an empty database: first boot (migrations, library) and restart. */
async function startupOnEmpty(engine: Engine, rows: Row[]) {
  let target: Target;
  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: pgAdminUrl()! });
    await admin.connect();
    const name = `crescendo_bench_boot_${Math.random().toString(36).slice(2, 10)}`;
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(pgAdminUrl()!);
    url.pathname = `/${name}`;
    target = { databaseUrl: url.toString() };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: pgAdminUrl()! });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crescendo-bench-boot-'));
    target = { dataDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const first = await startServer(target);
    await first.stop();
    const again = await startServer(target);
    await again.stop();
    rows.push({ engine, practice: 'empty', id: 'server.first-boot', what: 'server first boot on a fresh data dir / database (spawn → /api/health 200)', unit: 's', value: first.startSeconds });
    rows.push({ engine, practice: 'empty', id: 'server.restart', what: 'server restart (same data)', unit: 's', value: again.startSeconds });
  } finally {
    await cleanup();
  }
}

/** The practice in a fresh database of the engine: restored from its image, or generated right there (no image). */
/** The large practice: the medium one restored, then copied in SQL up to 5,000 clients (bench/replicate.ts). */
async function largeIn(engine: Engine, images: Map<SizeName, PracticeImage>, rows: Row[], metas: Map<SizeName, GeneratedPractice>) {
  const medium = images.get('medium') ?? (await practiceImage('medium', engine, Number(process.env.BENCH_GENERATE_CONCURRENCY ?? 3)));
  if (medium.live) await medium.live.drop();
  medium.live = undefined;
  log(`${engine} large: restoring the medium practice and copying it to ${SIZES.large.clients.toLocaleString('en')} clients`);
  const { db } = await restorePractice(engine, medium);
  const t = performance.now();
  const copies = Math.round(SIZES.large.clients / SIZES.medium.clients);
  const meta = await replicatePractice(db.database.db, medium.meta, copies);
  metas.set('large', meta);
  rows.push({ engine, practice: 'large', id: 'setup.generate', what: `the medium practice and ${copies - 1} copies of it made in SQL`, unit: 's', value: (performance.now() - t) / 1000, note: `${meta.counts.sessions.toLocaleString('en')} sessions, ${meta.counts.dataPoints.toLocaleString('en')} points` });
  return { db, meta };
}

async function practiceIn(engine: Engine, size: SizeName, image: PracticeImage | undefined, rows: Row[], metas: Map<SizeName, GeneratedPractice>) {
  // A PostgreSQL database is the same after generating as after a restore; a PGlite process that
  // generated a practice carries its memory and heap, so PGlite measures on a restored copy.
  if (image?.live?.engine === engine && engine === 'postgres') {
    const db = image.live;
    image.live = undefined;
    log(`${engine} ${size}: measuring in the database the practice was just generated in`);
    return { db, meta: image.meta };
  }
  if (image) {
    log(`${engine} ${size}: restoring the practice (restoreBackup)`);
    const { db, restoreMs, rows: restored } = await restorePractice(engine, image);
    rows.push({ engine, practice: size, id: 'setup.restore', what: 'restore of the practice (restoreBackup)', unit: 'rows/s', value: restored / (restoreMs / 1000), note: `${(restoreMs / 1000).toFixed(1)} s, ${restored.toLocaleString('en')} rows` });
    return { db, meta: image.meta };
  }
  log(`${engine} ${size}: generating the practice in place (no cached image)`);
  const db = await freshDatabase(engine, size);
  const meta = await generatePractice({ size, database: db.database, concurrency: engine === 'postgres' ? Number(process.env.BENCH_GENERATE_CONCURRENCY ?? 3) : 1 });
  if (engine === 'postgres') await db.database.db.execute(sql`analyze`);
  metas.set(size, meta);
  rows.push({ engine, practice: size, id: 'setup.generate', what: 'generation through the services', unit: 's', value: meta.counts.ms / 1000, note: `${meta.counts.sessions.toLocaleString('en')} sessions, ${meta.counts.dataPoints.toLocaleString('en')} points` });
  return { db, meta };
}

async function benchEngine(engine: Engine, sizes: SizeName[], main: SizeName, images: Map<SizeName, PracticeImage>, metas: Map<SizeName, GeneratedPractice>, rows: Row[], loads: Record<string, LoadResult>) {
  log(`${engine}: server start-up on an empty database`);
  await startupOnEmpty(engine, rows);
  for (const size of sizes) {
    const { db, meta } = size === 'large' ? await largeIn(engine, images, rows, metas) : await practiceIn(engine, size, images.get(size), rows, metas);
    try {
      // The setup's garbage (a restored backup is ~1 GB of objects) is collected now, not during a timed request.
      globalThis.gc?.();
      const app = await buildApp({ database: db.database, serveWeb: false });
      const b: Bench = { app, edb: db, meta, rows };
      log(`${engine} ${size}: reads`);
      await readMeasures(b);
      // Restores (and a practice just generated) are analyzed, as autovacuum would do on PostgreSQL.
      applyFloors(rows, engine, size, await readFloors(b));
      if (size === main) {
        log(`${engine} ${size}: writes`);
        await writeMeasures(b);
        log(`${engine} ${size}: note drafts`);
        await draftMeasure(b);
        log(`${engine} ${size}: FHIR export and backup`);
        await bulkMeasures(b);
      }
      await app.close();
      if (size === main) await serverMeasures(engine, size, db, meta, rows, loads);
    } finally {
      await db.drop();
    }
  }
}

/** A real server process on the practice: restart, load test, resident memory, restart again. */
async function serverMeasures(engine: Engine, size: SizeName, db: EngineDatabase, meta: GeneratedPractice, rows: Row[], loads: Record<string, LoadResult>) {
  await db.close();
  const target: Target = db.url ? { databaseUrl: db.url } : { dataDir: db.dataDir! };
  log(`${engine} ${size}: server on the practice, load test`);
  const server = await startServer(target);
  const atStart = server.rss();
  rows.push({ engine, practice: size, id: 'server.restart', what: `server restart on the ${size} practice`, note: engine === 'pglite' ? `daily backup due, written after listening; RSS ${atStart.rss?.toFixed(0)} MB, peak ${atStart.peak?.toFixed(0)} MB` : `RSS ${atStart.rss?.toFixed(0)} MB`, unit: 's', value: server.startSeconds });
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  let load: LoadResult;
  let mem: ReturnType<typeof server.rss> = { rss: null, peak: null };
  try {
    load = await loadTest(server.url, meta, seconds, Number(process.env.BENCH_LOAD_THERAPISTS ?? 50));
  } finally {
    mem = server.rss();
    await server.stop();
  }
  loads[engine] = load;
  const who = `${load.therapists} therapists${load.distinctTherapists < load.therapists ? ` (${load.distinctTherapists} accounts)` : ''}, ${load.seconds.toFixed(0)} s`;
  rows.push({ engine, practice: size, id: 'load.errors', what: `load: errors (${who}, real HTTP, one server process)`, unit: 'count', value: load.errors, note: load.errors ? `${load.requests.toLocaleString('en')} requests; ${load.errorSamples[0]}` : `${load.requests.toLocaleString('en')} requests` });
  rows.push({ engine, practice: size, id: 'load.taps', what: 'load: data points recorded (one tap per request)', unit: 'points/s', value: load.pointsPerSecond, ...load.tap });
  rows.push({ engine, practice: size, id: 'load.all', what: 'load: all requests (session, taps, progress)', unit: 'ms', median: load.all.median, p95: load.all.p95, note: `${load.requestsPerSecond.toFixed(0)} requests/s` });
  rows.push({ engine, practice: size, id: 'server.rss', what: 'server resident memory after the load', unit: 'MB', value: mem.rss, note: `peak ${mem.peak?.toFixed(0)} MB since start` });
  const again = await startServer(target);
  await again.stop();
  rows.push({ engine, practice: size, id: 'server.restart', what: `server restart on the ${size} practice`, note: engine === 'pglite' ? 'backup not due' : undefined, unit: 's', value: again.startSeconds });
}

/** Initial JavaScript of the web build: the scripts index.html loads, gzipped. */
function webSize(rows: Row[]) {
  const dir = path.join(ROOT, 'dist', 'web');
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    rows.push({ engine: '—', practice: '—', id: 'web.initial-js', what: 'initial JS of the web build, gzipped', unit: 'kB', value: null, note: 'not built' });
    return;
  }
  const html = readFileSync(index, 'utf8');
  const refs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const r of new Set(refs)) {
    const f = path.join(dir, r.replace(/^\//, ''));
    if (existsSync(f)) bytes += gzipSync(readFileSync(f)).length;
  }
  rows.push({ engine: '—', practice: '—', id: 'web.initial-js', what: 'initial JS of the web build, gzipped', unit: 'kB', value: bytes / 1024, note: `${refs.length} file(s) from dist/web/index.html` });
}

async function main() {
  const sizes = sizesWanted();
  const engines = enginesWanted();
  const main = sizes.includes('medium') ? 'medium' : sizes.at(-1)!;
  const load0 = os.loadavg();
  log(`engines ${engines.join(', ')}; practices ${sizes.join(', ')}; API timings through app.inject; load ${process.env.BENCH_LOAD_SECONDS ?? 30} s`);
  await sweepLeftovers();
  const images = new Map<SizeName, PracticeImage>();
  const metas = new Map<SizeName, GeneratedPractice>();
  const genEngine: Engine = engines.includes('postgres') ? 'postgres' : 'pglite';
  // The large practice is made from the medium one on each engine (largeIn).
  const image = async (size: SizeName) => {
    log(`${size}: practice image (cache or generate on ${genEngine})`);
    const img = await practiceImage(size, genEngine, Number(process.env.BENCH_GENERATE_CONCURRENCY ?? 3));
    images.set(size, img);
    metas.set(size, img.meta);
    const c = img.meta.counts;
    log(`${size}: ${img.source}${img.source === 'generated' ? ` in ${(c.ms / 1000).toFixed(0)} s on ${img.generatedOn}${img.parts ? ` (${img.parts} processes)` : ''}` : ''}: ${c.clients} clients, ${c.objectives} objectives, ${c.sessions} sessions (${c.groupSessions} group), ${c.dataPoints} data points, ${c.notes} notes`);
  };
  const cached = sizes.filter((s) => s !== 'large' && process.env.BENCH_CACHE !== '0');
  // PGlite generates in child processes: every practice at once keeps both cores busy to the end.
  if (genEngine === 'pglite') await Promise.all(cached.map(image));
  else for (const size of cached) await image(size);
  const rows: Row[] = [];
  const loads: Record<string, LoadResult> = {};
  for (const size of sizes) {
    const img = images.get(size);
    if (img?.source === 'generated')
      rows.push({ engine: img.generatedOn!, practice: size, id: 'setup.generate', what: 'generation through the services (cached afterwards)', unit: 's', value: img.meta.counts.ms / 1000, note: `${img.meta.counts.sessions.toLocaleString('en')} sessions, ${img.meta.counts.dataPoints.toLocaleString('en')} points${img.parts ? `, ${img.parts} processes` : ''}` });
  }
  for (const engine of engines) await benchEngine(engine, sizes, main, images, metas, rows, loads);
  webSize(rows);

  const final = rows.map(withTarget);
  const totalSeconds = (performance.now() - started) / 1000;
  const practices = Object.fromEntries(
    [...metas].map(([s, m]) => [s, { source: images.get(s)?.source ?? 'generated in place', ...m.counts, generationSteps: m.steps, dashboardClients: m.dashboard.clients, supervisorClients: m.bigTeam.clients, therapists: m.therapists.length, supervisors: m.supervisors.length }]),
  );
  const postgres = engines.includes('postgres') ? await postgresSettings() : null;
  const machine = { postgres, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), loadAverageAtStart: load0.map((x) => +x.toFixed(2)), loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(2)) };
  const config = { reps: Number(process.env.BENCH_REPS ?? 30), loadSeconds: Number(process.env.BENCH_LOAD_SECONDS ?? 30), sizes, engines, apiTimings: 'app.inject (in process); one data point also over a real socket' };
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify({ at: new Date().toISOString(), totalSeconds, machine, config, practices, rows: final, loads }, null, 2));
  const practiceLine = (s: string) => {
    const p = practices[s]!;
    if (!p) return `- **${s}**: —`;
    return `- **${s}**: ${p.clients} clients (dashboard therapist ${p.dashboardClients}, supervisor's team ${p.supervisorClients}), ${p.therapists} therapists, ${p.supervisors} supervisor${p.supervisors === 1 ? '' : 's'} + a director; ${p.objectives} objectives, ${p.sessions.toLocaleString('en')} sessions (${p.groupSessions} group), ${p.dataPoints.toLocaleString('en')} data points, ${p.notes.toLocaleString('en')} signed notes (${p.source === 'cache' ? 'restored from the cache of generated practices' : `generated in ${(p.ms / 1000).toFixed(0)} s`})`;
  };
  const md = [
    `# Crescendo benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Node ${machine.node}, ${machine.cpus} CPU (${machine.cpuModel}), ${machine.memoryGB} GB; load average ${machine.loadAverageAtStart.join(' / ')} at start, ${machine.loadAverageAtEnd.join(' / ')} at end. Whole run ${(totalSeconds / 60).toFixed(1)} min.${postgres ? ` PostgreSQL ${postgres.version} on the same machine (fsync ${postgres.fsync}, synchronous_commit ${postgres.synchronousCommit}).` : ''}`,
    `API timings through app.inject (in process, no socket); "one data point over a real socket" and the load test use real HTTP. Median and p95 over ${config.reps} runs (a third as many for outcomes, batches and drafts); the floor is the median of the raw SQL fetching (or inserting) the same rows in the same run; ratio = API median / floor.`,
    '',
    ...sizes.map(practiceLine),
    '',
    table(final),
    '',
    '## Scaling: the same reads as the practice grows',
    '',
    scalingTable(final, sizes),
    '',
  ].join('\n');
  writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.md'), md);
  process.stdout.write(`${md}\n`);
  log(`done in ${(totalSeconds / 60).toFixed(1)} min; bench/results/latest.md and latest.json written`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? (e as Error).message}\n`);
  process.exit(1);
});
