/**
 * The one access policy, for reads and writes alike. A client is visible to its care team and to
 * the supervisors of any care-team member; an admin without a clinical role sees demographics only.
 * What a user may not see answers 404 (existence does not leak); a visible resource with a
 * forbidden action answers 403.
 */
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { isClinician } from '../../domain/roles.js';
import { careTeam, clients, supervision } from '../db/schema.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connection.js';
import { Problem, forbidden } from '../http/problem.js';
import type { ActingUser, Ctx } from './acting-user.js';

export type ClientAccess = 'clinical' | 'demographic';
export type ClientRow = typeof clients.$inferSelect;

/** Users whose care-team membership makes a client visible to `userId`: self, supervisees, their supervisees. */
export function teamOf(userId: string): SQL {
  return sql`(select ${userId}::uuid
    union select s1.supervisee_id from supervision s1 where s1.supervisor_id = ${userId}::uuid
    union select s2.supervisee_id from supervision s1 join supervision s2 on s2.supervisor_id = s1.supervisee_id
      where s1.supervisor_id = ${userId}::uuid)`;
}

/** SQL condition on a client id column: the client is on the clinical caseload of the user. */
export function onCaseload(user: ActingUser, clientIdColumn: SQL | AnyPgColumn): SQL {
  return sql`exists (select 1 from care_team ct where ct.client_id = ${clientIdColumn} and ct.user_id in ${teamOf(user.id)})`;
}

/**
 * The ids of the sessions with a participant on the user's caseload, as a set to filter by: it
 * starts from the caseload (tens of clients) instead of testing every session of the practice.
 */
export function caseloadSessionIds(user: ActingUser): SQL {
  return sql`(select sp.session_id from session_participants sp
    where sp.client_id in (select ct.client_id from care_team ct where ct.user_id in ${teamOf(user.id)}))`;
}

/** The condition for listing clients: clinicians see their caseload; an admin sees the practice's names. */
export function visibleClients(user: ActingUser): SQL {
  const base = and(eq(clients.organizationId, user.organizationId), isNull(clients.deletedAt))!;
  if (user.roles.includes('admin')) return base;
  if (!isClinician(user.roles)) return sql`false`;
  return and(base, onCaseload(user, clients.id))!;
}

export function accessLevel(user: ActingUser, onTeam: boolean): ClientAccess | null {
  if (onTeam && isClinician(user.roles)) return 'clinical';
  if (user.roles.includes('admin')) return 'demographic';
  return null;
}

export class AccessDenied extends Problem {
  constructor(
    readonly clientId: string,
    status: 404 | 403,
    detail: string,
  ) {
    super(status, detail);
  }
}

/**
 * The first line of every service method touching client data: loads the client if the user may
 * see it at the needed level, or throws 404 (invisible) / 403 (visible, not permitted).
 */
export async function requireClient(
  tx: Db,
  ctx: Ctx,
  clientId: string,
  need: ClientAccess = 'clinical',
  includeDeleted = false,
): Promise<{ client: ClientRow; access: ClientAccess }> {
  const rows = await tx
    .select({ client: clients, onTeam: onCaseload(ctx.user, clients.id).mapWith(Boolean) })
    .from(clients)
    .where(
      and(
        eq(clients.id, clientId),
        eq(clients.organizationId, ctx.user.organizationId),
        includeDeleted ? undefined : isNull(clients.deletedAt),
      ),
    );
  const row = rows[0];
  const access = checkAccess(ctx, clientId, row?.onTeam ?? null, need);
  return { client: row!.client, access };
}

/**
 * The verdict of requireClient for a client read beside another record (one query for both):
 * `onTeam` is null when the client does not exist here (or was deleted).
 */
