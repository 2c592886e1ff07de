/**
 * Loads a client's record for a report period as the domain's ReportInput. The caller has already
 * checked access (requireClient) in the same transaction. Progress per objective comes from the
 * progress module's own series and evaluation (the numbers of GET /clients/:id/progress), on the
 * data and phases up to the end of the period.
 */
import { serviceMinutes } from '../../domain/session-facts.js';
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, min, sql } from 'drizzle-orm';
import { masteryCriterionSchema, type Direction } from '../../domain/criterion.js';
import { measurementConfigSchema } from '../../domain/measurement.js';
import { formatSummary } from '../../domain/progress/index.js';
import { documentMeasurement, resolveProgressCodes, type Period, type ProgressCodes, type ReportGoal, type ReportInput, type ReportIntervention } from '../../domain/reports/index.js';
import { localDateOf } from '../../domain/schemas/common.js';
import type { Role } from '../../domain/roles.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import type { ClientRow } from '../access/policy.js';
import type { Db } from '../db/connection.js';
import {
  careTeam, dataPoints, deliveredInterventions, goalDomains, goals, interventions, objectives, organizations, planLinks, sessionParticipants, sessions,
  treatmentPlans, users,
} from '../db/schema.js';
import { evaluate, linkedDeliveriesFor, phasesFor, seriesFor } from '../progress/series.js';

