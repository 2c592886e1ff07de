/** Finds a record under a client, inside the acting user's organization, then applies the client access check. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { goals, objectives, phases, planLinks } from '../db/schema.js';
import { AccessDenied, requireClient } from '../access/policy.js';
import type { Ctx } from '../access/acting-user.js';

export async function goalFor(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(goals).where(and(eq(goals.id, id), eq(goals.organizationId, ctx.user.organizationId), isNull(goals.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'goal was not found');
  await requireClient(tx, ctx, row.clientId);
  return row;
}

export async function objectiveFor(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(objectives).where(and(eq(objectives.id, id), eq(objectives.organizationId, ctx.user.organizationId), isNull(objectives.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'objective was not found');
  await requireClient(tx, ctx, row.clientId);
  return row;
}

export async function phaseFor(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(phases).where(and(eq(phases.id, id), eq(phases.organizationId, ctx.user.organizationId), isNull(phases.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'phase was not found');
  await objectiveFor(tx, ctx, row.objectiveId);
  return row;
}

export async function planLinkFor(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(planLinks).where(and(eq(planLinks.id, id), eq(planLinks.organizationId, ctx.user.organizationId), isNull(planLinks.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'plan link was not found');
  await requireClient(tx, ctx, row.clientId);
  return row;
}
