/**
 * Home practice: the clinician assigns a practice from a delivered intervention, for one of the
 * objectives it served; the family logs each day (done / not today, an optional note); adherence
 * (domain/family.ts) is shown to both.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { adherence, adherenceText, logDayProblem, type homePracticeCreateSchema, type PracticeOutcome, type practiceLogSchema } from '../../domain/family.js';
import { objectiveLabel } from '../../domain/objective-label.js';
import { localDateOf } from '../../domain/schemas/common.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { organizationSettings } from '../access/organization.js';
import { AccessDenied, requireClient } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import type { Db } from '../db/connection.js';
import { deliveredInterventions, homePractices, interventions, objectives, practiceLogs, sessionParticipants, sessions } from '../db/schema.js';
import { conflict, ruleBroken } from '../http/problem.js';
import { requireFamilyClient } from './access.js';

/** The clinic's today, by the context's clock. */
export async function clinicToday(tx: Db, ctx: Ctx): Promise<string> {
  return localDateOf(new Date(nowOf(ctx)).toISOString(), (await organizationSettings(tx, ctx)).timeZone);
}

/** A client's live practices with their intervention and objective, and the logs of the last weeks. */
export async function practicesOf(tx: Db, ctx: Ctx, clientId: string, today: string) {
  const rows = await tx
    .select({ p: homePractices, intervention: interventions.name, o: { shortLabel: objectives.shortLabel, behaviour: objectives.behaviour, statement: objectives.statement } })
    .from(homePractices)
    .innerJoin(interventions, eq(interventions.id, homePractices.interventionId))
    .innerJoin(objectives, eq(objectives.id, homePractices.objectiveId))
    .where(and(eq(homePractices.clientId, clientId), eq(homePractices.organizationId, ctx.user.organizationId), isNull(homePractices.deletedAt), isNull(objectives.deletedAt)))
    .orderBy(asc(homePractices.startsOn), asc(homePractices.id));
  const logs = rows.length
    ? await tx.select().from(practiceLogs).where(and(inArray(practiceLogs.homePracticeId, rows.map((r) => r.p.id)), sql`${practiceLogs.practicedOn} > (${today}::date - 60)`)).orderBy(asc(practiceLogs.practicedOn))
    : [];
  return rows.map(({ p, intervention, o }) => {
    const mine = logs.filter((l) => l.homePracticeId === p.id).map((l) => ({ practicedOn: l.practicedOn, outcome: l.outcome as PracticeOutcome, note: l.note }));
    const a = adherence(p, mine, today);
    return {
      id: p.id, clientId: p.clientId, objectiveId: p.objectiveId, objectiveLabel: objectiveLabel(o), deliveredInterventionId: p.deliveredInterventionId, intervention,
      what: p.what, timesPerWeek: p.timesPerWeek, startsOn: p.startsOn, endsOn: p.endsOn,
      adherence: { done: a.done, planned: a.planned, percent: a.percent, from: a.from, to: a.to, text: adherenceText(a, p.startsOn) },
      today: mine.find((l) => l.practicedOn === today)?.outcome ?? null,
      recentLogs: mine.slice(-14).reverse(),
    };
  });
}

export async function listHomePractices(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    await requireClient(db, ctx, clientId);
    const items = await practicesOf(db, ctx, clientId, await clinicToday(db, ctx));
    await audit(db, ctx, { action: 'read', entityType: 'home_practice', entityId: clientId, clientId });
    return { items };
  });
}

