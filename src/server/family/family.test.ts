import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { api, cookieOf, engines, PASSWORD, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clinicDay, expectOk, familyOf, id, makeWorld, type World } from '../testing/fixtures.js';
import { auditLog, familyLinks } from '../db/schema.js';

const SHARES = ['goals', 'progress', 'sessions', 'home_practice'];

describe.each(engines())('family access and home practice on %s', (engine) => {
  let p: Practice;
  let owner: Api;
  let w: World;
  beforeAll(async () => {
    p = await startPractice(engine);
    owner = p.users.therapist1.api;
    w = await makeWorld(owner);
    await expectOk(owner.patch(`/api/v1/sessions/${w.sessionId}/interventions/${w.deliveredId}`, { delivered: true }));
  });
  afterAll(() => p.close());

  const invite = (body: Record<string, unknown> = {}) =>
    owner.post(`/api/v1/clients/${w.clientId}/family-invitations`, { id: id(), email: `mum-${id().slice(0, 6)}@test.example`, name: 'Ana Lopez', relationship: 'parent', shares: SHARES, ...body });
  const accept = (token: string, extra: Record<string, unknown> = {}) => api(p.app).post('/api/v1/family-invitations/accept', { token, password: PASSWORD, consent: true, shares: SHARES, ...extra });

  it('keeps only the hash of the token, and the link works once', async () => {
    const inv = await expectOk(invite(), 201);
    expect(inv.path).toBe(`/family/join#${inv.token}`);
    const [row] = await p.database.db.select().from(familyLinks).where(eq(familyLinks.id, inv.id));
    expect(JSON.stringify(row)).not.toContain(inv.token);
    const seen = await expectOk(api(p.app).post('/api/v1/family-invitations/lookup', { token: inv.token }));
    expect(seen).toMatchObject({ clientName: 'Maya', invitedBy: 'Tara Therapist', shares: SHARES, hasAccount: false });
    const first = await accept(inv.token);
    expect(first.status).toBe(201);
    expect(first.body.roles).toEqual(['family']);
    const again = await accept(inv.token);
    expect(again.status).toBe(410);
    expect(again.body.errors[0].path).toBe('body.token');
  });

  it('records the consent with the acceptance: what is shared and when', async () => {
    const inv = await expectOk(invite({ shares: ['goals', 'home_practice'] }), 201);
    const refused = await accept(inv.token, { shares: SHARES });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].path).toBe('body.shares');
    const noConsent = await accept(inv.token, { consent: false, shares: ['goals', 'home_practice'] });
    expect(noConsent.status).toBe(400);
    expect(await accept(inv.token, { shares: ['home_practice', 'goals'] })).toMatchObject({ status: 201 });
    const links = await expectOk(owner.get(`/api/v1/clients/${w.clientId}/family-links`));
    const mine = links.items.find((l: { id: string }) => l.id === inv.id);
    expect(mine).toMatchObject({ state: 'active', consentShares: expect.arrayContaining(['goals', 'home_practice']) });
    expect(mine.consentedAt).toBeTruthy();
  });

  it('an invitation expires', async () => {
    const inv = await expectOk(invite({ expiresInDays: 1 }), 201);
    await p.database.db.update(familyLinks).set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where(eq(familyLinks.id, inv.id));
    const r = await accept(inv.token);
    expect(r.status).toBe(410);
    expect(r.body.detail).toContain('expired');
    expect((await api(p.app).post('/api/v1/family-invitations/lookup', { token: inv.token })).status).toBe(410);
    expect((await api(p.app).post('/api/v1/family-invitations/lookup', { token: 'x'.repeat(43) })).status).toBe(404);
  });

  it('bad input is a problem naming the field, and changes nothing', async () => {
    const r = await invite({ relationship: 'neighbour', expiresInDays: 90 });
    expect(r.status).toBe(400);
    const fields = r.body.errors.map((e: { path: string }) => e.path);
    expect(fields).toEqual(expect.arrayContaining(['body.relationship', 'body.expiresInDays']));
    const weak = await accept((await expectOk(invite(), 201)).token, { password: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].path).toBe('password');
  });

  it('an intern does not invite; another therapist does not see the client', async () => {
    expect((await p.users.intern.api.post(`/api/v1/clients/${w.clientId}/family-invitations`, { id: id(), email: 'x@test.example', name: 'X', relationship: 'parent', shares: SHARES })).status).toBe(404);
    expect((await p.users.therapist2.api.get(`/api/v1/clients/${w.clientId}/family-links`)).status).toBe(404);
  });

  it('the family sees their client in plain words, and nothing else', async () => {
    const fam = await familyOf(p.app, owner, w.clientId);
    const list = await expectOk(fam.api.get('/api/v1/family/clients'));
    expect(list.items.map((c: { clientId: string }) => c.clientId)).toEqual([w.clientId]);
    const v = await expectOk(fam.api.get(`/api/v1/family/clients/${w.clientId}`));
    expect(v.name).toBe('Maya');
    expect(v.goals[0].area).toBe('Social skills');
    expect(v.goals[0].objectives[0]).toMatchObject({ label: 'Takes a turn within 5 s of a visual cue', statusLabel: 'too early to tell' });
    for (const url of [`/api/v1/clients/${w.clientId}`, `/api/v1/clients/${w.clientId}/notes`, '/api/v1/clients', `/api/v1/clients/${w.clientId}/reports/progress?voice=family`])
      expect((await fam.api.get(url)).status).toBe(403);
    const other = await makeWorld(owner);
    expect((await fam.api.get(`/api/v1/family/clients/${other.clientId}`)).status).toBe(404);
    const reads = await p.database.db.select().from(auditLog).where(and(eq(auditLog.actorId, fam.userId), eq(auditLog.action, 'read')));
    expect(reads.map((r) => r.entityType)).toEqual(expect.arrayContaining(['family_view']));
    const denied = await p.database.db.select().from(auditLog).where(and(eq(auditLog.actorId, fam.userId), eq(auditLog.action, 'access-denied')));
    expect(denied.length).toBeGreaterThanOrEqual(5);
  });

  it('home practice: assigned from a delivered intervention, logged in two taps, adherence for both', async () => {
    const fam = await familyOf(p.app, owner, w.clientId);
    const today = clinicDay();
    const body = { id: id(), deliveredInterventionId: w.deliveredId, objectiveId: w.objectiveId, what: 'Sing the hello song before breakfast', timesPerWeek: 3, startsOn: today };
    const wrongObjective = await owner.post(`/api/v1/clients/${w.clientId}/home-practices`, { ...body, id: id(), objectiveId: id() });
    expect(wrongObjective.status).toBe(422);
    expect(wrongObjective.body.errors[0].path).toBe('body.objectiveId');
    const made = await expectOk(owner.post(`/api/v1/clients/${w.clientId}/home-practices`, body), 201);
    expect(made.adherence).toMatchObject({ done: 0, planned: 1, percent: 0 });
    const logged = await expectOk(fam.api.post(`/api/v1/family/home-practices/${made.id}/logs`, { practicedOn: today, outcome: 'done', note: 'She sang along!' }));
    expect(logged).toMatchObject({ today: 'done', adherence: { done: 1, planned: 1, percent: 100, text: '1 of 1 planned days since it began' } });
    const changed = await expectOk(fam.api.post(`/api/v1/family/home-practices/${made.id}/logs`, { practicedOn: today, outcome: 'not_today' }));
    expect(changed.adherence.done).toBe(0);
    const future = await fam.api.post(`/api/v1/family/home-practices/${made.id}/logs`, { practicedOn: new Date(Date.parse(today) + 2 * 86400_000).toISOString().slice(0, 10), outcome: 'done' });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].path).toBe('body.practicedOn');
    expect((await owner.post(`/api/v1/family/home-practices/${made.id}/logs`, { practicedOn: today, outcome: 'done' })).status).toBe(403);
    const seen = await expectOk(owner.get(`/api/v1/clients/${w.clientId}/home-practices`));
    expect(seen.items.find((x: { id: string }) => x.id === made.id)).toMatchObject({ objectiveLabel: 'Takes a turn within 5 s of a visual cue', today: 'not_today' });
    const v = await expectOk(fam.api.get(`/api/v1/family/clients/${w.clientId}`));
    expect(v.homePractices.find((x: { id: string }) => x.id === made.id)).toMatchObject({ what: 'Sing the hello song before breakfast', today: 'not_today' });
    const writes = await p.database.db.select().from(auditLog).where(and(eq(auditLog.actorId, fam.userId), eq(auditLog.entityType, 'practice_log')));
    expect(writes.map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('revocation by the clinician takes effect at once and ends the sessions', async () => {
    const fam = await familyOf(p.app, owner, w.clientId);
    expect((await fam.api.get(`/api/v1/family/clients/${w.clientId}`)).status).toBe(200);
    const r = await expectOk(owner.post(`/api/v1/family-links/${fam.linkId}/revoke`, { reason: 'guardianship changed' }));
    expect(r.state).toBe('revoked');
    expect((await fam.api.get(`/api/v1/family/clients/${w.clientId}`)).status).toBe(401);
    const back = await api(p.app).post('/api/v1/auth/login', { email: fam.email, password: PASSWORD });
    const again = api(p.app, cookieOf(back));
    expect((await again.get(`/api/v1/family/clients/${w.clientId}`)).status).toBe(404);
    expect((await again.get('/api/v1/family/clients')).body.items).toEqual([]);
    const [a] = await p.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, fam.linkId), eq(auditLog.actorId, p.users.therapist1.id), eq(auditLog.action, 'update')));
    expect(a?.detail).toMatchObject({ revoked: true, by: 'clinician', reason: 'guardianship changed' });
  });

  it('the family member revokes their own link, not another family’s', async () => {
    const fam = await familyOf(p.app, owner, w.clientId);
    const otherFam = await familyOf(p.app, owner, w.clientId);
    expect((await otherFam.api.post(`/api/v1/family-links/${fam.linkId}/revoke`, {})).status).toBe(404);
    expect((await fam.api.post(`/api/v1/family-links/${fam.linkId}/revoke`, {})).status).toBe(200);
    expect((await fam.api.get('/api/v1/family/clients')).status).toBe(401);
    expect((await otherFam.api.get('/api/v1/family/clients')).status).toBe(200);
  });

  it('a second child joins the same family account after its password', async () => {
    const fam = await familyOf(p.app, owner, w.clientId);
    const sibling = await makeWorld(owner);
    const inv = await expectOk(owner.post(`/api/v1/clients/${sibling.clientId}/family-invitations`, { id: id(), email: fam.email, name: 'Ana Lopez', relationship: 'parent', shares: SHARES }), 201);
    expect((await api(p.app).post('/api/v1/family-invitations/lookup', { token: inv.token })).body.hasAccount).toBe(true);
    expect((await accept(inv.token, { password: 'not the right passphrase at all' })).status).toBe(422);
    const ok = await expectOk(accept(inv.token), 201);
    expect(ok.id).toBe(fam.userId);
    const list = await expectOk(fam.api.get('/api/v1/family/clients'));
    expect(list.items.map((c: { clientId: string }) => c.clientId).sort()).toEqual([w.clientId, sibling.clientId].sort());
  });

  it('a staff email is not turned into a family account, and users are not added as family', async () => {
    const inv = await expectOk(invite({ email: 'therapist2@test.example' }), 201);
    expect((await accept(inv.token)).status).toBe(409);
    expect((await p.admin.post('/api/v1/users', { email: 'f@test.example', name: 'F', roles: ['family'], password: PASSWORD })).status).toBe(400);
  });
});
