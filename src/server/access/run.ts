/** Runs a service body; a refused access is itself recorded in the audit trail. */
import type { Db } from '../db/connection.js';
import { audit } from '../audit/audit.js';
import type { Ctx } from './acting-user.js';
import { AccessDenied } from './policy.js';

async function recordingRefusals<T>(ctx: Ctx, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
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

/** A change: every statement, its audit row included, commits together or not at all. */
export async function inTransaction<T>(ctx: Ctx, body: (tx: Db) => Promise<T>): Promise<T> {
  return recordingRefusals(ctx, () => ctx.db.transaction(async (tx) => body(tx as unknown as Db)));
}

/**
 * A read: its statements run without a transaction (two round trips fewer on every page). The body
 * writes its audit row last, and the answer leaves only after that row is stored, so nothing is
 * shown that the trail does not record.
 */
export async function inRead<T>(ctx: Ctx, body: (db: Db) => Promise<T>): Promise<T> {
  return recordingRefusals(ctx, () => body(ctx.db));
}