export function checkAccess(ctx: Ctx, clientId: string, onTeam: boolean | null, need: ClientAccess = 'clinical'): ClientAccess {
  const access = onTeam === null ? null : accessLevel(ctx.user, onTeam);
  if (!access) throw new AccessDenied(clientId, 404, 'client was not found');
  if (need === 'clinical' && access !== 'clinical')
    throw new AccessDenied(clientId, 403, 'clinical records are open only to the care team and their supervisors');
  return access;
}

/** SQL beside a record: null when its client is missing or deleted, else whether the client is on the user's caseload (for checkAccess). */
export function clientOnCaseload(user: ActingUser, clientIdColumn: SQL | AnyPgColumn): SQL<boolean | null> {
  return sql<boolean | null>`(select ${onCaseload(user, sql`c.id`)} from ${clients} c where c.id = ${clientIdColumn} and c.organization_id = ${user.organizationId} and c.deleted_at is null)`;
}

/** SQL condition beside a record: its client exists, is not deleted, and is on the user's caseload (for lists). */
export function onVisibleClient(user: ActingUser, clientIdColumn: SQL | AnyPgColumn): SQL {
  return sql`(${clientOnCaseload(user, clientIdColumn)}) is true`;
}

/** Lists of clinical records across clients (proposals, the co-sign queue) are for clinicians. */
export function requireClinician(user: ActingUser, what: string): void {
  if (!isClinician(user.roles)) throw forbidden(`${what} are open only to clinicians`);
}

/** requireClient for several clients in one query (clinical access to every one): a session's participants. */
export async function requireClients(tx: Db, ctx: Ctx, clientIds: string[]): Promise<void> {
  const ids = [...new Set(clientIds)];
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: clients.id, onTeam: onCaseload(ctx.user, clients.id).mapWith(Boolean) })
    .from(clients)
    .where(and(inArray(clients.id, ids), eq(clients.organizationId, ctx.user.organizationId), isNull(clients.deletedAt)));
  for (const id of ids) checkAccess(ctx, id, rows.find((r) => r.id === id)?.onTeam ?? null);
}

/** Who changes a care team: therapists, supervisors and admins (an intern documents, and does not grant access). */
export const mayChangeCareTeam = (user: ActingUser): boolean => user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'therapist');

/**
 * The colleagues a user sees in the practice's user list. An admin sees every account with its
 * email. A clinician sees names only: the care teams of the clients they see and their supervision
 * links; one who changes care teams also sees the practice's active clinicians (whom they may add).
 */
export async function colleaguesOf(tx: Db, user: ActingUser): Promise<{ all: true } | { all: false; ids: Set<string>; activeClinicians: boolean }> {
  if (user.roles.includes('admin')) return { all: true };
  if (!isClinician(user.roles)) return { all: false, ids: new Set([user.id]), activeClinicians: false };
  const team = await tx.selectDistinct({ id: careTeam.userId }).from(careTeam).where(and(eq(careTeam.organizationId, user.organizationId), onVisibleClient(user, careTeam.clientId)));
  const links = await tx.select({ a: supervision.supervisorId, b: supervision.superviseeId }).from(supervision).where(and(eq(supervision.organizationId, user.organizationId), sql`${user.id}::uuid in (${supervision.supervisorId}, ${supervision.superviseeId})`));
  return { all: false, ids: new Set([user.id, ...team.map((t) => t.id), ...links.flatMap((l) => [l.a, l.b])]), activeClinicians: mayChangeCareTeam(user) };
}

/** Whether `supervisorId` directly supervises `superviseeId` (co-signs their work, edits their drafts). */
export async function supervises(tx: Db, supervisorId: string, superviseeId: string): Promise<boolean> {
  const [link] = await tx.select({ id: supervision.supervisorId }).from(supervision).where(and(eq(supervision.supervisorId, supervisorId), eq(supervision.superviseeId, superviseeId)));
  return !!link;
}

export function requireRole(user: ActingUser, ...roles: ActingUser['roles']): void {
  if (!roles.some((r) => user.roles.includes(r))) throw forbidden(`this needs the role ${roles.join(' or ')}`);
}
