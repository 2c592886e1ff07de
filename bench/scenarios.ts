/**
 * The measures taken on one practice in one engine, in process: the API through app.inject (Fastify's
 * in-process request injection: routing, validation, serialization, no socket), one data point also
 * over a real socket, and each read beside the raw SQL that fetches the same rows in the same run.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { DataEvent, MeasurementConfig } from '../src/domain/measurement.js';
import { createBackup } from '../src/server/backup/backup.js';
import { login, type Api, type Res } from '../src/server/testing/harness.js';
import { benchEvents, type GeneratedPractice, type StaffMember } from './generate.js';
import { seeded } from '../src/cli/demo/stories.js';
import { summarize, throughput, timeReps, type Timing } from './measure.js';
import type { Row } from './report.js';
import type { EngineDatabase } from './practice.js';

const REPS = Number(process.env.BENCH_REPS ?? 30);
/** Fewer repetitions for the heavy reads and writes. */
const HEAVY_REPS = Math.max(5, Math.round(REPS / 3));

function ok(r: Res, status = 200): Res {
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  return r;
}

export interface Bench {
  app: FastifyInstance;
  edb: EngineDatabase;
  meta: GeneratedPractice;
  rows: Row[];
}

const apis = new WeakMap<FastifyInstance, Map<string, Api>>();
export async function as(app: FastifyInstance, who: StaffMember, password: string): Promise<Api> {
  let m = apis.get(app);
  if (!m) apis.set(app, (m = new Map()));
  let a = m.get(who.id);
  if (!a) m.set(who.id, (a = await login(app, who.email, password)));
  return a;
}

async function floorOf(b: Bench, queries: SQL[], reps = REPS): Promise<Timing> {
  const db = b.edb.database.db;
  return timeReps(() => Promise.all(queries.map((q) => db.execute(q))), reps);
}

// ---------------------------------------------------------------------------
// Raw SQL floors: the rows each page shows, fetched directly, in the cheapest form we know (the
// series grouped per session as seriesFor now fetches it).

const seriesSql = (objectiveIds: SQL, clientIds: SQL) => sql`
  select g.objective_id, g.session_id, s.local_date, s.duration_minutes, g.events
  from (select objective_id, session_id, client_id, json_agg(event order by recorded_at) as events
        from data_points where objective_id in (${objectiveIds}) and deleted_at is null group by objective_id, session_id, client_id) g
  join session_participants sp on sp.session_id = g.session_id and sp.client_id = g.client_id
  join sessions s on s.id = sp.session_id
  where sp.client_id in (${clientIds}) and sp.attendance not in ('absent', 'cancelled') and s.deleted_at is null and s.status <> 'cancelled'
  order by s.starts_at, g.session_id`;

const caseloadClientsSql = (org: string, therapist: string) => sql`
  select c.*, (select json_agg(json_build_object('userId', ct.user_id, 'name', u.name, 'role', ct.role)) from care_team ct join users u on u.id = ct.user_id where ct.client_id = c.id) as team
  from clients c
  where c.organization_id = ${org}::uuid and c.deleted_at is null and c.id in (select client_id from care_team where user_id = ${therapist}::uuid)
  order by c.last_name, c.first_name, c.id limit 50`;

const caseloadSessionsSql = (org: string, therapist: string) => sql`
  select s.*, (select json_agg(json_build_object('clientId', sp.client_id, 'attendance', sp.attendance)) from session_participants sp where sp.session_id = s.id) as participants
  from sessions s
  where s.organization_id = ${org}::uuid and s.deleted_at is null
    and s.id in (select sp.session_id from session_participants sp where sp.client_id in (select ct.client_id from care_team ct where ct.user_id = ${therapist}::uuid))
  order by s.starts_at desc, s.id limit 50`;

const clientSessionsSql = (org: string, client: string) => sql`
  select s.*, (select json_agg(json_build_object('clientId', sp.client_id, 'attendance', sp.attendance)) from session_participants sp where sp.session_id = s.id) as participants
  from sessions s
  where s.organization_id = ${org}::uuid and s.deleted_at is null and s.id in (select session_id from session_participants where client_id = ${client}::uuid)
  order by s.starts_at desc, s.id limit 50`;

const teamSql = (user: string) => sql`(select ${user}::uuid union select supervisee_id from supervision where supervisor_id = ${user}::uuid
  union select s2.supervisee_id from supervision s1 join supervision s2 on s2.supervisor_id = s1.supervisee_id where s1.supervisor_id = ${user}::uuid)`;

