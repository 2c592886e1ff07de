/** The per-objective choice of what capture does with the prompt level after a trial: stored, validated, and the therapist's own. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, expectOk } from '../testing/fixtures.js';

describe.each(engines())('prompt level after a trial on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('stays by default, is set to reset and back through the objective update, and the plan that capture reads says so', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    expect(a.trials.promptAfterTrial).toBe('stay');
    const reset = await expectOk(t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, promptAfterTrial: 'reset' }));
    expect(reset.promptAfterTrial).toBe('reset');
    expect(reset.version).toBe(a.trials.version + 1);
    const plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    const shown = plan.goals.flatMap((g: { objectives: { id: string; promptAfterTrial: string }[] }) => g.objectives);
    expect(shown.find((o: { id: string }) => o.id === a.trials.id)!.promptAfterTrial).toBe('reset');
    expect(shown.find((o: { id: string }) => o.id === a.frequency.id)!.promptAfterTrial).toBe('stay');
    const back = await expectOk(t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: reset.version, promptAfterTrial: 'stay' }));
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).promptAfterTrial).toBe('stay');
    expect(back.version).toBe(reset.version + 1);
  });

  it('refuses a value that is not stay or reset with 400 naming the field, and changes nothing', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    for (const bad of ['always', '', null, true]) {
      const r = await t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, promptAfterTrial: bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(r.body.errors[0].path).toBe('body.promptAfterTrial');
    }
    const now = await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`));
    expect([now.promptAfterTrial, now.version]).toEqual(['stay', a.trials.version]);
  });

  it('is not changed by a therapist outside the care team', async () => {
    const a = await clientWithPlan(p.users.therapist1.api);
    const r = await p.users.therapist2.api.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, promptAfterTrial: 'reset' });
    expect(r.status).toBe(404);
    expect((await expectOk(p.users.therapist1.api.get(`/api/v1/objectives/${a.trials.id}`))).promptAfterTrial).toBe('stay');
  });
});
