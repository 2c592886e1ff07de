/**
 * What a claim says about who pays and who gave the service: the client's coverage with each payer
 * (CMS-1500 items 1 and 1a) and the NPIs of the practice (item 33a) and its clinicians (item 24J).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { samePayer, type coverageCreateSchema, type coverageUpdateSchema, type InsuranceType } from '../../domain/claims.js';
import { isClinician, type Role } from '../../domain/roles.js';
import { personText } from '../../domain/reports/identity.js';
import type { Db } from '../db/connection.js';
import { clientCoverages, organizations, users } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, notFound } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient, requireRole } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';

type CoverageRow = typeof clientCoverages.$inferSelect;

const coverageOut = (c: CoverageRow) => ({ id: c.id, clientId: c.clientId, payer: c.payer, insuranceType: c.insuranceType as InsuranceType, memberId: c.memberId, version: c.version });

/** The live coverages of some clients (no access check: the caller made it). */
export async function coveragesOf(tx: Db, ctx: Ctx, clientIds: string[]): Promise<CoverageRow[]> {
  if (clientIds.length === 0) return [];
  return tx.select().from(clientCoverages)
    .where(and(inArray(clientCoverages.clientId, clientIds), eq(clientCoverages.organizationId, ctx.user.organizationId), isNull(clientCoverages.deletedAt)))
    .orderBy(asc(clientCoverages.payer), asc(clientCoverages.id));
}

/** The coverage a service line is billed under: the client's, with the line's payer. */
export const coverageFor = (all: readonly CoverageRow[], clientId: string, payer: string): CoverageRow | undefined =>
  all.find((c) => c.clientId === clientId && samePayer(c.payer, payer));

export async function listCoverages(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const rows = await coveragesOf(db, ctx, [clientId]);
    await audit(db, ctx, { action: 'read', entityType: 'coverage', entityId: clientId, clientId });
    return { items: rows.map(coverageOut) };
  });
}

export async function createCoverage(ctx: Ctx, clientId: string, input: z.output<typeof coverageCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    if ((await coveragesOf(tx, ctx, [clientId])).some((c) => samePayer(c.payer, input.payer)))
      throw conflict('the client already has a coverage with this payer; change that one', { field: 'body.payer' });
    const [row] = await tx.insert(clientCoverages).values({ ...input, payer: input.payer.trim(), clientId, organizationId: ctx.user.organizationId, createdBy: ctx.user.id }).onConflictDoNothing().returning();
    if (!row) throw conflict('a coverage with this id, or for this payer, already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'coverage', entityId: row.id, clientId });
    return coverageOut(row);
  });
}

async function coverageOf(tx: Db, ctx: Ctx, clientId: string, id: string) {
  const [row] = await tx.select().from(clientCoverages).where(and(eq(clientCoverages.id, id), eq(clientCoverages.clientId, clientId), eq(clientCoverages.organizationId, ctx.user.organizationId), isNull(clientCoverages.deletedAt)));
  if (!row) throw notFound('coverage');
  return row;
}

/** A new member ID or a corrected kind of coverage; another payer is another coverage. */
export async function updateCoverage(ctx: Ctx, clientId: string, id: string, input: z.output<typeof coverageUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    await coverageOf(tx, ctx, clientId, id);
    const { version, ...changes } = input;
    const set = defined(changes);
    const row = await updateVersioned(tx, clientCoverages, id, ctx.user.organizationId, version, set);
    await audit(tx, ctx, { action: 'update', entityType: 'coverage', entityId: id, clientId, detail: { fields: Object.keys(set) } });
    return coverageOut(row);
  });
}

export async function deleteCoverage(ctx: Ctx, clientId: string, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    await coverageOf(tx, ctx, clientId, id);
    await tx.update(clientCoverages).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(clientCoverages.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'coverage', entityId: id, clientId, detail: { reason } });
  });
}

/** NPIs of the practice's users, for claim fields. */
export async function npisOf(tx: Db, ctx: Ctx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, npi: users.npi }).from(users).where(and(eq(users.organizationId, ctx.user.organizationId), inArray(users.id, wanted)));
  return new Map(rows.filter((u) => u.npi).map((u) => [u.id, u.npi!]));
}

/** The practice's and its clinicians' NPIs, for the office that bills. */
export async function providerNumbers(ctx: Ctx) {
  if (ctx.user.roles.length === 0) throw forbidden('no access to the provider numbers');
  return inRead(ctx, async (db) => {
    const [o] = await db.select({ name: organizations.name, npi: organizations.npi }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
    const staff = await db.select({ id: users.id, name: users.name, credentials: users.credentials, roles: users.roles, npi: users.npi }).from(users)
      .where(and(eq(users.organizationId, ctx.user.organizationId), eq(users.active, true))).orderBy(asc(users.name), asc(users.id));
    return {
      organization: { name: o?.name ?? '', npi: o?.npi ?? null },
      providers: staff.filter((u) => isClinician(u.roles as Role[])).map((u) => ({ id: u.id, name: personText({ name: u.name, credentials: u.credentials }), npi: u.npi })),
    };
  });
}

/** The admin records a clinician's NPI (null: none). */
export async function setUserNpi(ctx: Ctx, userId: string, npi: string | null) {
  requireRole(ctx.user, 'admin');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.update(users).set({ npi }).where(and(eq(users.id, userId), eq(users.organizationId, ctx.user.organizationId))).returning({ id: users.id, npi: users.npi });
    if (!row) throw notFound('user');
    await audit(tx, ctx, { action: 'update', entityType: 'user', entityId: userId, detail: { fields: ['npi'] } });
    return { id: row.id, npi: row.npi };
  });
}

/** The admin records the practice's NPI, the billing provider's (null: none). */
export async function setOrganizationNpi(ctx: Ctx, npi: string | null) {
  requireRole(ctx.user, 'admin');
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.update(organizations).set({ npi }).where(eq(organizations.id, ctx.user.organizationId)).returning({ npi: organizations.npi });
    await audit(tx, ctx, { action: 'update', entityType: 'organization', entityId: ctx.user.organizationId, detail: { fields: ['npi'] } });
    return { npi: row?.npi ?? null };
  });
}
