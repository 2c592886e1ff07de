/**
 * The music in the record: songs and pieces used in a delivered intervention (key, tempo, meter,
 * instruments, who led, live or recorded, the client's response), and each client's repertoire.
 * A song used means the intervention was delivered; once the note is signed the music stays as signed.
 */
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { formatMusicLine, songKey, type MusicUseInput } from '../../domain/music.js';
import { deliveredInterventions, musicUses, objectives, sessions } from '../db/schema.js';
import { notFound, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from './load.js';
import { refuseIfSigned, servedClients, signedNotesOf } from './signed.js';

type Row = typeof musicUses.$inferSelect;


export const musicOut = (m: Row) => ({
  id: m.id, sessionId: m.sessionId, deliveredInterventionId: m.deliveredInterventionId, clientId: m.clientId,
  title: m.title, artist: m.artist, version: m.version, key: m.key, tempoBpm: m.tempoBpm, meter: m.meter,
  instruments: m.instruments, ledBy: m.ledBy, source: m.source, response: m.response,
  line: formatMusicLine(m as unknown as MusicUseInput),
});

export async function recordMusic(ctx: Ctx, sessionId: string, input: MusicUseInput) {
  return inTransaction(ctx, async (tx) => {
    const { participants } = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
    const [d] = await tx.select().from(deliveredInterventions).where(and(eq(deliveredInterventions.id, input.deliveredInterventionId), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt)));
    if (!d) throw ruleBroken('music is recorded for an intervention of this session', [{ path: 'body.deliveredInterventionId', message: 'is not an intervention of this session' }]);
    if (input.clientId && !participants.some((p) => p.clientId === input.clientId))
      throw ruleBroken('the response is about a participant of this session', [{ path: 'body.clientId', message: 'is not a participant of this session' }]);
    const served = await servedClients(tx, d.objectiveIds);
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'the music of this session', input.clientId ? [...served, input.clientId] : served);
    const [row] = await tx.insert(musicUses).values({ ...input, sessionId, organizationId: ctx.user.organizationId, recordedBy: ctx.user.id }).onConflictDoNothing({ target: musicUses.id }).returning();
    if (!row) {
      const [prior] = await tx.select().from(musicUses).where(eq(musicUses.id, input.id));
      if (prior && prior.sessionId === sessionId && prior.title === input.title) return musicOut(prior); // a retry
      throw ruleBroken('a music record with this id already exists', [{ path: 'body.id', message: 'already used' }]);
    }
    if (!d.delivered) await tx.update(deliveredInterventions).set({ delivered: true }).where(eq(deliveredInterventions.id, d.id));
    const about = input.clientId ? [input.clientId] : served.filter((c) => participants.some((p) => p.clientId === c));
    await auditMany(tx, ctx, about.map((clientId) => ({ action: 'create', entityType: 'music_use', entityId: input.id, clientId })));
    return musicOut(row);
  });
}

export async function listMusic(ctx: Ctx, sessionId: string) {
  return inRead(ctx, async (db) => {
    const { participants } = await sessionFor(db, ctx, sessionId);
    const rows = await db.select().from(musicUses).where(and(eq(musicUses.sessionId, sessionId), isNull(musicUses.deletedAt))).orderBy(asc(musicUses.createdAt), asc(musicUses.id));
    const visible = new Set(participants.map((p) => p.clientId));
    const mine = rows.filter((m) => m.clientId === null || visible.has(m.clientId));
    await auditMany(db, ctx, participants.map((p) => ({ action: 'read', entityType: 'music_use', entityId: sessionId, clientId: p.clientId })));
    return { items: mine.map(musicOut) };
  });
}

export async function removeMusic(ctx: Ctx, sessionId: string, musicId: string) {
  return inTransaction(ctx, async (tx) => {
    const { participants } = await sessionFor(tx, ctx, sessionId, { all: true, lock: 'share' });
    const [m] = await tx.select({ m: musicUses, objectiveIds: deliveredInterventions.objectiveIds }).from(musicUses).innerJoin(deliveredInterventions, eq(deliveredInterventions.id, musicUses.deliveredInterventionId)).where(and(eq(musicUses.id, musicId), eq(musicUses.sessionId, sessionId), isNull(musicUses.deletedAt)));
    if (!m) throw notFound('music record');
    const served = await servedClients(tx, m.objectiveIds);
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'the music of this session', m.m.clientId ? [...served, m.m.clientId] : served);
    await tx.update(musicUses).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: 'removed' }).where(eq(musicUses.id, musicId));
    await auditMany(tx, ctx, participants.map((p) => ({ action: 'delete', entityType: 'music_use', entityId: musicId, clientId: p.clientId })));
  });
}

/** Every song used with this client: by title (as a therapist compares them), newest use first, with each use's key, tempo and response. */
export async function repertoire(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const serves = sql`exists (select 1 from ${objectives} o where o.id = any(${deliveredInterventions.objectiveIds}) and o.client_id = ${clientId}::uuid)`;
    const rows = await db
      .select({ m: musicUses, date: sessions.localDate })
      .from(musicUses)
      .innerJoin(sessions, and(eq(sessions.id, musicUses.sessionId), isNull(sessions.deletedAt)))
      .innerJoin(deliveredInterventions, eq(deliveredInterventions.id, musicUses.deliveredInterventionId))
      .where(and(eq(musicUses.organizationId, ctx.user.organizationId), isNull(musicUses.deletedAt), or(eq(musicUses.clientId, clientId), and(isNull(musicUses.clientId), serves))))
      .orderBy(desc(sessions.localDate), desc(musicUses.createdAt));
    const songs = new Map<string, { title: string; artist: string; uses: { date: string; sessionId: string; key: string | null; tempoBpm: number | null; response: string; line: string }[] }>();
    for (const r of rows) {
      const k = songKey(r.m.title);
      const song = songs.get(k) ?? { title: r.m.title, artist: r.m.artist, uses: [] };
      song.uses.push({ date: r.date, sessionId: r.m.sessionId, key: r.m.key, tempoBpm: r.m.tempoBpm, response: r.m.response, line: musicOut(r.m).line });
      songs.set(k, song);
    }
    await audit(db, ctx, { action: 'read', entityType: 'repertoire', entityId: clientId, clientId });
    return { items: [...songs.values()].map((s) => ({ ...s, count: s.uses.length, lastUsed: s.uses[0]!.date })) };
  });
}
