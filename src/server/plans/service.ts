/** Treatment plans: goals, measurable objectives, phases, and which intervention addresses which objective. */
import { objectiveLabel } from '../../domain/objective-label.js';
import type { PromptAfterTrial } from '../../domain/capture.js';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  goalCreateSchema, goalUpdateSchema, objectiveCreateSchema, objectiveUpdateSchema, phaseCreateSchema, planLinkCreateSchema, planUpdateSchema,
} from '../../domain/schemas/plan.js';
import { localDateOf } from '../../domain/schemas/common.js';
import { measurementConfigSchema, withMinOpportunities } from '../../domain/measurement.js';
import type { Db } from '../db/connection.js';
import { goalDomains, goals, interventions, objectives, organizations, phases, planLinks, treatmentPlans } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { refuseIfNotEligible } from './eligibility.js';
import { audit } from '../audit/audit.js';
import { reevaluateMastery } from '../progress/mastery-flags.js';
import { interventionOut } from '../library/service.js';
import { goalFor, objectiveFor, phaseFor, planLinkFor } from './load.js';

/** Interns document; plan changes are made by their supervising clinicians. */
export function requirePlanner(ctx: Ctx) {
  if (!ctx.user.roles.some((r) => r === 'therapist' || r === 'supervisor'))
    throw forbidden('plan changes are made by a therapist or supervisor; an intern sends them as a proposal (POST /api/v1/clients/{id}/plan/proposals) for the supervisor to accept');
}

async function clinicToday(tx: Db, ctx: Ctx): Promise<string> {
  const [org] = await tx.select({ tz: organizations.timeZone }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  return localDateOf(new Date(nowOf(ctx)).toISOString(), org?.tz ?? 'UTC');
}

export const goalOut = (g: typeof goals.$inferSelect) => ({
  id: g.id, clientId: g.clientId, domainId: g.domainId, statement: g.statement, status: g.status, targetDate: g.targetDate, version: g.version,
});

export const objectiveOut = (o: typeof objectives.$inferSelect) => ({
  id: o.id, clientId: o.clientId, goalId: o.goalId, statement: o.statement, behaviour: o.behaviour, shortLabel: o.shortLabel, label: objectiveLabel(o), condition: o.condition,
  measurement: o.measurement as never, criterion: o.criterion as never, direction: o.direction as 'increase' | 'decrease',
  baselineValue: o.baselineValue ?? null, baselineNote: o.baselineNote, status: o.status, targetDate: o.targetDate,
  masteryMetOn: o.masteryMetOn, masteryConfirmedAt: o.masteryConfirmedAt, promptAfterTrial: o.promptAfterTrial as PromptAfterTrial, version: o.version,
});

export const phaseOut = (p: typeof phases.$inferSelect) => ({
  id: p.id, objectiveId: p.objectiveId, kind: p.kind as 'baseline' | 'intervention', label: p.label, startDate: p.startDate, note: p.note,
});

export async function createGoal(ctx: Ctx, clientId: string, input: z.output<typeof goalCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    requirePlanner(ctx);
    const [domain] = await tx.select({ id: goalDomains.id }).from(goalDomains).where(and(eq(goalDomains.id, input.domainId), eq(goalDomains.organizationId, ctx.user.organizationId)));
    if (!domain) throw ruleBroken('the goal domain does not exist in this practice', [{ path: 'body.domainId', message: 'unknown goal domain' }]);
    const [row] = await tx.insert(goals).values({ ...input, clientId, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'goal', entityId: input.id, clientId });
    return goalOut(row!);
  });
}

export async function updateGoal(ctx: Ctx, id: string, input: z.output<typeof goalUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const goal = await goalFor(tx, ctx, id);
    requirePlanner(ctx);
    const { version, ...changes } = input;
    const row = await updateVersioned(tx, goals, id, ctx.user.organizationId, version, defined(changes));
    await audit(tx, ctx, { action: 'update', entityType: 'goal', entityId: id, clientId: goal.clientId });
    return goalOut(row);
  });
}

export async function createObjective(ctx: Ctx, goalId: string, input: z.output<typeof objectiveCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const goal = await goalFor(tx, ctx, goalId);
    requirePlanner(ctx);
    const [row] = await tx.insert(objectives).values({ ...input, goalId, clientId: goal.clientId, organizationId: ctx.user.organizationId }).returning();
    const today = await clinicToday(tx, ctx);
    await tx.insert(phases).values({
      id: crypto.randomUUID(), organizationId: ctx.user.organizationId, objectiveId: input.id,
      kind: input.status === 'baseline' ? 'baseline' : 'intervention', label: input.status === 'baseline' ? 'Baseline' : 'Intervention', startDate: today,
    });
    await audit(tx, ctx, { action: 'create', entityType: 'objective', entityId: input.id, clientId: goal.clientId });
    return objectiveOut(row!);
  });
}

