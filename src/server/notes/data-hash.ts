/**
 * The fingerprint of the facts a note is signed over, for one client of one session: the session's
 * date, times and length, and whether it was cancelled; the client's attendance; the interventions delivered to them and
 * the objectives they served, with the music used in them; and the client's data points. The database keeps every one of them
 * unchanged once the note is signed, so the fingerprint recomputed later matches.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { canonical } from '../../domain/canonical.js';
import type { Db } from '../db/connection.js';
import { dataPoints, deliveredInterventions, musicUses, objectives, sessionParticipants, sessions } from '../db/schema.js';

const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

export async function dataHashOf(tx: Db, sessionId: string, clientId: string): Promise<string> {
  const [s] = await tx
    .select({ s: sessions, p: sessionParticipants })
    .from(sessions)
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, sessions.id), eq(sessionParticipants.clientId, clientId)))
    .where(eq(sessions.id, sessionId));
  const mine = sql`exists (select 1 from ${objectives} o where o.id = any(${deliveredInterventions.objectiveIds}) and o.client_id = ${clientId}::uuid)`;
  const delivered = await tx
    .select({ id: deliveredInterventions.id, iv: deliveredInterventions.interventionId, objectives: deliveredInterventions.objectiveIds, delivered: deliveredInterventions.delivered })
    .from(deliveredInterventions)
    .where(and(eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt), mine))
    .orderBy(asc(deliveredInterventions.id));
  const points = await tx
    .select({ id: dataPoints.id, o: dataPoints.objectiveId, e: dataPoints.event, at: dataPoints.recordedAt, d: dataPoints.deliveredInterventionId, c: dataPoints.cueTempoBpm })
    .from(dataPoints)
    .where(and(eq(dataPoints.sessionId, sessionId), eq(dataPoints.clientId, clientId), isNull(dataPoints.deletedAt)))
    .orderBy(asc(dataPoints.id));
  const songs = await tx
    .select()
    .from(musicUses)
    .where(and(eq(musicUses.sessionId, sessionId), isNull(musicUses.deletedAt)))
    .orderBy(asc(musicUses.id));
  const servedHere = new Set(delivered.map((d) => d.id));
  const music = songs
    .filter((m) => m.clientId === clientId || (m.clientId === null && servedHere.has(m.deliveredInterventionId)))
    .map((m) => [m.id, m.deliveredInterventionId, m.title, m.artist, m.version, m.key, m.tempoBpm, m.meter, m.instruments, m.ledBy, m.source, m.response]);
  const facts = {
    v: 2,
    session: s && { startsAt: iso(s.s.startsAt), durationMinutes: s.s.durationMinutes, actualStartAt: iso(s.s.actualStartAt), actualEndAt: iso(s.s.actualEndAt), cancelled: s.s.status === 'cancelled', deleted: s.s.deletedAt !== null },
    attendance: s && { attendance: s.p.attendance, absenceReason: s.p.absenceReason, lateMinutes: s.p.lateMinutes, leftEarlyMinutes: s.p.leftEarlyMinutes },
    delivered: delivered.map((d) => [d.id, d.iv, [...d.objectives].sort(), d.delivered]),
    music,
    // The cue tempo only where one was taken, so the fingerprints of notes signed before it was recorded still match.
    points: points.map((p) => (p.c === null ? [p.id, p.o, p.e, iso(p.at), p.d] : [p.id, p.o, p.e, iso(p.at), p.d, p.c])),
  };
  return createHash('sha256').update(canonical(facts)).digest('hex');
}

/**
 * The fingerprint of notes signed before it covered the session's times and deliveries: the
 * attendance and the data points only. Kept so those signatures still verify; never written anew.
 */
export async function dataHashV1Of(tx: Db, sessionId: string, clientId: string): Promise<string> {
  const [p] = await tx.select({ a: sessionParticipants.attendance }).from(sessionParticipants).where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.clientId, clientId)));
  const points = await tx
    .select({ id: dataPoints.id, o: dataPoints.objectiveId, e: dataPoints.event, at: dataPoints.recordedAt })
    .from(dataPoints)
    .where(and(eq(dataPoints.sessionId, sessionId), eq(dataPoints.clientId, clientId), isNull(dataPoints.deletedAt)))
    .orderBy(asc(dataPoints.id));
  return createHash('sha256').update(JSON.stringify({ attendance: p?.a, points: points.map((r) => [r.id, r.o, r.e, iso(r.at)]) })).digest('hex');
}
