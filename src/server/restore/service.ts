/** Recoverable deletes: an admin restores a soft-deleted clinical record; the restore is audited. */
import { and, eq, isNotNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { assessments, deliveredInterventions, goals, objectives, phases, planLinks, recordings, sessions } from '../db/schema.js';
import { notFound } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { requireRole } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';

type SoftDeleted = PgTable & { id: PgColumn; organizationId: PgColumn; deletedAt: PgColumn; deletedBy: PgColumn; deleteReason: PgColumn };

/** Clients have their own restore (`POST /clients/{id}/restore`); these are the records under them. */
export const RESTORABLE: Record<string, SoftDeleted> = {
  goal: goals, objective: objectives, phase: phases, plan_link: planLinks, assessment: assessments,
  session: sessions, delivered_intervention: deliveredInterventions, recording: recordings,
};
export const RESTORABLE_TYPES = Object.keys(RESTORABLE) as [string, ...string[]];

export async function restoreRecord(ctx: Ctx, entityType: string, id: string) {
  requireRole(ctx.user, 'admin');
  const table = RESTORABLE[entityType]!;
  return inTransaction(ctx, async (tx) => {
    const rows = (await tx
      .update(table)
      .set({ deletedAt: null, deletedBy: null, deleteReason: null } as never)
      .where(and(eq(table.id, id), eq(table.organizationId, ctx.user.organizationId), isNotNull(table.deletedAt)))
      .returning()) as Record<string, unknown>[];
    const row = rows[0];
    if (!row) throw notFound(`deleted ${entityType.replace('_', ' ')}`);
    await audit(tx, ctx, { action: 'restore', entityType, entityId: id, clientId: (row.clientId as string | undefined) ?? null });
    return { entityType, id };
  });
}
