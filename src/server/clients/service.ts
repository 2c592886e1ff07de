/** Client chart: identity, referral, populations, guardians, music preferences, status, care team. */
import { and, asc, count, eq, ilike, isNotNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { clientCreateSchema, clientListQuery, clientUpdateSchema } from '../../domain/schemas/clients.js';
import { isClinician } from '../../domain/roles.js';
import { datedBeforeBirth } from '../../domain/nicu.js';
import type { Db } from '../db/connection.js';
import { careTeam, clients, users } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, notFound, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { mayChangeCareTeam, requireClient, requireRole, visibleClients, type ClientAccess, type ClientRow } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit, auditReadMany } from '../audit/audit.js';

type CareTeamMember = { userId: string; name: string; role: 'primary' | 'member' };

/** A client's care team as one JSON column (primary first, then by name), read with the client. */
const careTeamJson = sql<CareTeamMember[]>`coalesce((select json_agg(json_build_object('userId', ct.user_id, 'name', u.name, 'role', ct.role) order by ct.role desc, u.name)
  from ${careTeam} ct join ${users} u on u.id = ct.user_id where ct.client_id = ${clients}.id), '[]')`;

async function careTeamOf(tx: Db, clientId: string): Promise<CareTeamMember[]> {
  const [row] = await tx.select({ team: careTeamJson }).from(clients).where(eq(clients.id, clientId));
  return row?.team ?? [];
}

export function clientSummary(row: ClientRow, team: CareTeamMember[]) {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    status: row.status as 'active',
    setting: row.setting,
    populations: row.populations,
    careTeam: team,
    version: row.version,
  };
}

function clientFull(row: ClientRow, team: CareTeamMember[]) {
  return {
    ...clientSummary(row, team),
    birthDate: row.birthDate,
    gestationalAgeWeeks: row.gestationalAgeWeeks,
    gestationalAgeDays: row.gestationalAgeDays,
    diagnoses: row.diagnoses as never,
    referral: row.referral as never,
    guardians: row.guardians as never,
    musicPreferences: row.musicPreferences as never,
    precautions: row.precautions as never,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function shaped(row: ClientRow, team: CareTeamMember[], access: ClientAccess) {
  return access === 'clinical' ? clientFull(row, team) : clientSummary(row, team);
}

export async function listClients(ctx: Ctx, query: z.output<typeof clientListQuery>) {
  return inRead(ctx, async (tx) => {
    const where = and(
      visibleClients(ctx.user),
      query.status ? eq(clients.status, query.status) : undefined,
      query.setting ? eq(clients.setting, query.setting) : undefined,
      query.population ? sql`${query.population} = any(${clients.populations})` : undefined,
      query.q
        ? or(ilike(clients.firstName, `%${escapeLike(query.q)}%`), ilike(clients.lastName, `%${escapeLike(query.q)}%`), ilike(clients.preferredName, `%${escapeLike(query.q)}%`))
        : undefined,
    );
    // The page with each client's care team and the total in one statement; past the last page, the total alone.
    const page = await tx
      .select({ c: clients, team: careTeamJson, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(clients)
      .where(where)
      .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
      .limit(query.limit)
      .offset(query.offset);
    const total = page[0]?.total ?? (query.offset > 0 ? ((await tx.select({ n: count() }).from(clients).where(where))[0]?.n ?? 0) : 0);
    await auditReadMany(tx, ctx, 'client', page.map((r) => r.c.id));
    return {
      items: page.map((r) => clientSummary(r.c, r.team)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  });
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function getClient(ctx: Ctx, id: string) {
  return inRead(ctx, async (tx) => {
    const { client, access } = await requireClient(tx, ctx, id, 'demographic');
    const team = await careTeamOf(tx, id);
    await audit(tx, ctx, { action: 'read', entityType: 'client', entityId: id, clientId: id, detail: { access } });
    return shaped(client, team, access);
  });
}

/** A referral dated before the client's birth is refused (domain/nicu.ts), naming the field. */
function refuseReferralBeforeBirth(birthDate: string | null, referredOn: string | null | undefined, path: string) {
  const errors = datedBeforeBirth(birthDate, [{ path, date: referredOn }]);
  if (errors.length) throw ruleBroken('a referral cannot be dated before the client’s birth', errors, 'dated-before-birth');
}

export async function createClient(ctx: Ctx, input: z.output<typeof clientCreateSchema>) {
  if (!ctx.user.roles.some((r) => r === 'admin' || r === 'therapist' || r === 'supervisor'))
    throw forbidden('only therapists, supervisors and admins accept new clients');
  refuseReferralBeforeBirth(input.birthDate, input.referral.referredOn, 'body.referral.referredOn');
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, input.id));
    if (existing) throw conflict('a client with this id already exists');
    const [row] = await tx.insert(clients).values({ ...input, organizationId: ctx.user.organizationId }).returning();
    if (isClinician(ctx.user.roles) && !ctx.user.roles.includes('intern'))
      await tx.insert(careTeam).values({ organizationId: ctx.user.organizationId, clientId: input.id, userId: ctx.user.id, role: 'primary' });
    await audit(tx, ctx, { action: 'create', entityType: 'client', entityId: input.id, clientId: input.id });
    return clientFull(row!, await careTeamOf(tx, input.id));
  });
}

export async function updateClient(ctx: Ctx, id: string, input: z.output<typeof clientUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, id, 'clinical');
    if (input.status === 'discharged' && client.status !== 'discharged' && ctx.user.roles.includes('intern') && ctx.user.roles.length === 1)
      throw forbidden('an intern cannot discharge a client; ask your supervisor');
    const { version, ...changes } = input;
    // Either side may change: a new referral date, or a corrected birth date that the referral now precedes.
    const referredOn = input.referral ? input.referral.referredOn : (client.referral as { referredOn?: string | null }).referredOn;
    refuseReferralBeforeBirth(input.birthDate !== undefined ? input.birthDate : client.birthDate, referredOn, input.referral ? 'body.referral.referredOn' : 'body.birthDate');
    const row = await updateVersioned(tx, clients, id, ctx.user.organizationId, version, defined(changes));
    await audit(tx, ctx, { action: 'update', entityType: 'client', entityId: id, clientId: id, detail: { fields: Object.keys(defined(changes)) } });
    return clientFull(row, await careTeamOf(tx, id));
  });
}