export async function getObjective(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await objectiveFor(tx, ctx, id);
    await audit(tx, ctx, { action: 'read', entityType: 'objective', entityId: id, clientId: row.clientId });
    return objectiveOut(row);
  });
}

export async function updateObjective(ctx: Ctx, id: string, input: z.output<typeof objectiveUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const current = await objectiveFor(tx, ctx, id);
    requirePlanner(ctx);
    const { version, minOpportunities, ...rest } = input;
    const changes: Partial<typeof objectives.$inferInsert> = rest;
    if (minOpportunities !== undefined) {
      const set = withMinOpportunities(measurementConfigSchema.parse(current.measurement), minOpportunities);
      if ('problem' in set) throw ruleBroken(set.problem, [{ path: 'body.minOpportunities', message: set.problem }]);
      changes.measurement = set.config;
    }
    const row = await updateVersioned(tx, objectives, id, ctx.user.organizationId, version, defined(changes));
    // Leaving baseline starts the first intervention phase: the phase line on the graph.
    if (current.status === 'baseline' && input.status === 'active') {
      const existing = await tx.select({ id: phases.id }).from(phases).where(and(eq(phases.objectiveId, id), eq(phases.kind, 'intervention'), isNull(phases.deletedAt)));
      if (existing.length === 0)
        await tx.insert(phases).values({ id: crypto.randomUUID(), organizationId: ctx.user.organizationId, objectiveId: id, kind: 'intervention', label: 'Intervention', startDate: await clinicToday(tx, ctx) });
    }
    await audit(tx, ctx, { action: 'update', entityType: 'objective', entityId: id, clientId: current.clientId, detail: { fields: Object.keys(defined(changes)) } });
    if (changes.criterion || changes.status || changes.measurement) {
      await reevaluateMastery(tx, ctx, [row]);
      return objectiveOut(await objectiveFor(tx, ctx, id));
    }
    return objectiveOut(row);
  });
}

/** The therapist confirms that an objective met its criterion; the objective is then closed as met. */
export async function confirmMastery(ctx: Ctx, id: string, version: number) {
  return inTransaction(ctx, async (tx) => {
    const current = await objectiveFor(tx, ctx, id);
    requirePlanner(ctx);
    if (!current.masteryMetOn) throw ruleBroken('this objective has not met its criterion yet', [{ path: 'id', message: 'criterion not met' }]);
    const row = await updateVersioned(tx, objectives, id, ctx.user.organizationId, version, { status: 'met', masteryConfirmedAt: new Date().toISOString() });
    await audit(tx, ctx, { action: 'update', entityType: 'objective', entityId: id, clientId: current.clientId, detail: { masteryConfirmed: true } });
    return objectiveOut(row);
  });
}

export async function listPhases(ctx: Ctx, objectiveId: string) {
  return inTransaction(ctx, async (tx) => {
    const o = await objectiveFor(tx, ctx, objectiveId);
    const rows = await tx.select().from(phases).where(and(eq(phases.objectiveId, objectiveId), isNull(phases.deletedAt))).orderBy(asc(phases.startDate), asc(phases.createdAt));
    await audit(tx, ctx, { action: 'read', entityType: 'phase', entityId: objectiveId, clientId: o.clientId });
    return rows.map(phaseOut);
  });
}

export async function createPhase(ctx: Ctx, objectiveId: string, input: z.output<typeof phaseCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const o = await objectiveFor(tx, ctx, objectiveId);
    requirePlanner(ctx);
    const [row] = await tx.insert(phases).values({ ...input, objectiveId, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'phase', entityId: input.id, clientId: o.clientId });
    return phaseOut(row!);
  });
}

export async function deletePhase(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const p = await phaseFor(tx, ctx, id);
    requirePlanner(ctx);
    const o = await objectiveFor(tx, ctx, p.objectiveId);
    await tx.update(phases).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(phases.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'phase', entityId: id, clientId: o.clientId, detail: { reason } });
  });
}

export async function createPlanLink(ctx: Ctx, clientId: string, input: z.output<typeof planLinkCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    requirePlanner(ctx);
    const objective = await objectiveFor(tx, ctx, input.objectiveId);
    if (objective.clientId !== clientId) throw ruleBroken('the objective belongs to another client', [{ path: 'body.objectiveId', message: 'not an objective of this client' }]);
    const [intervention] = await tx.select({ id: interventions.id }).from(interventions).where(and(eq(interventions.id, input.interventionId), eq(interventions.organizationId, ctx.user.organizationId), isNull(interventions.deletedAt)));
    if (!intervention) throw ruleBroken('the intervention is not in this practice’s library', [{ path: 'body.interventionId', message: 'unknown intervention' }]);
    const [dup] = await tx.select({ id: planLinks.id }).from(planLinks).where(and(eq(planLinks.objectiveId, input.objectiveId), eq(planLinks.interventionId, input.interventionId), isNull(planLinks.deletedAt)));
    if (dup) throw conflict('this intervention is already linked to this objective', { existingId: dup.id });
    const { overrideReason, ...link } = input;
    await refuseIfNotEligible(tx, ctx, { interventionId: input.interventionId, clientIds: [clientId], onDate: await clinicToday(tx, ctx), overrideReason, entityType: 'plan_link', entityId: input.id });
    await tx.insert(planLinks).values({ ...link, clientId, createdBy: ctx.user.id, organizationId: ctx.user.organizationId });
    await audit(tx, ctx, { action: 'create', entityType: 'plan_link', entityId: input.id, clientId });
    return { id: input.id, objectiveId: input.objectiveId, interventionId: input.interventionId };
  });
}

