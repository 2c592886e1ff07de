/** Progress per objective and per client, and caseload outcomes — all computed by the domain's progress engine. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { caseloadOutcomes, type OutcomeItem } from '../../domain/progress/index.js';
import { DESCRIPTIVE_SENTENCE, musicOutcomes as groupByMusic, type MusicUsed } from '../../domain/music-outcomes.js';
import { objectiveLabel } from '../../domain/objective-label.js';
import type { Db } from '../db/connection.js';
import { clients, deliveredInterventions, goalDomains, goals, interventions, musicUses, objectives, sessionParticipants, sessions } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { onCaseload, requireClient } from '../access/policy.js';
import { inRead } from '../access/run.js';
import { audit, auditReadMany } from '../audit/audit.js';
import { forbidden } from '../http/problem.js';
import { isClinician } from '../../domain/roles.js';
import { objectiveFor } from '../plans/load.js';
import { objectiveOut } from '../plans/service.js';
import { evaluate, linkedDeliveriesFor, phasesFor, seriesFor, type ObjectiveRow, type SessionValue } from './series.js';
import type { Phase } from '../../domain/progress/index.js';

function progressOut(o: ObjectiveRow, series: SessionValue[], phases: Phase[], deliveries: string[]) {
  const { phases: phaseSummaries, ...result } = evaluate(o, series, phases, deliveries);
  return {
    objective: objectiveOut(o),
    sessions: series.map((s) => ({
      sessionId: s.sessionId, date: s.date, value: s.value, eventCount: s.summary.eventCount, unit: s.summary.unit, details: s.summary.details,
      cueTempoBpm: s.cue?.meanBpm ?? null, cueTempo: s.cue,
    })),
    /** Whether any session's entries were walked to a RAS cue: the graph then shows cadence against cue tempo, in steps/min. */
    cued: series.some((s) => s.cue !== null),
    phases,
    phaseSummaries,
    ...result,
  };
}

export async function objectiveProgress(ctx: Ctx, id: string) {
  return inRead(ctx, async (tx) => {
    const o = await objectiveFor(tx, ctx, id);
    const [series, phases, deliveries] = await Promise.all([seriesFor(tx, [o]), phasesFor(tx, [o.id]), linkedDeliveriesFor(tx, [o])]);
    await audit(tx, ctx, { action: 'read', entityType: 'progress', entityId: id, clientId: o.clientId });
    return progressOut(o, series.get(o.id) ?? [], phases.get(o.id) ?? [], deliveries.get(o.id) ?? []);
  });
}

export async function clientProgress(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const objs = await tx.select().from(objectives).where(and(eq(objectives.clientId, clientId), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt));
    const [series, phases, deliveries] = await Promise.all([seriesFor(tx, objs), phasesFor(tx, objs.map((o) => o.id)), linkedDeliveriesFor(tx, objs)]);
    await audit(tx, ctx, { action: 'read', entityType: 'progress', entityId: clientId, clientId });
    return { clientId, objectives: objs.map((o) => progressOut(o, series.get(o.id) ?? [], phases.get(o.id) ?? [], deliveries.get(o.id) ?? [])) };
  });
}

/**
 * The techniques of the interventions delivered for each objective in the period. It starts from the
 * caseload's sessions and reaches their interventions by key (a lateral kept apart by OFFSET 0):
 * testing every intervention of the practice against the objectives took 410 ms on 5,000 clients.
 */
async function techniquesServing(tx: Db, objs: ObjectiveRow[], period: { from?: string; to?: string }): Promise<Map<string, Set<string>>> {
  const ids = (xs: string[]) => sql.join([...new Set(xs)].map((id) => sql`${id}::uuid`), sql`, `);
  const rows = (await tx.execute(sql`
    select distinct u.objective_id, i.technique
    from (select distinct sp.session_id from ${sessionParticipants} sp where sp.client_id in (${ids(objs.map((o) => o.clientId))})) cs
    join ${sessions} s on s.id = cs.session_id
    cross join lateral (select x.objective_ids, x.intervention_id from ${deliveredInterventions} x where x.session_id = cs.session_id and x.deleted_at is null offset 0) d
    join ${interventions} i on i.id = d.intervention_id
    cross join unnest(d.objective_ids) as u(objective_id)
    where u.objective_id in (${ids(objs.map((o) => o.id))})
      ${period.from ? sql`and s.local_date >= ${period.from}::date` : sql``} ${period.to ? sql`and s.local_date <= ${period.to}::date` : sql``}`)) as unknown as { rows: { objective_id: string; technique: string }[] };
  const map = new Map<string, Set<string>>();
  for (const r of rows.rows) map.set(r.objective_id, (map.get(r.objective_id) ?? new Set()).add(r.technique));
  return map;
}

