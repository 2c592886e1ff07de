/** From stored data points to the per-session values the progress engine reads. */
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import { measurementConfigSchema, type DataEvent, type MeasurementConfig } from '../../domain/measurement.js';
import { masteryCriterionSchema, type Direction } from '../../domain/criterion.js';
import { progressStatus, summarizeSession, type Phase, type SessionSummary } from '../../domain/progress/index.js';
import { serviceMinutes } from '../../domain/session-facts.js';
import type { Db } from '../db/connection.js';
import { dataPoints, deliveredInterventions, objectives, phases, sessionParticipants, sessions } from '../db/schema.js';

export type ObjectiveRow = typeof objectives.$inferSelect;

export interface SessionValue {
  sessionId: string;
  date: string;
  value: number | null;
  summary: SessionSummary;
  /** The RAS cue tempo of the session's entries walked to a metronome (steps/min), or null when none was: its mean, range and count. */
  cue: CueTempo | null;
}

export interface CueTempo {
  meanBpm: number;
  minBpm: number;
  maxBpm: number;
  entries: number;
}

type CueRow = { cue_mean: number | null; cue_min: number | null; cue_max: number | null; cue_n: number | null };
const round1 = (v: number) => Math.round(Number(v) * 10) / 10;
const cueOf = (r: Partial<CueRow>): CueTempo | null =>
  r.cue_n && r.cue_mean !== null && r.cue_mean !== undefined ? { meanBpm: round1(r.cue_mean), minBpm: round1(r.cue_min!), maxBpm: round1(r.cue_max!), entries: Number(r.cue_n) } : null;

/** What the observed time of a session is read from: its planned and real times, the client's attendance. */
const observed = (session: string, participant: string) =>
  sql.raw(`${session}.duration_minutes, (extract(epoch from ${session}.starts_at) * 1000)::float8 as starts_ms, (extract(epoch from ${session}.actual_start_at) * 1000)::float8 as actual_start_ms, ` +
    `(extract(epoch from ${session}.actual_end_at) * 1000)::float8 as actual_end_ms, ${session}.status, ${participant}.attendance, ${participant}.late_minutes, ${participant}.left_early_minutes`);
type ObservedRow = { duration_minutes: number; starts_ms: number; actual_start_ms: number | null; actual_end_ms: number | null; status: string; attendance: string; late_minutes: number | null; left_early_minutes: number | null };

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
/** The minutes the client was observed: the session's real length (else planned), less what they missed (session-facts.ts). */
const observedMinutes = (r: ObservedRow) =>
  serviceMinutes(
    { startsAt: iso(r.starts_ms)!, durationMinutes: r.duration_minutes, actualStartAt: iso(r.actual_start_ms), actualEndAt: iso(r.actual_end_ms), status: r.status },
    { attendance: r.attendance, lateMinutes: r.late_minutes, leftEarlyMinutes: r.left_early_minutes },
  );

/** One session's value from its events, in the order they were recorded. */
function sessionValue(config: MeasurementConfig, r: { sessionId: string; date: string; minutes: number; events: DataEvent[] | string; cue?: CueTempo | null }): SessionValue {
  // Both drivers parse json; a driver that hands back text would still work.
  const events = (typeof r.events === 'string' ? JSON.parse(r.events) : r.events) as DataEvent[];
  const summary = summarizeSession(config, events, { observedSeconds: r.minutes * 60 });
  return { sessionId: r.sessionId, date: r.date, value: summary.value, summary, cue: r.cue ?? null };
}

/**
 * Session summaries for several objectives at once: one query for all their data. The database
 * groups each (objective, session)'s events into one JSON array in the order they were recorded,
 * then joins the session and the attendance once per group: a 1,000-session history comes back as
 * 1,000 rows instead of ~10,000, which matters most on PGlite, where every row is a protocol
 * message parsed in JavaScript (npm run bench: 100 → 21 ms on PGlite, 37 → 16 ms on PostgreSQL).
 */
export interface SeriesFilter {
  /** First and last session date (YYYY-MM-DD) of the period, if any. */
  from?: string;
  to?: string;
  /** Only this session (a note's numbers). */
  sessionId?: string;
}

