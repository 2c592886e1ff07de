/** Sessions: scheduling, participants and attendance, and the interventions delivered (each serving an objective). */
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { attendanceUpdateSchema, deliveredCreateSchema, deliveredUpdateSchema, sessionCreateSchema, sessionUpdateSchema } from '../../domain/schemas/sessions.js';
import { WORKING_OBJECTIVE_STATUSES } from '../../domain/schemas/plan.js';
import { localDateOf } from '../../domain/schemas/common.js';
import { isClinician } from '../../domain/roles.js';
import { datedBeforeBirth } from '../../domain/nicu.js';
import { sessionLength, unrecordedAttendance } from '../../domain/session-facts.js';
import type { Db } from '../db/connection.js';
import { clients, deliveredInterventions, interventions, notes, objectives, sessionParticipants, sessions } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { caseloadSessionIds, onCaseload, requireClient, requireClients } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { organizationSettings } from '../access/organization.js';
import { audit, auditMany } from '../audit/audit.js';
import { reevaluateClients } from '../progress/mastery-flags.js';
import { sessionFor, type SessionRow } from './load.js';
import { refuseIfSigned, servedClients, signedNotesOf } from './signed.js';
import { refuseDeliveryIfNotEligible, refuseIfNotEligible } from '../plans/eligibility.js';

const MAX_DAYS_AHEAD = 366;

const iso = (t: string | null) => (t ? new Date(t).toISOString() : null);

export const sessionOut = (s: SessionRow) => ({
  id: s.id, type: s.type, startsAt: new Date(s.startsAt).toISOString(), durationMinutes: s.durationMinutes, timeZone: s.timeZone,
  localDate: s.localDate, setting: s.setting, location: s.location, status: s.status, groupName: s.groupName,
  leadTherapistId: s.leadTherapistId, version: s.version, actualStartAt: iso(s.actualStartAt), actualEndAt: iso(s.actualEndAt),
  makeUpFor: s.makeUpFor, cancelReason: s.cancelReason, length: sessionLength(s),
});

type ParticipantFacts = { clientId: string; attendance: string; absenceReason?: string | null; lateMinutes?: number | null; leftEarlyMinutes?: number | null };
export const participantOut = (p: ParticipantFacts) => ({
  clientId: p.clientId, attendance: p.attendance, absenceReason: p.absenceReason ?? null, lateMinutes: p.lateMinutes ?? null, leftEarlyMinutes: p.leftEarlyMinutes ?? null,
});

export const deliveredOut = (d: typeof deliveredInterventions.$inferSelect) => ({
  id: d.id, sessionId: d.sessionId, interventionId: d.interventionId, position: d.position, objectiveIds: d.objectiveIds,
  notes: d.notes, delivered: d.delivered, startedAt: iso(d.startedAt), endedAt: iso(d.endedAt),
});

/** A make-up session names a session of this practice that one of its participants missed. */
async function checkMakeUp(tx: Db, ctx: Ctx, makeUpFor: string | null | undefined, self: string) {
  if (!makeUpFor) return;
  const [s] = await tx.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.id, makeUpFor), eq(sessions.organizationId, ctx.user.organizationId), isNull(sessions.deletedAt)));
  if (!s || makeUpFor === self) throw ruleBroken('a make-up session replaces another session of this practice', [{ path: 'body.makeUpFor', message: 'unknown session' }]);
}

function checkNotTooFarAhead(startsAt: string) {
  if (Date.parse(startsAt) > Date.now() + MAX_DAYS_AHEAD * 86_400_000)
    throw ruleBroken(`a session can be planned at most ${MAX_DAYS_AHEAD} days ahead`, [{ path: 'body.startsAt', message: 'too far in the future' }]);
}

/** A session dated before a participant's birth is refused (domain/nicu.ts), naming the participant (or the new start). */
async function refuseSessionBeforeBirth(tx: Db, clientIds: string[], localDate: string, pathOf = (i: number) => `body.participants.${i}.clientId`) {
  const born = await tx.select({ id: clients.id, birthDate: clients.birthDate }).from(clients).where(inArray(clients.id, clientIds));
  const errors = clientIds.flatMap((clientId, i) => datedBeforeBirth(born.find((c) => c.id === clientId)?.birthDate ?? null, [{ path: pathOf(i), date: localDate }]));
  if (errors.length) throw ruleBroken('a session cannot be dated before a participant’s birth', errors, 'dated-before-birth');
}

