/**
 * A client with a course of therapy, built through the API as a therapist would (for the report
 * tests): nine sessions three days apart with one absence after them.
 * - trials objective: baseline phase (20, 30, 20 %), then an intervention phase rising to
 *   80, 90, 90 %: the criterion (≥ 80 % in 3 consecutive sessions) is met;
 * - frequency objective: one phase, counts creeping up (1 → 2) but never 3: progressing;
 * - duration objective: no data: insufficient data, not yet introduced.
 */
import type { Api } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

export const TRIAL_PERCENTS = [20, 30, 20, 50, 60, 70, 80, 90, 90];
export const GREETINGS = [1, 1, 1, 2, 1, 2, 2, 2, 2];

export async function clientWithCourse(t: Api) {
  const plan = await clientWithPlan(t, {
    birthDate: '2016-04-12',
    referral: { source: 'Lincoln Elementary IEP team', reason: 'Limited peer interaction and turn taking in class', referredOn: '2025-09-01', decision: 'accepted', criteria: '' },
    guardians: [{ name: 'Rosa Lopez', relationship: 'mother', isLegalGuardian: true }],
  });
  const { client, trials, frequency, intervention } = plan;
  const day0 = Date.now() - 30 * 86_400_000;
  const sessions: { id: string; localDate: string }[] = [];
  for (let i = 0; i < TRIAL_PERCENTS.length; i++) {
    const at = new Date(day0 + i * 3 * 86_400_000);
    at.setUTCHours(16, 0, 0, 0);
    const s = await createSession(t, [client.id], at.toISOString());
    sessions.push({ id: s.id, localDate: s.localDate });
  }
  // Phases of the trials objective: baseline from the first session, intervention from the fourth.
  const phases = (await expectOk(t.get(`/api/v1/objectives/${trials.id}/phases`))).items as { id: string }[];
  for (const ph of phases) await expectOk(t.del(`/api/v1/phases/${ph.id}`, { reason: 'replaced by dated phases' }), 204);
  await expectOk(t.post(`/api/v1/objectives/${trials.id}/phases`, { id: id(), kind: 'baseline', label: 'Baseline', startDate: sessions[0]!.localDate }), 201);
  await expectOk(t.post(`/api/v1/objectives/${trials.id}/phases`, { id: id(), kind: 'intervention', label: 'Intervention', startDate: sessions[3]!.localDate }), 201);
  for (const [i, s] of sessions.entries()) {
    if (i >= 3) await expectOk(t.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: intervention.id, objectiveIds: [trials.id, frequency.id] }), 201);
    const successes = TRIAL_PERCENTS[i]! / 10;
    const points = [
      ...Array.from({ length: 10 }, (_, k) => trial(client.id, trials.id, k < successes ? 'success' : 'failure', k < successes ? 'independent' : 'verbal')),
      ...Array.from({ length: GREETINGS[i]! }, () => ({ id: id(), clientId: client.id, objectiveId: frequency.id, recordedAt: new Date().toISOString(), event: { kind: 'occurrence' } })),
    ];
    await expectOk(t.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points }), 201);
  }
  const missed = new Date(day0 + TRIAL_PERCENTS.length * 3 * 86_400_000);
  missed.setUTCHours(16, 0, 0, 0);
  const absent = await createSession(t, [client.id], missed.toISOString());
  await expectOk(t.put(`/api/v1/sessions/${absent.id}/participants/${client.id}/attendance`, { attendance: 'absent' }));
  return { ...plan, sessions };
}
