/**
 * Loads the records of an export for a list of clients the caller has already been allowed to
 * export. Soft-deleted records and unsigned notes are left out; session summaries and progress
 * come from the progress engine (seriesFor / evaluate), never re-derived here.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { masteryCriterionSchema, type Direction } from '../../domain/criterion.js';
import { measurementConfigSchema, type DataEvent } from '../../domain/measurement.js';
import type { ExportRecords, ExportSession } from '../../domain/fhir.js';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/connection.js';
import {
  addenda, careTeam, clients, dataPoints, deliveredInterventions, goalDomains, goals, interventions, notes, objectives, organizations, planLinks,
  sessionParticipants, sessions, treatmentPlans, users,
} from '../db/schema.js';
import { evaluate, linkedDeliveriesFor, phasesFor, seriesFor } from '../progress/series.js';
import type { GroupSections } from '../../domain/group-note.js';

/** Instants as ISO 8601 UTC, the same text on both engines. */
export const iso = (v: string) => new Date(v).toISOString();
const isoOrNull = (v: string | null) => (v === null ? null : iso(v));

export function emptyRecords(organization: { id: string; name: string }): ExportRecords {
  return { organization, users: [], clients: [], goals: [], objectives: [], plans: [], interventions: [], sessions: [], deliveries: [], notes: [] };
}

export async function loadRecords(tx: Db, organizationId: string, clientIds: string[]): Promise<ExportRecords> {
  const [org] = await tx.select().from(organizations).where(eq(organizations.id, organizationId));
  const records = emptyRecords({ id: organizationId, name: org?.name ?? '' });
  if (clientIds.length === 0) return records;
  const inOrg = (col: AnyPgColumn) => eq(col, organizationId);

  const clientRows = await tx.select().from(clients).where(and(inOrg(clients.organizationId), inArray(clients.id, clientIds), isNull(clients.deletedAt))).orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id));
  const ids = clientRows.map((c) => c.id);
  if (ids.length === 0) return records;
  const team = await tx.select().from(careTeam).where(inArray(careTeam.clientId, ids)).orderBy(asc(careTeam.createdAt));
  records.users = (await tx.select().from(users).where(inOrg(users.organizationId)).orderBy(asc(users.name), asc(users.id))).map((u) => ({
    id: u.id, name: u.name, email: u.email, credentials: u.credentials, active: u.active,
  }));
  records.clients = clientRows.map((c) => ({
    id: c.id, firstName: c.firstName, lastName: c.lastName, preferredName: c.preferredName, birthDate: c.birthDate, status: c.status, setting: c.setting,
    populations: c.populations, guardians: (c.guardians ?? []) as ExportRecords['clients'][number]['guardians'],
    careTeam: team.filter((m) => m.clientId === c.id).map((m) => ({ userId: m.userId, role: m.role })),
  }));

  const goalRows = await tx
    .select({ g: goals, key: goalDomains.key, name: goalDomains.name, category: goalDomains.category })
    .from(goals)
    .innerJoin(goalDomains, eq(goalDomains.id, goals.domainId))
    .where(and(inOrg(goals.organizationId), inArray(goals.clientId, ids), isNull(goals.deletedAt)))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  records.goals = goalRows.map(({ g, key, name, category }) => ({
    id: g.id, clientId: g.clientId, statement: g.statement, status: g.status, targetDate: g.targetDate, createdAt: iso(g.createdAt), domain: { key, name, category },
  }));
  const goalIds = new Set(records.goals.map((g) => g.id));
  const objRows = (
    await tx.select().from(objectives).where(and(inOrg(objectives.organizationId), inArray(objectives.clientId, ids), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt), asc(objectives.id))
  ).filter((o) => goalIds.has(o.goalId));
  const [series, phases, deliveries] = await Promise.all([seriesFor(tx, objRows), phasesFor(tx, objRows.map((o) => o.id)), linkedDeliveriesFor(tx, objRows)]);
  records.objectives = objRows.map((o) => {
    const s = series.get(o.id) ?? [];
    const verdict = evaluate(o, s, phases.get(o.id) ?? [], deliveries.get(o.id) ?? []);
    return {
      id: o.id, clientId: o.clientId, goalId: o.goalId, statement: o.statement, behaviour: o.behaviour, condition: o.condition,
      measurement: measurementConfigSchema.parse(o.measurement), criterion: masteryCriterionSchema.parse(o.criterion), direction: o.direction as Direction,
      baselineValue: o.baselineValue ?? null, status: o.status, targetDate: o.targetDate, createdAt: iso(o.createdAt),
      progress: { status: verdict.status, slope: verdict.trend.slope },
      summaries: s.map((v) => ({ sessionId: v.sessionId, summary: v.summary })),
    };
  });

  const plans = await tx.select().from(treatmentPlans).where(and(inOrg(treatmentPlans.organizationId), inArray(treatmentPlans.clientId, ids)));
  const links = await tx.select().from(planLinks).where(and(inOrg(planLinks.organizationId), inArray(planLinks.clientId, ids), isNull(planLinks.deletedAt))).orderBy(asc(planLinks.createdAt), asc(planLinks.id));
  records.plans = clientRows.map((c) => {
    const p = plans.find((x) => x.clientId === c.id);
    return {
      id: p?.id ?? null, clientId: c.id, reviewDate: p?.reviewDate ?? null, notes: p?.notes ?? '', createdAt: p ? iso(p.createdAt) : null,
      links: links.filter((l) => l.clientId === c.id).map((l) => ({ objectiveId: l.objectiveId, interventionId: l.interventionId })),
    };
  });

  records.sessions = await loadSessions(tx, organizationId, ids);
  const sessionIds = records.sessions.map((s) => s.id);
  const objectiveIds = new Set(records.objectives.map((o) => o.id));
  const delivered = sessionIds.length
    ? await tx.select().from(deliveredInterventions).where(and(inOrg(deliveredInterventions.organizationId), inArray(deliveredInterventions.sessionId, sessionIds), isNull(deliveredInterventions.deletedAt))).orderBy(asc(deliveredInterventions.sessionId), asc(deliveredInterventions.position), asc(deliveredInterventions.id))
    : [];
  // A delivery is exported for the exported clients' objectives only.
  records.deliveries = delivered
    .map((d) => ({ id: d.id, sessionId: d.sessionId, interventionId: d.interventionId, objectiveIds: d.objectiveIds.filter((id) => objectiveIds.has(id)), notes: d.notes, startedAt: isoOrNull(d.startedAt), endedAt: isoOrNull(d.endedAt) }))
    .filter((d) => d.objectiveIds.length > 0);
  const ivIds = [...new Set([...links.map((l) => l.interventionId), ...records.deliveries.map((d) => d.interventionId)])];
  records.interventions = ivIds.length
    ? (await tx.select().from(interventions).where(and(inOrg(interventions.organizationId), inArray(interventions.id, ivIds)))).map((i) => ({ id: i.id, key: i.key, name: i.name, technique: i.technique }))
    : [];
  records.notes = await loadSignedNotes(tx, organizationId, ids);
  return records;
}

