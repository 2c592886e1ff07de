/**
 * Session data: one raw event per tap. The id comes from the recording device, so a retried request
 * stores once and answers the same; a batch is stored whole or not at all.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { checkEventFitsObjective, measurementConfigSchema, type DataEvent } from '../../domain/measurement.js';
import type { dataPointCreateSchema } from '../../domain/schemas/sessions.js';
import type { Db } from '../db/connection.js';
import { dataPoints, deliveredInterventions, notes, objectives } from '../db/schema.js';
import { Problem, ruleBroken, type FieldError } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { inTransaction } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from './load.js';
import { afterDataRecorded } from '../progress/mastery-flags.js';

type PointInput = z.output<typeof dataPointCreateSchema>;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const pointOut = (p: typeof dataPoints.$inferSelect) => ({
  id: p.id, sessionId: p.sessionId, clientId: p.clientId, objectiveId: p.objectiveId, deliveredInterventionId: p.deliveredInterventionId,
  event: p.event as DataEvent, recordedAt: new Date(p.recordedAt).toISOString(), recordedBy: p.recordedBy,
});

const samePoint = (a: PointInput, b: typeof dataPoints.$inferSelect, sessionId: string) =>
  b.sessionId === sessionId && b.clientId === a.clientId && b.objectiveId === a.objectiveId &&
  JSON.stringify(b.event) === JSON.stringify(a.event) && Date.parse(b.recordedAt) === Date.parse(a.recordedAt);

/** Checks every point against the session, its participants, its objectives and its signed notes. */
async function validatePoints(tx: Db, ctx: Ctx, sessionId: string, points: PointInput[], pathPrefix: (i: number) => string) {
  const { participants } = await sessionFor(tx, ctx, sessionId);
  const visible = new Set(participants.map((p) => p.clientId));
  const objIds = [...new Set(points.map((p) => p.objectiveId))];
  const objs = await tx.select().from(objectives).where(and(inArray(objectives.id, objIds), eq(objectives.organizationId, ctx.user.organizationId), isNull(objectives.deletedAt)));
  const byId = new Map(objs.map((o) => [o.id, o]));
  const deliveredIds = [...new Set(points.map((p) => p.deliveredInterventionId).filter((x): x is string => !!x))];
  const delivered = deliveredIds.length
    ? new Set((await tx.select({ id: deliveredInterventions.id }).from(deliveredInterventions).where(and(inArray(deliveredInterventions.id, deliveredIds), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt)))).map((d) => d.id))
    : new Set<string>();
  const noteRows = await tx.select({ clientId: notes.clientId, signedAt: notes.signedAt }).from(notes).where(and(eq(notes.sessionId, sessionId), isNull(notes.deletedAt)));
  const signed = new Set(noteRows.filter((n) => n.signedAt).map((n) => n.clientId));
  const errors: FieldError[] = [];
  points.forEach((p, i) => {
    const at = pathPrefix(i);
    const o = byId.get(p.objectiveId);
    if (!visible.has(p.clientId)) errors.push({ path: `${at}.clientId`, message: 'is not a participant of this session' });
    else if (!o || o.clientId !== p.clientId) errors.push({ path: `${at}.objectiveId`, message: 'is not an objective of this client' });
    else if (o.status === 'discontinued') errors.push({ path: `${at}.objectiveId`, message: 'is discontinued; data is no longer recorded for it' });
    else {
      const config = measurementConfigSchema.parse(o.measurement);
      for (const e of checkEventFitsObjective(config, p.event)) errors.push({ path: [`${at}.event`, ...e.path].join('.'), message: e.message });
    }
    if (signed.has(p.clientId)) errors.push({ path: `${at}.clientId`, message: 'this session’s note is signed; its data can no longer change (add an addendum)' });
    if (p.deliveredInterventionId && !delivered.has(p.deliveredInterventionId)) errors.push({ path: `${at}.deliveredInterventionId`, message: 'is not an intervention delivered in this session' });
    if (Date.parse(p.recordedAt) > Date.now() + FUTURE_TOLERANCE_MS) errors.push({ path: `${at}.recordedAt`, message: 'is in the future' });
  });
  if (errors.length) throw ruleBroken(`the data does not fit: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, errors);
}

/** Stores the points not stored before; a known id with different content is a conflict. */
async function storePoints(tx: Db, ctx: Ctx, sessionId: string, points: PointInput[]) {
  const existing = await tx.select().from(dataPoints).where(inArray(dataPoints.id, points.map((p) => p.id)));
  const known = new Map(existing.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const fresh: PointInput[] = [];
  points.forEach((p, i) => {
    const prior = known.get(p.id);
    if (prior && !samePoint(p, prior, sessionId))
      throw new Problem(409, 'a data point with this id was already stored with different content', [{ path: `body.points.${i}.id`, message: 'already used' }]);
    if (!prior && !seen.has(p.id)) fresh.push(p);
    seen.add(p.id);
  });
  // A retry racing this one may insert the same ids first: count only what this request stored.
  const inserted = fresh.length
    ? await tx.insert(dataPoints).values(fresh.map((p) => ({ ...p, sessionId, organizationId: ctx.user.organizationId, recordedBy: ctx.user.id }))).onConflictDoNothing().returning({ id: dataPoints.id })
    : [];
  const mine = new Set(inserted.map((r) => r.id));
  const storedNow = fresh.filter((p) => mine.has(p.id));
  if (storedNow.length) {
    await auditMany(tx, ctx, [...new Set(storedNow.map((p) => p.clientId))].map((clientId) => ({ action: 'create', entityType: 'data_point', entityId: sessionId, clientId, detail: { count: storedNow.filter((p) => p.clientId === clientId).length } })));
    await afterDataRecorded(tx, ctx, [...new Set(storedNow.map((p) => p.objectiveId))]);
  }
  const stored = await tx.select().from(dataPoints).where(inArray(dataPoints.id, points.map((p) => p.id)));
  const byId = new Map(stored.map((s) => [s.id, s]));
  return { stored: storedNow.length, points: [...seen].map((id) => pointOut(byId.get(id)!)) };
}

export async function recordPoint(ctx: Ctx, sessionId: string, input: PointInput) {
  return inTransaction(ctx, async (tx) => {
    await validatePoints(tx, ctx, sessionId, [input], () => 'body');
    const { points } = await storePoints(tx, ctx, sessionId, [input]);
    return points[0]!;
  });
}

export async function recordBatch(ctx: Ctx, sessionId: string, input: PointInput[]) {
  return inTransaction(ctx, async (tx) => {
    await validatePoints(tx, ctx, sessionId, input, (i) => `body.points.${i}`);
    return storePoints(tx, ctx, sessionId, input);
  });
}

export async function listPoints(ctx: Ctx, sessionId: string) {
  return inTransaction(ctx, async (tx) => {
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
    const { participants } = await sessionFor(tx, ctx, sessionId);
    const [p] = await tx.select().from(dataPoints).where(and(eq(dataPoints.id, pointId), eq(dataPoints.sessionId, sessionId), isNull(dataPoints.deletedAt)));
    if (!p || !participants.some((x) => x.clientId === p.clientId)) throw new Problem(404, 'data point was not found');
    await tx.update(dataPoints).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: 'undone' }).where(eq(dataPoints.id, pointId));
    await audit(tx, ctx, { action: 'delete', entityType: 'data_point', entityId: pointId, clientId: p.clientId });
    await afterDataRecorded(tx, ctx, [p.objectiveId]);
  });
}
