/**
 * FHIR R4 export: the clinical record as a Bundle of type "collection". Pure: the records come in
 * already loaded and evaluated by the progress engine; ids that FHIR needs but the record has no
 * row for (a participant's own encounter in a group session, one observation per objective per
 * session) come from `derivedId`, which must be deterministic. Every reference is a
 * `urn:uuid:<id>` of an entry of the same Bundle.
 *
 * Model choices (R4):
 * - A long-term goal and each of its objectives are Goals; the goal lists its objectives as
 *   milestones (core extension goal-relationship). The objective's Goal carries the measurable
 *   target and the progress engine's verdict as achievementStatus.
 * - Procedure.reasonReference cannot point to a Goal in R4, so a Procedure (and an Observation)
 *   names the Goal it serves with the core extension resource-pertainsToGoal; Goal.outcomeReference
 *   lists the objective's Observations. Observation.focus is not used: it would say the observation
 *   is about something other than the patient.
 */
import type {
  Bundle, BundleEntry, CarePlan, CarePlanActivity, DocumentReference, Encounter, Extension, Goal, Observation, ObservationComponent,
  Organization, Patient, Practitioner, Procedure, Reference, Resource,
} from '@medplum/fhirtypes';
import type { Direction, MasteryCriterion } from './criterion.js';
import type { MeasurementConfig } from './measurement.js';
import { documentMeasurement } from './reports/words.js';
import { criterionPhrase, formatSummary, summarizeSession, type ProgressStatus, type SessionSummary } from './progress/index.js';
import { NOTE_SECTIONS } from './schemas/sessions.js';
import { GROUP_SECTION_LABELS, GROUP_SECTIONS, type GroupSections } from './group-note.js';
import {
  achievementStatus, CRESCENDO_IDENTIFIER_SYSTEM, dataAbsent, detailCode, encounterClass, EXTENSION, goalCategoryCodes, interventionCode,
  label, measureCode, metricCode, PRIMARY_PERFORMER, PROGRESS_NOTE_TYPE, quantity, sessionTypeCode, settingCode, SYSTEM, techniqueCode,
  THERAPY_CATEGORY,
} from './fhir-codes.js';

export interface ExportUser { id: string; name: string; email: string; credentials: string | null; active: boolean }
export interface ExportClient {
  id: string; firstName: string; lastName: string; preferredName: string | null; birthDate: string | null; status: string; setting: string;
  populations: string[];
  guardians: { name: string; relationship?: string; phone?: string; email?: string }[];
  careTeam: { userId: string; role: string }[];
}
export interface ExportGoal { id: string; clientId: string; statement: string; status: string; targetDate: string | null; createdAt: string; domain: { key: string; name: string; category: string } }
export interface ExportObjective {
  id: string; clientId: string; goalId: string; statement: string; behaviour: string; condition: string; measurement: MeasurementConfig;
  criterion: MasteryCriterion; direction: Direction; baselineValue: number | null; status: string; targetDate: string | null; createdAt: string;
  /** The progress engine's verdict and the current phase's trend slope. */
  progress: { status: ProgressStatus; slope: number | null };
  /** Session summaries, as the progress engine computed them. */
  summaries: { sessionId: string; summary: SessionSummary }[];
}
export interface ExportPlan { id: string | null; clientId: string; reviewDate: string | null; notes: string; createdAt: string | null; links: { objectiveId: string; interventionId: string }[] }
export interface ExportIntervention { id: string; key: string; name: string; technique: string }
export interface ExportSession {
  id: string; type: string; status: string; startsAt: string; durationMinutes: number; localDate: string; setting: string; leadTherapistId: string;
  timeZone: string; location: string; groupName: string | null;
  /** All participants, exported or not: more than one makes a group encounter with one encounter per participant. */
  participantCount: number;
  /** The exported participants. */
  participants: { clientId: string; attendance: string }[];
}
export interface ExportDelivery { id: string; sessionId: string; interventionId: string; objectiveIds: string[]; notes: string; startedAt: string | null; endedAt: string | null }
export interface ExportNote {
  id: string; sessionId: string; clientId: string; format: 'SOAP' | 'DAP'; sections: Record<string, string>; status: string; authorId: string;
  signedBy: string; signedAt: string; contentHash: string | null; cosignedBy: string | null; cosignedAt: string | null;
  addenda: { authorId: string; text: string; reason: string; signedAt: string }[];
  /** A group member's copy of the group note's shared part, signed with the member's note; null for an individual note. */
  groupPart: GroupSections | null;
}
export interface ExportRecords {
  organization: { id: string; name: string };
  users: ExportUser[]; clients: ExportClient[]; goals: ExportGoal[]; objectives: ExportObjective[]; plans: ExportPlan[];
  interventions: ExportIntervention[]; sessions: ExportSession[]; deliveries: ExportDelivery[]; notes: ExportNote[];
}
export interface FhirOptions {
  bundleId: string;
  timestamp: string;
  /** A deterministic UUID for a name such as "observation/<objective>/<session>". */
  derivedId(name: string): string;
  /** SHA-1 of the bytes, base64 (Attachment.hash). */
  sha1Base64(bytes: Uint8Array): string;
}

