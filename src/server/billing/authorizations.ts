/** Authorizations: units or visits a payer authorized for a client over a period; used and remaining from the service lines. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { authorizationStanding, type authorizationCreateSchema, type authorizationUpdateSchema } from '../../domain/billing.js';
import { authorizations } from '../db/schema.js';
import type { Db } from '../db/connection.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { defined, updateVersioned } from '../db/versioned.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { codeOf } from './codes.js';
import { countedLines, type CountedLine } from './units.js';

type AuthorizationRow = typeof authorizations.$inferSelect;

/** The lines an authorization covers: the client's, billed to its payer, for its code (or any billable code), in its period. */
const covers = (a: AuthorizationRow, c: CountedLine) =>
  c.line.clientId === a.clientId && c.line.payer.toLowerCase() === a.payer.toLowerCase() && (a.serviceCodeId ? c.code.id === a.serviceCodeId : c.code.billable) &&
  c.session.localDate >= a.startsOn && c.session.localDate <= a.endsOn;

/** Used: units of the covered lines, or the sessions with a covered line that counts a unit. */
function usedOf(a: AuthorizationRow, lines: CountedLine[]): number {
  const mine = lines.filter((c) => covers(a, c) && c.units > 0);
  return a.kind === 'units' ? mine.reduce((n, c) => n + c.units, 0) : new Set(mine.map((c) => c.session.id)).size;
}

export function standingOut(a: AuthorizationRow, lines: CountedLine[]) {
  const s = authorizationStanding({ amount: a.amount, used: usedOf(a, lines) });
  return {
    id: a.id, clientId: a.clientId, payer: a.payer, serviceCodeId: a.serviceCodeId, kind: a.kind as 'units' | 'visits', amount: a.amount,
    startsOn: a.startsOn, endsOn: a.endsOn, reference: a.reference, used: s.used, remaining: s.remaining, exceeded: s.exceeded,
  };
}

async function authorizationsOf(tx: Db, ctx: Ctx, clientId: string) {
  return tx.select().from(authorizations).where(and(eq(authorizations.clientId, clientId), eq(authorizations.organizationId, ctx.user.organizationId), isNull(authorizations.deletedAt))).orderBy(asc(authorizations.startsOn), asc(authorizations.id));
}

export interface AuthorizationWarning {
  kind: 'authorization';
  authorizationId: string;
  reference: string;
  message: string;
  amount: number;
  used: number;
}

/** Warnings for one session's line: each authorization covering it that the session takes past its amount. */
export async function warningsFor(tx: Db, ctx: Ctx, line: CountedLine): Promise<AuthorizationWarning[]> {
  const auths = (await authorizationsOf(tx, ctx, line.line.clientId)).filter((a) => covers(a, line));
  if (auths.length === 0) return [];
  const from = auths.reduce((m, a) => (a.startsOn < m ? a.startsOn : m), auths[0]!.startsOn);
  const to = auths.reduce((m, a) => (a.endsOn > m ? a.endsOn : m), auths[0]!.endsOn);
  const lines = await countedLines(tx, ctx, { clientIds: [line.line.clientId], from, to });
  return auths.flatMap((a) => {
    const s = standingOut(a, lines);
    if (!s.exceeded) return [];
    const what = a.kind === 'units' ? 'units' : 'visits';
    return [{ kind: 'authorization' as const, authorizationId: a.id, reference: a.reference, amount: a.amount, used: s.used, message: `this session takes the authorization${a.reference ? ` ${a.reference}` : ''} (${a.payer}, ${a.startsOn} to ${a.endsOn}) past its ${a.amount} ${what}: ${s.used} used` }];
  });
}

/** The chart's view: every authorization of the client, used and remaining. */
export async function listAuthorizations(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const auths = await authorizationsOf(db, ctx, clientId);
    const lines = auths.length ? await countedLines(db, ctx, { clientIds: [clientId], from: auths.reduce((m, a) => (a.startsOn < m ? a.startsOn : m), auths[0]!.startsOn), to: auths.reduce((m, a) => (a.endsOn > m ? a.endsOn : m), auths[0]!.endsOn) }) : [];
    await audit(db, ctx, { action: 'read', entityType: 'authorization', entityId: clientId, clientId });
    return { items: auths.map((a) => standingOut(a, lines)) };
  });
}

export async function createAuthorization(ctx: Ctx, clientId: string, input: z.output<typeof authorizationCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    if (input.serviceCodeId) await codeOf(tx, ctx, input.serviceCodeId, 'body.serviceCodeId');
    const [row] = await tx.insert(authorizations).values({ ...input, clientId, organizationId: ctx.user.organizationId, createdBy: ctx.user.id }).onConflictDoNothing({ target: authorizations.id }).returning();
    if (!row) throw conflict('an authorization with this id already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'authorization', entityId: row.id, clientId });
    const lines = await countedLines(tx, ctx, { clientIds: [clientId], from: row.startsOn, to: row.endsOn });
    return standingOut(row, lines);
  });
}

async function authorizationOf(tx: Db, ctx: Ctx, clientId: string, id: string) {
  const [row] = await tx.select().from(authorizations).where(and(eq(authorizations.id, id), eq(authorizations.clientId, clientId), eq(authorizations.organizationId, ctx.user.organizationId), isNull(authorizations.deletedAt)));
  if (!row) throw notFound('authorization');
  return row;
}

/** A correction of the amount, period or number the payer gave. */
export async function updateAuthorization(ctx: Ctx, clientId: string, id: string, input: z.output<typeof authorizationUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const current = await authorizationOf(tx, ctx, clientId, id);
    const { version, ...changes } = input;
    const set = defined(changes);
    if ((set.startsOn ?? current.startsOn) > (set.endsOn ?? current.endsOn)) throw badRequest('the period must not end before it starts', [{ path: 'body.endsOn', message: 'is before startsOn' }]);
    const row = await updateVersioned(tx, authorizations, id, ctx.user.organizationId, version, set);
    await audit(tx, ctx, { action: 'update', entityType: 'authorization', entityId: id, clientId, detail: { fields: Object.keys(set) } });
    return standingOut(row, await countedLines(tx, ctx, { clientIds: [clientId], from: row.startsOn, to: row.endsOn }));
  });
}

/** An authorization entered in error is removed (soft delete, with the reason). */
export async function deleteAuthorization(ctx: Ctx, clientId: string, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    await authorizationOf(tx, ctx, clientId, id);
    await tx.update(authorizations).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(authorizations.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'authorization', entityId: id, clientId, detail: { reason } });
  });
}
