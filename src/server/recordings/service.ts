/**
 * Session recordings: a clip of a session, attached to the session and one of its clients, stored
 * in the file store and described by a row. Every play is audited; a delete is soft (the audio is
 * kept, and an admin restores the record); the legacy collection is exported for the family.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { byteRangeOf, looksLike, recordingTypeOf, type ByteRange, type ConsentBasis, type RecordingType } from '../../domain/recordings.js';
import type { recordingUploadQuery } from '../../domain/schemas/recordings.js';
import type { Db } from '../db/connection.js';
import { recordings, sessions } from '../db/schema.js';
import { conflict, notFound, Problem, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { checkAccess, clientOnCaseload, requireClient } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from '../sessions/load.js';
import type { RecordingStore } from './store.js';

type Row = typeof recordings.$inferSelect;

export const recordingOut = (r: Row, localDate: string) => ({
  id: r.id, clientId: r.clientId, sessionId: r.sessionId, localDate, consentBasis: r.consentBasis as ConsentBasis, legacy: r.legacy, title: r.title,
  durationMs: r.durationMs, mime: r.mime as RecordingType, bytes: r.bytes, sha256: r.sha256, createdBy: r.createdBy, createdAt: new Date(r.createdAt).toISOString(),
});

export interface Upload {
  contentType: string | undefined;
  bytes: Buffer;
}

/** The audio is one of the accepted types and is what its type says. */
function checkAudio(upload: Upload): RecordingType {
  const type = recordingTypeOf(upload.contentType);
  if (!type) throw new Problem(415, `a recording is sent as audio/webm, audio/ogg, audio/mp4, audio/mpeg or audio/wav, not ${upload.contentType ?? 'without a type'}`, [{ path: 'headers.content-type', message: 'is not an accepted audio type' }]);
  if (upload.bytes.length === 0) throw ruleBroken('the recording is empty', [{ path: 'body', message: 'no audio' }]);
  if (!looksLike(type, upload.bytes.subarray(0, 16))) throw ruleBroken(`the file is not ${type} audio`, [{ path: 'body', message: `does not begin as ${type} does` }]);
  return type;
}

export async function uploadRecording(ctx: Ctx, store: RecordingStore, sessionId: string, input: z.output<typeof recordingUploadQuery>, upload: Upload) {
  return inTransaction(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
    if (!participants.some((p) => p.clientId === input.clientId))
      throw ruleBroken('a recording belongs to a participant of the session', [{ path: 'querystring.clientId', message: 'is not a participant of this session on your caseload' }]);
    const mime = checkAudio(upload);
    const sha256 = store.put(upload.bytes);
    const values = { ...input, sessionId, mime, sha256, bytes: upload.bytes.length, durationMs: input.durationMs ?? null, organizationId: ctx.user.organizationId, createdBy: ctx.user.id };
    const [row] = await tx.insert(recordings).values(values).onConflictDoNothing({ target: recordings.id }).returning();
    if (!row) {
      const [prior] = await tx.select().from(recordings).where(and(eq(recordings.id, input.id), eq(recordings.organizationId, ctx.user.organizationId)));
      if (prior && prior.sessionId === sessionId && prior.sha256 === sha256 && prior.clientId === input.clientId) return recordingOut(prior, session.localDate); // a retry
      throw conflict('a recording with this id already exists');
    }
    await audit(tx, ctx, { action: 'create', entityType: 'recording', entityId: row.id, clientId: row.clientId, detail: { sessionId, bytes: row.bytes, sha256 } });
    return recordingOut(row, session.localDate);
  });
}

const withDate = { r: recordings, localDate: sessions.localDate };

export async function sessionRecordings(ctx: Ctx, sessionId: string) {
  return inRead(ctx, async (db) => {
    const { session, participants } = await sessionFor(db, ctx, sessionId);
    const visible = new Set(participants.map((p) => p.clientId));
    const rows = (await db.select().from(recordings).where(and(eq(recordings.sessionId, sessionId), isNull(recordings.deletedAt))).orderBy(asc(recordings.createdAt), asc(recordings.id))).filter((r) => visible.has(r.clientId));
    await auditMany(db, ctx, [...new Set(rows.map((r) => r.clientId))].map((clientId) => ({ action: 'read', entityType: 'recording', entityId: sessionId, clientId })));
    return { items: rows.map((r) => recordingOut(r, session.localDate)) };
  });
}

async function clientRows(db: Db, ctx: Ctx, clientId: string, onlyLegacy = false) {
  return db
    .select(withDate)
    .from(recordings)
    .innerJoin(sessions, and(eq(sessions.id, recordings.sessionId), isNull(sessions.deletedAt)))
    .where(and(eq(recordings.clientId, clientId), eq(recordings.organizationId, ctx.user.organizationId), isNull(recordings.deletedAt), onlyLegacy ? eq(recordings.legacy, true) : undefined))
    .orderBy(asc(sessions.localDate), asc(recordings.createdAt), asc(recordings.id));
}

export async function clientRecordings(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const rows = await clientRows(db, ctx, clientId);
    await audit(db, ctx, { action: 'read', entityType: 'recording', entityId: clientId, clientId });
    return { items: rows.map((x) => recordingOut(x.r, x.localDate)) };
  });
}

/** A recording the user may hear: its client is on their caseload (one query for both). */
async function recordingFor(db: Db, ctx: Ctx, id: string): Promise<Row> {
  const [found] = await db
    .select({ r: recordings, onTeam: clientOnCaseload(ctx.user, recordings.clientId) })
    .from(recordings)
    .where(and(eq(recordings.id, id), eq(recordings.organizationId, ctx.user.organizationId), isNull(recordings.deletedAt)));
  if (!found) throw notFound('recording');
  checkAccess(ctx, found.r.clientId, found.onTeam);
  return found.r;
}

export type Play = { recording: Row; range: Exclude<ByteRange, { kind: 'unsatisfiable' }> };

/** A play (or one range of it, as players ask): audited every time, before a byte leaves. */
export async function playRecording(ctx: Ctx, id: string, rangeHeader: string | undefined): Promise<Play> {
  return inRead(ctx, async (db) => {
    const recording = await recordingFor(db, ctx, id);
    const range = byteRangeOf(rangeHeader, recording.bytes);
    if (range.kind === 'unsatisfiable')
      throw new Problem(416, `the recording has ${recording.bytes} bytes; the range asked for (${rangeHeader}) is not within them`, [{ path: 'headers.range', message: 'is not a satisfiable byte range' }], { size: recording.bytes }, 'range-not-satisfiable');
    await audit(db, ctx, { action: 'read', entityType: 'recording', entityId: id, clientId: recording.clientId, detail: { play: range.kind === 'whole' ? 'whole' : `${range.start}-${range.end}` } });
    return { recording, range };
  });
}

/** Soft delete: the row is hidden and the audio kept, so an admin can restore it (POST /restore). */
export async function deleteRecording(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const recording = await recordingFor(tx, ctx, id);
    await tx.update(recordings).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(recordings.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'recording', entityId: id, clientId: recording.clientId, detail: { reason } });
  });
}

export { clientRows };
