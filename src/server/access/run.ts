/** Runs a service body; a refused access is itself recorded in the audit trail. */
import { PgTransaction } from 'drizzle-orm/pg-core';
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

/**
 * A change: every statement, its audit row included, commits together or not at all. Called with a
 * context whose database is already a transaction (`withTx`), it joins that transaction: one
 * service composes others (accepting a proposal makes the change and marks the proposal at once),
 * and the outermost call records a refusal.
 */
export async function inTransaction<T>(ctx: Ctx, body: (tx: Db) => Promise<T>): Promise<T> {
  if (isTransaction(ctx.db)) return body(ctx.db);
  return recordingRefusals(ctx, () => ctx.db.transaction(async (tx) => body(tx as unknown as Db)));
}

/** The same request acting inside `tx`: services called with it join the transaction. */
export const withTx = (ctx: Ctx, tx: Db): Ctx => ({ ...ctx, db: tx });

export const isTransaction = (db: Db): boolean => db instanceof PgTransaction;

/**
 * A read: its statements run without a transaction (two round trips fewer on every page). The body
 * writes its audit row last, and the answer leaves only after that row is stored, so nothing is
 * shown that the trail does not record.
 */
export async function inRead<T>(ctx: Ctx, body: (db: Db) => Promise<T>): Promise<T> {
  return recordingRefusals(ctx, () => body(ctx.db));
}
