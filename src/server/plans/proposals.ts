/**
 * Interns document under supervision: their plan changes are proposals. A supervisor of the author
 * accepts one (the change is then made, as the supervisor, through the same service) or rejects it.
 */
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { goalCreateSchema, objectiveCreateSchema, objectiveUpdateSchema, planLinkCreateSchema, type ProposalCreate } from '../../domain/schemas/plan.js';
import type { Db } from '../db/connection.js';
import { goals, objectives, planProposals, supervision } from '../db/schema.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { AccessDenied, onVisibleClient, requireClient, requireClinician } from '../access/policy.js';
import { inRead, inTransaction, withTx } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { createGoal, createObjective, createPlanLink, updateObjective } from './service.js';

type Row = typeof planProposals.$inferSelect;
export const proposalOut = (r: Row) => ({
  id: r.id, clientId: r.clientId, authorId: r.authorId, kind: r.kind, targetId: r.targetId, payload: r.payload as Record<string, unknown>,
  reason: r.reason, status: r.status, decidedBy: r.decidedBy, decidedAt: r.decidedAt, decisionNote: r.decisionNote, createdAt: r.createdAt,
});

/**
 * What a proposal changes is the chart it is filed under: the goal (a new objective), the objective
 * (an update) or the linked objective belongs to that client. Checked when proposed and when accepted,
 * so an accepted proposal never changes another client's chart.
 */
async function checkTarget(tx: Db, ctx: Ctx, clientId: string, p: Pick<Row, 'kind' | 'targetId' | 'payload'>) {
  const [table, id, path] =
    p.kind === 'objective' ? [goals, p.targetId, 'body.targetId']
    : p.kind === 'objective_update' ? [objectives, p.targetId, 'body.targetId']
    : p.kind === 'plan_link' ? [objectives, (p.payload as { objectiveId?: string }).objectiveId ?? null, 'body.payload.objectiveId']
    : [null, null, ''];
  if (!table) return;
  const [found] = id
    ? await tx.select({ id: table.id }).from(table).where(and(eq(table.id, id), eq(table.clientId, clientId), eq(table.organizationId, ctx.user.organizationId), isNull(table.deletedAt)))
    : [];
  const what = table === goals ? 'goal' : 'objective';
  if (!found) throw ruleBroken(`a proposal changes the chart it is filed under; the ${what} is not one of this client’s`, [{ path, message: `not a ${what} of this client` }], 'proposal-target-elsewhere');
}

export async function propose(ctx: Ctx, clientId: string, input: ProposalCreate) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    await checkTarget(tx, ctx, clientId, { kind: input.kind, targetId: 'targetId' in input ? input.targetId : null, payload: input.payload });
    const [dup] = await tx.select({ id: planProposals.id }).from(planProposals).where(eq(planProposals.id, input.id));
    if (dup) throw conflict('a proposal with this id already exists');
    const [row] = await tx
      .insert(planProposals)
      .values({ id: input.id, organizationId: ctx.user.organizationId, clientId, authorId: ctx.user.id, kind: input.kind, targetId: 'targetId' in input ? input.targetId : null, payload: input.payload, reason: input.reason })
      .returning();
    await audit(tx, ctx, { action: 'create', entityType: 'plan_proposal', entityId: input.id, clientId, detail: { kind: input.kind } });
    return proposalOut(row!);
  });
}

/** Pending proposals I may decide (my supervisees') and my own, of clients I may see. */
export async function listProposals(ctx: Ctx) {
  return inRead(ctx, async (tx) => {
    requireClinician(ctx.user, 'plan proposals');
    const rows = await tx
      .select()
      .from(planProposals)
      .where(and(
        eq(planProposals.organizationId, ctx.user.organizationId),
        eq(planProposals.status, 'pending'),
        or(eq(planProposals.authorId, ctx.user.id), sql`${planProposals.authorId} in (select s.supervisee_id from ${supervision} s where s.supervisor_id = ${ctx.user.id}::uuid)`),
        onVisibleClient(ctx.user, planProposals.clientId),
      ))
      .orderBy(sql`${planProposals.authorId} = ${ctx.user.id}::uuid`, asc(planProposals.createdAt));
    await auditMany(tx, ctx, rows.map((r) => ({ action: 'read', entityType: 'plan_proposal', entityId: r.id, clientId: r.clientId })));
    return rows.map(proposalOut);
  });
}

async function decidable(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(planProposals).where(and(eq(planProposals.id, id), eq(planProposals.organizationId, ctx.user.organizationId))).for('update');
  if (!row) throw new AccessDenied(id, 404, 'proposal was not found');
  await requireClient(tx, ctx, row.clientId);
  const [link] = await tx.select().from(supervision).where(and(eq(supervision.supervisorId, ctx.user.id), eq(supervision.superviseeId, row.authorId)));
  if (!link) throw forbidden('only a supervisor of the proposal’s author decides it');
  if (row.status !== 'pending') throw conflict(`this proposal was already ${row.status}`);
  return row;
}

/**
 * Applies the change through the ordinary service, as the supervisor, and marks the proposal
 * accepted: one transaction, so the change is made exactly when the proposal says so.
 */
export async function acceptProposal(ctx: Ctx, id: string, note: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await decidable(tx, ctx, id);
    await checkTarget(tx, ctx, row.clientId, row);
    const inner = withTx(ctx, tx);
    const p = row.payload;
    switch (row.kind) {
      case 'goal':
        await createGoal(inner, row.clientId, goalCreateSchema.parse(p));
        break;
      case 'objective':
        await createObjective(inner, row.targetId!, objectiveCreateSchema.parse(p));
        break;
      case 'plan_link':
        await createPlanLink(inner, row.clientId, planLinkCreateSchema.parse(p));
        break;
      case 'objective_update':
        await updateObjective(inner, row.targetId!, objectiveUpdateSchema.parse(p));
        break;
    }
    return decide(tx, ctx, row, 'accepted', note);
  });
}

export async function rejectProposal(ctx: Ctx, id: string, note: string) {
  return inTransaction(ctx, async (tx) => decide(tx, ctx, await decidable(tx, ctx, id), 'rejected', note));
}

async function decide(tx: Db, ctx: Ctx, row: Row, status: 'accepted' | 'rejected', note: string) {
  const [updated] = await tx
    .update(planProposals)
    .set({ status, decidedBy: ctx.user.id, decidedAt: new Date().toISOString(), decisionNote: note })
    .where(and(eq(planProposals.id, row.id), eq(planProposals.status, 'pending')))
    .returning();
  if (!updated) throw conflict('this proposal was decided meanwhile');
  await audit(tx, ctx, { action: 'update', entityType: 'plan_proposal', entityId: row.id, clientId: row.clientId, detail: { status } });
  return proposalOut(updated);
}
