/**
 * The access matrix: every API operation × every kind of user × the client's relation to them,
 * generated from one table. An operation missing from the table fails the suite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, cookieOf, engines, login, PASSWORD, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clinicDay, expectOk, familyOf, id, makeWorld, trial, webm, type World } from '../testing/fixtures.js';

/**
 * The intern is the practice's, supervised by the supervisor, and not on the world's care team.
 * familyOwn is a family member linked to the shared world's client; familyOther, to another client.
 */
type Who = 'owner' | 'supervisor' | 'otherTherapist' | 'intern' | 'adminOnly' | 'otherOrg' | 'familyOwn' | 'familyOther';
const WHO: Who[] = ['owner', 'supervisor', 'otherTherapist', 'intern', 'adminOnly', 'otherOrg', 'familyOwn', 'familyOther'];

/**
 * What each kind of user gets: the status, or for a row with `shows`, the status followed by
 * " showing" when the answer contains the row's marker (the world's client in a list, say).
 */
type Answer = number | `${number} showing`;
const showing = (status: number): Answer => `${status} showing`;
/** A family account reaches only the family pages: every other operation answers it 403, whichever client it concerns. */
const noFamily = { familyOwn: 403, familyOther: 403 } as const;
const clinicalRead = { owner: 200, supervisor: 200, otherTherapist: 404, intern: 404, adminOnly: 403, otherOrg: 404, ...noFamily } as const;
const clinicalWrite = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: 403, otherOrg: 404, ...noFamily });
const sessionScoped = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: 404, otherOrg: 404, ...noFamily });
const demographic = (ok: number) => ({ owner: ok, supervisor: ok, otherTherapist: 404, intern: 404, adminOnly: ok, otherOrg: 404, ...noFamily });
/** Every staff user (family accounts: 403). */
const everyone = (ok: Answer): Record<Who, Answer> => ({ owner: ok, supervisor: ok, otherTherapist: ok, intern: ok, adminOnly: ok, otherOrg: ok, ...noFamily });
/** The family's own pages: staff are refused; the linked family member is answered, another family finds nothing. */
const familyOnly = (own: Answer, other: Answer): Record<Who, Answer> => ({ ...everyone(403), familyOwn: own, familyOther: other });
/** Adding to the practice (clients, the library): therapists, supervisors and admins, not interns. */
const practiceWrite = (ok: number) => ({ ...everyone(ok), intern: 403 });

type Req = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; body?: unknown; headers?: Record<string, string> };
/** Ids beside the world's: the practice's users, the first organization's goal domain, a proposal made for the call. */
interface Ids { ownerId: string; internId: string; domainId: string; ownerEmail: string; proposalId: string; codeId: string; freshCodeId: string; lineId: string; authorizationId: string; coverageId: string; iepId: string; groupSessionId: string; groupNoteId: string; planVersionId: string; planVersionHash: string; recordingId: string; familyLinkId: string; practiceId: string }
const ids: Ids = { ownerId: '', internId: '', domainId: '', ownerEmail: '', proposalId: '', codeId: '', freshCodeId: '', lineId: '', authorizationId: '', coverageId: '', iepId: '', groupSessionId: '', groupNoteId: '', planVersionId: '', planVersionHash: '', recordingId: '', familyLinkId: '', practiceId: '' };
interface Row {
  op: string;
  /** fresh: build a new world for every call (the operation changes or consumes it). */
  fresh?: boolean;
  /** proposal: the owner files a plan proposal on the world before each call (ids.proposalId). */
  proposal?: boolean;
  /** billing: a service code made by the admin (ids.freshCodeId), a service line (ids.lineId), an authorization (ids.authorizationId), a coverage (ids.coverageId) or an IEP (ids.iepId) on the world, before each call. */
  billing?: 'code' | 'line' | 'authorization' | 'coverage' | 'iep';
  /** group: the owner makes a group session of the world's client and drafts its group note before each call (ids.groupSessionId, ids.groupNoteId). */
  group?: boolean;
  /** planVersion: a draft (or a signed) version of the world's plan, made by the owner before each call (ids.planVersionId, ids.planVersionHash); internSigned: the owner puts the intern on the care team, the intern drafts and signs it. */
  planVersion?: 'draft' | 'signed' | 'internSigned';
  /** recording: the owner uploads a legacy recording of the world's client before each call (ids.recordingId). */
  recording?: boolean;
  /** family: an open invitation on the world (ids.familyLinkId), or a home practice (ids.practiceId), made by the owner before each call. */
  family?: 'invitation' | 'practice';
  req: (w: World) => Req;
  /** A marker whose presence in the answer is part of what each kind of user gets. */
  shows?: (w: World) => string;
  expect: Record<Who, Answer>;
}

