/**
 * Load (Reliability item 7): simulated therapists recording data against one real server process
 * over real HTTP. Each signs in, then loops until the time is up: opens a session for the next
 * client of their caseload, records 12 taps one at a time (each acknowledged before the next), and
 * looks at the progress graph of the objective. Closed loop, no think time: the figures are the
 * server's capacity, not a typical clinic day (a therapist taps every few seconds).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DataEvent, MeasurementConfig } from '../src/domain/measurement.js';
import { benchEvents, type GeneratedPractice, type StaffMember } from './generate.js';
import { summarize, type Timing } from './measure.js';

export interface LoadResult {
  therapists: number;
  distinctTherapists: number;
  seconds: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  points: number;
  pointsPerSecond: number;
  requestsPerSecond: number;
  all: Timing;
  tap: Timing;
  session: Timing;
  progress: Timing;
}

const TAPS_PER_SESSION = 12;

export async function loadTest(baseUrl: string, meta: GeneratedPractice, seconds: number, therapists = 50): Promise<LoadResult> {
  // fetch keeps connections alive (undici): each simulated tablet ends up with a connection of its own.
  const staff: StaffMember[] = Array.from({ length: therapists }, (_, i) => meta.therapists[i % meta.therapists.length]!);
  const errorSamples: string[] = [];
  let errors = 0;
  const lat = { all: [] as number[], tap: [] as number[], session: [] as number[], progress: [] as number[] };

  async function call(kind: keyof typeof lat, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any } | null> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const s = performance.now();
    try {
      const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body !== undefined ? JSON.stringify(body) : undefined });
      const text = await r.text();
      const ms = performance.now() - s;
      lat.all.push(ms);
      if (kind !== 'all') lat[kind].push(ms);
      if (r.status >= 400) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${method} ${path} → ${r.status} ${text.slice(0, 160)}`);
        return null;
      }
      return { status: r.status, json: text ? JSON.parse(text) : null };
    } catch (err) {
      errors++;
      lat.all.push(performance.now() - s);
      if (errorSamples.length < 5) errorSamples.push(`${method} ${path} → ${(err as Error).message}`);
      return null;
    }
  }

  // Sign in (not timed as load).
  const cookies: string[] = [];
  for (const t of staff) {
    const r = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: t.email, password: meta.password }) });
    await r.text();
    if (r.status !== 200) throw new Error(`load test: sign-in of ${t.email} failed: ${r.status}`);
    cookies.push(String(r.headers.get('set-cookie') ?? '').split(';')[0]!);
  }

  let points = 0;
  let requests = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    staff.map(async (t, w) => {
      const cookie = cookies[w]!;
      const caseload = meta.caseloads[t.id]!.filter((c) => meta.objectives[c]?.length);
      let k = w; // therapists sharing an account start on different clients
      let seed = w + 1;
      const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      while (performance.now() < deadline) {
        const clientId = caseload[k++ % caseload.length]!;
        const objs = meta.objectives[clientId]!;
        requests++;
        const s = await call('session', cookie, 'POST', '/api/v1/sessions', { id: randomUUID(), type: 'individual', startsAt: new Date(Date.now() - 15 * 60_000).toISOString(), durationMinutes: 30, setting: 'outpatient', participants: [{ clientId, attendance: 'present' }] });
        if (!s) continue;
        const o = objs[k % objs.length]!;
        let pool: DataEvent[] = [];
        for (let tap = 0; tap < TAPS_PER_SESSION && performance.now() < deadline; tap++) {
          if (pool.length === 0) pool = benchEvents(o.measurement as MeasurementConfig, 40 + rnd() * 40, rnd, 5);
          const event = pool.shift() ?? { kind: 'occurrence' };
          requests++;
          const r = await call('tap', cookie, 'POST', `/api/v1/sessions/${s.json.id}/data-points`, { id: randomUUID(), clientId, objectiveId: o.id, recordedAt: new Date().toISOString(), event });
          if (r) points++;
        }
        if (performance.now() >= deadline) break;
        requests++;
        await call('progress', cookie, 'GET', `/api/v1/objectives/${o.id}/progress`);
      }
    }),
  );
  const wall = (performance.now() - started) / 1000;
  return {
    therapists, distinctTherapists: new Set(staff.map((s) => s.id)).size, seconds: wall, requests, errors, errorSamples, points,
    pointsPerSecond: points / wall, requestsPerSecond: requests / wall,
    all: summarize(lat.all), tap: summarize(lat.tap), session: summarize(lat.session), progress: summarize(lat.progress),
  };
}
