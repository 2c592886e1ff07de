/**
 * Service lines: each attended client of a session gets a line per service code, from the session
 * record (the client's minutes, the session's kind and setting). Editable until the client's note
 * for the session is signed; then locked with it (this check, and the trigger of migration 0015).
 */
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import { codeApplies, type serviceLineCreateSchema, type serviceLineUpdateSchema } from '../../domain/billing.js';
import { documentsUnderSupervision, isClinician, type Role } from '../../domain/roles.js';
import { attended, serviceMinutes, sessionEnded } from '../../domain/session-facts.js';
import type { Db } from '../db/connection.js';
import { serviceCodes, serviceLines, supervision, users } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, ruleBroken, type FieldError } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient, supervises } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from '../sessions/load.js';
import { refuseIfSigned, signedNotesOf } from '../sessions/signed.js';
import { codeOf } from './codes.js';
import { warningsFor } from './authorizations.js';
import { countedLines, countedOut, type ServiceLineRow } from './units.js';

type LineCreate = z.output<typeof serviceLineCreateSchema>;
type LineUpdate = z.output<typeof serviceLineUpdateSchema>;

async function clinicianOf(tx: Db, ctx: Ctx, id: string, path: string) {
  const [u] = await tx.select({ id: users.id, roles: users.roles, active: users.active }).from(users).where(and(eq(users.id, id), eq(users.organizationId, ctx.user.organizationId)));
  if (!u || !u.active || !isClinician(u.roles as Role[])) throw ruleBroken('a provider is an active clinician of this practice', [{ path, message: 'not an active clinician of this practice' }]);
  return { id: u.id, roles: u.roles as Role[] };
}

/**
 * The rendering provider (default: the session's lead therapist) and the supervising provider: an
 * intern documents under supervision, so their line names a supervisor of theirs (default: the first).
 */
async function providers(tx: Db, ctx: Ctx, renderingId: string, supervisingId: string | null | undefined) {
  const rendering = await clinicianOf(tx, ctx, renderingId, 'body.renderingProviderId');
  if (supervisingId) await clinicianOf(tx, ctx, supervisingId, 'body.supervisingProviderId');
  if (!documentsUnderSupervision(rendering.roles)) return { renderingProviderId: rendering.id, supervisingProviderId: supervisingId ?? null };
  if (supervisingId) {
    if (!(await supervises(tx, supervisingId, rendering.id)))
      throw ruleBroken('an intern’s service names one of their supervisors', [{ path: 'body.supervisingProviderId', message: 'does not supervise the rendering provider' }]);
    return { renderingProviderId: rendering.id, supervisingProviderId: supervisingId };
  }
  const [sup] = await tx.select({ id: supervision.supervisorId }).from(supervision).where(eq(supervision.superviseeId, rendering.id)).orderBy(asc(supervision.createdAt));
  if (!sup) throw ruleBroken('an intern’s service names a supervising provider, and this intern has no supervisor', [{ path: 'body.supervisingProviderId', message: 'required for a provider under supervision' }]);
  return { renderingProviderId: rendering.id, supervisingProviderId: sup.id };
}