export async function createSession(ctx: Ctx, input: z.output<typeof sessionCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClients(tx, ctx, input.participants.map((p) => p.clientId));
    checkNotTooFarAhead(input.startsAt);
    await checkMakeUp(tx, ctx, input.makeUpFor, input.id);
    const timeZone = input.timeZone ?? (await organizationSettings(tx, ctx)).timeZone;
    await refuseSessionBeforeBirth(tx, input.participants.map((p) => p.clientId), localDateOf(input.startsAt, timeZone));
    const [row] = await tx
      .insert(sessions)
      .values({
        id: input.id, organizationId: ctx.user.organizationId, type: input.type, startsAt: input.startsAt, durationMinutes: input.durationMinutes,
        timeZone, localDate: localDateOf(input.startsAt, timeZone), setting: input.setting, location: input.location, groupName: input.groupName,
        leadTherapistId: ctx.user.id, makeUpFor: input.makeUpFor,
      })
      .onConflictDoNothing({ target: sessions.id })
      .returning();
    if (!row) throw conflict('a session with this id already exists');
    await tx.insert(sessionParticipants).values(input.participants.map((p) => ({ organizationId: ctx.user.organizationId, sessionId: input.id, clientId: p.clientId, attendance: p.attendance })));
    await auditMany(tx, ctx, input.participants.map((p) => ({ action: 'create', entityType: 'session', entityId: input.id, clientId: p.clientId })));
    return { ...sessionOut(row!), participants: input.participants.map(participantOut) };
  });
}

export async function getSession(ctx: Ctx, id: string) {
  return inRead(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, id);
    const delivered = await tx
      .select({ d: deliveredInterventions, name: interventions.name, technique: interventions.technique })
      .from(deliveredInterventions)
      .innerJoin(interventions, eq(interventions.id, deliveredInterventions.interventionId))
      .where(and(eq(deliveredInterventions.sessionId, id), isNull(deliveredInterventions.deletedAt)))
      .orderBy(asc(deliveredInterventions.position));
    const shown = await visibleDeliveries(tx, delivered, participants.map((p) => p.clientId));
    // Each participant's note for this session: a signed one closes capture and the session's facts for them.
    const noteRows = await tx.select({ id: notes.id, clientId: notes.clientId, status: notes.status }).from(notes).where(and(eq(notes.sessionId, id), isNull(notes.deletedAt)));
    const noteOf = new Map(noteRows.map((n) => [n.clientId, { id: n.id, status: n.status as 'draft' | 'awaiting_cosign' | 'signed' }]));
    await auditMany(tx, ctx, participants.map((p) => ({ action: 'read', entityType: 'session', entityId: id, clientId: p.clientId })));
    return {
      ...sessionOut(session),
      participants: participants.map((p) => ({ ...participantOut(p), name: p.preferredName ?? p.firstName, lastName: p.lastName, note: noteOf.get(p.clientId) ?? null })),
      delivered: shown.map((x) => ({ ...deliveredOut(x.d), intervention: { id: x.d.interventionId, name: x.name, technique: x.technique } })),
    };
  });
}

/**
 * In a group, a clinician sees what was delivered for the participants they see: a delivery serving
 * only others is left out, and a shared one names only the objectives of visible participants.
 */
async function visibleDeliveries<T extends { d: typeof deliveredInterventions.$inferSelect }>(tx: Db, delivered: T[], visibleClientIds: string[]): Promise<T[]> {
  const named = [...new Set(delivered.flatMap((x) => x.d.objectiveIds))];
  if (named.length === 0) return [];
  const mine = new Set((await tx.select({ id: objectives.id }).from(objectives).where(and(inArray(objectives.id, named), inArray(objectives.clientId, visibleClientIds)))).map((o) => o.id));
  return delivered
    .map((x) => ({ ...x, d: { ...x.d, objectiveIds: x.d.objectiveIds.filter((o) => mine.has(o)) } }))
    .filter((x) => x.d.objectiveIds.length > 0);
}

