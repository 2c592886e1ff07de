/**
 * The access matrix: every API operation × every kind of user × the client's relation to them,
 * generated from one table. An operation missing from the table fails the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, cookieOf, engines, login, PASSWORD, startPractice, type Api, type Practice } from '../testing/harness.js';
import { id, makeWorld, trial, type World } from '../testing/fixtures.js';

/** The intern is the practice's, supervised by the supervisor, and not on the world's care team. */
type Who = 'owner' | 'supervisor' | 'otherTherapist' | 'intern' | 'adminOnly' | 'otherOrg';
const WHO: Who[] = ['owner', 'supervisor', 'otherTherapist', 'intern', 'adminOnly', 'otherOrg'];

/**
 * What each kind of user gets: the status, or for a row with `shows`, the status followed by
 * " showing" when the answer contains the row's marker (the world's client in a list, say).
 */
type Answer = number | `${number} showing`;
const showing = (status: number): Answer => `${status} showing`;
const clinicalRead = { owner: 200, supervisor: 200, otherTherapist: 404, intern: 404, adminOnly: 403, otherOrg: 404 } as const;
const clinicalWrite = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: 403, otherOrg: 404 });
const sessionScoped = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: 404, otherOrg: 404 });
const demographic = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: ok, otherOrg: 404 });
const everyone = (ok: Answer): Record<Who, Answer> => ({ owner: ok, supervisor: ok, otherTherapist: ok, intern: ok, adminOnly: ok, otherOrg: ok });
/** Adding to the practice (clients, the library): therapists, supervisors and admins, not interns. */
const practiceWrite = (ok: number) => ({ ...everyone(ok), intern: 403 });

type Req = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: unknown };
/** Ids beside the world's: the practice's users, the first organization's goal domain, a proposal made for the call. */
interface Ids { ownerId: string; internId: string; domainId: string; ownerEmail: string; proposalId: string; codeId: string; freshCodeId: string; lineId: string; authorizationId: string }
const ids: Ids = { ownerId: '', internId: '', domainId: '', ownerEmail: '', proposalId: '', codeId: '', freshCodeId: '', lineId: '', authorizationId: '' };
interface Row {
  op: string;
  /** fresh: build a new world for every call (the operation changes or consumes it). */
  fresh?: boolean;
  /** proposal: the owner files a plan proposal on the world before each call (ids.proposalId). */
  proposal?: boolean;
  /** billing: a service code made by the admin (ids.freshCodeId), a service line (ids.lineId) or an authorization (ids.authorizationId) on the world, before each call. */
  billing?: 'code' | 'line' | 'authorization';
  req: (w: World) => Req;
  /** A marker whose presence in the answer is part of what each kind of user gets. */
  shows?: (w: World) => string;
  expect: Record<Who, Answer>;
}