const url = (id: string) => `urn:uuid:${id}`;
const ref = <T extends Resource>(type: T['resourceType'], id: string, display?: string): Reference<T> => ({ reference: url(id), type, ...(display ? { display } : {}) });
const day = (instant: string) => instant.slice(0, 10);
const addMinutes = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString();
const pertainsTo = (goalIds: string[]): Extension[] => goalIds.map((id) => ({ url: EXTENSION.pertainsToGoal, valueReference: ref('Goal', id) }));
const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

function utf8Base64(text: string): { data: string; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { data: btoa(binary), bytes };
}

const CARE_PLAN_STATUS: Record<string, CarePlan['status']> = { referred: 'draft', assessing: 'draft', active: 'active', on_hold: 'on-hold', discharged: 'completed' };
const ACTIVITY_STATUS: Record<string, NonNullable<CarePlanActivity['detail']>['status']> = { referred: 'not-started', assessing: 'not-started', active: 'in-progress', on_hold: 'on-hold', discharged: 'completed' };
const GOAL_LIFECYCLE: Record<string, Goal['lifecycleStatus']> = { baseline: 'active', active: 'active', met: 'completed', discontinued: 'cancelled', on_hold: 'on-hold' };
const ENCOUNTER_STATUS: Record<string, Encounter['status']> = { planned: 'planned', in_progress: 'in-progress', completed: 'finished', cancelled: 'cancelled' };
const PROCEDURE_STATUS: Record<string, Procedure['status']> = { planned: 'preparation', in_progress: 'in-progress', completed: 'completed', cancelled: 'not-done' };
const ABSENT = new Set(['absent', 'cancelled']);

/** Everything the mapping looks up, indexed once. */
function indexes(r: ExportRecords, opts: FhirOptions) {
  const sessions = new Map(r.sessions.map((s) => [s.id, s]));
  const clientNames = new Map(r.clients.map((c) => [c.id, `${c.preferredName ?? c.firstName} ${c.lastName}`]));
  const users = new Map(r.users.map((u) => [u.id, u]));
  const usedUsers = new Set<string>();
  const practitioner = (id: string): Reference<Practitioner> => {
    usedUsers.add(id);
    return ref('Practitioner', id, users.get(id)?.name);
  };
  /** A participant's encounter: the session itself when one client took part, else their own part of the group encounter. */
  const encounterId = (s: ExportSession, clientId: string) => (s.participantCount > 1 ? opts.derivedId(`encounter/${s.id}/${clientId}`) : s.id);
  const encounterOf = (sessionId: string, clientId: string): Reference<Encounter> => ref('Encounter', encounterId(sessions.get(sessionId)!, clientId));
  return { sessions, clientNames, users, usedUsers, practitioner, encounterId, encounterOf };
}
type Ix = ReturnType<typeof indexes>;

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items)
    for (const k of new Set(keys(item))) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  return map;
}