export interface SessionListQuery {
  clientId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Sessions on the user's caseload, newest first; for one client when clientId is given. */
export async function listSessions(ctx: Ctx, query: SessionListQuery) {
  return inRead(ctx, async (tx) => {
    if (query.clientId) await requireClient(tx, ctx, query.clientId);
    else if (!isClinician(ctx.user.roles)) throw forbidden('sessions are open only to clinicians');
    const where = and(
      eq(sessions.organizationId, ctx.user.organizationId),
      isNull(sessions.deletedAt),
      query.from ? gte(sessions.localDate, query.from) : undefined,
      query.to ? lte(sessions.localDate, query.to) : undefined,
      query.clientId
        ? sql`exists (select 1 from session_participants sp where sp.session_id = ${sessions}.id and sp.client_id = ${query.clientId}::uuid)`
        : sql`${sessions.id} in ${caseloadSessionIds(ctx.user)}`,
    );
    // Each session with the participants the user may see, in one statement.
    type Part = ParticipantFacts & { firstName: string; preferredName: string | null; lastName: string };
    const parts = sql<Part[]>`coalesce((select json_agg(json_build_object('clientId', sp.client_id, 'attendance', sp.attendance, 'absenceReason', sp.absence_reason, 'lateMinutes', sp.late_minutes, 'leftEarlyMinutes', sp.left_early_minutes, 'firstName', c.first_name, 'preferredName', c.preferred_name, 'lastName', c.last_name) order by c.last_name, c.first_name, sp.client_id)
      from ${sessionParticipants} sp join ${clients} c on c.id = sp.client_id where sp.session_id = ${sessions}.id and ${onCaseload(ctx.user, sql`sp.client_id`)}), '[]')`;
    const rows = await tx.select({ s: sessions, parts }).from(sessions).where(where).orderBy(desc(sessions.startsAt), asc(sessions.id)).limit(query.limit).offset(query.offset);
    await auditMany(tx, ctx, rows.flatMap((r) => r.parts.map((p) => ({ action: 'read' as const, entityType: 'session', entityId: r.s.id, clientId: p.clientId }))));
    return {
      items: rows.map((r) => ({ ...sessionOut(r.s), participants: r.parts.map((p) => ({ ...participantOut(p), name: p.preferredName ?? p.firstName, lastName: p.lastName })) })),
      limit: query.limit,
      offset: query.offset,
    };
  });
}

export async function updateSession(ctx: Ctx, id: string, input: z.output<typeof sessionUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, id, { all: true, lock: 'update' });
    const { version, ...changes } = input;
    if (!onlyEnds(session, changes)) refuseIfSigned(await signedNotesOf(tx, id), 'the session’s date, times, length and status');
    if (changes.startsAt) checkNotTooFarAhead(changes.startsAt);
    if (changes.startsAt) await refuseSessionBeforeBirth(tx, participants.map((p) => p.clientId), localDateOf(changes.startsAt, session.timeZone), () => 'body.startsAt');
    await checkMakeUp(tx, ctx, changes.makeUpFor, id);
    checkRealTimes(ctx, { ...session, ...defined(changes) });
    if (changes.status === 'completed' && session.status !== 'completed') {
      const open = unrecordedAttendance(participants);
      if (open.length)
        throw ruleBroken(`record the attendance of ${open.map((p) => p.preferredName ?? p.firstName).join(', ')} before ending the session`, open.map((p) => ({ path: `participants.${p.clientId}.attendance`, message: 'not recorded' })), 'attendance-not-recorded');
    }
    const set: Record<string, unknown> = defined(changes);
    if (changes.startsAt) set.localDate = localDateOf(changes.startsAt, session.timeZone);
    const row = await updateVersioned(tx, sessions, id, ctx.user.organizationId, version, set);
    await auditMany(tx, ctx, participants.map((p) => ({ action: 'update', entityType: 'session', entityId: id, clientId: p.clientId, detail: { fields: Object.keys(set) } })));
    // A cancelled session leaves every series, and a new date reorders them: the mastery flags follow.
    const cancelling = changes.status !== undefined && (changes.status === 'cancelled') !== (session.status === 'cancelled');
    if (changes.startsAt || cancelling) await reevaluateClients(tx, ctx, participants.map((p) => p.clientId));
    return sessionOut(row);
  });
}

