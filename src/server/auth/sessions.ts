/** Server-side sign-in sessions stored in the database; the browser holds only an opaque token. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Role } from '../../domain/roles.js';
import type { Db } from '../db/connection.js';
import { authSessions, organizations, users } from '../db/schema.js';
import type { ActingUser, OrganizationSettings } from '../access/acting-user.js';

export const SESSION_COOKIE = 'crescendo_session';
export const IDLE_MINUTES = Number(process.env.CRESCENDO_IDLE_MINUTES ?? 120);
export const ABSOLUTE_HOURS = 12;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, user: { id: string; organizationId: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ABSOLUTE_HOURS * 3600_000).toISOString();
  await db.insert(authSessions).values({ tokenHash: hashToken(token), userId: user.id, organizationId: user.organizationId, expiresAt });
  return token;
}

/**
 * The signed-in user for a token, with their organization's settings (in the same query), or null
 * when the token is unknown, expired (idle or absolute) or the user is deactivated.
 */
export async function resolveSession(db: Db, token: string): Promise<{ user: ActingUser; organization: OrganizationSettings } | null> {
  const tokenHash = hashToken(token);
  const now = new Date();
  const rows = await db
    .select({ s: authSessions, u: users, timeZone: organizations.timeZone, noteFormat: organizations.noteFormat, lateEntryHours: organizations.lateEntryHours })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now.toISOString()), eq(users.active, true)));
  const row = rows[0];
  if (!row) return null;
  if (now.getTime() - Date.parse(row.s.lastSeenAt) > IDLE_MINUTES * 60_000) {
    await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash));
    return null;
  }
  // Touch at most once a minute so reads do not turn into writes.
  if (now.getTime() - Date.parse(row.s.lastSeenAt) > 60_000)
    await db.update(authSessions).set({ lastSeenAt: now.toISOString() }).where(eq(authSessions.tokenHash, tokenHash));
  return {
    user: { id: row.u.id, organizationId: row.u.organizationId, roles: row.u.roles as Role[], name: row.u.name, email: row.u.email },
    organization: { timeZone: row.timeZone, noteFormat: row.noteFormat as OrganizationSettings['noteFormat'], lateEntryHours: row.lateEntryHours },
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, hashToken(token)));
}

export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.userId, userId));
}