const objectiveBody = () => ({ id: id(), statement: 'Plays a steady beat', behaviour: 'steady beat', measurement: { type: 'frequency' }, criterion: { comparator: '>=', value: 5, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase' });

const MATRIX: Row[] = [
  { op: 'GET /api/v1/me', req: () => ({ method: 'GET', url: '/api/v1/me' }), shows: () => ids.ownerId, expect: { ...everyone(200), owner: showing(200) } },
  { op: 'GET /api/v1/clients', req: () => ({ method: 'GET', url: '/api/v1/clients' }), shows: (w) => w.clientId, expect: { ...everyone(200), owner: showing(200), supervisor: showing(200), adminOnly: showing(200) } },
  { op: 'POST /api/v1/clients', req: () => ({ method: 'POST', url: '/api/v1/clients', body: { id: id(), firstName: 'New', lastName: 'Client', setting: 'school' } }), expect: practiceWrite(201) },
  { op: 'GET /api/v1/clients/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}` }), expect: demographic(200) },
  { op: 'PATCH /api/v1/clients/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}`, body: { version: w.clientVersion, preferredName: 'Z' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/clients/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}`, body: { reason: 'duplicate' } }), expect: { ...demographic(204) } },
  { op: 'POST /api/v1/clients/{id}/restore', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/restore` }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404 } },
  { op: 'POST /api/v1/clients/{id}/care-team', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/care-team`, body: { userId: ids.internId } }), expect: demographic(200) },
  { op: 'DELETE /api/v1/clients/{id}/care-team/{userId}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}/care-team/${ids.ownerId}` }), expect: demographic(200) },
  { op: 'GET /api/v1/clients/{id}/assessments', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/assessments` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/assessments', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/assessments`, body: { id: id(), kind: 'reassessment', assessedOn: '2026-10-01' } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/assessments/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/assessments/${w.assessmentId}` }), expect: clinicalRead },
  { op: 'GET /api/v1/assessments/{id}/suggestions', req: (w) => ({ method: 'GET', url: `/api/v1/assessments/${w.assessmentId}/suggestions` }), expect: clinicalRead },
  { op: 'PATCH /api/v1/assessments/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/assessments/${w.assessmentId}`, body: { version: 1, observations: 'Smiled at the drum' } }), expect: clinicalWrite(200) },
  { op: 'GET /api/v1/goal-domains', req: () => ({ method: 'GET', url: '/api/v1/goal-domains' }), shows: () => ids.domainId, expect: { ...everyone(showing(200)), otherOrg: 200 } },
  { op: 'POST /api/v1/goal-domains', req: () => ({ method: 'POST', url: '/api/v1/goal-domains', body: { id: id(), key: `k${id().slice(0, 8)}`, name: `Domain ${id()}`, category: 'social' } }), expect: practiceWrite(201) },
  { op: 'GET /api/v1/interventions', req: () => ({ method: 'GET', url: '/api/v1/interventions' }), shows: (w) => w.interventionId, expect: { ...everyone(showing(200)), otherOrg: 200 } },
  { op: 'GET /api/v1/interventions/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/interventions/${w.interventionId}` }), expect: { ...everyone(200), otherOrg: 404 } },
  { op: 'POST /api/v1/interventions', req: () => ({ method: 'POST', url: '/api/v1/interventions', body: { id: id(), key: `k${id().slice(0, 8)}`, name: `Iv ${id()}`, technique: 'improvisation', musicElements: [{ element: 'rhythm', use: 'steady' }], goalDomainKeys: ['social_skills'] } }), expect: practiceWrite(201) },
  { op: 'GET /api/v1/clients/{id}/plan', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/plan` }), expect: clinicalRead },
  { op: 'PATCH /api/v1/clients/{id}/plan', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}/plan`, body: { version: 1, reviewDate: '2027-01-15' } }), expect: clinicalWrite(200) },
  { op: 'POST /api/v1/clients/{id}/plan/links', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/plan/links`, body: { id: id(), objectiveId: w.objectiveId, interventionId: w.interventionId } }), expect: clinicalWrite(409) },
  { op: 'DELETE /api/v1/plan-links/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/plan-links/${w.linkId}` }), expect: clinicalWrite(204) },
  { op: 'POST /api/v1/clients/{id}/goals', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/goals`, body: { id: id(), domainId: w.clientId, statement: 'x' } }), expect: clinicalWrite(422) },
  { op: 'POST /api/v1/clients/{id}/plan/proposals', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/plan/proposals`, body: { id: id(), kind: 'objective_update', targetId: w.objectiveId, payload: { version: w.objectiveVersion, condition: 'with a visual cue' } } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/plan-proposals', proposal: true, req: () => ({ method: 'GET', url: '/api/v1/plan-proposals' }), shows: () => ids.proposalId, expect: { ...everyone(200), owner: showing(200), supervisor: showing(200), adminOnly: 403 } },
  // The owner's proposal is decided by the owner's supervisor only.
  { op: 'POST /api/v1/plan-proposals/{id}/accept', fresh: true, proposal: true, req: () => ({ method: 'POST', url: `/api/v1/plan-proposals/${ids.proposalId}/accept` }), expect: { ...clinicalWrite(200), owner: 403 } },
  { op: 'POST /api/v1/plan-proposals/{id}/reject', fresh: true, proposal: true, req: () => ({ method: 'POST', url: `/api/v1/plan-proposals/${ids.proposalId}/reject` }), expect: { ...clinicalWrite(200), owner: 403 } },
  { op: 'PATCH /api/v1/goals/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/goals/${w.goalId}`, body: { version: 1, statement: 'Revised' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/goals/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/goals/${w.goalId}`, body: { reason: 'entered in error' } }), expect: clinicalWrite(204) },
  { op: 'POST /api/v1/goals/{id}/objectives', req: (w) => ({ method: 'POST', url: `/api/v1/goals/${w.goalId}/objectives`, body: objectiveBody() }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/objectives/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/objectives/${w.objectiveId}` }), expect: clinicalRead },
  { op: 'PATCH /api/v1/objectives/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/objectives/${w.objectiveId}`, body: { version: w.objectiveVersion, condition: 'with a visual cue' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/objectives/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/objectives/${w.objectiveId}`, body: { reason: 'entered in error' } }), expect: clinicalWrite(204) },
  { op: 'POST /api/v1/objectives/{id}/confirm-mastery', req: (w) => ({ method: 'POST', url: `/api/v1/objectives/${w.objectiveId}/confirm-mastery`, body: { version: w.objectiveVersion } }), expect: clinicalWrite(422) },
  { op: 'GET /api/v1/objectives/{id}/phases', req: (w) => ({ method: 'GET', url: `/api/v1/objectives/${w.objectiveId}/phases` }), expect: clinicalRead },
  { op: 'POST /api/v1/objectives/{id}/phases', req: (w) => ({ method: 'POST', url: `/api/v1/objectives/${w.objectiveId}/phases`, body: { id: id(), kind: 'intervention', label: 'New song', startDate: '2026-12-01' } }), expect: clinicalWrite(201) },
  { op: 'DELETE /api/v1/phases/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/phases/${w.phaseId}`, body: { reason: 'wrong date' } }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/objectives/{id}/progress', req: (w) => ({ method: 'GET', url: `/api/v1/objectives/${w.objectiveId}/progress` }), expect: clinicalRead },
  { op: 'GET /api/v1/clients/{id}/progress', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/progress` }), expect: clinicalRead },
  { op: 'GET /api/v1/outcomes', req: () => ({ method: 'GET', url: '/api/v1/outcomes' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/clients/{id}/reports/progress', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/reports/progress` }), expect: clinicalRead },
  { op: 'GET /api/v1/clients/{id}/reports/iep', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/reports/iep` }), expect: clinicalRead },
  { op: 'GET /api/v1/clients/{id}/reports/discharge', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/reports/discharge` }), expect: clinicalRead },
  { op: 'GET /api/v1/reports/outcomes', req: () => ({ method: 'GET', url: '/api/v1/reports/outcomes' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/clients/{id}/fhir', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/fhir` }), expect: clinicalRead },
  { op: 'GET /api/v1/export/fhir', req: () => ({ method: 'GET', url: '/api/v1/export/fhir' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/sessions', req: () => ({ method: 'GET', url: '/api/v1/sessions' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'POST /api/v1/sessions', req: (w) => ({ method: 'POST', url: '/api/v1/sessions', body: { id: id(), type: 'individual', startsAt: new Date().toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId: w.clientId }] } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/sessions/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/sessions/${w.sessionId}` }), expect: sessionScoped(200) },
  { op: 'PATCH /api/v1/sessions/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/sessions/${w.sessionId}`, body: { version: w.sessionVersion, location: 'Room 2' } }), expect: sessionScoped(200) },
  { op: 'GET /api/v1/sessions/{id}/music', req: (w) => ({ method: 'GET', url: `/api/v1/sessions/${w.sessionId}/music` }), expect: sessionScoped(200) },
  { op: 'POST /api/v1/sessions/{id}/music', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/music`, body: { id: id(), deliveredInterventionId: w.deliveredId, title: 'Goodbye song' } }), expect: sessionScoped(201) },
  { op: 'DELETE /api/v1/sessions/{id}/music/{musicId}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/sessions/${w.sessionId}/music/${w.musicId}` }), expect: sessionScoped(204) },
  { op: 'GET /api/v1/clients/{id}/repertoire', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/repertoire` }), expect: clinicalRead },
  { op: 'GET /api/v1/clients/{id}/music-outcomes', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/music-outcomes` }), expect: clinicalRead },
  { op: 'PUT /api/v1/sessions/{id}/participants/{clientId}/attendance', req: (w) => ({ method: 'PUT', url: `/api/v1/sessions/${w.sessionId}/participants/${w.clientId}/attendance`, body: { attendance: 'present' } }), expect: sessionScoped(200) },
  { op: 'POST /api/v1/sessions/{id}/interventions', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/interventions`, body: { id: id(), interventionId: w.interventionId, objectiveIds: [w.objectiveId] } }), expect: sessionScoped(201) },
  { op: 'PATCH /api/v1/sessions/{id}/interventions/{deliveredId}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/sessions/${w.sessionId}/interventions/${w.deliveredId}`, body: { delivered: true } }), expect: sessionScoped(200) },
  { op: 'DELETE /api/v1/sessions/{id}/interventions/{deliveredId}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/sessions/${w.sessionId}/interventions/${w.deliveredId}` }), expect: sessionScoped(204) },
  { op: 'GET /api/v1/sessions/{id}/data-points', req: (w) => ({ method: 'GET', url: `/api/v1/sessions/${w.sessionId}/data-points` }), expect: sessionScoped(200) },
  { op: 'POST /api/v1/sessions/{id}/data-points', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/data-points`, body: trial(w.clientId, w.objectiveId, 'success') }), expect: sessionScoped(201) },
  { op: 'POST /api/v1/sessions/{id}/data-points/batch', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/data-points/batch`, body: { points: [trial(w.clientId, w.objectiveId, 'failure')] } }), expect: sessionScoped(201) },
  { op: 'DELETE /api/v1/sessions/{id}/data-points/{pointId}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/sessions/${w.sessionId}/data-points/${w.pointId}` }), expect: sessionScoped(204) },
  { op: 'POST /api/v1/sessions/{id}/notes', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/notes`, body: { id: id(), clientId: w.clientId } }), expect: clinicalWrite(409) },
  { op: 'GET /api/v1/clients/{id}/notes', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/notes` }), expect: clinicalRead },
  { op: 'GET /api/v1/notes/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/notes/${w.noteId}` }), expect: clinicalRead },
  { op: 'PATCH /api/v1/notes/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/notes/${w.noteId}`, body: { version: w.noteVersion, sections: { plan: 'Continue' } } }), expect: clinicalWrite(200) },
  { op: 'POST /api/v1/notes/{id}/sign', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.noteId}/sign`, body: { version: w.noteVersion, confirmEmptySections: true } }), expect: { ...clinicalWrite(403), owner: 200 } },
  { op: 'POST /api/v1/notes/{id}/cosign', req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.signedNoteId}/cosign` }), expect: clinicalWrite(409) },
  { op: 'POST /api/v1/notes/{id}/addenda', req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.signedNoteId}/addenda`, body: { id: id(), text: 'Correction', reason: 'typo' } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/todo', req: () => ({ method: 'GET', url: '/api/v1/todo' }), shows: (w) => w.sessionId, expect: { ...everyone(200), owner: showing(200), adminOnly: 403 } },
  { op: 'GET /api/v1/cosign-queue', req: () => ({ method: 'GET', url: '/api/v1/cosign-queue' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/audit', req: () => ({ method: 'GET', url: '/api/v1/audit' }), expect: { owner: 403, supervisor: 200, otherTherapist: 403, intern: 403, adminOnly: 200, otherOrg: 200 } },
  { op: 'GET /api/v1/audit.csv', req: () => ({ method: 'GET', url: '/api/v1/audit.csv' }), expect: { owner: 403, supervisor: 200, otherTherapist: 403, intern: 403, adminOnly: 200, otherOrg: 200 } },
  { op: 'POST /api/v1/restore', req: (w) => ({ method: 'POST', url: '/api/v1/restore', body: { entityType: 'goal', id: w.goalId } }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404 } },
    // Emails are for admins (and each user's own); clinicians see the names they work with.
  { op: 'GET /api/v1/users', req: () => ({ method: 'GET', url: '/api/v1/users' }), shows: () => ids.ownerEmail, expect: { ...everyone(200), owner: showing(200), adminOnly: showing(200) } },
  { op: 'POST /api/v1/users', req: () => ({ method: 'POST', url: '/api/v1/users', body: { email: `u${id().slice(0, 8)}@test.example`, name: 'New User', roles: ['therapist'], password: PASSWORD } }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 201, otherOrg: 201 } },
  { op: 'POST /api/v1/users/{id}/deactivate', req: (w) => ({ method: 'POST', url: `/api/v1/users/${w.clientId}/deactivate` }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404 } },
  { op: 'GET /api/v1/service-codes', req: () => ({ method: 'GET', url: '/api/v1/service-codes' }), shows: () => ids.codeId, expect: { ...everyone(showing(200)), otherOrg: 200 } },
  { op: 'GET /api/v1/service-codes/{id}', req: () => ({ method: 'GET', url: `/api/v1/service-codes/${ids.codeId}` }), expect: { ...everyone(200), otherOrg: 404 } },
  { op: 'POST /api/v1/service-codes', req: () => ({ method: 'POST', url: '/api/v1/service-codes', body: { id: id(), code: '97530', description: 'Therapeutic activities', unitRule: 'per_15_minutes_cms', rateCents: 100 } }), expect: { ...everyone(403), adminOnly: 201, otherOrg: 201 } },
  { op: 'PATCH /api/v1/service-codes/{id}', billing: 'code', req: () => ({ method: 'PATCH', url: `/api/v1/service-codes/${ids.freshCodeId}`, body: { version: 1, rateCents: 200 } }), expect: { ...everyone(403), adminOnly: 200, otherOrg: 404 } },
  { op: 'DELETE /api/v1/service-codes/{id}', billing: 'code', req: () => ({ method: 'DELETE', url: `/api/v1/service-codes/${ids.freshCodeId}`, body: { reason: 'not used' } }), expect: { ...everyone(403), adminOnly: 204, otherOrg: 404 } },
  { op: 'GET /api/v1/sessions/{id}/service-lines', req: (w) => ({ method: 'GET', url: `/api/v1/sessions/${w.sessionId}/service-lines` }), expect: sessionScoped(200) },
  { op: 'POST /api/v1/sessions/{id}/service-lines', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/service-lines`, body: { id: id(), clientId: w.clientId, serviceCodeId: ids.codeId, placeOfService: '11', payer: 'Medicaid' } }), expect: clinicalWrite(201) },
  { op: 'PATCH /api/v1/sessions/{id}/service-lines/{lineId}', fresh: true, billing: 'line', req: (w) => ({ method: 'PATCH', url: `/api/v1/sessions/${w.sessionId}/service-lines/${ids.lineId}`, body: { version: 1, payer: 'School district' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/sessions/{id}/service-lines/{lineId}', fresh: true, billing: 'line', req: (w) => ({ method: 'DELETE', url: `/api/v1/sessions/${w.sessionId}/service-lines/${ids.lineId}` }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/clients/{id}/service-lines', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/service-lines` }), expect: clinicalRead },
  { op: 'GET /api/v1/clients/{id}/authorizations', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/authorizations` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/authorizations', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/authorizations`, body: { id: id(), payer: 'Medicaid', kind: 'visits', amount: 10, startsOn: '2026-01-01', endsOn: '2026-12-31' } }), expect: clinicalWrite(201) },
  { op: 'PATCH /api/v1/clients/{id}/authorizations/{authorizationId}', billing: 'authorization', req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}/authorizations/${ids.authorizationId}`, body: { version: 1, amount: 12 } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/clients/{id}/authorizations/{authorizationId}', billing: 'authorization', req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}/authorizations/${ids.authorizationId}`, body: { reason: 'entered in error' } }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/billing/claims.csv', req: () => ({ method: 'GET', url: '/api/v1/billing/claims.csv' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/billing/school-log.csv', req: () => ({ method: 'GET', url: '/api/v1/billing/school-log.csv' }), shows: (w) => w.clientId, expect: { ...everyone(200), owner: showing(200), supervisor: showing(200), adminOnly: 403 } },
  { op: 'GET /api/v1/clients/{id}/billing/superbill', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/billing/superbill` }), expect: clinicalRead },
  { op: 'GET /api/v1/billing/productivity', req: () => ({ method: 'GET', url: '/api/v1/billing/productivity' }), expect: { ...everyone(403), supervisor: 200, otherOrg: 200 } },
];

/** Operations that do not concern client data and are covered by their own tests. */
const OUTSIDE = new Set(['GET /api/v1/setup', 'POST /api/v1/setup', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-all', 'POST /api/v1/auth/password']);

describe.each(engines())('access matrix on %s', (engine) => {
  let p: Practice;
  let users: Record<Who, Api>;
  let shared: World;
  beforeAll(async () => {
    p = await startPractice(engine);
    const adminOnly = await p.admin.post('/api/v1/users', { email: 'office@test.example', name: 'Office Manager', roles: ['admin'], password: PASSWORD });
    expect(adminOnly.status).toBe(201);
    // A second organization on the same database: its therapist must see nothing of the first.
    const other = await createOtherOrganization(p);
    users = {
      owner: p.users.therapist1.api, supervisor: p.users.supervisor.api, otherTherapist: p.users.therapist2.api, intern: p.users.intern.api,
      adminOnly: await login(p.app, 'office@test.example'), otherOrg: other,
    };
    shared = await makeWorld(users.owner);
    const domains = (await users.owner.get('/api/v1/goal-domains')).body.items as { id: string }[];
    ids.codeId = await serviceCodeBy(users.adminOnly);
    Object.assign(ids, { ownerId: p.users.therapist1.id, internId: p.users.intern.id, domainId: domains[0]!.id, ownerEmail: 'therapist1@test.example' });
  });
  afterAll(() => p.close());

  it('covers every operation of the OpenAPI document', async () => {
    const doc = (await api(p.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const missing = ops.filter((op) => !OUTSIDE.has(op) && !MATRIX.some((r) => r.op === op));
    expect(missing).toEqual([]);
  });

  it('every row tells kinds of user apart (a row expecting one answer from everyone cannot fail)', () => {
    const uniform = MATRIX.filter((r) => new Set(WHO.map((w) => r.expect[w])).size === 1).map((r) => r.op);
    expect(uniform).toEqual([]);
  });

  for (const row of MATRIX)
    it(row.op, async () => {
      const got: Partial<Record<Who, Answer>> = {};
      for (const who of WHO) {
        const w = row.fresh ? await makeWorld(users.owner) : shared;
        if (row.proposal) ids.proposalId = await proposeOn(users.owner, w);
        if (row.billing === 'code') ids.freshCodeId = await serviceCodeBy(users.adminOnly);
        if (row.billing === 'line') ids.lineId = await serviceLineOn(users.owner, w);
        if (row.billing === 'authorization') ids.authorizationId = await authorizationOn(users.owner, w);
        const r = row.req(w);
        const res = await p.app.inject({ method: r.method, url: r.url, headers: { cookie: users[who].cookie }, ...(r.body !== undefined ? { payload: r.body as object } : {}) });
        got[who] = row.shows && res.body.includes(row.shows(w)) ? showing(res.statusCode) : res.statusCode;
        if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect(got).toEqual(row.expect);
    });
});

async function proposeOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/clients/${w.clientId}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: w.objectiveId, payload: { version: w.objectiveVersion, condition: 'with a visual cue' } });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function serviceCodeBy(admin: Api): Promise<string> {
  const r = await admin.post('/api/v1/service-codes', { id: id(), code: '97530', description: 'Therapeutic activities', unitRule: 'per_15_minutes_cms', rateCents: 3500 });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function serviceLineOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/sessions/${w.sessionId}/service-lines`, { id: id(), clientId: w.clientId, serviceCodeId: ids.codeId, placeOfService: '11', payer: 'Medicaid' });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function authorizationOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/clients/${w.clientId}/authorizations`, { id: id(), payer: 'Medicaid', kind: 'visits', amount: 10, startsOn: '2026-01-01', endsOn: '2026-12-31' });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

/** Organizations are created only by first-run setup; a second one is made here the way the demo loader does. */
async function createOtherOrganization(p: Practice): Promise<Api> {
  const { organizations, users } = await import('../db/schema.js');
  const { hashPassword } = await import('../auth/passwords.js');
  const orgId = id();
  await p.database.db.insert(organizations).values({ id: orgId, name: 'Elsewhere Clinic' });
  const { seedOrganizationLibrary } = await import('../library/seed.js');
  await seedOrganizationLibrary(p.database.db, orgId);
  await p.database.db.insert(users).values({ id: id(), organizationId: orgId, email: 'far@elsewhere.example', name: 'Far Therapist', roles: ['therapist', 'supervisor', 'admin'], passwordHash: await hashPassword(PASSWORD) });
  const r = await p.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'far@elsewhere.example', password: PASSWORD } });
  return api(p.app, cookieOf({ status: r.statusCode, body: null, headers: r.headers }));
}
