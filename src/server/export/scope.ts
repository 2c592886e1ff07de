/**
 * Who may export which clients, and the audit trail of every export. Three scopes:
 * - one client: the access policy's clinical read (care team and their supervisors);
 * - the caseload: every client on the clinician's clinical caseload;
 * - the organization: every client, for the operator of the database (the CLI acts as the
 *   organization's admin: whoever holds the data directory or DATABASE_URL holds every record).
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { uuidSchema } from '../../domain/schemas/common.js';
import { isClinician } from '../../domain/roles.js';
import type { Db } from '../db/connection.js';
import { auditLog, clients } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { onCaseload, requireClient, requireRole } from '../access/policy.js';
import { forbidden, notFound } from '../http/problem.js';

export type ExportScope = { kind: 'client'; clientId: string } | { kind: 'caseload' } | { kind: 'organization'; clientId?: string };

/** The access check of every export, before anything is read. Throws when the scope is not allowed. */
export function checkScope(ctx: Ctx, scope: ExportScope): void {
  if (scope.kind === 'caseload' && !isClinician(ctx.user.roles)) throw forbidden('exporting a caseload is open to clinicians');
  if (scope.kind === 'organization') requireRole(ctx.user, 'admin');
}

/** The clients of a scope, in a stable order. */
export async function clientsOf(tx: Db, ctx: Ctx, scope: ExportScope): Promise<string[]> {
  checkScope(ctx, scope);
  const org = ctx.user.organizationId;
  if (scope.kind === 'client') {
    await requireClient(tx, ctx, scope.clientId);
    return [scope.clientId];
  }
  if (scope.kind === 'organization' && scope.clientId) {
    const id = scope.clientId;
    const found = uuidSchema.safeParse(id).success
      ? await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.id, id), eq(clients.organizationId, org), isNull(clients.deletedAt)))
      : [];
    if (found.length === 0) throw notFound(`client ${id}`);
    return [id];
  }
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, org), isNull(clients.deletedAt), scope.kind === 'caseload' ? onCaseload(ctx.user, clients.id) : undefined))
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id));
  return rows.map((r) => r.id);
}

/** One 'export' audit row per exported client (one row without a client when there were none). */
export async function auditExport(tx: Db, ctx: Ctx, scope: ExportScope, clientIds: string[], detail: Record<string, unknown>): Promise<void> {
  const base = { organizationId: ctx.user.organizationId, actorId: ctx.user.id, action: 'export', requestId: ctx.requestId, outcome: 'ok' } as const;
  const scoped = { scope: scope.kind, clients: clientIds.length, ...detail };
  if (clientIds.length === 0) {
    await tx.insert(auditLog).values({ ...base, entityType: scope.kind, entityId: null, clientId: null, detail: scoped });
    return;
  }
  for (let i = 0; i < clientIds.length; i += 500)
    await tx.insert(auditLog).values(clientIds.slice(i, i + 500).map((clientId) => ({ ...base, entityType: 'client', entityId: clientId, clientId, detail: scoped })));
}