/** The organization's name and time zone, the moment of the report by the context's clock, and the clinic's today then. */
export async function organizationOf(tx: Db, ctx: Ctx): Promise<{ name: string; npi: string | null; timeZone: string; now: string; today: string; progressCodes: ProgressCodes }> {
  const [org] = await tx.select({ name: organizations.name, npi: organizations.npi, tz: organizations.timeZone, codes: organizations.progressCodes }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  const timeZone = org?.tz ?? 'UTC';
  const now = new Date(nowOf(ctx)).toISOString();
  return { name: org?.name ?? '', npi: org?.npi ?? null, timeZone, now, today: localDateOf(now, timeZone), progressCodes: resolveProgressCodes(org?.codes) };
}

export async function preparer(tx: Db, ctx: Ctx) {
  const [me] = await tx.select({ name: users.name, credentials: users.credentials }).from(users).where(eq(users.id, ctx.user.id));
  const clinicalRoles = ctx.user.roles.filter((r) => r !== 'admin');
  return { id: ctx.user.id, name: me?.name ?? ctx.user.name, credentials: me?.credentials ?? null, roles: ctx.user.roles, isIntern: clinicalRoles.length > 0 && clinicalRoles.every((r) => r === 'intern') };
}

/** The default period: from the client's first session (else the referral date, else `to`) to the clinic's today. */
export async function resolvePeriod(tx: Db, client: ClientRow, today: string, asked: { from?: string; to?: string }): Promise<Period> {
  const to = asked.to ?? today;
  if (asked.from) return { from: asked.from, to };
  const [first] = await tx
    .select({ d: min(sessions.localDate) })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .where(and(eq(sessionParticipants.clientId, client.id), isNull(sessions.deletedAt)));
  const referred = (client.referral as { referredOn?: string | null }).referredOn ?? null;
  const from = first?.d ?? referred ?? to;
  return { from: from <= to ? from : to, to };
}

/** Per objective, the cue tempo of the last data point recorded with a RAS cue clicking, up to the end of the period. */
async function lastCueTempos(tx: Db, ids: string[], period: Period): Promise<Map<string, { bpm: number; date: string }>> {
  const out = new Map<string, { bpm: number; date: string }>();
  if (ids.length === 0) return out;
  const rows = await tx
    .select({ o: dataPoints.objectiveId, bpm: dataPoints.cueTempoBpm, date: sessions.localDate })
    .from(dataPoints)
    .innerJoin(sessions, eq(sessions.id, dataPoints.sessionId))
    .where(and(inArray(dataPoints.objectiveId, ids), isNull(dataPoints.deletedAt), isNull(sessions.deletedAt), isNotNull(dataPoints.cueTempoBpm), lte(sessions.localDate, period.to)))
    .orderBy(desc(dataPoints.recordedAt));
  for (const r of rows) if (!out.has(r.o) && r.bpm !== null) out.set(r.o, { bpm: r.bpm, date: r.date });
  return out;
}

async function loadGoals(tx: Db, clientId: string, period: Period): Promise<ReportGoal[]> {
  const goalRows = await tx
    .select({ g: goals, domain: goalDomains.name })
    .from(goals)
    .innerJoin(goalDomains, eq(goalDomains.id, goals.domainId))
    .where(and(eq(goals.clientId, clientId), isNull(goals.deletedAt)))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  const objs = await tx.select().from(objectives).where(and(eq(objectives.clientId, clientId), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt), asc(objectives.id));
  const [series, phases, deliveries, cues] = await Promise.all([seriesFor(tx, objs), phasesFor(tx, objs.map((o) => o.id)), linkedDeliveriesFor(tx, objs), lastCueTempos(tx, objs.map((o) => o.id), period)]);
  return goalRows.map(({ g, domain }) => ({
    id: g.id,
    statement: g.statement,
    domain,
    status: g.status,
    targetDate: g.targetDate,
    objectives: objs
      .filter((o) => o.goalId === g.id)
      .map((o) => {
        // Documents write a cadence in steps/min and a pulse in bpm; the record keeps "/min".
        const measurement = documentMeasurement({ ...o, measurement: measurementConfigSchema.parse(o.measurement) });
        const upTo = (series.get(o.id) ?? []).filter((s) => s.date <= period.to);
        const objPhases = (phases.get(o.id) ?? []).filter((p) => p.startDate <= period.to);
        return {
          id: o.id,
          statement: o.statement,
          condition: o.condition,
          measurement,
          criterion: masteryCriterionSchema.parse(o.criterion),
          direction: o.direction as Direction,
          status: o.status,
          targetDate: o.targetDate,
          baselineValue: o.baselineValue ?? null,
          masteryMetOn: o.masteryMetOn,
          masteryConfirmedAt: o.masteryConfirmedAt,
          sessions: upTo.map((s) => ({ date: s.date, value: s.value, summaryText: formatSummary(measurement, s.summary), details: s.summary.details })),
          phases: objPhases,
          progress: evaluate(o, upTo, objPhases, (deliveries.get(o.id) ?? []).filter((d) => d <= period.to)),
          lastCueTempo: cues.get(o.id) ?? null,
        };
      }),
  }));
}

async function loadInterventions(tx: Db, clientId: string, period: Period, goalsLoaded: ReportGoal[]): Promise<ReportIntervention[]> {
  const statements = new Map(goalsLoaded.flatMap((g) => g.objectives.map((o) => [o.id, o.statement] as const)));
  const ids = [...statements.keys()];
  if (ids.length === 0) return [];
  const delivered = await tx
    .select({ iv: interventions, sessionId: deliveredInterventions.sessionId, objectiveIds: deliveredInterventions.objectiveIds })
    .from(deliveredInterventions)
    .innerJoin(interventions, eq(interventions.id, deliveredInterventions.interventionId))
    .innerJoin(sessions, eq(sessions.id, deliveredInterventions.sessionId))
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, sessions.id), eq(sessionParticipants.clientId, clientId)))
    .where(
      and(
        isNull(deliveredInterventions.deletedAt),
        isNull(sessions.deletedAt),
        gte(sessions.localDate, period.from),
        lte(sessions.localDate, period.to),
        sql`${deliveredInterventions.objectiveIds} && ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`,`)}]::uuid[]`,
      ),
    );
  const linked = await tx
    .select({ iv: interventions, objectiveId: planLinks.objectiveId })
    .from(planLinks)
    .innerJoin(interventions, eq(interventions.id, planLinks.interventionId))
    .where(and(eq(planLinks.clientId, clientId), isNull(planLinks.deletedAt), inArray(planLinks.objectiveId, ids)));
  const byId = new Map<string, { iv: typeof interventions.$inferSelect; sessions: Set<string>; objectives: Set<string>; inPlan: boolean }>();
  const entry = (iv: typeof interventions.$inferSelect) => {
    let e = byId.get(iv.id);
    if (!e) byId.set(iv.id, (e = { iv, sessions: new Set(), objectives: new Set(), inPlan: false }));
    return e;
  };
  for (const d of delivered) {
    const e = entry(d.iv);
    e.sessions.add(d.sessionId);
    for (const o of d.objectiveIds) if (statements.has(o)) e.objectives.add(o);
  }
  for (const l of linked) {
    const e = entry(l.iv);
    e.objectives.add(l.objectiveId);
    e.inPlan = true;
  }
  return [...byId.values()]
    .map((e) => ({
      name: e.iv.name,
      technique: e.iv.technique,
      musicElements: e.iv.musicElements as { element: string; use: string }[],
      timesDelivered: e.sessions.size,
      inPlan: e.inPlan,
      objectiveStatements: [...e.objectives].map((o) => statements.get(o)!),
    }))
    .sort((a, b) => b.timesDelivered - a.timesDelivered || a.name.localeCompare(b.name));
}