const objectiveBody = () => ({ id: id(), statement: 'Plays a steady beat', behaviour: 'steady beat', measurement: { type: 'frequency' }, criterion: { comparator: '>=', value: 5, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase' });

const IEP_BODY = () => ({ id: id(), startsOn: '2026-09-01', endsOn: '2027-08-31', annualReviewOn: '2027-08-20', reevaluationOn: null, eligibility: 'autism', serviceMinutes: 30, servicePer: 'week', serviceSetting: 'pull-out', caseManager: 'A. Teacher' });

const MATRIX: Row[] = [
  { op: 'GET /api/v1/me', req: () => ({ method: 'GET', url: '/api/v1/me' }), shows: () => ids.ownerId, expect: { ...everyone(200), owner: showing(200), familyOwn: 200, familyOther: 200 } },
  { op: 'GET /api/v1/clients', req: () => ({ method: 'GET', url: '/api/v1/clients' }), shows: (w) => w.clientId, expect: { ...everyone(200), owner: showing(200), supervisor: showing(200), adminOnly: showing(200) } },
  { op: 'POST /api/v1/clients', req: () => ({ method: 'POST', url: '/api/v1/clients', body: { id: id(), firstName: 'New', lastName: 'Client', setting: 'school' } }), expect: practiceWrite(201) },
  { op: 'GET /api/v1/clients/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}` }), expect: demographic(200) },
  { op: 'PATCH /api/v1/clients/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}`, body: { version: w.clientVersion, preferredName: 'Z' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/clients/{id}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}`, body: { reason: 'duplicate' } }), expect: { ...demographic(204) } },
  { op: 'POST /api/v1/clients/{id}/restore', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/restore` }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404, ...noFamily } },
  { op: 'POST /api/v1/clients/{id}/care-team', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/care-team`, body: { userId: ids.internId } }), expect: demographic(200) },
  { op: 'DELETE /api/v1/clients/{id}/care-team/{userId}', fresh: true, req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}/care-team/${ids.ownerId}` }), expect: demographic(200) },
  { op: 'GET /api/v1/clients/{id}/assessments', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/assessments` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/assessments', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/assessments`, body: { id: id(), kind: 'reassessment', assessedOn: '2026-10-01' } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/assessment-templates', req: () => ({ method: 'GET', url: '/api/v1/assessment-templates' }), shows: () => 'gad7', expect: { ...everyone(showing(200)), adminOnly: 403 } },
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
  { op: 'GET /api/v1/clients/{id}/plan/versions', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/plan/versions` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/plan/versions', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/plan/versions` }), expect: clinicalWrite(201) },
  { op: 'POST /api/v1/plan-versions/{id}/sign', fresh: true, planVersion: 'draft', req: () => ({ method: 'POST', url: `/api/v1/plan-versions/${ids.planVersionId}/sign`, body: { contentHash: ids.planVersionHash } }), expect: clinicalWrite(200) },
  { op: 'POST /api/v1/plan-versions/{id}/acknowledgements', fresh: true, planVersion: 'signed', req: () => ({ method: 'POST', url: `/api/v1/plan-versions/${ids.planVersionId}/acknowledgements`, body: { id: id(), name: 'Rosa Lopez', relationship: 'mother', acknowledgedOn: clinicDay(), method: 'in_person' } }), expect: clinicalWrite(201) },
  // Co-signed by the intern's supervisor only: not the owner, not the intern who signed it.
  { op: 'POST /api/v1/plan-versions/{id}/cosign', fresh: true, planVersion: 'internSigned', req: () => ({ method: 'POST', url: `/api/v1/plan-versions/${ids.planVersionId}/cosign`, body: { contentHash: ids.planVersionHash } }), expect: { ...clinicalWrite(200), owner: 403, intern: 403 } },
  { op: 'GET /api/v1/plan-versions/{id}/document', fresh: true, planVersion: 'signed', req: () => ({ method: 'GET', url: `/api/v1/plan-versions/${ids.planVersionId}/document` }), expect: clinicalRead },
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
  { op: 'POST /api/v1/sessions/{id}/group-note', req: (w) => ({ method: 'POST', url: `/api/v1/sessions/${w.sessionId}/group-note`, body: { id: id() } }), expect: sessionScoped(422) },
  { op: 'GET /api/v1/sessions/{id}/group-note', group: true, req: () => ({ method: 'GET', url: `/api/v1/sessions/${ids.groupSessionId}/group-note` }), expect: sessionScoped(200) },
  { op: 'GET /api/v1/group-notes/{id}', group: true, req: () => ({ method: 'GET', url: `/api/v1/group-notes/${ids.groupNoteId}` }), expect: sessionScoped(200) },
  { op: 'PATCH /api/v1/group-notes/{id}', group: true, req: () => ({ method: 'PATCH', url: `/api/v1/group-notes/${ids.groupNoteId}`, body: { version: 1, sections: { purpose: 'Turn taking with peers.' } } }), expect: { ...sessionScoped(403), owner: 200 } },
  { op: 'POST /api/v1/group-notes/{id}/sign', group: true, req: () => ({ method: 'POST', url: `/api/v1/group-notes/${ids.groupNoteId}/sign`, body: { version: 1, confirmEmptySections: true } }), expect: { ...sessionScoped(403), owner: 200 } },
  { op: 'GET /api/v1/clients/{id}/notes', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/notes` }), expect: clinicalRead },
  { op: 'GET /api/v1/notes/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/notes/${w.noteId}` }), expect: clinicalRead },
  { op: 'PATCH /api/v1/notes/{id}', fresh: true, req: (w) => ({ method: 'PATCH', url: `/api/v1/notes/${w.noteId}`, body: { version: w.noteVersion, sections: { plan: 'Continue' } } }), expect: clinicalWrite(200) },
  { op: 'POST /api/v1/notes/{id}/sign', fresh: true, req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.noteId}/sign`, body: { version: w.noteVersion, confirmEmptySections: true } }), expect: { ...clinicalWrite(403), owner: 200 } },
  { op: 'POST /api/v1/notes/{id}/cosign', req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.signedNoteId}/cosign` }), expect: clinicalWrite(409) },
  { op: 'POST /api/v1/notes/{id}/addenda', req: (w) => ({ method: 'POST', url: `/api/v1/notes/${w.signedNoteId}/addenda`, body: { id: id(), text: 'Correction', reason: 'typo' } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/organization/settings', req: () => ({ method: 'GET', url: '/api/v1/organization/settings' }), shows: () => 'Harmony Clinic', expect: { ...everyone(showing(200)), otherOrg: 200 } },
  { op: 'PATCH /api/v1/organization/settings', req: () => ({ method: 'PATCH', url: '/api/v1/organization/settings', body: { version: 1, lateEntryHours: 48 } }), expect: { ...everyone(403), adminOnly: 200, otherOrg: 200 } },
  { op: 'GET /api/v1/todo', req: () => ({ method: 'GET', url: '/api/v1/todo' }), shows: (w) => w.sessionId, expect: { ...everyone(200), owner: showing(200), adminOnly: 403 } },
  { op: 'GET /api/v1/cosign-queue', req: () => ({ method: 'GET', url: '/api/v1/cosign-queue' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/audit', req: () => ({ method: 'GET', url: '/api/v1/audit' }), expect: { owner: 403, supervisor: 200, otherTherapist: 403, intern: 403, adminOnly: 200, otherOrg: 200, ...noFamily } },
  { op: 'GET /api/v1/audit.csv', req: () => ({ method: 'GET', url: '/api/v1/audit.csv' }), expect: { owner: 403, supervisor: 200, otherTherapist: 403, intern: 403, adminOnly: 200, otherOrg: 200, ...noFamily } },
  { op: 'POST /api/v1/restore', req: (w) => ({ method: 'POST', url: '/api/v1/restore', body: { entityType: 'goal', id: w.goalId } }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404, ...noFamily } },
    // Emails are for admins (and each user's own); clinicians see the names they work with.
  { op: 'GET /api/v1/users', req: () => ({ method: 'GET', url: '/api/v1/users' }), shows: () => ids.ownerEmail, expect: { ...everyone(200), owner: showing(200), adminOnly: showing(200) } },
  { op: 'POST /api/v1/users', req: () => ({ method: 'POST', url: '/api/v1/users', body: { email: `u${id().slice(0, 8)}@test.example`, name: 'New User', roles: ['therapist'], password: PASSWORD } }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 201, otherOrg: 201, ...noFamily } },
  { op: 'POST /api/v1/users/{id}/deactivate', req: (w) => ({ method: 'POST', url: `/api/v1/users/${w.clientId}/deactivate` }), expect: { owner: 403, supervisor: 403, otherTherapist: 403, intern: 403, adminOnly: 404, otherOrg: 404, ...noFamily } },
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
  { op: 'GET /api/v1/clients/{id}/coverages', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/coverages` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/coverages', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/coverages`, body: { id: id(), payer: `Plan ${id()}`, insuranceType: 'medicaid', memberId: 'M123' } }), expect: clinicalWrite(201) },
  { op: 'PATCH /api/v1/clients/{id}/coverages/{coverageId}', billing: 'coverage', req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}/coverages/${ids.coverageId}`, body: { version: 1, memberId: 'M124' } }), expect: clinicalWrite(200) },
  { op: 'DELETE /api/v1/clients/{id}/coverages/{coverageId}', billing: 'coverage', req: (w) => ({ method: 'DELETE', url: `/api/v1/clients/${w.clientId}/coverages/${ids.coverageId}`, body: { reason: 'entered in error' } }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/billing/provider-numbers', req: () => ({ method: 'GET', url: '/api/v1/billing/provider-numbers' }), shows: () => ids.ownerId, expect: { ...everyone(showing(200)), otherOrg: 200 } },
  { op: 'PUT /api/v1/users/{id}/npi', req: () => ({ method: 'PUT', url: `/api/v1/users/${ids.ownerId}/npi`, body: { npi: '1234567893' } }), expect: { ...everyone(403), adminOnly: 200, otherOrg: 404 } },
  { op: 'PUT /api/v1/organization/npi', req: () => ({ method: 'PUT', url: '/api/v1/organization/npi', body: { npi: '1234567893' } }), expect: { ...everyone(403), adminOnly: 200, otherOrg: 200 } },
  { op: 'GET /api/v1/clients/{id}/ieps', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/ieps` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/ieps', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/ieps`, body: IEP_BODY() }), expect: clinicalWrite(201) },
  { op: 'PATCH /api/v1/clients/{id}/ieps/{iepId}', billing: 'iep', req: (w) => ({ method: 'PATCH', url: `/api/v1/clients/${w.clientId}/ieps/${ids.iepId}`, body: { version: 1, serviceMinutes: 45 } }), expect: clinicalWrite(200) },
  { op: 'GET /api/v1/billing/claims.csv', req: () => ({ method: 'GET', url: '/api/v1/billing/claims.csv' }), expect: { ...everyone(200), adminOnly: 403 } },
  { op: 'GET /api/v1/billing/school-log.csv', req: () => ({ method: 'GET', url: '/api/v1/billing/school-log.csv' }), shows: (w) => w.clientId, expect: { ...everyone(200), owner: showing(200), supervisor: showing(200), adminOnly: 403 } },
  { op: 'GET /api/v1/clients/{id}/billing/superbill', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/billing/superbill` }), expect: clinicalRead },
  { op: 'POST /api/v1/sessions/{id}/recordings', req: (w) => ({ method: 'POST', url: recordingUrl(w), body: webm(400), headers: { 'content-type': 'audio/webm' } }), expect: sessionScoped(201) },
  { op: 'GET /api/v1/sessions/{id}/recordings', req: (w) => ({ method: 'GET', url: `/api/v1/sessions/${w.sessionId}/recordings` }), expect: sessionScoped(200) },
  { op: 'GET /api/v1/clients/{id}/recordings', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/recordings` }), expect: clinicalRead },
  { op: 'GET /api/v1/recordings/{id}/audio', recording: true, req: () => ({ method: 'GET', url: `/api/v1/recordings/${ids.recordingId}/audio` }), expect: clinicalRead },
  { op: 'DELETE /api/v1/recordings/{id}', recording: true, req: () => ({ method: 'DELETE', url: `/api/v1/recordings/${ids.recordingId}`, body: { reason: 'wrong client' } }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/clients/{id}/recordings/legacy-export', recording: true, req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/recordings/legacy-export` }), expect: clinicalRead },
  { op: 'GET /api/v1/billing/productivity', req: () => ({ method: 'GET', url: '/api/v1/billing/productivity' }), expect: { ...everyone(403), supervisor: 200, otherOrg: 200 } },
  { op: 'POST /api/v1/clients/{id}/family-invitations', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/family-invitations`, body: { id: id(), email: `p${id().slice(0, 8)}@test.example`, name: 'Ana Lopez', relationship: 'parent', shares: ['goals'] } }), expect: clinicalWrite(201) },
  { op: 'GET /api/v1/clients/{id}/family-links', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/family-links` }), expect: clinicalRead },
  // familyOwn revokes only its own link (family.test.ts): the link made for the call is another's.
  { op: 'POST /api/v1/family-links/{id}/revoke', family: 'invitation', req: () => ({ method: 'POST', url: `/api/v1/family-links/${ids.familyLinkId}/revoke`, body: { reason: 'asked by the family' } }), expect: { ...clinicalWrite(200), familyOwn: 404, familyOther: 404 } },
  { op: 'GET /api/v1/clients/{id}/home-practices', req: (w) => ({ method: 'GET', url: `/api/v1/clients/${w.clientId}/home-practices` }), expect: clinicalRead },
  { op: 'POST /api/v1/clients/{id}/home-practices', req: (w) => ({ method: 'POST', url: `/api/v1/clients/${w.clientId}/home-practices`, body: practiceBody(w) }), expect: clinicalWrite(201) },
  { op: 'DELETE /api/v1/home-practices/{id}', family: 'practice', req: () => ({ method: 'DELETE', url: `/api/v1/home-practices/${ids.practiceId}`, body: { reason: 'ended' } }), expect: clinicalWrite(204) },
  { op: 'GET /api/v1/family/clients', req: () => ({ method: 'GET', url: '/api/v1/family/clients' }), shows: (w) => w.clientId, expect: familyOnly(showing(200), 200) },
  { op: 'GET /api/v1/family/clients/{id}', req: (w) => ({ method: 'GET', url: `/api/v1/family/clients/${w.clientId}` }), expect: familyOnly(200, 404) },
  { op: 'POST /api/v1/family/home-practices/{id}/logs', family: 'practice', req: () => ({ method: 'POST', url: `/api/v1/family/home-practices/${ids.practiceId}/logs`, body: { practicedOn: clinicDay(), outcome: 'done' } }), expect: familyOnly(200, 404) },
];

/** Operations that do not concern client data and are covered by their own tests. */
const OUTSIDE = new Set(['GET /api/v1/setup', 'POST /api/v1/setup', 'POST /api/v1/family-invitations/lookup', 'POST /api/v1/family-invitations/accept', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/auth/logout-all', 'POST /api/v1/auth/password']);

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
    shared = await makeWorld(p.users.therapist1.api);
    await expectOk(p.users.therapist1.api.patch(`/api/v1/sessions/${shared.sessionId}/interventions/${shared.deliveredId}`, { delivered: true }));
    const familyOwn = (await familyOf(p.app, p.users.therapist1.api, shared.clientId)).api;
    const familyOther = (await familyOf(p.app, p.users.therapist1.api, (await makeWorld(p.users.therapist1.api)).clientId)).api;
    users = {
      owner: p.users.therapist1.api, supervisor: p.users.supervisor.api, otherTherapist: p.users.therapist2.api, intern: p.users.intern.api,
      adminOnly: await login(p.app, 'office@test.example'), otherOrg: other, familyOwn, familyOther,
    };
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
        if (row.billing === 'coverage') ids.coverageId = await coverageOn(users.owner, w);
        if (row.billing === 'iep') ids.iepId = (await expectCreated(users.owner.post(`/api/v1/clients/${w.clientId}/ieps`, IEP_BODY()))).id as string;
        if (row.group) Object.assign(ids, await groupNoteOn(users.owner, w));
        if (row.planVersion) await planVersionOn(row.planVersion === 'internSigned' ? users.intern : users.owner, w, row.planVersion, users.owner);
        if (row.recording) ids.recordingId = await recordingOn(p, users.owner, w);
        if (row.family === 'invitation') ids.familyLinkId = (await expectOk(users.owner.post(`/api/v1/clients/${w.clientId}/family-invitations`, { id: id(), email: `p${id().slice(0, 8)}@test.example`, name: 'Ana Lopez', relationship: 'parent', shares: ['goals'] }), 201)).id;
        if (row.family === 'practice') ids.practiceId = (await expectOk(users.owner.post(`/api/v1/clients/${w.clientId}/home-practices`, practiceBody(w)), 201)).id;
        const r = row.req(w);
        const res = await p.app.inject({ method: r.method, url: r.url, headers: { cookie: users[who].cookie, ...r.headers }, ...(r.body !== undefined ? { payload: r.body as object } : {}) });
        got[who] = row.shows && res.body.includes(row.shows(w)) ? showing(res.statusCode) : res.statusCode;
        if (res.statusCode >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      }
      expect(got).toEqual(row.expect);
    });
});