// ---------------------------------------------------------------------------
// Round trips: on PostgreSQL every query of node-postgres is counted, to show what a request costs.

let queriesSeen = 0;
let counting = false;
function installQueryCounter() {
  if (counting) return;
  counting = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    queriesSeen++;
    return original.apply(this, args);
  };
}

/** Queries one more run of `fn` sends (PostgreSQL only; null on PGlite). */
async function roundTrips(b: Bench, fn: () => Promise<unknown>): Promise<number | null> {
  if (b.edb.engine !== 'postgres') return null;
  installQueryCounter();
  const before = queriesSeen;
  await fn();
  return queriesSeen - before;
}

const withTrips = (note: string | undefined, trips: number | null) => [note, trips === null ? null : `${trips} queries`].filter(Boolean).join('; ') || undefined;

// ---------------------------------------------------------------------------

function push(b: Bench, r: Omit<Row, 'engine' | 'practice'>) {
  b.rows.push({ engine: b.edb.engine, practice: b.meta.size, ...r });
}

/**
 * The read measures of the scaling curve through the API: dashboard, chart, progress of one
 * objective, caseload outcomes. Their floors come from readFloors (the same run).
 */
export async function readMeasures(b: Bench): Promise<void> {
  const { app, meta } = b;
  const t = meta.dashboard.therapist;
  const api = await as(app, t, meta.password);

  const dash = () => Promise.all([api.get('/api/v1/clients?limit=50'), api.get('/api/v1/sessions?limit=50')]).then((rs) => rs.map((r) => ok(r)));
  const dashboard = await timeReps(dash, REPS);
  push(b, { id: 'read.dashboard', what: `caseload dashboard (GET /clients + GET /sessions), ${meta.dashboard.clients} clients`, unit: 'ms', ...dashboard, note: withTrips(undefined, await roundTrips(b, dash)) });

  const c = meta.chartClientId;
  const chartPage = () => Promise.all([api.get(`/api/v1/clients/${c}`), api.get(`/api/v1/clients/${c}/progress`), api.get(`/api/v1/sessions?clientId=${c}`), api.get(`/api/v1/clients/${c}/notes`)]).then((rs) => rs.map((r) => ok(r)));
  const chart = await timeReps(chartPage, REPS);
  const chartSessions = (await b.edb.database.db.execute(sql`select count(*)::int as n from session_participants where client_id = ${c}::uuid`)) as unknown as { rows: { n: number }[] };
  push(b, { id: 'read.chart', what: 'client chart (GET client, progress, sessions, notes)', unit: 'ms', ...chart, note: withTrips(`${chartSessions.rows[0]?.n ?? '?'} sessions`, await roundTrips(b, chartPage)) });

  const longApi = await as(app, meta.long.therapist, meta.password);
  const progressOf = () => longApi.get(`/api/v1/objectives/${meta.long.objectiveId}/progress`).then((r) => ok(r));
  const progress = await timeReps(progressOf, REPS);
  push(b, { id: 'read.progress', what: `progress of one objective, ${meta.long.sessions.toLocaleString('en')} sessions`, unit: 'ms', ...progress, note: withTrips(undefined, await roundTrips(b, progressOf)) });

  const supApi = await as(app, meta.bigTeam.supervisor, meta.password);
  const outcomesOf = () => supApi.get('/api/v1/outcomes').then((r) => ok(r));
  const outcomes = await timeReps(outcomesOf, HEAVY_REPS, 1);
  push(b, { id: 'read.outcomes', what: `caseload outcomes (GET /outcomes), supervisor, ${meta.bigTeam.clients} clients`, unit: 'ms', ...outcomes, note: withTrips(undefined, await roundTrips(b, outcomesOf)) });
}