export async function seriesFor(tx: Db, objs: ObjectiveRow[], filter: SeriesFilter = {}): Promise<Map<string, SessionValue[]>> {
  const result = new Map<string, SessionValue[]>(objs.map((o) => [o.id, []]));
  if (objs.length === 0) return result;
  // The attendance rows are read for the objectives' clients only (the redundant client filter): a
  // plain join let the planner hash every participation of the practice (the 1,000-session objective:
  // 16 ms on 500 clients, 67 ms on 5,000; now 11 and 14 ms; a supervisor's 600 objectives 244 -> 233 ms
  // and 334 -> 283 ms).
  const rows = (await tx.execute(sql`
    select g.objective_id, g.session_id, s.local_date::text as date, ${observed('s', 'sp')}, g.events, g.cue_mean, g.cue_min, g.cue_max, g.cue_n
    from (
      select d.objective_id, d.session_id, d.client_id, json_agg(d.event order by d.recorded_at) as events,
        avg(d.cue_tempo_bpm)::float8 as cue_mean, min(d.cue_tempo_bpm)::float8 as cue_min, max(d.cue_tempo_bpm)::float8 as cue_max, count(d.cue_tempo_bpm)::int as cue_n
      from ${dataPoints} d
      where d.objective_id in (${sql.join(objs.map((o) => sql`${o.id}::uuid`), sql`, `)}) and d.deleted_at is null
        ${filter.sessionId ? sql`and d.session_id = ${filter.sessionId}::uuid` : sql``}
      group by d.objective_id, d.session_id, d.client_id) g
    join ${sessionParticipants} sp on sp.session_id = g.session_id and sp.client_id = g.client_id
    join ${sessions} s on s.id = sp.session_id
    where sp.client_id in (${sql.join([...new Set(objs.map((o) => o.clientId))].map((id) => sql`${id}::uuid`), sql`, `)})
      and sp.attendance not in ('absent', 'cancelled') and s.deleted_at is null and s.status <> 'cancelled'
      ${filter.from ? sql`and s.local_date >= ${filter.from}::date` : sql``} ${filter.to ? sql`and s.local_date <= ${filter.to}::date` : sql``}
    order by s.starts_at, g.session_id`)) as unknown as { rows: (ObservedRow & CueRow & { objective_id: string; session_id: string; date: string; events: DataEvent[] | string })[] };
  const configs = new Map(objs.map((o) => [o.id, measurementConfigSchema.parse(o.measurement)]));
  for (const r of rows.rows)
    result.get(r.objective_id)!.push(sessionValue(configs.get(r.objective_id) as MeasurementConfig, { sessionId: r.session_id, date: r.date, minutes: observedMinutes(r), events: r.events, cue: cueOf(r) }));
  return result;
}

/**
 * The latest sessions with data of each objective (`count` of them), oldest first: what a tap in the
 * current session needs to re-evaluate mastery without aggregating years of history. One statement
 * for every objective a batch touched. Sessions are picked first (the client's attended sessions
 * holding data for the objective), then only their data is read.
 */
