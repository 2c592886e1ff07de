/** Runs a service body in one transaction; a refused access is itself recorded in the audit trail. */
import type { Db } from '../db/connection.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from './acting-user.js';
import { AccessDenied } from './policy.js';

export async function inTransaction<T>(ctx: Ctx, body: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => body(tx as unknown as Db));
  } catch (err) {
    if (err instanceof AccessDenied) {
      await audit(ctx.db, ctx, {
        action: 'access-denied',
        entityType: 'client',
        entityId: err.clientId,
        clientId: null,
        outcome: 'denied',
        detail: { status: err.status },
      }).catch(() => undefined);
    }
    throw err;
  }
}
