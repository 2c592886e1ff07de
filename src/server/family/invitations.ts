/**
 * Invitations and family links. The clinician invites; the link's token is shown once and only its
 * SHA-256 is kept; accepting sets the family member's password and records the consent (what is
 * shared, when). A link is revoked by the clinician or by the family member, at once: every sign-in
 * session of that account ends in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { linkState, type FamilyRelationship, type FamilyShare, type invitationAcceptSchema, type invitationCreateSchema } from '../../domain/family.js';
import { isFamily } from '../../domain/roles.js';
import { nowOf, type ActingUser, type Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient, requireRole } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import type { Db } from '../db/connection.js';
import { clients, familyLinks, users } from '../db/schema.js';
import { Problem, conflict, ruleBroken } from '../http/problem.js';
import { checkPassword, toActing } from '../auth/service.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { createSession, endAllSessions, hashToken } from '../auth/sessions.js';
import type { LinkRow } from './access.js';

/** Where the invitation is opened; the token is in the fragment, which browsers never send to a server. */
export const invitationPath = (token: string) => `/family/join#${token}`;

export function linkOut(l: LinkRow, now: Date) {
  return {
    id: l.id, clientId: l.clientId, email: l.email, name: l.name, relationship: l.relationship as FamilyRelationship, shares: l.shares as FamilyShare[], state: linkState(l, now),
    invitedAt: l.invitedAt, expiresAt: l.expiresAt, acceptedAt: l.acceptedAt, consentShares: l.consentShares as FamilyShare[] | null, consentedAt: l.consentedAt, revokedAt: l.revokedAt,
  };
}

/** A therapist or supervisor on the care team invites a family member; the answer carries the one-time link. */
export async function createInvitation(ctx: Ctx, clientId: string, input: z.output<typeof invitationCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    requireRole(ctx.user, 'therapist', 'supervisor');
    const token = randomBytes(32).toString('base64url');
    const now = nowOf(ctx);
    const [row] = await tx
      .insert(familyLinks)
      .values({
        id: input.id, organizationId: ctx.user.organizationId, clientId, email: input.email.toLowerCase(), name: input.name, relationship: input.relationship, shares: [...new Set(input.shares)],
        tokenHash: hashToken(token), expiresAt: new Date(now + input.expiresInDays * 86400_000).toISOString(), invitedBy: ctx.user.id, invitedAt: new Date(now).toISOString(),
      })
      .onConflictDoNothing({ target: familyLinks.id })
      .returning();
    if (!row) throw conflict('an invitation with this id already exists');
    await audit(tx, ctx, { action: 'grant-access', entityType: 'family_link', entityId: row.id, clientId, detail: { relationship: row.relationship, shares: row.shares, expiresAt: row.expiresAt } });
    return { ...linkOut(row, new Date(now)), token, path: invitationPath(token) };
  });
}

export async function listFamilyLinks(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const rows = await db.select().from(familyLinks).where(and(eq(familyLinks.clientId, clientId), eq(familyLinks.organizationId, ctx.user.organizationId))).orderBy(asc(familyLinks.invitedAt));
    await audit(db, ctx, { action: 'read', entityType: 'family_link', entityId: clientId, clientId });
    return { items: rows.map((r) => linkOut(r, new Date(nowOf(ctx)))) };
  });
}

/** The open invitation of a token, or the problem a family member should read. */
async function openInvitation(db: Db, token: string, now: Date): Promise<LinkRow> {
  const [row] = await db.select().from(familyLinks).where(eq(familyLinks.tokenHash, hashToken(token)));
  if (!row) throw new Problem(404, 'this invitation link is not known; ask the music therapist for a new one', [{ path: 'body.token', message: 'is not known' }]);
  const state = linkState(row, now);
  if (state === 'expired') throw new Problem(410, 'this invitation has expired; ask the music therapist for a new one', [{ path: 'body.token', message: 'has expired' }]);
  if (state !== 'invited') throw new Problem(410, 'this invitation has already been used or was withdrawn', [{ path: 'body.token', message: `is ${state === 'active' ? 'used' : 'withdrawn'}` }]);
  return row;
}

