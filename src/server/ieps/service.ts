/** A student's IEP on file: read, entered and corrected by the clinicians who may see the client's record. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { iepProblems, type EligibilityCategory, type IepRecord, type ServicePer } from '../../domain/iep-record.js';
import type { iepCreateSchema, iepUpdateSchema } from '../../domain/schemas/iep.js';
import { ieps } from '../db/schema.js';
import type { Db } from '../db/connection.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { defined, updateVersioned } from '../db/versioned.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';

type IepRow = typeof ieps.$inferSelect;

export const iepOut = (r: IepRow): IepRecord & { id: string; clientId: string; version: number } => ({
  id: r.id, clientId: r.clientId, startsOn: r.startsOn, endsOn: r.endsOn, annualReviewOn: r.annualReviewOn, reevaluationOn: r.reevaluationOn,
  eligibility: r.eligibility as EligibilityCategory, serviceMinutes: r.serviceMinutes, servicePer: r.servicePer as ServicePer, serviceSetting: r.serviceSetting,
  caseManager: r.caseManager, progressReportDates: [...r.progressReportDates].sort(), version: r.version,
});

/** The client's IEPs, oldest first. The caller has checked access. */
export async function iepsOf(tx: Db, ctx: Ctx, clientId: string) {
  const rows = await tx.select().from(ieps).where(and(eq(ieps.clientId, clientId), eq(ieps.organizationId, ctx.user.organizationId), isNull(ieps.deletedAt))).orderBy(asc(ieps.startsOn), asc(ieps.id));
  return rows.map(iepOut);
}

export async function listIeps(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const items = await iepsOf(db, ctx, clientId);
    await audit(db, ctx, { action: 'read', entityType: 'iep', entityId: clientId, clientId });
    return { items };
  });
}

export async function createIep(ctx: Ctx, clientId: string, input: z.output<typeof iepCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const [row] = await tx.insert(ieps).values({ ...input, clientId, organizationId: ctx.user.organizationId, createdBy: ctx.user.id }).onConflictDoNothing({ target: ieps.id }).returning();
    if (!row) throw conflict('an IEP with this id already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'iep', entityId: row.id, clientId });
    return iepOut(row);
  });
}

/** A correction of what the IEP says; the dates are checked together, as on entry. */
export async function updateIep(ctx: Ctx, clientId: string, id: string, input: z.output<typeof iepUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const [current] = await tx.select().from(ieps).where(and(eq(ieps.id, id), eq(ieps.clientId, clientId), eq(ieps.organizationId, ctx.user.organizationId), isNull(ieps.deletedAt)));
    if (!current) throw notFound('IEP');
    const { version, ...changes } = input;
    const set = defined(changes);
    const problems = iepProblems({ ...iepOut(current), ...set });
    if (problems.length) throw badRequest('the IEP’s dates do not fit together', problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
    const row = await updateVersioned(tx, ieps, id, ctx.user.organizationId, version, set);
    await audit(tx, ctx, { action: 'update', entityType: 'iep', entityId: id, clientId, detail: { fields: Object.keys(set) } });
    return iepOut(row);
  });
}