/** The real start is not in the future, and the end comes after it. */
function checkRealTimes(ctx: Ctx, s: { actualStartAt?: string | null; actualEndAt?: string | null }) {
  const now = nowOf(ctx) + 5 * 60_000;
  const errors = [
    s.actualStartAt && Date.parse(s.actualStartAt) > now ? { path: 'body.actualStartAt', message: 'is in the future' } : null,
    s.actualEndAt && Date.parse(s.actualEndAt) > now ? { path: 'body.actualEndAt', message: 'is in the future' } : null,
    s.actualStartAt && s.actualEndAt && Date.parse(s.actualEndAt) <= Date.parse(s.actualStartAt) ? { path: 'body.actualEndAt', message: 'is not after the start' } : null,
  ].filter((e): e is { path: string; message: string } => e !== null);
  if (errors.length) throw ruleBroken('the session’s real start and end are times that have passed, the end after the start', errors);
}

export async function setAttendance(ctx: Ctx, sessionId: string, clientId: string, input: z.output<typeof attendanceUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { participants } = await sessionFor(tx, ctx, sessionId, { lock: 'share' });
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'this client’s attendance', [clientId]);
    if (!participants.some((p) => p.clientId === clientId)) throw ruleBroken('this client is not a participant of the session', [{ path: 'params.clientId', message: 'not a participant' }]);
    // What does not fit the attendance is cleared: a reason only for an absence, minutes only for late or left early.
    const facts = {
      attendance: input.attendance,
      absenceReason: input.attendance === 'absent' ? input.absenceReason ?? null : null,
      lateMinutes: input.attendance === 'late' ? input.lateMinutes ?? null : null,
      leftEarlyMinutes: input.attendance === 'left_early' ? input.leftEarlyMinutes ?? null : null,
    };
    await tx.update(sessionParticipants).set(facts).where(and(eq(sessionParticipants.sessionId, sessionId), eq(sessionParticipants.clientId, clientId)));
    await audit(tx, ctx, { action: 'update', entityType: 'attendance', entityId: sessionId, clientId, detail: facts });
    await reevaluateClients(tx, ctx, [clientId]);
    return participantOut({ clientId, ...facts });
  });
}

/**
 * The founding rule: every intervention delivered in a session is mapped to a clinical goal. Each
 * objective named must be a working (baseline or active) objective of a participating client.
 */
export async function deliverIntervention(ctx: Ctx, sessionId: string, input: z.output<typeof deliveredCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, sessionId, { all: true, lock: 'share' });
    const [iv] = await tx.select({ id: interventions.id, name: interventions.name }).from(interventions).where(and(eq(interventions.id, input.interventionId), eq(interventions.organizationId, ctx.user.organizationId), isNull(interventions.deletedAt)));
    if (!iv) throw ruleBroken('the intervention is not in this practice’s library', [{ path: 'body.interventionId', message: 'unknown intervention' }]);
    const present = new Set(participants.filter((p) => p.attendance !== 'absent' && p.attendance !== 'cancelled').map((p) => p.clientId));
    const objs = await tx.select({ id: objectives.id, clientId: objectives.clientId, status: objectives.status }).from(objectives).where(and(inArray(objectives.id, input.objectiveIds), eq(objectives.organizationId, ctx.user.organizationId), isNull(objectives.deletedAt)));
    const errors = input.objectiveIds.flatMap((oid, i) => {
      const o = objs.find((x) => x.id === oid);
      if (!o) return [{ path: `body.objectiveIds.${i}`, message: 'unknown objective' }];
      if (!present.has(o.clientId)) return [{ path: `body.objectiveIds.${i}`, message: 'belongs to a client who is not taking part in this session' }];
      if (!(WORKING_OBJECTIVE_STATUSES as readonly string[]).includes(o.status)) return [{ path: `body.objectiveIds.${i}`, message: `is ${o.status}, not active` }];
      return [];
    });
    refuseIfSigned(await signedNotesOf(tx, sessionId), 'what was delivered in this session', objs.map((o) => o.clientId));
    if (errors.length)
      throw ruleBroken(`every intervention delivered must serve an active objective of a participating client; “${iv.name}” names objectives that do not`, errors, 'intervention-not-mapped');
    const { overrideReason, ...delivery } = input;
    await refuseIfNotEligible(tx, ctx, { interventionId: input.interventionId, clientIds: objs.map((o) => o.clientId), onDate: session.localDate, overrideReason, entityType: 'delivered_intervention', entityId: input.id });
    // Next in the session's order unless a position is given; an id used before is a conflict.
    const position = input.position ?? sql<number>`(select coalesce(max(d.position), -1) + 1 from ${deliveredInterventions} d where d.session_id = ${sessionId})`;
    const [row] = await tx.insert(deliveredInterventions).values({ ...delivery, position, sessionId, organizationId: ctx.user.organizationId }).onConflictDoNothing({ target: deliveredInterventions.id }).returning();
    if (!row) throw conflict('a delivered intervention with this id already exists');
    await auditMany(tx, ctx, [...new Set(objs.map((o) => o.clientId))].map((clientId) => ({ action: 'create', entityType: 'delivered_intervention', entityId: input.id, clientId })));
    return deliveredOut(row!);
  });
}