export function toFhirBundle(r: ExportRecords, opts: FhirOptions): Bundle {
  const ix = indexes(r, opts);
  const org = ref<Organization>('Organization', r.organization.id, r.organization.name);
  const interventions = new Map(r.interventions.map((i) => [i.id, i]));
  const objectiveClient = new Map(r.objectives.map((o) => [o.id, o.clientId]));
  const of = {
    goals: groupBy(r.goals, (g) => [g.clientId]),
    objectives: groupBy(r.objectives, (o) => [o.clientId]),
    sessions: groupBy(r.sessions, (s) => s.participants.map((p) => p.clientId)),
    deliveries: groupBy(r.deliveries, (d) => d.objectiveIds.map((id) => objectiveClient.get(id) ?? '')),
    notes: groupBy(r.notes, (n) => [n.clientId]),
  };
  const plans = new Map(r.plans.map((p) => [p.clientId, p]));
  const clinical: Resource[] = [];
  const groupEncounters = new Map<string, Encounter>();
  for (const c of r.clients) {
    const goals = of.goals.get(c.id) ?? [];
    const objectives = of.objectives.get(c.id) ?? [];
    const sessions = of.sessions.get(c.id) ?? [];
    const procedures = (of.deliveries.get(c.id) ?? []).flatMap((d) => procedureFor(d, c.id, objectiveClient, interventions, ix, opts));
    const observations = new Map(objectives.map((o) => [o.id, observationsFor(o, ix, opts)]));
    for (const s of sessions) if (s.participantCount > 1 && !groupEncounters.has(s.id)) groupEncounters.set(s.id, groupEncounter(s, org, ix));
    clinical.push(
      patientFor(c, org),
      carePlanFor(c, plans.get(c.id), goals, objectives, interventions, procedures, ix, opts),
      ...goals.map((g) => longTermGoal(g, objectives)),
      ...objectives.map((o) => objectiveGoal(o, observations.get(o.id) ?? [])),
      ...sessions.map((s) => encounterFor(s, c.id, org, ix)),
      ...procedures,
      ...[...observations.values()].flat(),
      ...(of.notes.get(c.id) ?? []).map((n) => documentFor(n, ix, opts)),
    );
  }
  const organization: Organization = { resourceType: 'Organization', id: r.organization.id, active: true, name: r.organization.name };
  const practitioners = r.users.filter((u) => ix.usedUsers.has(u.id)).map(practitionerFor);
  const resources: Resource[] = [organization, ...practitioners, ...groupEncounters.values(), ...clinical];
  const entry: BundleEntry[] = resources.map((resource) => ({ fullUrl: url(resource.id!), resource }));
  // A JSON round trip drops the properties left undefined, so the Bundle holds only what FHIR allows.
  return JSON.parse(JSON.stringify({ resourceType: 'Bundle', id: opts.bundleId, type: 'collection', timestamp: opts.timestamp, entry })) as Bundle;
}

function practitionerFor(u: ExportUser): Practitioner {
  return {
    resourceType: 'Practitioner', id: u.id, active: u.active, name: [{ text: u.name }],
    telecom: [{ system: 'email', value: u.email, use: 'work' }],
    ...(u.credentials ? { qualification: [{ code: { text: u.credentials } }] } : {}),
  };
}

function patientFor(c: ExportClient, org: Reference<Organization>): Patient {
  return {
    resourceType: 'Patient', id: c.id, active: c.status !== 'discharged',
    identifier: [{ system: CRESCENDO_IDENTIFIER_SYSTEM.client, value: c.id }],
    name: [
      { use: 'official', family: c.lastName, given: [c.firstName] },
      ...(c.preferredName ? [{ use: 'usual' as const, family: c.lastName, given: [c.preferredName] }] : []),
    ],
    ...(c.birthDate ? { birthDate: c.birthDate } : {}),
    contact: nonEmpty(
      c.guardians.map((g) => ({
        ...(g.relationship ? { relationship: [{ text: g.relationship }] } : {}),
        name: { text: g.name },
        telecom: nonEmpty([...(g.phone ? [{ system: 'phone' as const, value: g.phone }] : []), ...(g.email ? [{ system: 'email' as const, value: g.email }] : [])]),
      })),
    ),
    managingOrganization: org,
  };
}