export type Organization = Awaited<ReturnType<typeof organizationOf>>;

export async function loadReportInput(tx: Db, ctx: Ctx, client: ClientRow, org: Organization, askedPeriod: { from?: string; to?: string }): Promise<ReportInput> {
  const period = await resolvePeriod(tx, client, org.today, askedPeriod);
  const team = await tx
    .select({ id: users.id, name: users.name, credentials: users.credentials, role: careTeam.role, roles: users.roles })
    .from(careTeam)
    .innerJoin(users, eq(users.id, careTeam.userId))
    .where(eq(careTeam.clientId, client.id))
    .orderBy(desc(sql`${careTeam.role} = 'primary'`), asc(users.name));
  const goalsLoaded = await loadGoals(tx, client.id, period);
  // Sessions that have not begun by the moment of the report have no attendance to state yet.
  const attended = await tx
    .select({ date: sessions.localDate, s: { startsAt: sessions.startsAt, durationMinutes: sessions.durationMinutes, actualStartAt: sessions.actualStartAt, actualEndAt: sessions.actualEndAt, status: sessions.status }, a: { attendance: sessionParticipants.attendance, lateMinutes: sessionParticipants.lateMinutes, leftEarlyMinutes: sessionParticipants.leftEarlyMinutes } })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .where(and(eq(sessionParticipants.clientId, client.id), isNull(sessions.deletedAt), gte(sessions.localDate, period.from), lte(sessions.localDate, period.to), lte(sessions.startsAt, org.now)))
    .orderBy(asc(sessions.startsAt));
  // Minutes of service: the real length less what the client missed (session-facts.ts), not the planned length.
  const attendance = attended.map((r) => ({ date: r.date, minutes: serviceMinutes(r.s, r.a), attendance: r.a.attendance, sessionStatus: r.s.status }));
  const [plan] = await tx.select({ reviewDate: treatmentPlans.reviewDate, notes: treatmentPlans.notes }).from(treatmentPlans).where(eq(treatmentPlans.clientId, client.id));
  const referral = client.referral as Partial<ReportInput['client']['referral']>;
  const prefs = client.musicPreferences as Partial<ReportInput['client']['musicPreferences']>;
  return {
    organization: org.name,
    period,
    preparedOn: org.today,
    preparedBy: await preparer(tx, ctx),
    client: {
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      preferredName: client.preferredName,
      birthDate: client.birthDate,
      gestationalAgeWeeks: client.gestationalAgeWeeks,
      gestationalAgeDays: client.gestationalAgeDays,
      populations: client.populations,
      diagnoses: (client.diagnoses as { label: string; code?: string }[]).map((d) => ({ label: d.label, code: d.code ?? '' })),
      setting: client.setting,
      status: client.status,
      referral: { source: referral.source ?? '', reason: referral.reason ?? '', referredOn: referral.referredOn ?? null, decision: referral.decision ?? 'pending', criteria: referral.criteria ?? '' },
      guardians: (client.guardians as { name: string; relationship?: string }[]).map((g) => ({ name: g.name, relationship: g.relationship ?? '' })),
      musicPreferences: { genres: prefs.genres ?? [], songs: prefs.songs ?? [], artists: prefs.artists ?? [], instruments: prefs.instruments ?? [], dislikes: prefs.dislikes ?? [] },
      careTeam: team.map((t) => ({ id: t.id, name: t.name, credentials: t.credentials, role: t.role, roles: t.roles as Role[] })),
    },
    goals: goalsLoaded,
    attendance,
    interventions: await loadInterventions(tx, client.id, period, goalsLoaded),
    plan: { reviewDate: plan?.reviewDate ?? null, notes: plan?.notes ?? '' },
    progressCodes: org.progressCodes,
  };
}
