/**
 * npm run bench: figures, not assertions. Each read is reported as median and p95 over repeated
 * runs and as a ratio to the raw SQL query that fetches the same rows in the same run.
 * Engines: PGlite in memory, and PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { startPractice, type Practice } from '../src/server/testing/harness.js';
import { clientWithPlan, expectOk, trial } from '../src/server/testing/fixtures.js';
import type { Engine } from '../src/server/db/connection.js';

const REPS = Number(process.env.BENCH_REPS ?? 30);
interface Row { engine: Engine; what: string; median: number; p95: number; floor: number | null }

async function time(fn: () => Promise<unknown>, reps = REPS) {
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    await fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, p95: t[Math.min(t.length - 1, Math.ceil(t.length * 0.95) - 1)]! };
}

/** An objective with `sessions` weekly sessions of 10 trials each, written straight through the data-point service path. */
async function longObjective(p: Practice, sessions: number) {
  const t1 = p.users.therapist1.api;
  const a = await clientWithPlan(t1);
  for (let i = 0; i < sessions; i += 1) {
    const startsAt = new Date(Date.now() - (sessions - i) * 86_400_000).toISOString();
    const s = await expectOk(t1.post('/api/v1/sessions', { id: randomUUID(), type: 'individual', startsAt, durationMinutes: 30, setting: 'school', participants: [{ clientId: a.client.id, attendance: 'present' }] }), 201);
    const pts = Array.from({ length: 10 }, (_, k) => ({ ...trial(a.client.id, a.trials.id, k < 5 + (i % 5) ? 'success' : 'failure'), recordedAt: startsAt }));
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
  }
  return a;
}

async function benchEngine(engine: Engine): Promise<Row[]> {
  const rows: Row[] = [];
  const p = await startPractice(engine);
  const t1 = p.users.therapist1.api;
  const floorOf = async (q: ReturnType<typeof sql>) => (await time(() => p.database.db.execute(q))).median;

  const a = await clientWithPlan(t1);
  const s = await expectOk(t1.post('/api/v1/sessions', { id: randomUUID(), type: 'individual', startsAt: new Date(Date.now() - 3600_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId: a.client.id, attendance: 'present' }] }), 201);
  const one = await time(() => t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success')));
  rows.push({ engine, what: 'record one data point (API, durable)', ...one, floor: null });
  const batch = await time(() => t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: Array.from({ length: 50 }, () => trial(a.client.id, a.trials.id, 'success')) }), 10);
  rows.push({ engine, what: 'record a batch of 50', ...batch, floor: null });

  for (let i = 0; i < 39; i++) await clientWithPlan(t1, { firstName: `C${i}` });
  const caseload = await time(() => t1.get('/api/v1/clients?limit=50'));
  rows.push({ engine, what: 'caseload list, 40 clients', ...caseload, floor: await floorOf(sql`select c.* from clients c join care_team ct on ct.client_id = c.id where ct.user_id = ${p.users.therapist1.id}::uuid order by c.last_name limit 50`) });
  const outcomes = await time(() => t1.get('/api/v1/outcomes'), 10);
  rows.push({ engine, what: 'caseload outcomes, 40 clients', ...outcomes, floor: await floorOf(sql`select o.*, dp.* from objectives o join care_team ct on ct.client_id = o.client_id left join data_points dp on dp.objective_id = o.id where ct.user_id = ${p.users.therapist1.id}::uuid`) });

  const long = await longObjective(p, Number(process.env.BENCH_SESSIONS ?? 1000));
  const progress = await time(() => t1.get(`/api/v1/objectives/${long.trials.id}/progress`), 10);
  rows.push({ engine, what: 'progress of one objective, 1,000 sessions', ...progress, floor: await floorOf(sql`select dp.event, s.local_date from data_points dp join sessions s on s.id = dp.session_id where dp.objective_id = ${long.trials.id}::uuid`) });
  await p.close();
  return rows;
}

async function main() {
  const engines: Engine[] = ['pglite'];
  if (process.env.DATABASE_URL || process.env.TEST_DATABASE_URL) {
    process.env.TEST_DATABASE_URL ??= process.env.DATABASE_URL;
    engines.push('postgres');
  }
  const rows: Row[] = [];
  for (const e of engines) {
    process.stdout.write(`benchmarking ${e}…\n`);
    rows.push(...(await benchEngine(e)));
  }
  const f = (n: number) => n.toFixed(1);
  const md = [
    '| engine | measure | median ms | p95 ms | raw SQL floor ms | ratio to floor |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.engine} | ${r.what} | ${f(r.median)} | ${f(r.p95)} | ${r.floor === null ? '—' : f(r.floor)} | ${r.floor ? f(r.median / r.floor) : '—'} |`),
  ].join('\n');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2));
  writeFileSync('bench/results/latest.md', `${md}\n`);
  process.stdout.write(`${md}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).message}\n`);
  process.exit(1);
});
