/**
 * Session data: one raw event per tap. The id comes from the recording device, so a retried request
 * stores once and answers the same; a batch is stored whole or not at all.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { canonical } from '../../domain/canonical.js';
import { checkEventFitsObjective, measurementConfigSchema, type DataEvent } from '../../domain/measurement.js';
import { attendanceAfterData, captureRefusal } from '../../domain/session-facts.js';
import type { dataPointCreateSchema } from '../../domain/schemas/sessions.js';
import type { Db } from '../db/connection.js';
import { dataPoints, deliveredInterventions, notes, objectives, sessionParticipants } from '../db/schema.js';
import { Problem, ruleBroken, type FieldError } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from './load.js';
import { refuseIfSigned, signedNotesOf } from './signed.js';
import { afterDataRecorded } from '../progress/mastery-flags.js';

type PointInput = z.output<typeof dataPointCreateSchema>;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const pointOut = (p: typeof dataPoints.$inferSelect) => ({
  id: p.id, sessionId: p.sessionId, clientId: p.clientId, objectiveId: p.objectiveId, deliveredInterventionId: p.deliveredInterventionId,
  event: p.event as DataEvent, cueTempoBpm: p.cueTempoBpm, recordedAt: new Date(p.recordedAt).toISOString(), recordedBy: p.recordedBy,
});

const samePoint = (a: PointInput, b: typeof dataPoints.$inferSelect, sessionId: string) =>
  b.sessionId === sessionId && b.clientId === a.clientId && b.objectiveId === a.objectiveId &&
  canonical(b.event) === canonical(a.event) && b.cueTempoBpm === a.cueTempoBpm && Date.parse(b.recordedAt) === Date.parse(a.recordedAt);

/**
 * Checks every point against the session, its participants, its objectives and its signed notes;
 * answers the session and the objectives the points serve (for the mastery re-evaluation).
 */
