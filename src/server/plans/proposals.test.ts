import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { planProposals } from '../db/schema.js';
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

  it('a proposal changes only the chart it is filed under, when proposed and when accepted', async () => {
    const t1 = p.users.therapist1.api;
    const mine = await clientWithPlan(t1);
    const other = await clientWithPlan(t1, { firstName: 'Noor' });
    await expectOk(t1.post(`/api/v1/clients/${mine.client.id}/care-team`, { userId: p.users.intern.id }));
    const intern = p.users.intern.api;
    const update = { version: other.trials.version, condition: 'rewritten elsewhere' };
    const viaObjective = await intern.post(`/api/v1/clients/${mine.client.id}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: other.trials.id, payload: update });
    expect(viaObjective.status).toBe(422);
    expect(viaObjective.body.errors[0].path).toBe('body.targetId');
    const viaGoal = await intern.post(`/api/v1/clients/${mine.client.id}/plan/proposals`, { id: id(), kind: 'objective', targetId: other.goal.id, payload: { id: id(), statement: 'x', behaviour: 'x', measurement: { type: 'frequency' }, criterion: { comparator: '>=', value: 5, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase' } });
    expect(viaGoal.status).toBe(422);
    const viaLink = await intern.post(`/api/v1/clients/${mine.client.id}/plan/proposals`, { id: id(), kind: 'plan_link', payload: { id: id(), objectiveId: other.frequency.id, interventionId: mine.intervention.id } });
    expect(viaLink.status).toBe(422);
    // A proposal filed before the check existed is refused when accepted, and stays pending.
    const old = id();
    await p.database.db.insert(planProposals).values({ id: old, organizationId: await orgOf(mine.client.id), clientId: mine.client.id, authorId: p.users.intern.id, kind: 'objective_update', targetId: other.trials.id, payload: update });
    const accepted = await p.users.supervisor.api.post(`/api/v1/plan-proposals/${old}/accept`, { note: 'ok' });
    expect(accepted.status).toBe(422);
    expect((await expectOk(t1.get(`/api/v1/objectives/${other.trials.id}`))).condition).toBe(other.trials.condition);
    const [row] = await p.database.db.select({ status: planProposals.status }).from(planProposals).where(sql`${planProposals.id} = ${old}::uuid`);
    expect(row!.status).toBe('pending');
  });

  it('accepting is one transaction: when marking the proposal fails, the change is not made either', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const proposal = await expectOk(p.users.intern.api.post(`/api/v1/clients/${a.client.id}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: a.trials.id, payload: { version: a.trials.version, condition: 'after a visual cue' } }), 201);
    // The step after the change fails (as a crash between the two would).
    await p.database.db.execute(sql.raw(`create function refuse_decision() returns trigger language plpgsql as $$ begin raise exception 'decision refused'; end $$`));
    await p.database.db.execute(sql.raw('create trigger refuse_decision before update on plan_proposals for each row execute function refuse_decision()'));
    try {
      expect((await p.users.supervisor.api.post(`/api/v1/plan-proposals/${proposal.id}/accept`)).status).toBeGreaterThanOrEqual(400);
    } finally {
      await p.database.db.execute(sql.raw('drop trigger refuse_decision on plan_proposals'));
      await p.database.db.execute(sql.raw('drop function refuse_decision()'));
    }
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).condition).toBe(a.trials.condition);
    const accepted = await expectOk(p.users.supervisor.api.post(`/api/v1/plan-proposals/${proposal.id}/accept`));
    expect(accepted.status).toBe('accepted');
    expect((await expectOk(t1.get(`/api/v1/objectives/${a.trials.id}`))).condition).toBe('after a visual cue');
  });

  it('the proposals list follows the access policy: a deleted client’s or an unseen client’s proposals are not listed', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    const b = await clientWithPlan(t1);
    for (const c of [a, b]) await expectOk(t1.post(`/api/v1/clients/${c.client.id}/care-team`, { userId: p.users.intern.id }));
    const file = (c: typeof a) => expectOk(p.users.intern.api.post(`/api/v1/clients/${c.client.id}/plan/proposals`, { id: id(), kind: 'objective_update', targetId: c.trials.id, payload: { version: c.trials.version, condition: 'with a cue' } }), 201);
    const [pa, pb] = [await file(a), await file(b)];
    const listed = async (who: 'supervisor' | 'intern') => (await expectOk(p.users[who].api.get('/api/v1/plan-proposals'))).items.map((x: { id: string }) => x.id);
    expect(await listed('supervisor')).toEqual(expect.arrayContaining([pa.id, pb.id]));
    await expectOk(t1.del(`/api/v1/clients/${a.client.id}`, { reason: 'duplicate' }), 204);
    await expectOk(t1.del(`/api/v1/clients/${b.client.id}/care-team/${p.users.intern.id}`));
    expect(await listed('supervisor')).not.toContain(pa.id);
    expect(await listed('intern')).not.toContain(pa.id);
    expect(await listed('intern')).not.toContain(pb.id);
  });

  async function orgOf(clientId: string): Promise<string> {
    const r = (await p.database.db.execute(sql`select organization_id from clients where id = ${clientId}::uuid`)) as unknown as { rows: { organization_id: string }[] };
    return r.rows[0]!.organization_id;
  }
});
