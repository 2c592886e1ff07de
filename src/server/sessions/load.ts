/** A session and the access the acting user has to it through its participants. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { clients, sessionParticipants, sessions } from '../db/schema.js';
import { AccessDenied, onCaseload } from '../access/policy.js';
import type { Ctx } from '../access/acting-user.js';
import { isClinician } from '../../domain/roles.js';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionLock = 'share' | 'update';

/**
 * Loads a session the user may see: at least one participant on their caseload (read), or every
 * participant (when `all` is set, for changes to the session as a whole). Returns the visible participants.
 * One query (the session beside each participant): it runs on every tap of live capture.
 *
 * In a change, `lock` takes the session row: 'share' for what adds to the session (data, attendance,
 * deliveries; they run side by side), 'update' for signing and for changing the session itself, so a
 * signature and a change to what it covers never interleave (PostgreSQL runs them concurrently).
 */
export async function sessionFor(tx: Db, ctx: Ctx, id: string, opts: { all?: boolean; lock?: SessionLock } = {}) {
  if (!isClinician(ctx.user.roles)) throw new AccessDenied(id, 404, 'session was not found');
  const query = tx
    .select({
      session: sessions,
      clientId: sessionParticipants.clientId,
      attendance: sessionParticipants.attendance,
      absenceReason: sessionParticipants.absenceReason,
      lateMinutes: sessionParticipants.lateMinutes,
      leftEarlyMinutes: sessionParticipants.leftEarlyMinutes,
      visible: onCaseload(ctx.user, sessionParticipants.clientId).mapWith(Boolean),
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
    })
    .from(sessions)
    .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, sessions.id))
    .innerJoin(clients, and(eq(clients.id, sessionParticipants.clientId), isNull(clients.deletedAt)))
    .where(and(eq(sessions.id, id), eq(sessions.organizationId, ctx.user.organizationId), isNull(sessions.deletedAt)))
    .$dynamic();
  const rows = await (opts.lock ? query.for(opts.lock === 'update' ? 'no key update' : 'share', { of: sessions }) : query);
  const visible = rows.filter((p) => p.visible).map(({ session: _, ...p }) => p);
  if (visible.length === 0) throw new AccessDenied(id, 404, 'session was not found');
  if (opts.all && visible.length !== rows.length)
    throw new AccessDenied(id, 403, 'some participants of this session are not on your caseload');
  return { session: rows[0]!.session, participants: visible };
}