async function validatePoints(tx: Db, ctx: Ctx, sessionId: string, points: PointInput[], pathPrefix: (i: number) => string) {
  // Shared with other recordings, exclusive of a signature: a point is in the signed data or refused.
  const { session, participants } = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
  const refusal = captureRefusal(session, nowOf(ctx));
  if (refusal) throw ruleBroken(refusal, [{ path: 'params.id', message: refusal }], 'session-not-open-for-data');
  const visible = new Set(participants.map((p) => p.clientId));
  const objIds = [...new Set(points.map((p) => p.objectiveId))];
  // Each objective with whether its client's note for this session is signed (the data is then closed).
  const objs = await tx
    .select({ o: objectives, signed: sql<boolean>`exists (select 1 from ${notes} n where n.session_id = ${sessionId} and n.client_id = ${objectives}.client_id and n.signed_at is not null and n.deleted_at is null)`.mapWith(Boolean) })
    .from(objectives)
    .where(and(inArray(objectives.id, objIds), eq(objectives.organizationId, ctx.user.organizationId), isNull(objectives.deletedAt)));
  const byId = new Map(objs.map((r) => [r.o.id, r]));
  const deliveredIds = [...new Set(points.map((p) => p.deliveredInterventionId).filter((x): x is string => !!x))];
  const delivered = deliveredIds.length
    ? new Set((await tx.select({ id: deliveredInterventions.id }).from(deliveredInterventions).where(and(inArray(deliveredInterventions.id, deliveredIds), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt)))).map((d) => d.id))
    : new Set<string>();
  const errors: FieldError[] = [];
  points.forEach((p, i) => {
    const at = pathPrefix(i);
    const row = byId.get(p.objectiveId);
    const o = row?.o;
    if (!visible.has(p.clientId)) errors.push({ path: `${at}.clientId`, message: 'is not a participant of this session' });
    else if (!o || o.clientId !== p.clientId) errors.push({ path: `${at}.objectiveId`, message: 'is not an objective of this client' });
    else if (o.status === 'discontinued') errors.push({ path: `${at}.objectiveId`, message: 'is discontinued; data is no longer recorded for it' });
    else {
      const config = measurementConfigSchema.parse(o.measurement);
      for (const e of checkEventFitsObjective(config, p.event)) errors.push({ path: [`${at}.event`, ...e.path].join('.'), message: e.message });
      if (row.signed) errors.push({ path: `${at}.clientId`, message: 'this session’s note is signed; its data can no longer change (add an addendum)' });
    }
    if (p.deliveredInterventionId && !delivered.has(p.deliveredInterventionId)) errors.push({ path: `${at}.deliveredInterventionId`, message: 'is not an intervention delivered in this session' });
    if (Date.parse(p.recordedAt) > Date.now() + FUTURE_TOLERANCE_MS) errors.push({ path: `${at}.recordedAt`, message: 'is in the future' });
  });
  if (errors.length) throw ruleBroken(`the data does not fit: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, errors);
  return { session, participants, objectives: objs.map((r) => r.o) };
}

/**
 * What the data says happened: a client with data was there (unless the therapist recorded
 * otherwise), and an intervention with data tagged to it was delivered.
 */
async function factsFromData(tx: Db, checked: Checked, inserted: (typeof dataPoints.$inferSelect)[]) {
  const sessionId = checked.session.id;
  const withData = new Set(inserted.map((p) => p.clientId));
  const unmarked = checked.participants.filter((p) => withData.has(p.clientId) && attendanceAfterData(p.attendance) !== p.attendance).map((p) => p.clientId);
  if (unmarked.length)
    await tx.update(sessionParticipants).set({ attendance: 'present' }).where(and(eq(sessionParticipants.sessionId, sessionId), inArray(sessionParticipants.clientId, unmarked), eq(sessionParticipants.attendance, 'expected')));
  const tagged = [...new Set(inserted.map((p) => p.deliveredInterventionId).filter((x): x is string => !!x))];
  if (tagged.length)
    await tx.update(deliveredInterventions).set({ delivered: true }).where(and(inArray(deliveredInterventions.id, tagged), eq(deliveredInterventions.sessionId, sessionId), eq(deliveredInterventions.delivered, false)));
  return unmarked;
}

/**
 * Stores the points not stored before, in one statement; an id stored before (a retry, perhaps racing
 * this request) answers what was stored, and a known id with different content is a conflict.
 */
async function storePoints(tx: Db, ctx: Ctx, checked: Checked, points: PointInput[]) {
  const sessionId = checked.session.id;
  const unique = [...new Map(points.map((p) => [p.id, p])).values()];
  const inserted = await tx
    .insert(dataPoints)
    .values(unique.map((p) => ({ ...p, sessionId, organizationId: ctx.user.organizationId, recordedBy: ctx.user.id })))
    .onConflictDoNothing()
    .returning();
  const byId = new Map(inserted.map((r) => [r.id, r]));
  const known = unique.filter((p) => !byId.has(p.id));
  if (known.length) for (const r of await tx.select().from(dataPoints).where(inArray(dataPoints.id, known.map((p) => p.id)))) byId.set(r.id, r);
  points.forEach((p, i) => {
    const prior = byId.get(p.id);
    if (!prior || !samePoint(p, prior, sessionId))
      throw new Problem(409, 'a data point with this id was already stored with different content', [{ path: points.length === 1 ? 'body.id' : `body.points.${i}.id`, message: 'already used' }]);
  });
  if (inserted.length) {
    const clientsTouched = [...new Set(inserted.map((p) => p.clientId))];
    await auditMany(tx, ctx, clientsTouched.map((clientId) => ({ action: 'create', entityType: 'data_point', entityId: sessionId, clientId, detail: { count: inserted.filter((p) => p.clientId === clientId).length } })));
    const nowPresent = await factsFromData(tx, checked, inserted);
    if (nowPresent.length) await auditMany(tx, ctx, nowPresent.map((clientId) => ({ action: 'update', entityType: 'attendance', entityId: sessionId, clientId, detail: { attendance: 'present', from: 'data recorded' } })));
    const touched = new Set(inserted.map((p) => p.objectiveId));
    await afterDataRecorded(tx, ctx, checked.objectives.filter((o) => touched.has(o.id)), checked.session);
  }
  return { stored: inserted.length, points: unique.map((p) => pointOut(byId.get(p.id)!)) };
}

type Checked = Awaited<ReturnType<typeof validatePoints>>;

export async function recordPoint(ctx: Ctx, sessionId: string, input: PointInput) {
  return inTransaction(ctx, async (tx) => {
    const checked = await validatePoints(tx, ctx, sessionId, [input], () => 'body');
    const { points } = await storePoints(tx, ctx, checked, [input]);
    return points[0]!;
  });
}

export async function recordBatch(ctx: Ctx, sessionId: string, input: PointInput[]) {
  return inTransaction(ctx, async (tx) => {
    const checked = await validatePoints(tx, ctx, sessionId, input, (i) => `body.points.${i}`);
    return storePoints(tx, ctx, checked, input);
  });
}

export async function listPoints(ctx: Ctx, sessionId: string) {
  return inRead(ctx, async (tx) => {
    const { participants } = await sessionFor(tx, ctx, sessionId);
    const ids = participants.map((p) => p.clientId);
    const rows = await tx.select().from(dataPoints).where(and(eq(dataPoints.sessionId, sessionId), inArray(dataPoints.clientId, ids), isNull(dataPoints.deletedAt))).orderBy(asc(dataPoints.recordedAt), asc(dataPoints.id));
    await auditMany(tx, ctx, ids.map((c) => ({ action: 'read', entityType: 'data_point', entityId: sessionId, clientId: c })));
    return rows.map(pointOut);
  });
}

/** Undo: a data point of an unsigned session is voided (kept, hidden), never erased. */
export async function voidPoint(ctx: Ctx, sessionId: string, pointId: string) {
  return inTransaction(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
    const [p] = await tx.select().from(dataPoints).where(and(eq(dataPoints.id, pointId), eq(dataPoints.sessionId, sessionId), isNull(dataPoints.deletedAt)));
    if (!p || !participants.some((x) => x.clientId === p.clientId)) throw new Problem(404, 'data point was not found');
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'this data point', [p.clientId]);
    await tx.update(dataPoints).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: 'undone' }).where(eq(dataPoints.id, pointId));
    await audit(tx, ctx, { action: 'delete', entityType: 'data_point', entityId: pointId, clientId: p.clientId });
    const [objective] = await tx.select().from(objectives).where(eq(objectives.id, p.objectiveId));
    await afterDataRecorded(tx, ctx, objective ? [objective] : [], session);
  });
}
