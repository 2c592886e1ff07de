/** A practice with data to export, built through the API: the fixture of the export tests. */
import type { Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

const DAY = 86_400_000;
export const TRICKY_CONDITION = 'When the "big" drum, the red one, is\nplayed; then waits';
export const NOTE_TEXT = 'Maya smiled and hummed ♪ — "again, again"';

/**
 * Two clients of therapist1: Maya (four individual sessions with trials, frequency and duration
 * data, a signed note with an addendum) and Noah; one group session of both, with one delivered
 * intervention serving an objective of each, and Noah's signed note on it.
 */
export async function exportWorld(p: Practice) {
  const t = p.users.therapist1.api;
  const maya = await clientWithPlan(t);
  const noah = await clientWithPlan(t, { firstName: 'Noah', lastName: 'Kim', populations: ['developmental_delay'] });
  const extra = await expectOk(
    t.post(`/api/v1/goals/${maya.goal.id}/objectives`, {
      id: id(), statement: 'Waits for the cue, then plays', behaviour: 'waits, then plays', condition: TRICKY_CONDITION, measurement: { type: 'rating', min: 1, max: 5 },
      criterion: { comparator: '>=', value: 4, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active',
    }),
    201,
  );
  const individual: { id: string }[] = [];
  let points = 0;
  const record = async (sessionId: string, body: object) => {
    await expectOk(t.post(`/api/v1/sessions/${sessionId}/data-points`, body), 201);
    points++;
  };
  for (let i = 0; i < 4; i++) {
    const s = await createSession(t, [maya.client.id], new Date(Date.now() - (28 - 7 * i) * DAY).toISOString());
    await expectOk(t.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: maya.intervention.id, objectiveIds: [maya.trials.id] }), 201);
    for (let k = 0; k < 4; k++) await record(s.id, trial(maya.client.id, maya.trials.id, k <= i ? 'success' : 'failure'));
    await record(s.id, { id: id(), clientId: maya.client.id, objectiveId: maya.frequency.id, recordedAt: new Date().toISOString(), event: { kind: 'occurrence' } });
    await record(s.id, { id: id(), clientId: maya.client.id, objectiveId: maya.duration.id, recordedAt: new Date().toISOString(), event: { kind: 'duration', seconds: 30 + 10 * i } });
    await record(s.id, { id: id(), clientId: maya.client.id, objectiveId: extra.id, recordedAt: new Date().toISOString(), event: { kind: 'rating', value: 2 + (i % 3) } });
    if (i < 3) await expectOk(t.patch(`/api/v1/sessions/${s.id}`, { version: s.version, status: 'completed' }));
    individual.push(s);
  }
  const note = await expectOk(t.post(`/api/v1/sessions/${individual[0]!.id}/notes`, { id: id(), clientId: maya.client.id }), 201);
  const edited = await expectOk(t.patch(`/api/v1/notes/${note.id}`, { version: note.version, sections: { subjective: NOTE_TEXT, assessment: 'Engaged', plan: 'Continue' } }));
  const signed = await expectOk(t.post(`/api/v1/notes/${note.id}/sign`, { version: edited.version, confirmEmptySections: true }));
  await expectOk(t.post(`/api/v1/notes/${note.id}/addenda`, { id: id(), text: 'Mother attended the last 10 minutes.', reason: 'omitted' }), 201);

  const group = await createSession(t, [maya.client.id, noah.client.id]);
  await expectOk(t.post(`/api/v1/sessions/${group.id}/interventions`, { id: id(), interventionId: maya.intervention.id, objectiveIds: [maya.trials.id, noah.trials.id] }), 201);
  await record(group.id, trial(maya.client.id, maya.trials.id, 'success'));
  await record(group.id, trial(noah.client.id, noah.trials.id, 'failure'));
  const groupNote = await expectOk(t.post(`/api/v1/sessions/${group.id}/notes`, { id: id(), clientId: noah.client.id }), 201);
  await expectOk(t.post(`/api/v1/notes/${groupNote.id}/sign`, { version: groupNote.version, confirmEmptySections: true }));
  return { maya, noah, extra, individual, group, mayaNote: signed as { id: string; contentHash: string }, noahNoteId: groupNote.id as string, points };
}
export type ExportWorld = Awaited<ReturnType<typeof exportWorld>>;
