/** Assessments: intake and re-assessment, domain by domain, with observations, ratings and music preferences. */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { assessmentCreateSchema, assessmentUpdateSchema } from '../../domain/schemas/clients.js';
import { assessments } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';

const out = (a: typeof assessments.$inferSelect) => ({
  id: a.id, clientId: a.clientId, kind: a.kind, templateKey: a.templateKey, assessedOn: a.assessedOn, assessorId: a.assessorId,
  responses: a.responses as Record<string, number | string | boolean | null>, observations: a.observations, strengths: a.strengths, needs: a.needs, version: a.version,
});

export async function listAssessments(ctx: Ctx, clientId: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const rows = await tx.select().from(assessments).where(and(eq(assessments.clientId, clientId), isNull(assessments.deletedAt))).orderBy(desc(assessments.assessedOn));
    await audit(tx, ctx, { action: 'read', entityType: 'assessment', clientId });
    return rows.map(out);
  });
}

export async function createAssessment(ctx: Ctx, clientId: string, input: z.output<typeof assessmentCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const [dup] = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, input.id));
    if (dup) throw conflict('an assessment with this id already exists');
    const [row] = await tx.insert(assessments).values({ ...input, clientId, assessorId: ctx.user.id, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'assessment', entityId: input.id, clientId });
    return out(row!);
  });
}

async function assessmentFor(ctx: Ctx, tx: Parameters<Parameters<typeof inTransaction>[1]>[0], id: string) {
  const [row] = await tx.select().from(assessments).where(and(eq(assessments.id, id), eq(assessments.organizationId, ctx.user.organizationId), isNull(assessments.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'assessment was not found');
  await requireClient(tx, ctx, row.clientId);
  return row;
}

export async function getAssessment(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await assessmentFor(ctx, tx, id);
    await audit(tx, ctx, { action: 'read', entityType: 'assessment', entityId: id, clientId: row.clientId });
    return out(row);
  });
}

export async function updateAssessment(ctx: Ctx, id: string, input: z.output<typeof assessmentUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const current = await assessmentFor(ctx, tx, id);
    const { version, ...changes } = input;
    const row = await updateVersioned(tx, assessments, id, ctx.user.organizationId, version, defined(changes));
    await audit(tx, ctx, { action: 'update', entityType: 'assessment', entityId: id, clientId: current.clientId });
    return out(row);
  });
}