function carePlanFor(
  c: ExportClient, plan: ExportPlan | undefined, goals: ExportGoal[], objectives: ExportObjective[], interventions: Map<string, ExportIntervention>,
  procedures: Procedure[], ix: Ix, opts: FhirOptions,
): CarePlan {
  const byIntervention = new Map<string, string[]>();
  for (const l of plan?.links ?? []) if (objectives.some((o) => o.id === l.objectiveId)) byIntervention.set(l.interventionId, [...(byIntervention.get(l.interventionId) ?? []), l.objectiveId]);
  const activity: CarePlanActivity[] = [...byIntervention].flatMap(([ivId, objectiveIds]) => {
    const iv = interventions.get(ivId);
    if (!iv) return [];
    const done = procedures.filter((p) => p.code?.coding?.[0]?.code === iv.key);
    return [{
      ...(done.length ? { outcomeReference: done.map((p) => ref('Procedure', p.id!)) } : {}),
      detail: {
        code: interventionCode(iv), status: ACTIVITY_STATUS[c.status] ?? 'unknown',
        description: `${iv.name} (${techniqueCode(iv.technique).text})`,
        goal: objectiveIds.map((id) => ref('Goal', id)),
      },
    }];
  });
  const primary = c.careTeam.find((m) => m.role === 'primary') ?? c.careTeam[0];
  const others = c.careTeam.filter((m) => m !== primary);
  return {
    resourceType: 'CarePlan', id: plan?.id ?? opts.derivedId(`care-plan/${c.id}`), status: CARE_PLAN_STATUS[c.status] ?? 'unknown', intent: 'plan',
    title: 'Music therapy treatment plan', subject: ref('Patient', c.id, ix.clientNames.get(c.id)),
    ...(plan?.createdAt ? { created: plan.createdAt } : {}),
    ...(plan?.notes ? { description: plan.notes } : {}),
    ...(primary ? { author: ix.practitioner(primary.userId) } : {}),
    contributor: nonEmpty(others.map((m) => ix.practitioner(m.userId))),
    goal: nonEmpty([...goals.map((g) => ref<Goal>('Goal', g.id)), ...objectives.map((o) => ref<Goal>('Goal', o.id))]),
    activity: nonEmpty(activity),
    ...(plan?.reviewDate ? { note: [{ text: `Plan review date: ${plan.reviewDate}` }] } : {}),
  };
}

function longTermGoal(g: ExportGoal, objectives: ExportObjective[]): Goal {
  const milestones = objectives.filter((o) => o.goalId === g.id);
  return {
    resourceType: 'Goal', id: g.id, lifecycleStatus: GOAL_LIFECYCLE[g.status] ?? 'active',
    ...(g.status === 'met' ? { achievementStatus: { coding: [{ system: SYSTEM.goalAchievement, code: 'achieved', display: 'Achieved' }] } } : {}),
    category: goalCategoryCodes(g.domain), description: { text: g.statement }, subject: ref('Patient', g.clientId), startDate: day(g.createdAt),
    ...(g.targetDate ? { target: [{ dueDate: g.targetDate }] } : {}),
    extension: nonEmpty(
      milestones.map((o) => ({
        url: EXTENSION.goalRelationship,
        extension: [
          { url: 'type', valueCodeableConcept: { coding: [{ system: SYSTEM.goalRelationshipType, code: 'milestone', display: 'Milestone' }] } },
          { url: 'target', valueReference: ref('Goal', o.id) },
        ],
      })),
    ),
  };
}

const COMPARATOR: Record<string, '<' | '<=' | '>=' | '>'> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<' };