/** What the invitation page shows before the family member accepts: whom it is for and what is shared. */
export async function lookupInvitation(db: Db, token: string, now = new Date()) {
  const row = await openInvitation(db, token, now);
  const [client] = await db.select({ firstName: clients.firstName, preferredName: clients.preferredName }).from(clients).where(eq(clients.id, row.clientId));
  const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.invitedBy));
  const [account] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.email}`);
  const info = { callName: client?.preferredName || client?.firstName || '', invitedBy: inviter?.name ?? '', hasAccount: !!account };
  return { name: row.name, email: row.email, relationship: row.relationship as FamilyRelationship, shares: row.shares as FamilyShare[], expiresAt: row.expiresAt, clientName: info.callName, invitedBy: info.invitedBy, hasAccount: info.hasAccount };
}

export interface AcceptRequest { requestId: string; now?: Date }

/**
 * Accepts an invitation: a new family account with the password given, or, for an email that is
 * already a family account of this practice (a second child), that account after its password.
 * The consent must name exactly what the invitation shares.
 */
export async function acceptInvitation(db: Db, input: z.output<typeof invitationAcceptSchema>, req: AcceptRequest): Promise<{ user: ActingUser; token: string }> {
  const now = req.now ?? new Date();
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const link = await openInvitation(tx, input.token, now);
    const offered = new Set(link.shares as FamilyShare[]);
    const given = new Set(input.shares);
    if (given.size !== offered.size || [...given].some((s) => !offered.has(s)))
      throw ruleBroken('the consent must name what the invitation shares', [{ path: 'body.shares', message: `must be ${[...offered].join(', ')}` }]);
    const [existing] = await tx.select().from(users).where(sql`lower(${users.email}) = ${link.email}`);
    let user: ActingUser;
    if (existing) {
      if (!isFamily(existing.roles as ActingUser['roles']) || existing.organizationId !== link.organizationId || !existing.active)
        throw conflict('this email already has an account that cannot be linked; ask the music therapist to invite another email');
      if (!(await verifyPassword(input.password, existing.passwordHash)))
        throw new Problem(422, 'the password is not right for the existing account', [{ path: 'body.password', message: 'is not right' }]);
      user = toActing(existing);
    } else {
      checkPassword(input.password, [link.email.split('@')[0] ?? '', ...link.name.split(/\s+/)]);
      user = { id: uuidv7(), organizationId: link.organizationId, roles: ['family'], name: link.name, email: link.email };
      await tx.insert(users).values({ ...user, passwordHash: await hashPassword(input.password) });
      await audit(tx, { user, requestId: req.requestId }, { action: 'create', entityType: 'user', entityId: user.id, detail: { roles: user.roles } });
    }
    const at = now.toISOString();
    await tx.update(familyLinks).set({ userId: user.id, acceptedAt: at, consentShares: [...given], consentedAt: at }).where(eq(familyLinks.id, link.id));
    await audit(tx, { user, requestId: req.requestId }, { action: 'update', entityType: 'family_link', entityId: link.id, clientId: link.clientId, detail: { accepted: true, consent: { shares: [...given], at } } });
    const token = await createSession(tx, user);
    return { user, token };
  });
}

/**
 * Revokes a link (an open invitation too): by a clinician of the client, or by the family member
 * whose link it is. The account's sign-in sessions end with it.
 */
export async function revokeLink(ctx: Ctx, linkId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const [link] = await tx.select().from(familyLinks).where(and(eq(familyLinks.id, linkId), eq(familyLinks.organizationId, ctx.user.organizationId)));
    if (isFamily(ctx.user.roles)) {
      if (!link || link.userId !== ctx.user.id) throw new AccessDenied(link?.clientId ?? linkId, 404, 'family link was not found');
    } else {
      if (!link) throw new Problem(404, 'family link was not found');
      await requireClient(tx, ctx, link.clientId);
    }
    if (link.revokedAt) throw conflict('this link is already revoked');
    const at = new Date(nowOf(ctx)).toISOString();
    const [row] = await tx.update(familyLinks).set({ revokedAt: at, revokedBy: ctx.user.id, revokeReason: reason }).where(eq(familyLinks.id, linkId)).returning();
    if (link.userId) await endAllSessions(tx, link.userId);
    await audit(tx, ctx, { action: 'update', entityType: 'family_link', entityId: linkId, clientId: link.clientId, detail: { revoked: true, by: isFamily(ctx.user.roles) ? 'family' : 'clinician', reason } });
    return linkOut(row!, new Date(at));
  });
}
