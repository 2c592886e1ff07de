/** Whose billing records a request covers: one client (the access check on it), or the user's clinical caseload. */
import { and, eq, isNull, inArray } from 'drizzle-orm';
import { personText } from '../../domain/reports/identity.js';
import type { Db } from '../db/connection.js';
import { clients, users } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { onCaseload, requireClient, requireClinician } from '../access/policy.js';

export type ClientRow = typeof clients.$inferSelect;

export interface Period {
  from?: string;
  to?: string;
}


export async function clientsInScope(tx: Db, ctx: Ctx, clientId: string | undefined, what: string): Promise<ClientRow[]> {
  if (clientId) return [(await requireClient(tx, ctx, clientId)).client];
  requireClinician(ctx.user, what);
  return tx.select().from(clients).where(and(eq(clients.organizationId, ctx.user.organizationId), isNull(clients.deletedAt), onCaseload(ctx.user, clients.id)));
}

/** Names (with credentials) of the practice's users, for claim and superbill fields. */
export async function providerNames(tx: Db, ctx: Ctx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.name, credentials: users.credentials }).from(users).where(and(eq(users.organizationId, ctx.user.organizationId), inArray(users.id, wanted)));
  return new Map(rows.map((u) => [u.id, personText(u)]));
}