/** A delivery serving a client whose note is signed stays as signed. */
async function refuseIfDeliverySigned(tx: Db, sessionId: string, deliveredId: string) {
  const [d] = await tx.select({ objectiveIds: deliveredInterventions.objectiveIds }).from(deliveredInterventions).where(and(eq(deliveredInterventions.id, deliveredId), eq(deliveredInterventions.sessionId, sessionId)));
  if (!d || d.objectiveIds.length === 0) return;
  refuseIfSigned(await signedNotesOf(tx, sessionId), 'what was delivered in this session', await servedClients(tx, d.objectiveIds));
}

/** Ending a session changes nothing a signature covers: the only change is its status, to completed. */
const onlyEnds = (session: SessionRow, changes: Record<string, unknown>) => {
  const set = Object.entries(defined(changes));
  return set.length > 0 && set.every(([k, v]) => k === 'status' ? v === 'completed' && (session.status === 'planned' || session.status === 'in_progress') : (session as Record<string, unknown>)[k] === v);
};

/** Planned vs delivered: the therapist marks what was really delivered (capture does when it is made active). */
export async function updateDelivered(ctx: Ctx, sessionId: string, deliveredId: string, input: z.output<typeof deliveredUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { session, participants } = await sessionFor(tx, ctx, sessionId, { all: true, lock: 'share' });
    const { overrideReason, ...changes } = input;
    const set = defined(changes);
    if (Object.keys(set).length === 0) throw ruleBroken('say what changes', [{ path: 'body', message: 'no field given' }]);
    await refuseIfDeliverySigned(tx, sessionId, deliveredId);
    if (set.delivered === true) {
      const [d] = await tx.select().from(deliveredInterventions).where(and(eq(deliveredInterventions.id, deliveredId), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt)));
      if (d && !d.delivered)
        await refuseDeliveryIfNotEligible(tx, ctx, { id: d.id, interventionId: d.interventionId, clientIds: await servedClients(tx, d.objectiveIds), onDate: session.localDate, overrideReason });
    }
    const [row] = await tx.update(deliveredInterventions).set(set).where(and(eq(deliveredInterventions.id, deliveredId), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt))).returning();
    if (!row) throw ruleBroken('no such delivered intervention in this session', [{ path: 'params.deliveredId', message: 'unknown' }]);
    await auditMany(tx, ctx, participants.map((p) => ({ action: 'update', entityType: 'delivered_intervention', entityId: deliveredId, clientId: p.clientId, detail: { fields: Object.keys(set) } })));
    return deliveredOut(row);
  });
}

export async function removeDelivered(ctx: Ctx, sessionId: string, deliveredId: string) {
  return inTransaction(ctx, async (tx) => {
    const { participants } = await sessionFor(tx, ctx, sessionId, { all: true, lock: 'share' });
    await refuseIfDeliverySigned(tx, sessionId, deliveredId);
    const rows = await tx.update(deliveredInterventions).set({ deletedAt: new Date().toISOString(), deletedBy: ctx.user.id }).where(and(eq(deliveredInterventions.id, deliveredId), eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt))).returning({ id: deliveredInterventions.id });
    if (rows.length === 0) throw ruleBroken('no such delivered intervention in this session', [{ path: 'params.deliveredId', message: 'unknown' }]);
    await auditMany(tx, ctx, participants.map((p) => ({ action: 'delete', entityType: 'delivered_intervention', entityId: deliveredId, clientId: p.clientId })));
  });
}