export async function deletePlanLink(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const link = await planLinkFor(tx, ctx, id);
    requirePlanner(ctx);
    await tx.update(planLinks).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id }).where(eq(planLinks.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'plan_link', entityId: id, clientId: link.clientId });
  });
}

/** The whole plan of a client: goals → objectives → linked interventions, and the review date. */
export async function getPlan(ctx: Ctx, clientId: string) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    const [plan] = await tx.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId));
    const goalRows = await tx.select().from(goals).where(and(eq(goals.clientId, clientId), isNull(goals.deletedAt))).orderBy(asc(goals.createdAt));
    const objRows = await tx.select().from(objectives).where(and(eq(objectives.clientId, clientId), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt));
    const links = await tx.select().from(planLinks).where(and(eq(planLinks.clientId, clientId), isNull(planLinks.deletedAt)));
    const ivIds = [...new Set(links.map((l) => l.interventionId))];
    const ivs = ivIds.length ? await tx.select().from(interventions).where(inArray(interventions.id, ivIds)) : [];
    const ivById = new Map(ivs.map((i) => [i.id, interventionOut(i)]));
    await audit(tx, ctx, { action: 'read', entityType: 'plan', entityId: clientId, clientId });
    const [org] = client.gestationalAgeWeeks === null ? [] : await tx.select({ liveMin: organizations.nicuLiveMusicMinPmaWeeks }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
    return {
      clientId,
      nicu: client.gestationalAgeWeeks === null ? null : { birthDate: client.birthDate, gestationalAgeWeeks: client.gestationalAgeWeeks, gestationalAgeDays: client.gestationalAgeDays, liveMusicMinPmaWeeks: org?.liveMin ?? null },
      reviewDate: plan?.reviewDate ?? null,
      notes: plan?.notes ?? '',
      frequency: plan?.frequency ?? '',
      sessionMinutes: plan?.sessionMinutes ?? null,
      precautions: (plan?.precautions as string[] | undefined) ?? [],
      version: plan?.version ?? 0,
      goals: goalRows.map((g) => ({
        ...goalOut(g),
        objectives: objRows
          .filter((o) => o.goalId === g.id)
          .map((o) => ({
            ...objectiveOut(o),
            links: links.filter((l) => l.objectiveId === o.id).map((l) => ({ id: l.id, intervention: ivById.get(l.interventionId)! })),
          })),
      })),
    };
  });
}

export async function updatePlan(ctx: Ctx, clientId: string, input: z.output<typeof planUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    requirePlanner(ctx);
    const [plan] = await tx.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId));
    const { version, ...changes } = input;
    if (!plan) {
      if (version !== 1) throw conflict('the plan does not exist yet; send version 1 to create it', { currentVersion: 0 });
      await tx.insert(treatmentPlans).values({ id: crypto.randomUUID(), organizationId: ctx.user.organizationId, clientId, ...defined(changes) });
    } else {
      await updateVersioned(tx, treatmentPlans, plan.id, ctx.user.organizationId, version, defined(changes));
    }
    await audit(tx, ctx, { action: 'update', entityType: 'plan', entityId: clientId, clientId });
    const [row] = await tx.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, clientId));
    return { reviewDate: row!.reviewDate, notes: row!.notes, frequency: row!.frequency, sessionMinutes: row!.sessionMinutes, precautions: row!.precautions as string[], version: row!.version };
  });
}

export async function deleteGoal(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const goal = await goalFor(tx, ctx, id);
    requirePlanner(ctx);
    const stamp = { deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason };
    await tx.update(goals).set(stamp).where(eq(goals.id, id));
    await tx.update(objectives).set(stamp).where(and(eq(objectives.goalId, id), isNull(objectives.deletedAt)));
    await audit(tx, ctx, { action: 'delete', entityType: 'goal', entityId: id, clientId: goal.clientId, detail: { reason } });
  });
}

export async function deleteObjective(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const o = await objectiveFor(tx, ctx, id);
    requirePlanner(ctx);
    await tx.update(objectives).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(objectives.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'objective', entityId: id, clientId: o.clientId, detail: { reason } });
  });
}