/** The raw SQL floors of the read measures (median ms), by measure id. */
export async function readFloors(b: Bench): Promise<Record<string, number>> {
  const { meta } = b;
  const org = meta.organizationId;
  const t = meta.dashboard.therapist;
  const c = meta.chartClientId;
  const o = meta.long.objectiveId;
  const sup = meta.bigTeam.supervisor;
  return {
    'read.dashboard': (await floorOf(b, [caseloadClientsSql(org, t.id), caseloadSessionsSql(org, t.id)])).median,
    'read.chart': (
      await floorOf(b, [
        sql`select c.*, (select json_agg(ct.*) from care_team ct where ct.client_id = c.id) as team from clients c where c.id = ${c}::uuid`,
        sql`select o.*, (select json_agg(p.*) from phases p where p.objective_id = o.id and p.deleted_at is null) as phases from objectives o where o.client_id = ${c}::uuid and o.deleted_at is null`,
        seriesSql(sql`select id from objectives where client_id = ${c}::uuid and deleted_at is null`, sql`${c}::uuid`),
        clientSessionsSql(org, c),
        sql`select * from notes where client_id = ${c}::uuid and deleted_at is null order by created_at desc`,
      ])
    ).median,
    'read.progress': (await floorOf(b, [sql`select * from objectives where id = ${o}::uuid`, seriesSql(sql`${o}::uuid`, sql`${meta.long.clientId}::uuid`), sql`select * from phases where objective_id = ${o}::uuid and deleted_at is null`])).median,
    'read.outcomes': (
      await floorOf(
        b,
        [seriesSql(sql`select o.id from objectives o join clients c on c.id = o.client_id where o.organization_id = ${org}::uuid and o.deleted_at is null and c.deleted_at is null
          and c.id in (select ct.client_id from care_team ct where ct.user_id in ${teamSql(sup.id)})`, sql`select ct.client_id from care_team ct where ct.user_id in ${teamSql(sup.id)}`)],
        HEAVY_REPS,
      )
    ).median,
  };
}

/** Sets the floors of this engine's and practice's read rows. */
export function applyFloors(rows: Row[], engine: Row['engine'], practice: string, floors: Record<string, number>) {
  for (const r of rows) if (r.engine === engine && r.practice === practice && floors[r.id] !== undefined) r.floor = floors[r.id];
}

// ---------------------------------------------------------------------------
// Writes

/** A new session (today, for the client) through the API, and a source of events fitting one of its objectives. */
async function sessionFor(api: Api, meta: GeneratedPractice, clientId: string, pick = 0) {
  const s = ok(await api.post('/api/v1/sessions', { id: randomUUID(), type: 'individual', startsAt: new Date(Date.now() - 20 * 60_000).toISOString(), durationMinutes: 30, setting: 'outpatient', participants: [{ clientId, attendance: 'present' }] }), 201);
  const objs = meta.objectives[clientId]!;
  const o = objs[pick % objs.length]!;
  let k = 0;
  let pool: DataEvent[] = [];
  const rnd = seeded(clientId.charCodeAt(0) * 131 + pick);
  const nextEvent = (): DataEvent => {
    if (k >= pool.length) {
      pool = benchEvents(o.measurement as MeasurementConfig, 50, rnd, 5);
      k = 0;
      if (pool.length === 0) pool = benchEvents(o.measurement as MeasurementConfig, 3, rnd, 5);
    }
    return pool[k++]!;
  };
  const point = () => ({ id: randomUUID(), clientId, objectiveId: o.id, recordedAt: new Date().toISOString(), event: nextEvent() });
  return { sessionId: s.body.id as string, objectiveId: o.id, point };
}


const insertPointsSql = (org: string, user: string, sessionId: string, points: { id: string; clientId: string; objectiveId: string; recordedAt: string; event: DataEvent }[]) =>
  sql`insert into data_points (id, organization_id, session_id, client_id, objective_id, event, recorded_at, recorded_by) values ${sql.join(
    points.map((p) => sql`(${p.id}::uuid, ${org}::uuid, ${sessionId}::uuid, ${p.clientId}::uuid, ${p.objectiveId}::uuid, ${JSON.stringify(p.event)}::jsonb, ${p.recordedAt}::timestamptz, ${user}::uuid)`),
    sql`, `,
  )}`;

/**
 * Taps before the timed ones: the first taps of a process run cold code and read the indexes they
 * insert into from disk (after a restore on PGlite: 10–20 ms for the first ~10), as a server does
 * once after it starts, not on every tap of the day.
 */
const TAP_WARMUP = 10;

