import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seeded } from '../../cli/demo/stories.js';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, trial } from '../testing/fixtures.js';

/**
 * The flag is kept by shortcuts (a change after it leaves it; a tap in the latest session reads only
 * the latest sessions). After every change, it must equal what the whole series says.
 */
describe.each(engines())('mastery flag on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('always equals the first date the whole series met the criterion, through taps, undos, attendance and criterion changes', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const o = a.trials.id;
    const rnd = seeded(20261127);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const sessions: { id: string; points: string[] }[] = [];
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    let checks = 0;
    let flagged = 0;
    for (let step = 0; step < 120; step++) {
      const r = rnd();
      if (sessions.length < 3 || r < 0.07) {
        // Mostly the next session in time, sometimes one entered late for an earlier day.
        const s = await createSession(t1, [a.client.id], day(rnd() < 0.8 ? 60 - sessions.length : 61 + Math.floor(rnd() * 20)));
        sessions.push({ id: s.id, points: [] });
      } else if (r < 0.75) {
        const s = rnd() < 0.5 ? sessions.at(-1)! : pick(sessions);
        const point = trial(a.client.id, o, rnd() < 0.85 ? 'success' : 'failure');
        if (rnd() < 0.3) {
          // A batch serving two objectives: each re-evaluated from its own latest sessions.
          const occurrence = { ...trial(a.client.id, a.frequency.id, 'success'), event: { kind: 'occurrence' } };
          await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: [point, occurrence] }), 201);
          s.points.push(point.id);
        } else {
          const stored = await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, point), 201);
          s.points.push(stored.id);
        }
      } else if (r < 0.88) {
        const s = pick(sessions.filter((x) => x.points.length));
        if (!s) continue;
        const pointId = s.points.splice(Math.floor(rnd() * s.points.length), 1)[0]!;
        await expectOk(t1.del(`/api/v1/sessions/${s.id}/data-points/${pointId}`), 204);
      } else if (r < 0.95) {
        await expectOk(t1.put(`/api/v1/sessions/${pick(sessions).id}/participants/${a.client.id}/attendance`, { attendance: rnd() < 0.5 ? 'absent' : 'present' }));
      } else {
        const current = await expectOk(t1.get(`/api/v1/objectives/${o}`));
        const value = pick([60, 75, 80, 90]);
        await expectOk(t1.patch(`/api/v1/objectives/${o}`, { version: current.version, criterion: { ...current.criterion, value } }));
      }
      for (const x of [o, a.frequency.id]) {
        const [objective, progress] = await Promise.all([expectOk(t1.get(`/api/v1/objectives/${x}`)), expectOk(t1.get(`/api/v1/objectives/${x}/progress`))]);
        expect(objective.masteryMetOn, `step ${step}, objective ${x === o ? 'trials' : 'frequency'}`).toBe(progress.mastery.firstMetOn ?? null);
        if (x === o && objective.masteryMetOn) flagged++;
      }
      checks++;
    }
    expect(checks).toBeGreaterThan(50);
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(checks);
  });

  it('moves with the session that completes or breaks the window, also an older one', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const o = a.trials.id;
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const flag = async () => (await expectOk(t1.get(`/api/v1/objectives/${o}`))).masteryMetOn;
    const tap = async (sessionId: string, outcome: 'success' | 'failure') => (await expectOk(t1.post(`/api/v1/sessions/${sessionId}/data-points`, trial(a.client.id, o, outcome)), 201)).id as string;
    // Five sessions: 50 %, 100 %, 100 %, 0 %, 0 %: no three in a row at 80 %.
    const s = [];
    for (let n = 5; n >= 1; n--) s.push((await createSession(t1, [a.client.id], day(n))).id as string);
    await tap(s[0]!, 'success');
    await tap(s[0]!, 'failure');
    await tap(s[1]!, 'success');
    const third = await tap(s[2]!, 'success');
    await tap(s[3]!, 'failure');
    await tap(s[4]!, 'failure');
    expect(await flag()).toBeNull();
    // Three more successes in the first session (4/5 = 80 %) complete the window ending at the third.
    for (let i = 0; i < 3; i++) await tap(s[0]!, 'success');
    const thirdDate = (await expectOk(t1.get(`/api/v1/sessions/${s[2]}`))).localDate;
    expect(await flag()).toBe(thirdDate);
    // Undoing the third session's only point removes it from the series: the window is gone.
    await expectOk(t1.del(`/api/v1/sessions/${s[2]}/data-points/${third}`), 204);
    expect(await flag()).toBeNull();
  });
});
