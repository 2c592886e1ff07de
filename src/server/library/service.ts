/** The organization's goal bank and intervention library: shipped content plus what the organization adds. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { goalDomainCreateSchema, interventionCreateSchema } from '../../domain/schemas/plan.js';
import { goalDomains, interventions } from '../db/schema.js';
import { conflict, forbidden, notFound, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { isClinician } from '../../domain/roles.js';

function requireLibraryEditor(ctx: Ctx) {
  if (!ctx.user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'therapist'))
    throw forbidden('only therapists, supervisors and admins add to the library');
}

export function domainOut(d: typeof goalDomains.$inferSelect) {
  return {
    id: d.id, key: d.key, name: d.name, category: d.category, definition: d.definition,
    subSkills: d.subSkills, populations: d.populations, builtIn: d.builtIn,
  };
}

export function interventionOut(i: typeof interventions.$inferSelect) {
  return {
    id: i.id, key: i.key, name: i.name, technique: i.technique,
    musicElements: i.musicElements as { element: string; use: string }[],
    goalDomainKeys: i.goalDomainKeys, populations: i.populations,
    materials: i.materials as string[], procedure: i.procedure as string[],
    adaptations: i.adaptations as { easier: string[]; harder: string[] },
    precautions: i.precautions as string[], references: i.references as never[], builtIn: i.builtIn,
  };
}

export async function listGoalDomains(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(goalDomains)
    .where(and(eq(goalDomains.organizationId, ctx.user.organizationId), isNull(goalDomains.deletedAt)))
    .orderBy(asc(goalDomains.name));
  return rows.map(domainOut);
}

export async function createGoalDomain(ctx: Ctx, input: z.output<typeof goalDomainCreateSchema>) {
  requireLibraryEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    const [dup] = await tx.select({ id: goalDomains.id }).from(goalDomains).where(and(eq(goalDomains.organizationId, ctx.user.organizationId), sql`(${goalDomains.key} = ${input.key} or ${goalDomains.id} = ${input.id})`));
    if (dup) throw conflict(`a goal domain with the key ${input.key} already exists`);
    const [row] = await tx.insert(goalDomains).values({ ...input, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'goal_domain', entityId: input.id });
    return domainOut(row!);
  });
}

export interface InterventionQuery {
  domain?: string;
  population?: string;
  technique?: string;
  q?: string;
}

export async function listInterventions(ctx: Ctx, query: InterventionQuery) {
  if (!isClinician(ctx.user.roles) && !ctx.user.roles.includes('admin')) throw forbidden('no access to the library');
  const rows = await ctx.db
    .select()
    .from(interventions)
    .where(
      and(
        eq(interventions.organizationId, ctx.user.organizationId),
        isNull(interventions.deletedAt),
        query.domain ? sql`${query.domain} = any(${interventions.goalDomainKeys})` : undefined,
        query.population ? sql`(${query.population} = any(${interventions.populations}) or cardinality(${interventions.populations}) = 0)` : undefined,
        query.technique ? eq(interventions.technique, query.technique) : undefined,
        query.q ? sql`${interventions.name} ilike ${'%' + query.q.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}` : undefined,
      ),
    )
    .orderBy(asc(interventions.name));
  return rows.map(interventionOut);
}

export async function getIntervention(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(interventions).where(and(eq(interventions.id, id), eq(interventions.organizationId, ctx.user.organizationId), isNull(interventions.deletedAt)));
  if (!row) throw notFound('intervention');
  return interventionOut(row);
}

export async function createIntervention(ctx: Ctx, input: z.output<typeof interventionCreateSchema>) {
  requireLibraryEditor(ctx);
  return inTransaction(ctx, async (tx) => {
    const known = await tx.select({ key: goalDomains.key }).from(goalDomains).where(and(eq(goalDomains.organizationId, ctx.user.organizationId), isNull(goalDomains.deletedAt)));
    const keys = new Set(known.map((k) => k.key));
    const unknown = input.goalDomainKeys.filter((k) => !keys.has(k));
    if (unknown.length) throw ruleBroken(`unknown goal domain: ${unknown.join(', ')}`, [{ path: 'body.goalDomainKeys', message: `unknown: ${unknown.join(', ')}` }]);
    const [dup] = await tx.select({ id: interventions.id }).from(interventions).where(and(eq(interventions.organizationId, ctx.user.organizationId), sql`(${interventions.key} = ${input.key} or ${interventions.id} = ${input.id})`));
    if (dup) throw conflict(`an intervention with the key ${input.key} already exists`);
    const [row] = await tx.insert(interventions).values({ ...input, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'intervention', entityId: input.id });
    return interventionOut(row!);
  });
}