function objectiveGoal(o: ExportObjective, own: Observation[]): Goal {
  const unit = summarizeSession(o.measurement, []).unit;
  const notes = [
    `Behaviour: ${o.behaviour}${o.condition ? `; condition: ${o.condition}` : ''}.`,
    `Mastery criterion: ${criterionPhrase(o.criterion, unit)}; direction: ${o.direction}.`,
    ...(o.baselineValue !== null ? [`Baseline: ${o.baselineValue} ${unit}.`] : []),
  ];
  return {
    resourceType: 'Goal', id: o.id, lifecycleStatus: GOAL_LIFECYCLE[o.status] ?? 'active',
    achievementStatus: o.status === 'met' ? achievementStatus('met', null, o.direction) : achievementStatus(o.progress.status, o.progress.slope, o.direction),
    description: { text: o.statement }, subject: ref('Patient', o.clientId), startDate: day(o.createdAt),
    target: [{
      measure: measureCode(o.measurement, o.statement),
      detailQuantity: quantity(o.criterion.value, unit, COMPARATOR[o.criterion.comparator]),
      ...(o.targetDate ? { dueDate: o.targetDate } : {}),
    }],
    note: notes.map((text) => ({ text })),
    outcomeReference: nonEmpty(own.map((ob) => ref('Observation', ob.id!))),
  };
}

function encounterBase(s: ExportSession, org: Reference<Organization>, ix: Ix): Omit<Encounter, 'id' | 'status'> {
  return {
    resourceType: 'Encounter', class: encounterClass(s.setting), type: [sessionTypeCode(s.type), settingCode(s.setting)],
    participant: [{ type: [PRIMARY_PERFORMER], individual: ix.practitioner(s.leadTherapistId) }],
    period: { start: s.startsAt, end: addMinutes(s.startsAt, s.durationMinutes) },
    length: { value: s.durationMinutes, unit: 'min', system: SYSTEM.ucum, code: 'min' },
    serviceProvider: org,
  };
}

function groupEncounter(s: ExportSession, org: Reference<Organization>, ix: Ix): Encounter {
  return { ...encounterBase(s, org, ix), id: s.id, status: ENCOUNTER_STATUS[s.status] ?? 'unknown' };
}

function encounterFor(s: ExportSession, clientId: string, org: Reference<Organization>, ix: Ix): Encounter {
  const attendance = s.participants.find((p) => p.clientId === clientId)!.attendance;
  return {
    ...encounterBase(s, org, ix), id: ix.encounterId(s, clientId),
    status: ABSENT.has(attendance) ? 'cancelled' : (ENCOUNTER_STATUS[s.status] ?? 'unknown'),
    subject: ref('Patient', clientId, ix.clientNames.get(clientId)),
    ...(s.participantCount > 1 ? { partOf: ref('Encounter', s.id) } : {}),
  };
}

/** One Procedure per client the delivered intervention served (a group activity serves several). */
function procedureFor(d: ExportDelivery, clientId: string, objectiveClient: Map<string, string>, interventions: Map<string, ExportIntervention>, ix: Ix, opts: FhirOptions): Procedure[] {
  const s = ix.sessions.get(d.sessionId);
  const served = d.objectiveIds.filter((id) => objectiveClient.get(id) === clientId);
  const participant = s?.participants.find((p) => p.clientId === clientId);
  if (!s || !participant || served.length === 0) return [];
  const clients = new Set(d.objectiveIds.map((id) => objectiveClient.get(id)).filter(Boolean));
  const iv = interventions.get(d.interventionId)!;
  return [{
    resourceType: 'Procedure', id: clients.size > 1 ? opts.derivedId(`procedure/${d.id}/${clientId}`) : d.id,
    extension: pertainsTo(served),
    status: ABSENT.has(participant.attendance) ? 'not-done' : (PROCEDURE_STATUS[s.status] ?? 'unknown'),
    category: techniqueCode(iv.technique), code: interventionCode(iv),
    subject: ref('Patient', clientId, ix.clientNames.get(clientId)), encounter: ix.encounterOf(s.id, clientId),
    ...(d.startedAt ? { performedPeriod: { start: d.startedAt, ...(d.endedAt ? { end: d.endedAt } : {}) } } : { performedDateTime: s.startsAt }),
    performer: [{ actor: ix.practitioner(s.leadTherapistId) }],
    ...(d.notes ? { note: [{ text: d.notes }] } : {}),
  }];
}

