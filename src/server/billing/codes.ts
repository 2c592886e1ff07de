/** The organization's service codes: every user of the practice reads them; only an admin changes them. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { serviceCodeCreateSchema, serviceCodeUpdateSchema, UnitRule, HourRounding } from '../../domain/billing.js';
import { serviceCodes, serviceLines } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, notFound, Problem, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { requireRole } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import type { Db } from '../db/connection.js';

export type ServiceCodeRow = typeof serviceCodes.$inferSelect;

export const serviceCodeOut = (c: ServiceCodeRow) => ({
  id: c.id, code: c.code, description: c.description, unitRule: c.unitRule as UnitRule, hourRounding: c.hourRounding as HourRounding,
  rateCents: c.rateCents, modifiers: c.modifiers, sessionTypes: c.sessionTypes, settings: c.settings, billable: c.billable, active: c.active, minimumMinutes: c.minimumMinutes, version: c.version,
});

/** Who may read the code list: anyone signed in to the practice (clinicians choose codes, the office bills). */
function requireMember(ctx: Ctx) {
  if (ctx.user.roles.length === 0) throw forbidden('no access to the service codes');
}

export async function listServiceCodes(ctx: Ctx) {
  requireMember(ctx);
  return inRead(ctx, async (db) => {
    const rows = await db.select().from(serviceCodes).where(and(eq(serviceCodes.organizationId, ctx.user.organizationId), isNull(serviceCodes.deletedAt))).orderBy(asc(serviceCodes.code), asc(serviceCodes.id));
    return { items: rows.map(serviceCodeOut) };
  });
}

export async function codeOf(tx: Db, ctx: Ctx, id: string, path = 'params.id'): Promise<ServiceCodeRow> {
  const [row] = await tx.select().from(serviceCodes).where(and(eq(serviceCodes.id, id), eq(serviceCodes.organizationId, ctx.user.organizationId), isNull(serviceCodes.deletedAt)));
  if (!row) {
    if (path === 'params.id') throw notFound('service code');
    throw ruleBroken('the service code is not one of this practice’s', [{ path, message: 'unknown service code' }]);
  }
  return row;
}

export async function getServiceCode(ctx: Ctx, id: string) {
  requireMember(ctx);
  return inRead(ctx, async (db) => serviceCodeOut(await codeOf(db, ctx, id)));
}

/** The per-hour rounding only means something for a per-hour code; a per-15-minute code has the CMS rule. */
function checkRule(c: { unitRule?: string; hourRounding?: string }) {
  if (c.unitRule && c.unitRule !== 'per_hour' && c.hourRounding && c.hourRounding !== 'down')
    throw ruleBroken('a partial hour is counted only for a per-hour code', [{ path: 'body.hourRounding', message: 'applies to per_hour codes only' }]);
}

/** What a service line's units and charge are read from: once a line uses the code, these stay. */
const PRICED = ['code', 'unitRule', 'hourRounding', 'rateCents', 'modifiers', 'billable'] as const;

/** A code with service lines keeps what they were counted and charged by; a new rate or rule is a new code. */
async function refuseIfBilledUnder(tx: Db, current: ServiceCodeRow, set: Record<string, unknown>) {
  const changed = PRICED.filter((k) => k in set && JSON.stringify(set[k]) !== JSON.stringify(current[k]));
  if (changed.length === 0) return;
  const [used] = await tx.select({ id: serviceLines.id }).from(serviceLines).where(and(eq(serviceLines.serviceCodeId, current.id), isNull(serviceLines.deletedAt))).limit(1);
  if (used)
    throw new Problem(409, 'service lines are counted and charged under this code; retire it and add a new code for the new rate or rule', changed.map((k) => ({ path: `body.${k}`, message: 'cannot change once the code is used' })), {}, 'service-code-in-use');
}

export async function createServiceCode(ctx: Ctx, input: z.output<typeof serviceCodeCreateSchema>) {
  requireRole(ctx.user, 'admin');
  checkRule(input);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(serviceCodes).values({ ...input, organizationId: ctx.user.organizationId }).onConflictDoNothing({ target: serviceCodes.id }).returning();
    if (!row) throw conflict('a service code with this id already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'service_code', entityId: row.id, detail: { code: row.code } });
    return serviceCodeOut(row);
  });
}

export async function updateServiceCode(ctx: Ctx, id: string, input: z.output<typeof serviceCodeUpdateSchema>) {
  requireRole(ctx.user, 'admin');
  return inTransaction(ctx, async (tx) => {
    const current = await codeOf(tx, ctx, id);
    const { version, ...changes } = input;
    const set = defined(changes);
    checkRule({ unitRule: set.unitRule ?? current.unitRule, hourRounding: set.hourRounding ?? current.hourRounding });
    await refuseIfBilledUnder(tx, current, set);
    const row = await updateVersioned(tx, serviceCodes, id, ctx.user.organizationId, version, set);
    await audit(tx, ctx, { action: 'update', entityType: 'service_code', entityId: id, detail: { fields: Object.keys(set) } });
    return serviceCodeOut(row);
  });
}

/** Removing a code hides it from new lines; the lines already recorded keep it (soft delete). */
export async function deleteServiceCode(ctx: Ctx, id: string, reason: string) {
  requireRole(ctx.user, 'admin');
  return inTransaction(ctx, async (tx) => {
    await codeOf(tx, ctx, id);
    await tx.update(serviceCodes).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(serviceCodes.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'service_code', entityId: id, detail: { reason } });
  });
}