async function loadSessions(tx: Db, organizationId: string, clientIds: string[]): Promise<ExportSession[]> {
  const rows = await tx
    .select({ s: sessions, clientId: sessionParticipants.clientId, attendance: sessionParticipants.attendance })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .where(and(eq(sessions.organizationId, organizationId), inArray(sessionParticipants.clientId, clientIds), isNull(sessions.deletedAt)))
    .orderBy(asc(sessions.startsAt), asc(sessions.id), asc(sessionParticipants.clientId));
  const byId = new Map<string, ExportSession>();
  for (const { s, clientId, attendance } of rows) {
    let out = byId.get(s.id);
    if (!out)
      byId.set(s.id, (out = {
        id: s.id, type: s.type, status: s.status, startsAt: iso(s.startsAt), durationMinutes: s.durationMinutes, localDate: s.localDate, timeZone: s.timeZone,
        setting: s.setting, location: s.location, groupName: s.groupName, leadTherapistId: s.leadTherapistId, participantCount: 0, participants: [],
      }));
    out.participants.push({ clientId, attendance });
  }
  const ids = [...byId.keys()];
  if (ids.length) {
    const all = await tx.select({ sessionId: sessionParticipants.sessionId }).from(sessionParticipants).where(inArray(sessionParticipants.sessionId, ids));
    for (const p of all) byId.get(p.sessionId)!.participantCount++;
  }
  return [...byId.values()];
}

async function loadSignedNotes(tx: Db, organizationId: string, clientIds: string[]): Promise<ExportRecords['notes']> {
  const rows = await tx
    .select()
    .from(notes)
    .where(and(eq(notes.organizationId, organizationId), inArray(notes.clientId, clientIds), isNull(notes.deletedAt), isNotNull(notes.signedAt), isNotNull(notes.signedBy)))
    .orderBy(asc(notes.signedAt), asc(notes.id));
  const adds = rows.length ? await tx.select().from(addenda).where(inArray(addenda.noteId, rows.map((n) => n.id))).orderBy(asc(addenda.signedAt), asc(addenda.id)) : [];
  return rows.map((n) => ({
    id: n.id, sessionId: n.sessionId, clientId: n.clientId, format: n.format as 'SOAP' | 'DAP', sections: n.sections as Record<string, string>, status: n.status,
    authorId: n.authorId, signedBy: n.signedBy!, signedAt: iso(n.signedAt!), contentHash: n.contentHash, cosignedBy: n.cosignedBy, cosignedAt: isoOrNull(n.cosignedAt),
    addenda: adds.filter((a) => a.noteId === n.id).map((a) => ({ authorId: a.authorId, text: a.text, reason: a.reason, signedAt: iso(a.signedAt) })),
    groupPart: (n.groupPart ?? null) as GroupSections | null,
  }));
}

export interface DataPointRecord {
  id: string; sessionId: string; clientId: string; objectiveId: string; deliveredInterventionId: string | null; event: DataEvent; cueTempoBpm: number | null; recordedAt: string; recordedBy: string;
}

/** Every live data point of the clients, raw, in session and recording order. */
export async function loadDataPoints(tx: Db, organizationId: string, clientIds: string[]): Promise<DataPointRecord[]> {
  if (clientIds.length === 0) return [];
  const rows = await tx
    .select({ p: dataPoints })
    .from(dataPoints)
    .innerJoin(sessions, eq(sessions.id, dataPoints.sessionId))
    .innerJoin(objectives, eq(objectives.id, dataPoints.objectiveId))
    .where(and(eq(dataPoints.organizationId, organizationId), inArray(dataPoints.clientId, clientIds), isNull(dataPoints.deletedAt), isNull(sessions.deletedAt), isNull(objectives.deletedAt)))
    .orderBy(asc(sessions.startsAt), asc(dataPoints.sessionId), asc(dataPoints.recordedAt), asc(dataPoints.id));
  return rows.map(({ p }) => ({
    id: p.id, sessionId: p.sessionId, clientId: p.clientId, objectiveId: p.objectiveId, deliveredInterventionId: p.deliveredInterventionId,
    event: p.event as DataEvent, cueTempoBpm: p.cueTempoBpm, recordedAt: iso(p.recordedAt), recordedBy: p.recordedBy,
  }));
}