const recordingUrl = (w: World, legacy = false) => `/api/v1/sessions/${w.sessionId}/recordings?id=${id()}&clientId=${w.clientId}&consentBasis=guardian&legacy=${legacy}`;

async function recordingOn(p: Practice, owner: Api, w: World): Promise<string> {
  const r = await p.app.inject({ method: 'POST', url: recordingUrl(w, true), headers: { cookie: owner.cookie, 'content-type': 'audio/webm' }, payload: webm(400) });
  expect(r.statusCode).toBe(201);
  return r.json().id as string;
}

/** A practice from the world's delivered intervention (the shared world's is marked delivered). */
const practiceBody = (w: World) => ({ id: id(), deliveredInterventionId: w.deliveredId, objectiveId: w.objectiveId, what: 'Sing the hello song before breakfast', timesPerWeek: 3, startsOn: clinicDay() });

async function proposeOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/clients/${w.clientId}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: w.objectiveId, payload: { version: w.objectiveVersion, condition: 'with a visual cue' } });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function groupNoteOn(owner: Api, w: World): Promise<{ groupSessionId: string; groupNoteId: string }> {
  const s = await owner.post('/api/v1/sessions', { id: id(), type: 'group', groupName: 'Drum circle', startsAt: new Date(Date.now() - 3600_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId: w.clientId, attendance: 'present' }] });
  expect(s.status).toBe(201);
  const g = await owner.post(`/api/v1/sessions/${s.body.id}/group-note`, { id: id() });
  expect(g.status).toBe(201);
  return { groupSessionId: s.body.id as string, groupNoteId: g.body.id as string };
}