function componentsOf(summary: SessionSummary): ObservationComponent[] {
  const parts: ObservationComponent[] = [{ code: detailCode('event_count'), valueInteger: summary.eventCount }];
  for (const [key, v] of Object.entries(summary.details)) {
    if (typeof v === 'number') parts.push({ code: detailCode(key), valueQuantity: { value: v } });
    else if (typeof v === 'string') parts.push({ code: detailCode(key), valueString: v });
    else parts.push({ code: detailCode(key), dataAbsentReason: dataAbsent('unknown') });
  }
  return parts;
}

function observationsFor(o: ExportObjective, ix: Ix, opts: FhirOptions): Observation[] {
  return o.summaries.flatMap(({ sessionId, summary }) => {
    const s = ix.sessions.get(sessionId);
    if (!s) return [];
    return [{
      resourceType: 'Observation', id: opts.derivedId(`observation/${o.id}/${sessionId}`), extension: pertainsTo([o.id]),
      status: s.status === 'completed' ? 'final' : 'preliminary', category: [THERAPY_CATEGORY],
      code: measureCode(o.measurement, o.statement), subject: ref('Patient', o.clientId, ix.clientNames.get(o.clientId)),
      encounter: ix.encounterOf(sessionId, o.clientId), effectiveDateTime: s.startsAt, performer: [ix.practitioner(s.leadTherapistId)],
      ...(summary.value !== null ? { valueQuantity: quantity(summary.value, summary.unit) } : { dataAbsentReason: dataAbsent('unknown') }),
      note: [{ text: formatSummary(documentMeasurement(o), summary) }], method: metricCode(o.measurement), component: componentsOf(summary),
    } satisfies Observation];
  });
}

/** The signed note as plain text: heading, signatures, the sections in the format's order, then the addenda. */
export function noteText(n: ExportNote, clientName: string, session: ExportSession | undefined, userName: (id: string) => string): string {
  const lines = [
    `${n.format} note: ${clientName}, music therapy session ${session?.localDate ?? ''}`.trim(),
    `Signed by ${userName(n.signedBy)} at ${n.signedAt}`,
    ...(n.cosignedBy && n.cosignedAt ? [`Co-signed by ${userName(n.cosignedBy)} at ${n.cosignedAt}`] : []),
  ];
  if (n.groupPart) for (const key of GROUP_SECTIONS) lines.push('', GROUP_SECTION_LABELS[key], n.groupPart[key]);
  for (const key of NOTE_SECTIONS[n.format]) lines.push('', label(key), n.sections[key] ?? '');
  for (const a of n.addenda) lines.push('', `Addendum by ${userName(a.authorId)} at ${a.signedAt} (reason: ${a.reason})`, a.text);
  return `${lines.join('\n')}\n`;
}

function documentFor(n: ExportNote, ix: Ix, opts: FhirOptions): DocumentReference {
  const s = ix.sessions.get(n.sessionId);
  const text = noteText(n, ix.clientNames.get(n.clientId) ?? '', s, (id) => ix.users.get(id)?.name ?? id);
  const { data, bytes } = utf8Base64(text);
  return {
    resourceType: 'DocumentReference', id: n.id,
    ...(n.contentHash ? { identifier: [{ system: CRESCENDO_IDENTIFIER_SYSTEM.noteContentHash, value: n.contentHash }] } : {}),
    status: 'current', docStatus: n.status !== 'signed' ? 'preliminary' : n.addenda.length ? 'amended' : 'final',
    type: PROGRESS_NOTE_TYPE, subject: ref('Patient', n.clientId, ix.clientNames.get(n.clientId)), date: n.signedAt,
    author: [ix.practitioner(n.authorId)], authenticator: ix.practitioner(n.cosignedBy ?? n.signedBy),
    description: `${n.format} note${s ? ` for the session of ${s.localDate}` : ''}`,
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', language: 'en', data, size: bytes.length, hash: opts.sha1Base64(bytes), title: `${n.format} note`, creation: n.signedAt } }],
    ...(s ? { context: { encounter: [ix.encounterOf(s.id, n.clientId)], period: { start: s.startsAt, end: addMinutes(s.startsAt, s.durationMinutes) } } } : {}),
  };
}
