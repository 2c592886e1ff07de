import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';

const DAY = 86_400_000;

describe.each(engines())('baseline integrity on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  /** Baseline 3 sessions, intervention 4; the linked intervention delivered (or only planned) in the baseline sessions as asked. */
  async function course(inBaseline: 'delivered' | 'planned' | 'none') {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const phases = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}/phases`));
    for (const ph of phases.items) await expectOk(t1.del(`/api/v1/phases/${ph.id}`, { reason: 'replaced by dated phases' }), 204);
    const at = (d: number) => new Date(Date.now() - d * DAY);
    await expectOk(t1.post(`/api/v1/objectives/${a.trials.id}/phases`, { id: id(), kind: 'baseline', label: 'Baseline', startDate: at(40).toISOString().slice(0, 10) }), 201);
    await expectOk(t1.post(`/api/v1/objectives/${a.trials.id}/phases`, { id: id(), kind: 'intervention', label: 'Drum game', startDate: at(25).toISOString().slice(0, 10) }), 201);
    const successes = [2, 3, 2, 5, 6, 7, 7];
    for (const [i, d] of [35, 32, 29, 20, 15, 10, 5].entries()) {
      const s = await createSession(t1, [a.client.id], at(d).toISOString());
      const baseline = i < 3;
      if (!baseline || inBaseline !== 'none')
        await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: a.intervention.id, objectiveIds: [a.trials.id], delivered: !baseline || inBaseline === 'delivered' }), 201);
      const pts = Array.from({ length: 10 }, (_, k) => trial(a.client.id, a.trials.id, k < successes[i]! ? 'success' : 'failure'));
      await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points: pts }), 201);
    }
    const progress = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}/progress`));
    const report = await t1.get(`/api/v1/clients/${a.client.id}/reports/progress?format=html`);
    return { progress, report: report.body as string };
  }

  it('a linked intervention delivered in a baseline session: no effect size, and the API and the report say why', async () => {
    const { progress, report } = await course('delivered');
    expect(progress.effectSizes).toBeNull();
    expect(progress.baseline).toMatchObject({ usable: false, reason: 'contaminated' });
    expect(report).toContain('the baseline is contaminated');
    expect(report).not.toMatch(/Compared with baseline: /);
  });

  it('planned but not delivered in the baseline: the baseline stands (3 points: a short baseline)', async () => {
    const { progress, report } = await course('planned');
    expect(progress.baseline).toMatchObject({ usable: true, reason: 'short' });
    expect(progress.effectSizes.nap).toBe(1);
    expect(report).toContain('short baseline');
  });

  it('no delivery in the baseline: effect sizes as before', async () => {
    const { progress } = await course('none');
    expect(progress.baseline.usable).toBe(true);
    expect(progress.effectSizes).toMatchObject({ nap: 1, pnd: 1 });
  });
});