/** The line's facts checked against the session record and the client's chart. */
async function checkLine(tx: Db, ctx: Ctx, s: Awaited<ReturnType<typeof sessionFor>>, clientId: string, f: { serviceCodeId: string; minutes: number; diagnosisCodes: string[]; selfId?: string }, diagnoses: unknown) {
  const p = s.participants.find((x) => x.clientId === clientId);
  if (!p) throw ruleBroken('this client is not a participant of the session', [{ path: 'body.clientId', message: 'not a participant' }]);
  if (!attended(p.attendance)) throw ruleBroken('a service line is for a client who attended the session', [{ path: 'body.clientId', message: `attendance is ${p.attendance}` }], 'not-attended');
  if (!sessionEnded(s.session, (ctx.now?.() ?? new Date()).getTime()))
    throw ruleBroken('a service line is written for a session that has ended', [{ path: 'params.id', message: 'the session has not ended' }], 'session-not-ended');
  if (serviceMinutes(s.session, p) === 0) throw ruleBroken('the client received no minutes of service in this session', [{ path: 'body.clientId', message: 'no minutes of service' }], 'not-attended');
  // A line already written keeps its code, even one the practice has since retired.
  const code = f.selfId ? (await tx.select().from(serviceCodes).where(eq(serviceCodes.id, f.serviceCodeId)))[0]! : await codeOf(tx, ctx, f.serviceCodeId, 'body.serviceCodeId');
  const errors: FieldError[] = [];
  if (!f.selfId && !code.active) errors.push({ path: 'body.serviceCodeId', message: 'is no longer in use' });
  if (!f.selfId && !codeApplies(code, s.session)) errors.push({ path: 'body.serviceCodeId', message: `does not apply to a ${s.session.type} session in the ${s.session.setting} setting` });
  const available = serviceMinutes(s.session, p);
  if (f.minutes > available) errors.push({ path: 'body.minutes', message: `is more than the client’s ${available} minutes of service in this session` });
  if (code.unitRule === 'per_15_minutes_cms') {
    // Timed services of one session share the client's minutes: one minute is billed once.
    const others = await tx.select({ minutes: serviceLines.minutes }).from(serviceLines).innerJoin(serviceCodes, eq(serviceCodes.id, serviceLines.serviceCodeId))
      .where(and(eq(serviceLines.sessionId, s.session.id), eq(serviceLines.clientId, clientId), isNull(serviceLines.deletedAt), eq(serviceCodes.unitRule, 'per_15_minutes_cms'), f.selfId ? ne(serviceLines.id, f.selfId) : undefined));
    const taken = others.reduce((n, o) => n + o.minutes, 0);
    if (taken + f.minutes > available) errors.push({ path: 'body.minutes', message: `with the session’s other timed services (${taken} minutes) is more than the client’s ${available} minutes of service` });
  }
  const known = new Set((Array.isArray(diagnoses) ? (diagnoses as { code?: string }[]) : []).map((d) => (d.code ?? '').trim().toUpperCase()).filter(Boolean));
  f.diagnosisCodes.forEach((c, i) => {
    if (!known.has(c.trim().toUpperCase())) errors.push({ path: `body.diagnosisCodes.${i}`, message: 'is not one of the client’s diagnosis codes' });
  });
  if (new Set(f.diagnosisCodes.map((c) => c.toUpperCase())).size !== f.diagnosisCodes.length) errors.push({ path: 'body.diagnosisCodes', message: 'names a code twice' });
  if (errors.length) throw ruleBroken('the service line does not fit the session record or the client’s chart', errors, 'service-line-invalid');
  return { available };
}

/** The line as the API gives it: units and charge, and the authorizations this session takes past their amount. */
async function answer(tx: Db, ctx: Ctx, row: ServiceLineRow, date: string) {
  const lines = await countedLines(tx, ctx, { clientIds: [row.clientId], from: date, to: date });
  const mine = lines.find((c) => c.line.id === row.id)!;
  const out = countedOut(mine);
  const short = out.belowMinimum && out.minimumMinutes !== null
    ? [{ kind: 'minimum_minutes' as const, minimumMinutes: out.minimumMinutes, minutes: out.minutes, message: `${out.code} asks for at least ${out.minimumMinutes} minutes; this line has ${out.minutes}` }]
    : [];
  return { ...out, warnings: [...short, ...(await warningsFor(tx, ctx, mine))] };
}

export async function createServiceLine(ctx: Ctx, sessionId: string, input: LineCreate) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, input.clientId);
    const s = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'this client’s service lines for the session', [input.clientId]);
    const p = s.participants.find((x) => x.clientId === input.clientId);
    const minutes = input.minutes ?? (p ? serviceMinutes(s.session, p) : 0);
    await checkLine(tx, ctx, s, input.clientId, { serviceCodeId: input.serviceCodeId, minutes, diagnosisCodes: input.diagnosisCodes }, client.diagnoses);
    const who = await providers(tx, ctx, input.renderingProviderId ?? s.session.leadTherapistId, input.supervisingProviderId);
    const [row] = await tx
      .insert(serviceLines)
      .values({
        id: input.id, organizationId: ctx.user.organizationId, sessionId, clientId: input.clientId, serviceCodeId: input.serviceCodeId, minutes,
        placeOfService: input.placeOfService, diagnosisCodes: input.diagnosisCodes.map((c) => c.trim().toUpperCase()), ...who, payer: input.payer, createdBy: ctx.user.id,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('a service line with this id, or for this client and code in this session, already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'service_line', entityId: row.id, clientId: row.clientId });
    return answer(tx, ctx, row, s.session.localDate);
  });
}

