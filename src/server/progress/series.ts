/** From stored data points to the per-session values the progress engine reads. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { measurementConfigSchema, type DataEvent, type MeasurementConfig } from '../../domain/measurement.js';
import { masteryCriterionSchema, type Direction } from '../../domain/criterion.js';
import { progressStatus, summarizeSession, type Phase, type SessionSummary } from '../../domain/progress/index.js';
import type { Db } from '../db/connection.js';
import { dataPoints, objectives, phases, sessionParticipants, sessions } from '../db/schema.js';

export type ObjectiveRow = typeof objectives.$inferSelect;

export interface SessionValue {
  sessionId: string;
  date: string;
  value: number | null;
  summary: SessionSummary;
}

/**
 * Session summaries for several objectives at once: one query for all their data. The database
 * groups the events of each (objective, session) into one JSON array, in the order they were
 * recorded, so a long history comes back as one row per session rather than one per event (on
 * PGlite every row costs a protocol message parsed in JavaScript; see bench/README.md).
 */
export async function seriesFor(tx: Db, objs: ObjectiveRow[]): Promise<Map<string, SessionValue[]>> {
  const result = new Map<string, SessionValue[]>(objs.map((o) => [o.id, []]));
  if (objs.length === 0) return result;
  const rows = await tx
    .select({
      objectiveId: dataPoints.objectiveId,
      sessionId: dataPoints.sessionId,
      date: sessions.localDate,
      minutes: sessions.durationMinutes,
      events: sql<DataEvent[]>`json_agg(${dataPoints.event} order by ${dataPoints.recordedAt})`,
    })
    .from(dataPoints)
    .innerJoin(sessions, eq(sessions.id, dataPoints.sessionId))
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, dataPoints.sessionId), eq(sessionParticipants.clientId, dataPoints.clientId)))
    .where(
      and(
        inArray(dataPoints.objectiveId, objs.map((o) => o.id)),
        isNull(dataPoints.deletedAt),
        isNull(sessions.deletedAt),
        sql`${sessions.status} <> 'cancelled'`,
        sql`${sessionParticipants.attendance} not in ('absent', 'cancelled')`,
      ),
    )
    .groupBy(dataPoints.objectiveId, dataPoints.sessionId, sessions.localDate, sessions.startsAt, sessions.durationMinutes)
    .orderBy(asc(sessions.startsAt), asc(dataPoints.sessionId));
  const configs = new Map(objs.map((o) => [o.id, measurementConfigSchema.parse(o.measurement)]));
  for (const r of rows) {
    // json (not jsonb) comes back as text from some drivers; both engines' drivers parse it, but be safe.
    const events = (typeof r.events === 'string' ? JSON.parse(r.events) : r.events) as DataEvent[];
    const summary = summarizeSession(configs.get(r.objectiveId) as MeasurementConfig, events, { observedSeconds: r.minutes * 60 });
    result.get(r.objectiveId)!.push({ sessionId: r.sessionId, date: r.date, value: summary.value, summary });
  }
  return result;
}

export async function phasesFor(tx: Db, objectiveIds: string[]): Promise<Map<string, Phase[]>> {
  const map = new Map<string, Phase[]>(objectiveIds.map((id) => [id, []]));
  if (objectiveIds.length === 0) return map;
  const rows = await tx.select().from(phases).where(and(inArray(phases.objectiveId, objectiveIds), isNull(phases.deletedAt))).orderBy(asc(phases.startDate), asc(phases.createdAt));
  for (const p of rows) map.get(p.objectiveId)!.push({ id: p.id, kind: p.kind as Phase['kind'], label: p.label, startDate: p.startDate });
  return map;
}

/** The progress engine's verdict for one objective, from its series and phases. */
export function evaluate(o: ObjectiveRow, series: SessionValue[], objectivePhases: Phase[]) {
  return progressStatus({
    points: series.map((s) => ({ date: s.date, value: s.value })),
    phases: objectivePhases,
    criterion: masteryCriterionSchema.parse(o.criterion),
    direction: o.direction as Direction,
    targetDate: o.targetDate,
    baselineValue: o.baselineValue ?? null,
  });
}
