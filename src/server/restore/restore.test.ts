import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, expectOk } from '../testing/fixtures.js';

describe.each(engines())('restore of deleted records on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('a deleted objective is hidden; only an admin restores it, and the restore is audited', async () => {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1);
    await expectOk(t1.del(`/api/v1/objectives/${a.frequency.id}`, { reason: 'entered twice' }), 204);
    expect((await t1.get(`/api/v1/objectives/${a.frequency.id}`)).status).toBe(404);
    expect((await t1.post('/api/v1/restore', { entityType: 'objective', id: a.frequency.id })).status).toBe(403);
    expect((await p.admin.post('/api/v1/restore', { entityType: 'objective', id: a.frequency.id })).status).toBe(200);
    expect((await t1.get(`/api/v1/objectives/${a.frequency.id}`)).status).toBe(200);
    expect((await p.admin.post('/api/v1/restore', { entityType: 'objective', id: a.frequency.id })).status).toBe(404);
    const trail = await expectOk(p.admin.get(`/api/v1/audit?action=restore&clientId=${a.client.id}`));
    expect(trail.items).toHaveLength(1);
  });
});
