import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { createClient, expectOk, id } from '../testing/fixtures.js';

describe.each(engines())('clients on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('creates a client with music preferences and puts the creator on the care team', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    expect(c.musicPreferences.dislikes).toEqual(['loud brass']);
    expect(c.careTeam).toEqual([{ userId: p.users.therapist1.id, name: 'Tara Therapist', role: 'primary' }]);
    const list = await expectOk(t1.get('/api/v1/clients?status=active'));
    expect(list.items.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('the same client id twice is a conflict and stores once', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    const again = await t1.post('/api/v1/clients', { id: c.id, firstName: 'X', lastName: 'Y', setting: 'school' });
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a stale update with 409 and the current version', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    const ok = await expectOk(t1.patch(`/api/v1/clients/${c.id}`, { version: 1, preferredName: 'May' }));
    expect(ok.version).toBe(2);
    const stale = await t1.patch(`/api/v1/clients/${c.id}`, { version: 1, preferredName: 'Mimi' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await expectOk(t1.get(`/api/v1/clients/${c.id}`))).preferredName).toBe('May');
  });

  it('bad input names the field and changes nothing', async () => {
    const t1 = p.users.therapist1.api;
    const r = await t1.post('/api/v1/clients', { id: id(), firstName: '', lastName: 'Y', setting: 'school', birthDate: '2020-02-31' });
    expect(r.status).toBe(400);
    const paths = r.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('body.firstName');
    expect(paths).toContain('body.birthDate');
  });

  it('keeps the client’s precautions on the chart; a bad one names the field and changes nothing', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    expect(c.precautions).toEqual([]);
    const ok = await expectOk(
      t1.patch(`/api/v1/clients/${c.id}`, { version: c.version, precautions: [{ kind: 'sound_sensitivity', note: 'ear defenders in group' }, { kind: 'fall_risk' }] }),
    );
    expect(ok.precautions).toEqual([
      { kind: 'sound_sensitivity', note: 'ear defenders in group' },
      { kind: 'fall_risk', note: '' },
    ]);
    const badKind = await t1.patch(`/api/v1/clients/${c.id}`, { version: ok.version, precautions: [{ kind: 'allergy' }] });
    expect(badKind.status).toBe(400);
    expect(badKind.body.errors.map((e: { path: string }) => e.path)).toContain('body.precautions.0.kind');
    const otherBare = await t1.patch(`/api/v1/clients/${c.id}`, { version: ok.version, precautions: [{ kind: 'other', note: ' ' }] });
    expect(otherBare.status).toBe(400);
    expect(otherBare.body.errors.map((e: { path: string }) => e.path)).toContain('body.precautions');
    const now = await expectOk(t1.get(`/api/v1/clients/${c.id}`));
    expect(now.version).toBe(ok.version);
    expect(now.precautions).toHaveLength(2);
    // The admin's demographic view does not carry clinical precautions.
    expect((await expectOk(p.admin.get(`/api/v1/clients/${c.id}`))).precautions).toBeUndefined();
  });

  it('soft delete hides a client; an admin restores it', async () => {
    const t1 = p.users.therapist1.api;
    const c = await createClient(t1);
    expect((await t1.del(`/api/v1/clients/${c.id}`, { reason: 'entered twice' })).status).toBe(204);
    expect((await t1.get(`/api/v1/clients/${c.id}`)).status).toBe(404);
    expect((await t1.post(`/api/v1/clients/${c.id}/restore`)).status).toBe(403);
    expect((await p.admin.post(`/api/v1/clients/${c.id}/restore`)).status).toBe(204);
    expect((await t1.get(`/api/v1/clients/${c.id}`)).status).toBe(200);
  });

  it('another therapist gets 404; the supervisor sees it; the admin sees demographics only', async () => {
    const c = await createClient(p.users.therapist1.api);
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${c.id}`)).status).toBe(404);
    expect((await p.users.supervisor.api.get(`/api/v1/clients/${c.id}`)).body.musicPreferences).toBeDefined();
    const asAdmin = await expectOk(p.admin.get(`/api/v1/clients/${c.id}`));
    expect(asAdmin.firstName).toBe('Maya');
    expect(asAdmin.musicPreferences).toBeUndefined();
    expect((await p.admin.get(`/api/v1/clients/${c.id}/plan`)).status).toBe(403);
  });
});
