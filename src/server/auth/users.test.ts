/** The practice's user list shows each role what it needs; an admin granting clinical access is a privileged act in the audit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, login, PASSWORD, startPractice, type Practice } from '../testing/harness.js';
import { createClient, expectOk } from '../testing/fixtures.js';

type Listed = { id: string; email: string | null; name: string };

describe.each(engines())('who sees which users on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  const listOf = async (who: { get(url: string): Promise<{ status: number; body: { items: Listed[] } }> }) => (await expectOk(who.get('/api/v1/users'))).items;

  it('an intern sees the names of the care team and their supervisor, no one’s email but their own', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    await expectOk(t1.post(`/api/v1/clients/${c.id}/care-team`, { userId: p.users.intern.id }));
    const seen = await listOf(p.users.intern.api);
    expect(seen.map((u) => u.id).sort()).toEqual([p.users.intern.id, p.users.supervisor.id, p.users.therapist1.id].sort());
    expect(seen.filter((u) => u.email !== null).map((u) => u.email)).toEqual(['intern@test.example']);
  });

  it('a therapist sees the practice’s clinicians by name (to add them to a care team), without emails', async () => {
    const seen = await listOf(p.users.therapist1.api);
    expect(seen.map((u) => u.id)).toEqual(expect.arrayContaining([p.users.therapist2.id, p.users.intern.id, p.users.supervisor.id]));
    expect(seen.filter((u) => u.email !== null).map((u) => u.email)).toEqual(['therapist1@test.example']);
  });

  it('an admin sees every account with its email', async () => {
    const seen = await listOf(p.admin);
    expect(seen.map((u) => u.email)).toEqual(expect.arrayContaining(['therapist2@test.example', 'intern@test.example', 'supervisor@test.example']));
  });

  it('an admin without clinical access who adds a clinician to a care team is listed as a privileged grant in the audit', async () => {
    await expectOk(p.admin.post('/api/v1/users', { email: 'office@test.example', name: 'Office Manager', roles: ['admin'], password: PASSWORD }), 201);
    const office = await login(p.app, 'office@test.example');
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    await expectOk(office.post(`/api/v1/clients/${c.id}/care-team`, { userId: p.users.therapist2.id }));
    await expectOk(t1.post(`/api/v1/clients/${c.id}/care-team`, { userId: p.users.intern.id }));
    const grants = (await expectOk(office.get(`/api/v1/audit?action=grant-access&clientId=${c.id}`))).items as { entityId: string; actorId: string }[];
    expect(grants.map((g) => g.entityId)).toEqual([p.users.therapist2.id]);
  });
});