export async function writeMeasures(b: Bench): Promise<void> {
  const { app, meta } = b;
  const org = meta.organizationId;
  const t = meta.dashboard.therapist;
  const api = await as(app, t, meta.password);
  const db = b.edb.database.db;
  const mine = meta.caseloads[t.id]!.filter((c) => c !== meta.chartClientId && meta.objectives[c]?.length);

  // One data point, sequential: tap → stored, audited, mastery re-evaluated, committed, acknowledged.
  const s1 = await sessionFor(api, meta, mine[0]!);
  const tap1 = () => api.post(`/api/v1/sessions/${s1.sessionId}/data-points`, s1.point()).then((r) => ok(r, 201));
  const one = await timeReps(tap1, REPS, TAP_WARMUP);
  const oneFloor = await timeReps(() => db.execute(insertPointsSql(org, t.id, s1.sessionId, [s1.point()])), REPS, 3);
  push(b, { id: 'write.one', what: 'record one data point (API, durable), typical objective', unit: 'ms', ...one, floor: oneFloor.median, note: withTrips(undefined, await roundTrips(b, tap1)) });

  // The same on the objective with 1,000 sessions of history: mastery re-evaluation reads the whole series.
  const longApi = await as(app, meta.long.therapist, meta.password);
  const sl = await sessionFor(longApi, meta, meta.long.clientId, 0);
  const tapLong = () => longApi.post(`/api/v1/sessions/${sl.sessionId}/data-points`, sl.point()).then((r) => ok(r, 201));
  const oneLong = await timeReps(tapLong, REPS, TAP_WARMUP);
  push(b, { id: 'write.one.long', what: `record one data point, objective with ${meta.long.sessions.toLocaleString('en')} sessions`, unit: 'ms', ...oneLong, floor: oneFloor.median, note: withTrips(undefined, await roundTrips(b, tapLong)) });

  // A batch of 50 (a tablet flushing its outbox).
  const s2 = await sessionFor(api, meta, mine[1] ?? mine[0]!, 1);
  const batchOf50 = () => api.post(`/api/v1/sessions/${s2.sessionId}/data-points/batch`, { points: Array.from({ length: 50 }, () => s2.point()) }).then((r) => ok(r, 201));
  const batch = await timeReps(batchOf50, HEAVY_REPS, 2);
  const batchFloor = await timeReps(() => db.execute(insertPointsSql(org, t.id, s2.sessionId, Array.from({ length: 50 }, () => s2.point()))), HEAVY_REPS, 2);
  push(b, { id: 'write.batch', what: 'record a batch of 50 data points (API)', unit: 'ms', ...batch, floor: batchFloor.median, note: withTrips(undefined, await roundTrips(b, batchOf50)) });

  // Ten in flight: ten therapists' tablets at once, each on its own session.
  // Ten (therapist, client) pairs, the therapists taken in turn (a small practice has fewer than ten).
  const pairs: { th: StaffMember; client: string }[] = [];
  for (let k = 0; pairs.length < 10 && k < 50; k++)
    for (const th of meta.therapists) {
      const client = meta.caseloads[th.id]!.filter((c) => meta.objectives[c]?.length && c !== meta.chartClientId)[k];
      if (client && pairs.length < 10) pairs.push({ th, client });
    }
  const sessions = await Promise.all(pairs.map(async ({ th, client }, i) => {
    const a = await as(app, th, meta.password);
    return { a, s: await sessionFor(a, meta, client, i) };
  }));
  const inflightOne = await throughput(10, Math.max(100, REPS * 10), async (w) => {
    const { a, s } = sessions[w]!;
    ok(await a.post(`/api/v1/sessions/${s.sessionId}/data-points`, s.point()), 201);
    return 1;
  });
  push(b, { id: 'write.inflight.one', what: '10 in flight, one data point each (API)', unit: 'points/s', value: inflightOne.perSecond, ...inflightOne.latency, note: inflightOne.errors ? `${inflightOne.errors} errors: ${inflightOne.firstError}` : '0 errors' });
  const inflightBatch = await throughput(10, Math.max(30, REPS), async (w) => {
    const { a, s } = sessions[w]!;
    ok(await a.post(`/api/v1/sessions/${s.sessionId}/data-points/batch`, { points: Array.from({ length: 50 }, () => s.point()) }), 201);
    return 50;
  });
  push(b, { id: 'write.inflight.batch', what: '10 in flight, batches of 50 (API)', unit: 'points/s', value: inflightBatch.perSecond, ...inflightBatch.latency, note: inflightBatch.errors ? `${inflightBatch.errors} errors: ${inflightBatch.firstError}` : '0 errors' });

  // One data point over a real socket (HTTP/1.1 keep-alive to the same process).
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const s3 = await sessionFor(api, meta, mine[2] ?? mine[0]!, 2);
  const url = `http://127.0.0.1:${port}/api/v1/sessions/${s3.sessionId}/data-points`;
  const socket = await timeReps(async () => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie: api.cookie }, body: JSON.stringify(s3.point()) });
    await r.arrayBuffer();
    if (r.status !== 201) throw new Error(`socket write: ${r.status}`);
  }, REPS, TAP_WARMUP);
  push(b, { id: 'write.one.socket', what: 'record one data point over a real socket (HTTP keep-alive)', unit: 'ms', ...socket, floor: oneFloor.median });
}

