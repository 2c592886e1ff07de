/**
 * The therapist's to-do: what the record still owes for sessions that have happened (attendance
 * not recorded, notes not signed), oldest first, with how long it has waited; for a supervisor, the
 * same counted per supervisee. What is owed is decided by `documentationOwed` (domain).
 */
import { and, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { ATTENDANCE, attended, documentationOwed, type DocumentationOwed } from '../../domain/session-facts.js';
import { clients, notes, sessionParticipants, sessions, supervision, users } from '../db/schema.js';
import { organizationSettings } from '../access/organization.js';
import type { Db } from '../db/connection.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { onCaseload, requireClinician } from '../access/policy.js';
import { inRead } from '../access/run.js';
import { auditMany } from '../audit/audit.js';

/** Attendance that can owe something (the rule decides); the rest is not read. */
const MAY_OWE = ATTENDANCE.filter((a) => a === 'expected' || attended(a));

/** Sessions looked at per therapist: enough for months of a full caseload's unsigned work. */
const LOOK_BACK = 500;

export interface OwedItem extends DocumentationOwed {
  sessionId: string;
  clientId: string;
  clientName: string;
  sessionDate: string;
  startsAt: string;
  timeZone: string;
  noteId: string | null;
  noteStatus: 'draft' | 'awaiting_cosign' | null;
}

async function owedBy(tx: Db, ctx: Ctx, therapistIds: string[], now: number, lateHours: number): Promise<(OwedItem & { therapistId: string })[]> {
  if (therapistIds.length === 0) return [];
  const rows = await tx
    .select({
      s: { id: sessions.id, startsAt: sessions.startsAt, durationMinutes: sessions.durationMinutes, actualStartAt: sessions.actualStartAt, actualEndAt: sessions.actualEndAt, status: sessions.status, localDate: sessions.localDate, timeZone: sessions.timeZone, lead: sessions.leadTherapistId },
      clientId: sessionParticipants.clientId,
      attendance: sessionParticipants.attendance,
      first: clients.firstName,
      preferred: clients.preferredName,
      last: clients.lastName,
      noteId: notes.id,
      noteStatus: notes.status,
    })
    .from(sessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, sessions.id))
    .innerJoin(clients, eq(clients.id, sessionParticipants.clientId))
    .leftJoin(notes, and(eq(notes.sessionId, sessions.id), eq(notes.clientId, sessionParticipants.clientId), isNull(notes.deletedAt)))
    .where(and(
      eq(sessions.organizationId, ctx.user.organizationId), isNull(sessions.deletedAt), isNull(clients.deletedAt),
      inArray(sessions.leadTherapistId, therapistIds), ne(sessions.status, 'cancelled'), inArray(sessionParticipants.attendance, [...MAY_OWE]),
      lte(sessions.startsAt, new Date(now).toISOString()),
      sql`(${notes.status} is null or ${notes.status} <> 'signed')`,
      onCaseload(ctx.user, sessionParticipants.clientId),
    ))
    .orderBy(sessions.startsAt)
    .limit(LOOK_BACK);
  return rows.flatMap((r) => {
    const owed = documentationOwed(r.s, r.attendance, (r.noteStatus ?? null) as 'draft' | 'awaiting_cosign' | null, now, lateHours);
    if (!owed) return [];
    return [{
      ...owed, therapistId: r.s.lead, sessionId: r.s.id, clientId: r.clientId, clientName: `${r.preferred ?? r.first} ${r.last}`,
      sessionDate: r.s.localDate, startsAt: r.s.startsAt, timeZone: r.s.timeZone, noteId: r.noteId ?? null, noteStatus: (r.noteStatus ?? null) as OwedItem['noteStatus'],
    }];
  });
}

export async function todo(ctx: Ctx) {
  return inRead(ctx, async (tx) => {
    requireClinician(ctx.user, 'the to-do list');
    const now = nowOf(ctx);
    const { lateEntryHours: lateHours } = await organizationSettings(tx, ctx);
    const team = await tx
      .select({ id: users.id, name: users.name })
      .from(supervision)
      .innerJoin(users, eq(users.id, supervision.superviseeId))
      .where(and(eq(supervision.supervisorId, ctx.user.id), eq(users.active, true)));
    const all = await owedBy(tx, ctx, [ctx.user.id, ...team.map((t) => t.id)], now, lateHours);
    const mine = all.filter((i) => i.therapistId === ctx.user.id).map(({ therapistId: _, ...item }) => item);
    await auditMany(tx, ctx, [...new Set(mine.map((i) => i.clientId))].map((clientId) => ({ action: 'read' as const, entityType: 'todo', entityId: clientId, clientId })));
    return {
      lateHours,
      owed: mine,
      // Per supervisee: counts and the oldest wait, not the clients (the supervisor opens the queue for those).
      team: team.map((t) => {
        const theirs = all.filter((i) => i.therapistId === t.id);
        return { therapistId: t.id, name: t.name, owed: theirs.length, late: theirs.filter((i) => i.late).length, oldestMs: theirs.reduce((m, i) => Math.max(m, i.sinceMs), 0) };
      }),
    };
  });
}