async function planVersionOn(signer: Api, w: World, kind: 'draft' | 'signed' | 'internSigned', owner: Api): Promise<void> {
  if (kind === 'internSigned') expect((await owner.post(`/api/v1/clients/${w.clientId}/care-team`, { userId: ids.internId })).status).toBe(200);
  const r = await signer.post(`/api/v1/clients/${w.clientId}/plan/versions`, {});
  expect(r.status).toBe(201);
  Object.assign(ids, { planVersionId: r.body.id, planVersionHash: r.body.contentHash });
  if (kind !== 'draft') expect((await signer.post(`/api/v1/plan-versions/${r.body.id}/sign`, { contentHash: r.body.contentHash })).status).toBe(200);
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

async function expectCreated(call: Promise<{ status: number; body: { id: unknown } }>) {
  const r = await call;
  expect(r.status).toBe(201);
  return r.body;
}

async function authorizationOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/clients/${w.clientId}/authorizations`, { id: id(), payer: 'Medicaid', kind: 'visits', amount: 10, startsOn: '2026-01-01', endsOn: '2026-12-31' });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function coverageOn(owner: Api, w: World): Promise<string> {
  const r = await owner.post(`/api/v1/clients/${w.clientId}/coverages`, { id: id(), payer: `Plan ${id()}`, insuranceType: 'group_health_plan', memberId: 'G42' });
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
