/** Clinical fixtures built through the API, as a therapist would. */
import { randomUUID } from 'node:crypto';
import type { Api } from './harness.js';
import { localDateOf } from '../../domain/schemas/common.js';
import { addDays } from '../../domain/progress/trend.js';

export const id = () => randomUUID();

/** The time zone of every test practice (startPractice sets it up so). */
export const CLINIC_ZONE = 'America/Chicago';
/** A date as the test practice's clinic reads it, `offsetDays` from its today: never UTC's today, which runs ahead after 6 p.m. there. */
export const clinicDay = (offsetDays = 0): string => addDays(localDateOf(new Date().toISOString(), CLINIC_ZONE), offsetDays);

export async function expectOk<T = any>(p: Promise<{ status: number; body: T }>, status = 200): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await p;
  if (r.status !== status) throw new Error(`expected ${status}, got ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function createClient(who: Api, extra: Record<string, unknown> = {}) {
  return expectOk(
    who.post('/api/v1/clients', {
      id: id(), firstName: 'Maya', lastName: 'Lopez', birthDate: '2017-05-02', populations: ['autism'], setting: 'school', status: 'active',
      musicPreferences: { genres: ['pop'], songs: ['Let It Go'], instruments: ['drum'], dislikes: ['loud brass'] }, ...extra,
    }),
    201,
  );
}

export const TRIALS = { type: 'trials', metric: 'percent_success', promptLevels: ['independent', 'gestural', 'verbal', 'model'] };
export const FREQUENCY = { type: 'frequency', metric: 'count' };
export const DURATION = { type: 'duration', metric: 'total_seconds' };

export async function clientWithPlan(who: Api, extra: Record<string, unknown> = {}) {
  const client = await createClient(who, extra);
  const domains = (await expectOk(who.get('/api/v1/goal-domains'))).items as { id: string; key: string }[];
  const social = domains.find((d) => d.key === 'social_skills') ?? domains[0]!;
  const goal = await expectOk(who.post(`/api/v1/clients/${client.id}/goals`, { id: id(), domainId: social.id, statement: 'Maya will increase turn taking with peers', targetDate: '2027-06-01' }), 201);
  const mk = (statement: string, measurement: object, value: number) =>
    expectOk(
      who.post(`/api/v1/goals/${goal.id}/objectives`, {
        id: id(), statement, behaviour: statement, measurement,
        criterion: { comparator: '>=', value, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 },
        direction: 'increase', status: 'active', targetDate: '2027-03-01',
      }),
      201,
    );
  const trials = await mk('Takes a turn within 5 s of a visual cue', TRIALS, 80);
  const frequency = await mk('Initiates a greeting song', FREQUENCY, 3);
  const duration = await mk('Sustains joint drumming', DURATION, 120);
  const interventions = (await expectOk(who.get('/api/v1/interventions'))).items as { id: string; name: string }[];
  const intervention = interventions[0]!;
  await expectOk(who.post(`/api/v1/clients/${client.id}/plan/links`, { id: id(), objectiveId: trials.id, interventionId: intervention.id }), 201);
  return { client, goal, trials, frequency, duration, intervention };
}

export async function createSession(who: Api, clientIds: string[], startsAt = new Date(Date.now() - 3600_000).toISOString()) {
  return expectOk(
    who.post('/api/v1/sessions', {
      id: id(), type: clientIds.length > 1 ? 'group' : 'individual', startsAt, durationMinutes: 30, setting: 'school',
      participants: clientIds.map((clientId) => ({ clientId, attendance: 'present' })),
    }),
    201,
  );
}

export function trial(clientId: string, objectiveId: string, outcome: 'success' | 'failure', promptLevel?: string) {
  return { id: id(), clientId, objectiveId, recordedAt: new Date().toISOString(), event: { kind: 'trial', outcome, ...(promptLevel ? { promptLevel } : {}) } };
}

/** One client with a plan, a session with an intervention, data, a draft note and a signed note: ids for every kind of record. */
export interface World {
  clientId: string; goalId: string; objectiveId: string; interventionId: string; sessionId: string; deliveredId: string;
  pointId: string; noteId: string; signedNoteId: string; linkId: string; phaseId: string; objectiveVersion: number; clientVersion: number;
  sessionVersion: number; noteVersion: number; assessmentId: string; musicId: string;
}

export async function makeWorld(owner: Api): Promise<World> {
  const a = await clientWithPlan(owner);
  const s = await createSession(owner, [a.client.id]);
  const d = await expectOk(owner.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id] }), 201);
  const pt = await expectOk(owner.post(`/api/v1/sessions/${s.id}/data-points`, trial(a.client.id, a.trials.id, 'success')), 201);
  const song = await expectOk(owner.post(`/api/v1/sessions/${s.id}/music`, { id: id(), deliveredInterventionId: d.id, title: 'Hello song', key: 'G major', tempoBpm: 92 }), 201);
  const note = await expectOk(owner.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
  const s2 = await createSession(owner, [a.client.id]);
  const n2 = await expectOk(owner.post(`/api/v1/sessions/${s2.id}/notes`, { id: id(), clientId: a.client.id }), 201);
  await expectOk(owner.post(`/api/v1/notes/${n2.id}/sign`, { version: n2.version, confirmEmptySections: true }));
  const plan = await expectOk(owner.get(`/api/v1/clients/${a.client.id}/plan`));
  const phases = await expectOk(owner.get(`/api/v1/objectives/${a.trials.id}/phases`));
  const assessment = await expectOk(owner.post(`/api/v1/clients/${a.client.id}/assessments`, { id: id(), kind: 'intake', assessedOn: '2026-09-01', responses: { turn_taking: 1 } }), 201);
  return {
    clientId: a.client.id, goalId: a.goal.id, objectiveId: a.trials.id, interventionId: a.intervention.id, sessionId: s.id, deliveredId: d.id,
    pointId: pt.id, noteId: note.id, signedNoteId: n2.id, linkId: plan.goals[0].objectives[0].links[0].id, phaseId: phases.items[0].id,
    objectiveVersion: a.trials.version, clientVersion: a.client.version, sessionVersion: s.version, noteVersion: note.version, assessmentId: assessment.id, musicId: song.id,
  };
}

/** Bytes that begin as WebM does (the EBML header), then a pattern: enough for the server's check. */
export function webm(size: number, seed = 1): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 31 + seed) % 256;
  b.set([0x1a, 0x45, 0xdf, 0xa3], 0);
  return b;
}

/** A family member invited by `owner` to the client and signed in by accepting (everything shared); their Api and link id. */
export async function familyOf(app: import('fastify').FastifyInstance, owner: Api, clientId: string, email = `parent-${id().slice(0, 8)}@test.example`) {
  const { api, cookieOf, PASSWORD } = await import('./harness.js');
  const shares = ['goals', 'progress', 'sessions', 'home_practice'];
  const inv = await expectOk(owner.post(`/api/v1/clients/${clientId}/family-invitations`, { id: id(), email, name: 'Ana Lopez', relationship: 'parent', shares }), 201);
  const r = await api(app).post('/api/v1/family-invitations/accept', { token: inv.token, password: PASSWORD, consent: true, shares });
  if (r.status !== 201) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { api: api(app, cookieOf(r)), linkId: inv.id as string, userId: r.body.id as string, token: inv.token as string, email };
}