/** Outcomes over the user's caseload (a supervisor's includes the team's), for a period of session dates. */
export async function outcomes(ctx: Ctx, period: { from?: string; to?: string }) {
  if (!isClinician(ctx.user.roles)) throw forbidden('caseload outcomes are open to clinicians');
  return inRead(ctx, async (tx) => {
    const objs = await tx
      .select({ o: objectives, domain: goalDomains.key, populations: clients.populations })
      .from(objectives)
      .innerJoin(clients, eq(clients.id, objectives.clientId))
      .innerJoin(goals, eq(goals.id, objectives.goalId))
      .innerJoin(goalDomains, eq(goalDomains.id, goals.domainId))
      .where(and(eq(objectives.organizationId, ctx.user.organizationId), isNull(objectives.deletedAt), isNull(clients.deletedAt), onCaseload(ctx.user, clients.id)));
    const rows = objs.map((r) => r.o);
    const [series, phases, deliveries] = await Promise.all([seriesFor(tx, rows, period), phasesFor(tx, rows.map((o) => o.id)), linkedDeliveriesFor(tx, rows)]);
    const techniques = rows.length ? await techniquesServing(tx, rows, period) : new Map<string, Set<string>>();
    const items: OutcomeItem[] = objs.map((r) => ({
      objectiveId: r.o.id,
      status: evaluate(r.o, series.get(r.o.id) ?? [], phases.get(r.o.id) ?? [], deliveries.get(r.o.id) ?? []).status,
      domain: r.domain,
      populations: r.populations,
      techniques: [...(techniques.get(r.o.id) ?? [])],
    }));
    await auditReadMany(tx, ctx, 'progress', rows.map((o) => o.clientId));
    return { period, objectives: items.length, ...caseloadOutcomes(items) };
  });
}


/**
 * A client's objectives' session values grouped by the music used for them (domain/music-outcomes.ts):
 * descriptive, with n. The music of a session counts for an objective when it was used in a delivered
 * intervention serving that objective, for the whole session or for this client.
 */
export async function musicOutcomes(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const objs = await tx.select().from(objectives).where(and(eq(objectives.clientId, clientId), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt));
    const series = await seriesFor(tx, objs);
    const used = objs.length
      ? ((await tx.execute(sql`
          select distinct u.objective_id, m.session_id, m.id, m.title, m.key, m.tempo_bpm, m.source
          from ${musicUses} m
          join ${deliveredInterventions} d on d.id = m.delivered_intervention_id and d.deleted_at is null and d.delivered
          cross join unnest(d.objective_ids) as u(objective_id)
          where m.organization_id = ${ctx.user.organizationId}::uuid and m.deleted_at is null and (m.client_id is null or m.client_id = ${clientId}::uuid)
            and u.objective_id in (${sql.join(objs.map((o) => sql`${o.id}::uuid`), sql`, `)})`)) as unknown as { rows: { objective_id: string; session_id: string; title: string; key: string | null; tempo_bpm: number | null; source: 'live' | 'recorded' }[] }).rows
      : [];
    const music = new Map<string, MusicUsed[]>();
    for (const r of used) {
      const k = `${r.objective_id}/${r.session_id}`;
      music.set(k, [...(music.get(k) ?? []), { title: r.title, key: r.key, tempoBpm: r.tempo_bpm === null ? null : Number(r.tempo_bpm), source: r.source }]);
    }
    await audit(tx, ctx, { action: 'read', entityType: 'progress', entityId: clientId, clientId });
    return {
      clientId,
      descriptive: DESCRIPTIVE_SENTENCE,
      objectives: objs.map((o) => {
        const values = series.get(o.id) ?? [];
        return {
          objectiveId: o.id, label: objectiveLabel(o), unit: values.find((v) => v.value !== null)?.summary.unit ?? null, direction: o.direction,
          ...groupByMusic(values.map((v) => ({ sessionId: v.sessionId, value: v.value, music: music.get(`${o.id}/${v.sessionId}`) ?? [] }))),
        };
      }),
    };
  });
}