/** A line and the access check on its client and session. */
async function lineFor(tx: Db, ctx: Ctx, sessionId: string, lineId: string) {
  const [row] = await tx.select().from(serviceLines).where(and(eq(serviceLines.id, lineId), eq(serviceLines.sessionId, sessionId), eq(serviceLines.organizationId, ctx.user.organizationId), isNull(serviceLines.deletedAt)));
  if (!row) throw new AccessDenied(lineId, 404, 'service line was not found');
  const { client } = await requireClient(tx, ctx, row.clientId);
  const s = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
  return { row, client, s };
}

export async function updateServiceLine(ctx: Ctx, sessionId: string, lineId: string, input: LineUpdate) {
  return inTransaction(ctx, async (tx) => {
    const { row, client, s } = await lineFor(tx, ctx, sessionId, lineId);
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'this client’s service lines for the session', [row.clientId]);
    const { version, ...changes } = input;
    const set = defined(changes);
    if (Object.keys(set).length === 0) throw ruleBroken('say what changes', [{ path: 'body', message: 'no field given' }]);
    const next = { ...row, ...set };
    await checkLine(tx, ctx, s, row.clientId, { serviceCodeId: row.serviceCodeId, minutes: next.minutes, diagnosisCodes: next.diagnosisCodes, selfId: row.id }, client.diagnoses);
    const who = set.renderingProviderId !== undefined || set.supervisingProviderId !== undefined
      ? await providers(tx, ctx, next.renderingProviderId, set.supervisingProviderId !== undefined ? set.supervisingProviderId : set.renderingProviderId !== undefined ? undefined : row.supervisingProviderId)
      : {};
    const updated = await updateVersioned(tx, serviceLines, lineId, ctx.user.organizationId, version, {
      ...set, ...who, ...(set.diagnosisCodes ? { diagnosisCodes: set.diagnosisCodes.map((c) => c.trim().toUpperCase()) } : {}),
    });
    await audit(tx, ctx, { action: 'update', entityType: 'service_line', entityId: lineId, clientId: row.clientId, detail: { fields: Object.keys(set) } });
    return answer(tx, ctx, updated, s.session.localDate);
  });
}

export async function deleteServiceLine(ctx: Ctx, sessionId: string, lineId: string) {
  return inTransaction(ctx, async (tx) => {
    const { row } = await lineFor(tx, ctx, sessionId, lineId);
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'this client’s service lines for the session', [row.clientId]);
    await tx.update(serviceLines).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id }).where(eq(serviceLines.id, lineId));
    await audit(tx, ctx, { action: 'delete', entityType: 'service_line', entityId: lineId, clientId: row.clientId });
  });
}

/** A session's lines, for the participants the user may see. */
export async function sessionServiceLines(ctx: Ctx, sessionId: string) {
  return inRead(ctx, async (db) => {
    const s = await sessionFor(db, ctx, sessionId);
    const clientIds = s.participants.map((p) => p.clientId);
    const lines = (await countedLines(db, ctx, { clientIds, from: s.session.localDate, to: s.session.localDate })).filter((c) => c.line.sessionId === sessionId);
    await auditMany(db, ctx, clientIds.map((clientId) => ({ action: 'read', entityType: 'service_line', entityId: sessionId, clientId })));
    return { items: lines.map(countedOut) };
  });
}

/** A client's lines in a period, for the chart. */
export async function clientServiceLines(ctx: Ctx, clientId: string, q: { from?: string; to?: string }) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const lines = await countedLines(db, ctx, { clientIds: [clientId], ...q });
    await audit(db, ctx, { action: 'read', entityType: 'service_line', entityId: clientId, clientId });
    return { items: lines.map(countedOut) };
  });
}