export async function deleteClient(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, id, 'demographic');
    requireRole(ctx.user, 'admin', 'supervisor', 'therapist');
    await tx.update(clients).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(clients.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'client', entityId: id, clientId: id, detail: { reason } });
  });
}

export async function restoreClient(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    requireRole(ctx.user, 'admin');
    const rows = await tx
      .update(clients)
      .set({ deletedAt: null, deletedBy: null, deleteReason: null })
      .where(and(eq(clients.id, id), eq(clients.organizationId, ctx.user.organizationId), isNotNull(clients.deletedAt)))
      .returning({ id: clients.id });
    if (rows.length === 0) throw notFound('deleted client');
    await audit(tx, ctx, { action: 'restore', entityType: 'client', entityId: id, clientId: id });
  });
}

export async function addCareTeamMember(ctx: Ctx, clientId: string, userId: string, role: 'primary' | 'member') {
  return inTransaction(ctx, async (tx) => {
    const { access } = await requireClient(tx, ctx, clientId, 'demographic');
    if (!mayChangeCareTeam(ctx.user)) throw forbidden('only therapists, supervisors and admins change a care team');
    const [member] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.organizationId, ctx.user.organizationId), eq(users.active, true)));
    if (!member) throw notFound('user');
    await tx.insert(careTeam).values({ organizationId: ctx.user.organizationId, clientId, userId, role }).onConflictDoUpdate({ target: [careTeam.clientId, careTeam.userId], set: { role } });
    // Someone who cannot see the chart (an admin) giving a clinician access to it is a privileged act, listed as such in the audit.
    const granting = access !== 'clinical';
    await audit(tx, ctx, { action: granting ? 'grant-access' : 'update', entityType: 'care_team', entityId: userId, clientId, detail: { added: userId, role, ...(granting ? { privileged: true, grantedBy: 'a user without clinical access to this client' } : {}) } });
    return careTeamOf(tx, clientId);
  });
}

export async function removeCareTeamMember(ctx: Ctx, clientId: string, userId: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId, 'demographic');
    if (!mayChangeCareTeam(ctx.user)) throw forbidden('only therapists, supervisors and admins change a care team');
    const rows = await tx.delete(careTeam).where(and(eq(careTeam.clientId, clientId), eq(careTeam.userId, userId))).returning({ u: careTeam.userId });
    if (rows.length === 0) throw notFound('care-team member');
    await audit(tx, ctx, { action: 'update', entityType: 'care_team', entityId: userId, clientId, detail: { removed: userId } });
    return careTeamOf(tx, clientId);
  });
}