/** Assigns a practice: the delivered intervention must be the client's, delivered, and serve the objective. */
export async function createHomePractice(ctx: Ctx, clientId: string, input: z.output<typeof homePracticeCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const [d] = await tx
      .select({ d: deliveredInterventions })
      .from(deliveredInterventions)
      .innerJoin(sessions, eq(sessions.id, deliveredInterventions.sessionId))
      .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, sessions.id), eq(sessionParticipants.clientId, clientId)))
      .where(and(eq(deliveredInterventions.id, input.deliveredInterventionId), eq(deliveredInterventions.organizationId, ctx.user.organizationId), isNull(deliveredInterventions.deletedAt), isNull(sessions.deletedAt)));
    if (!d) throw ruleBroken('the intervention was not delivered in a session of this client', [{ path: 'body.deliveredInterventionId', message: 'is not a delivery in a session of this client' }]);
    if (!d.d.delivered) throw ruleBroken('a home practice comes from an intervention that was delivered', [{ path: 'body.deliveredInterventionId', message: 'was planned but not delivered' }]);
    const [o] = await tx.select({ id: objectives.id }).from(objectives).where(and(eq(objectives.id, input.objectiveId), eq(objectives.clientId, clientId), isNull(objectives.deletedAt)));
    if (!o || !d.d.objectiveIds.includes(input.objectiveId))
      throw ruleBroken('the practice serves an objective the delivered intervention served', [{ path: 'body.objectiveId', message: 'is not an objective of this delivery' }]);
    if (input.endsOn && input.endsOn < input.startsOn) throw ruleBroken('the practice must not end before it starts', [{ path: 'body.endsOn', message: 'is before startsOn' }]);
    const [row] = await tx
      .insert(homePractices)
      .values({ id: input.id, organizationId: ctx.user.organizationId, clientId, objectiveId: input.objectiveId, deliveredInterventionId: d.d.id, interventionId: d.d.interventionId, what: input.what, timesPerWeek: input.timesPerWeek, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: ctx.user.id })
      .onConflictDoNothing({ target: homePractices.id })
      .returning();
    if (!row) throw conflict('a home practice with this id already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'home_practice', entityId: row.id, clientId, detail: { objectiveId: row.objectiveId, timesPerWeek: row.timesPerWeek } });
    return (await practicesOf(tx, ctx, clientId, await clinicToday(tx, ctx))).find((p) => p.id === row.id)!;
  });
}

/** A practice ended or entered in error is removed (soft delete, with the reason); its logs stay. */
export async function deleteHomePractice(ctx: Ctx, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const [p] = await tx.select().from(homePractices).where(and(eq(homePractices.id, id), eq(homePractices.organizationId, ctx.user.organizationId), isNull(homePractices.deletedAt)));
    if (!p) throw new AccessDenied(id, 404, 'home practice was not found');
    await requireClient(tx, ctx, p.clientId);
    await tx.update(homePractices).set({ deletedAt: new Date(nowOf(ctx)).toISOString(), deletedBy: ctx.user.id, deleteReason: reason }).where(eq(homePractices.id, id));
    await audit(tx, ctx, { action: 'delete', entityType: 'home_practice', entityId: id, clientId: p.clientId, detail: { reason } });
  });
}

/** The family logs a day of a practice of their client; a second tap on the same day changes that day's entry. */
export async function logPractice(ctx: Ctx, practiceId: string, input: z.output<typeof practiceLogSchema>) {
  return inTransaction(ctx, async (tx) => {
    const [p] = await tx.select().from(homePractices).where(and(eq(homePractices.id, practiceId), eq(homePractices.organizationId, ctx.user.organizationId), isNull(homePractices.deletedAt)));
    const { shares } = await requireFamilyClient(tx, ctx, p?.clientId ?? practiceId);
    if (!p || !shares.has('home_practice')) throw new AccessDenied(p?.clientId ?? practiceId, 404, 'home practice was not found');
    const today = await clinicToday(tx, ctx);
    const problem = logDayProblem(input.practicedOn, today, p);
    if (problem) throw ruleBroken(`this day cannot be logged: it ${problem}`, [{ path: 'body.practicedOn', message: problem }]);
    const at = new Date(nowOf(ctx)).toISOString();
    const [row] = await tx
      .insert(practiceLogs)
      .values({ id: uuidv7(), organizationId: p.organizationId, homePracticeId: p.id, clientId: p.clientId, practicedOn: input.practicedOn, outcome: input.outcome, note: input.note, loggedBy: ctx.user.id, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: [practiceLogs.homePracticeId, practiceLogs.practicedOn], set: { outcome: input.outcome, note: input.note, loggedBy: ctx.user.id, updatedAt: at } })
      .returning();
    const changed = row!.createdAt !== row!.updatedAt;
    await audit(tx, ctx, { action: changed ? 'update' : 'create', entityType: 'practice_log', entityId: row!.id, clientId: p.clientId, detail: { practicedOn: input.practicedOn, outcome: input.outcome } });
    return (await practicesOf(tx, ctx, p.clientId, today)).find((x) => x.id === p.id)!;
  });
}