export async function latestSessionsFor(tx: Db, wanted: { o: ObjectiveRow; count: number }[]): Promise<Map<string, SessionValue[]>> {
  const result = new Map<string, SessionValue[]>(wanted.map(({ o }) => [o.id, []]));
  if (wanted.length === 0) return result;
  const list = sql.join(wanted.map(({ o, count }) => sql`(${o.id}::uuid, ${o.clientId}::uuid, ${count}::int)`), sql`, `);
  // The lateral lookup (kept apart by OFFSET 0) walks the client's sessions by key, whatever the
  // statistics say: without them a store growing from empty would scan every session of the practice.
  const rows = (await tx.execute(sql`
    select q.objective_id, s.id as session_id, s.local_date::text as date, ${observed('s', 's')}, s.events
    from (values ${list}) as q(objective_id, client_id, n)
    cross join lateral (
      select s.id, s.local_date, s.duration_minutes, s.actual_start_at, s.actual_end_at, s.starts_at, s.status, sp.attendance, sp.late_minutes, sp.left_early_minutes,
        (select json_agg(d.event order by d.recorded_at) from ${dataPoints} d where d.objective_id = q.objective_id and d.session_id = s.id and d.client_id = q.client_id and d.deleted_at is null) as events
      from ${sessionParticipants} sp
      cross join lateral (select x.id, x.local_date, x.duration_minutes, x.actual_start_at, x.actual_end_at, x.starts_at, x.status from ${sessions} x
        where x.id = sp.session_id and x.deleted_at is null and x.status <> 'cancelled' offset 0) s
      where sp.client_id = q.client_id and sp.attendance not in ('absent', 'cancelled')
        and exists (select 1 from ${dataPoints} d where d.objective_id = q.objective_id and d.session_id = s.id and d.client_id = q.client_id and d.deleted_at is null)
      order by s.starts_at desc, s.id desc
      limit q.n) s`)) as unknown as { rows: (ObservedRow & { objective_id: string; session_id: string; date: string; events: DataEvent[] | string })[] };
  const configs = new Map(wanted.map(({ o }) => [o.id, measurementConfigSchema.parse(o.measurement)]));
  // Rows come newest first within each objective.
  for (const r of rows.rows) result.get(r.objective_id)!.unshift(sessionValue(configs.get(r.objective_id)!, { sessionId: r.session_id, date: r.date, minutes: observedMinutes(r), events: r.events }));
  return result;
}

export async function phasesFor(tx: Db, objectiveIds: string[]): Promise<Map<string, Phase[]>> {
  const map = new Map<string, Phase[]>(objectiveIds.map((id) => [id, []]));
  if (objectiveIds.length === 0) return map;
  const rows = await tx.select().from(phases).where(and(inArray(phases.objectiveId, objectiveIds), isNull(phases.deletedAt))).orderBy(asc(phases.startDate), asc(phases.createdAt));
  for (const p of rows) map.get(p.objectiveId)!.push({ id: p.id, kind: p.kind as Phase['kind'], label: p.label, startDate: p.startDate });
  return map;
}

/**
 * The dates of the client's sessions in which an intervention serving each objective was delivered
 * (delivered = true, the objective among the delivery's objectives): the baseline-integrity rule
 * reads whether any falls in the baseline phase. A planned but undelivered intervention does not
 * count; nor does a cancelled or deleted session, or one the client missed.
 */
export async function linkedDeliveriesFor(tx: Db, objs: ObjectiveRow[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(objs.map((o) => [o.id, []]));
  if (objs.length === 0) return result;
  const pairs = sql.join(objs.map((o) => sql`(${o.id}::uuid, ${o.clientId}::uuid)`), sql`, `);
  const rows = (await tx.execute(sql`
    select distinct q.objective_id, s.local_date::text as date
    from (values ${pairs}) as q(objective_id, client_id)
    join ${sessionParticipants} sp on sp.client_id = q.client_id and sp.attendance not in ('absent', 'cancelled')
    join ${sessions} s on s.id = sp.session_id and s.deleted_at is null and s.status <> 'cancelled'
    join ${deliveredInterventions} d on d.session_id = s.id and d.organization_id = ${objs[0]!.organizationId}::uuid
      and d.delivered and d.deleted_at is null and q.objective_id = any(d.objective_ids)
    order by date`)) as unknown as { rows: { objective_id: string; date: string }[] };
  for (const r of rows.rows) result.get(r.objective_id)!.push(r.date);
  return result;
}

/** The progress engine's verdict for one objective, from its series, phases and linked deliveries. */
export function evaluate(o: ObjectiveRow, series: SessionValue[], objectivePhases: Phase[], linkedDeliveryDates: readonly string[] = []) {
  return progressStatus({
    points: series.map((s) => ({ date: s.date, value: s.value })),
    phases: objectivePhases,
    criterion: masteryCriterionSchema.parse(o.criterion),
    direction: o.direction as Direction,
    targetDate: o.targetDate,
    baselineValue: o.baselineValue ?? null,
    linkedDeliveryDates,
  });
}
