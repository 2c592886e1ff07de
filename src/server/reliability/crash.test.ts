/**
 * Crash safety: the real server, bursts of single and batched data points, SIGKILL at random
 * moments, restart. Every acknowledged write must be present exactly once and no batch half-stored.
 * On PGlite the killed process leaves its lock file behind; the next start must recover by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines, PASSWORD, scratchPostgres } from '../testing/harness.js';
import { seeded } from '../../cli/demo/stories.js';

const CYCLES = Number(process.env.CRASH_CYCLES ?? 10);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

interface Server { proc: ChildProcess; url: string; output: () => string }

async function start(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, ...env, PORT: String(port), CRESCENDO_LOG: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${out}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { proc, url, output: () => out };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not start: ${out}`);
}

const kill = (s: Server) =>
  new Promise<void>((resolve) => {
    if (s.proc.exitCode !== null || s.proc.signalCode) return resolve();
    s.proc.once('exit', () => resolve());
    s.proc.kill('SIGKILL');
  });

async function call(url: string, cookie: string, method: string, body?: unknown) {
  const r = await fetch(url, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: await r.json().catch(() => null), cookie: r.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

async function prepare(base: string) {
  const setup = await call(`${base}/api/v1/setup`, '', 'POST', { organizationName: 'Crash Clinic', name: 'Casey Clinician', email: 'casey@crash.example', password: PASSWORD });
  expect(setup.status).toBe(201);
  const cookie = setup.cookie;
  const client = await call(`${base}/api/v1/clients`, cookie, 'POST', { id: randomUUID(), firstName: 'Noor', lastName: 'Haddad', setting: 'school', status: 'active' });
  const domains = await call(`${base}/api/v1/goal-domains`, cookie, 'GET');
  const goal = await call(`${base}/api/v1/clients/${client.body.id}/goals`, cookie, 'POST', { id: randomUUID(), domainId: domains.body.items[0].id, statement: 'Turn taking' });
  const objective = await call(`${base}/api/v1/goals/${goal.body.id}/objectives`, cookie, 'POST', {
    id: randomUUID(), statement: 'Takes a turn', behaviour: 'turn', measurement: { type: 'trials' },
    criterion: { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active',
  });
  const session = await call(`${base}/api/v1/sessions`, cookie, 'POST', { id: randomUUID(), type: 'individual', startsAt: new Date(Date.now() - 3600_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId: client.body.id }] });
  expect(session.status).toBe(201);
  return { cookie, clientId: client.body.id as string, objectiveId: objective.body.id as string, sessionId: session.body.id as string };
}

describe.each(engines())('crash safety on %s', (engine) => {
  it(`${CYCLES} SIGKILL cycles lose no acknowledged write and store no half batch`, async () => {
    const rnd = seeded(4242);
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (engine === 'pglite') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'crescendo-crash-'));
      env = { CRESCENDO_DATA_DIR: dir, DATABASE_URL: '' };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const scratch = await scratchPostgres(process.env.TEST_DATABASE_URL!, 'crescendo_crash');
      env = { DATABASE_URL: scratch.url };
      cleanup = scratch.drop;
    }
    let server = await start(env);
    const ctx = await prepare(server.url);
    const acked = new Set<string>();
    const batches: string[][] = [];
    const point = () => ({ id: randomUUID(), clientId: ctx.clientId, objectiveId: ctx.objectiveId, recordedAt: new Date().toISOString(), event: { kind: 'trial', outcome: rnd() < 0.7 ? 'success' : 'failure' } });
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const base = `${server.url}/api/v1/sessions/${ctx.sessionId}/data-points`;
      const inFlight: Promise<void>[] = [];
      const deadline = Date.now() + 100 + rnd() * 400;
      while (Date.now() < deadline) {
        if (rnd() < 0.5) {
          const p = point();
          inFlight.push(call(base, ctx.cookie, 'POST', p).then((r) => void (r.status === 201 && acked.add(p.id)), () => undefined));
        } else {
          const pts = Array.from({ length: 20 }, point);
          batches.push(pts.map((x) => x.id));
          inFlight.push(call(`${base}/batch`, ctx.cookie, 'POST', { points: pts }).then((r) => void (r.status === 201 && pts.forEach((x) => acked.add(x.id))), () => undefined));
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      await kill(server);
      await Promise.allSettled(inFlight);
      if (engine === 'pglite') expect(existsSync(path.join(env.CRESCENDO_DATA_DIR!, 'crescendo.lock'))).toBe(true);
      server = await start(env);
    }
    const stored = await call(`${server.url}/api/v1/sessions/${ctx.sessionId}/data-points`, ctx.cookie, 'GET');
    expect(stored.status).toBe(200);
    const ids = (stored.body.items as { id: string }[]).map((x) => x.id);
    const present = new Set(ids);
    expect(ids.length).toBe(present.size);
    const lost = [...acked].filter((id) => !present.has(id));
    const half = batches.filter((b) => b.some((id) => present.has(id)) && !b.every((id) => present.has(id)));
    process.stdout.write(`[crash ${engine}] cycles ${CYCLES}, acknowledged ${acked.size}, stored ${ids.length}, lost ${lost.length}, half batches ${half.length}\n`);
    expect(acked.size).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(half).toEqual([]);
    await kill(server);
    await cleanup();
  }, 600_000);
});