/** Note drafts from the session's data: POST /sessions/:id/notes on sessions without a note. */
export async function draftMeasure(b: Bench): Promise<void> {
  const { app, meta } = b;
  const t = meta.dashboard.therapist;
  const api = await as(app, t, meta.password);
  const todo = meta.unwritten.filter((u) => u.therapist.id === t.id && u.clientId !== meta.long.clientId);
  const reps = Math.min(REPS, todo.length - 3);
  if (reps < 3) return;
  const draft = await timeReps((i) => {
    const u = todo[i < 0 ? -1 - i : i + 2]!;
    return api.post(`/api/v1/sessions/${u.sessionId}/notes`, { id: randomUUID(), clientId: u.clientId }).then((r) => ok(r, 201));
  }, reps, 2);
  const floors: number[] = [];
  for (const u of todo.slice(0, reps)) {
    const s = performance.now();
    await Promise.all([
      b.edb.database.db.execute(sql`select * from data_points where session_id = ${u.sessionId}::uuid and client_id = ${u.clientId}::uuid and deleted_at is null`),
      b.edb.database.db.execute(sql`select * from objectives where client_id = ${u.clientId}::uuid and deleted_at is null`),
      b.edb.database.db.execute(sql`select d.*, i.name, i.technique, i.music_elements from delivered_interventions d join interventions i on i.id = d.intervention_id where d.session_id = ${u.sessionId}::uuid`),
    ]);
    floors.push(performance.now() - s);
  }
  const last = todo.at(-1)!;
  const trips = await roundTrips(b, () => api.post(`/api/v1/sessions/${last.sessionId}/notes`, { id: randomUUID(), clientId: last.clientId }).then((r) => ok(r, 201)));
  push(b, { id: 'write.note-draft', what: 'note draft from the session data (POST /sessions/:id/notes)', unit: 'ms', ...draft, floor: summarize(floors).median, note: withTrips(`${reps} sessions`, trips) });
}

/** FHIR export of the whole practice (the director's caseload) and the backup, as rows per second. */
export async function bulkMeasures(b: Bench): Promise<void> {
  const { app, meta } = b;
  const db = b.edb.database.db;
  const counted = (await db.execute(sql`select
      (select count(*) from clients) + (select count(*) from goals) + (select count(*) from objectives) + (select count(*) from sessions)
      + (select count(*) from session_participants) + (select count(*) from delivered_interventions) + (select count(*) from data_points)
      + (select count(*) from notes where signed_at is not null) as n`)) as unknown as { rows: { n: number | string }[] };
  const sourceRows = Number(counted.rows[0]?.n ?? 0);
  if (app.hasRoute({ method: 'GET', url: '/api/v1/export/fhir' })) {
    const api = await as(app, meta.director, meta.password);
    const s = performance.now();
    const r = await app.inject({ method: 'GET', url: '/api/v1/export/fhir', headers: { cookie: api.cookie } });
    const seconds = (performance.now() - s) / 1000;
    if (r.statusCode !== 200) {
      push(b, { id: 'bulk.fhir', what: 'FHIR export of the whole practice (GET /export/fhir)', unit: 'rows/s', value: null, note: `failed: ${r.statusCode} ${r.body.slice(0, 200)}` });
    } else {
      const entries = (r.body.match(/"fullUrl"/g) ?? []).length;
      push(b, {
        id: 'bulk.fhir', what: 'FHIR export of the whole practice (GET /export/fhir)', unit: 'rows/s', value: sourceRows / seconds,
        note: `${seconds.toFixed(1)} s, ${sourceRows.toLocaleString('en')} rows → ${entries.toLocaleString('en')} resources, ${(r.body.length / 1e6).toFixed(0)} MB`,
      });
    }
  } else {
    push(b, { id: 'bulk.fhir', what: 'FHIR export', unit: 'rows/s', value: null, note: 'GET /api/v1/export/fhir does not exist' });
  }
  const s = performance.now();
  const backup = await createBackup(b.edb.database);
  const seconds = (performance.now() - s) / 1000;
  push(b, { id: 'bulk.backup', what: 'backup (createBackup) of the whole practice', unit: 'rows/s', value: backup.rows / seconds, note: `${seconds.toFixed(1)} s, ${backup.rows.toLocaleString('en')} rows, ${(backup.bytes.length / 1e6).toFixed(0)} MB gzip` });
}
