import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, expectOk, id } from '../testing/fixtures.js';

describe.each(engines())('intern plan proposals on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('an intern proposes; only the supervisor decides; accepting applies the change', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    expect((await intern.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, condition: 'after a visual cue' })).status).toBe(403);
    const bad = await intern.post(`/api/v1/clients/${a.client.id}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: a.trials.id, payload: { version: 'one' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('payload.version');
    const proposal = await expectOk(intern.post(`/api/v1/clients/${a.client.id}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: a.trials.id, payload: { version: a.trials.version, condition: 'after a visual cue' }, reason: 'She responds to picture cards' }), 201);
    expect(proposal.status).toBe('pending');
    const queue = await expectOk(p.users.supervisor.api.get('/api/v1/plan-proposals'));
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(proposal.id);
    expect((await t1.post(`/api/v1/plan-proposals/${proposal.id}/accept`)).status).toBe(403);
    const accepted = await expectOk(p.users.supervisor.api.post(`/api/v1/plan-proposals/${proposal.id}/accept`, { note: 'Agreed' }));
    expect(accepted.status).toBe('accepted');
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).condition).toBe('after a visual cue');
    expect((await p.users.supervisor.api.post(`/api/v1/plan-proposals/${proposal.id}/reject`)).status).toBe(409);
  });

  it('a rejected goal proposal changes nothing', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const proposal = await expectOk(p.users.intern.api.post(`/api/v1/clients/${a.client.id}/plan/proposals`, { id: id(), kind: 'goal', payload: { id: id(), domainId: a.goal.domainId, statement: 'Will sing a full verse' } }), 201);
    const rejected = await expectOk(p.users.supervisor.api.post(`/api/v1/plan-proposals/${proposal.id}/reject`, { note: 'Not yet' }));
    expect(rejected.status).toBe('rejected');
    const plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    expect(plan.goals).toHaveLength(1);
  });
});
