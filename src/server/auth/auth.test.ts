import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { api, cookieOf, engines, login, PASSWORD, startPractice, testDatabase, type Practice } from '../testing/harness.js';

describe.each(engines())('sign-in on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('health answers with the engine', async () => {
    const r = await api(p.app).get('/api/health');
    expect(r.body).toEqual({ status: 'ok', database: engine, version: expect.any(String) });
  });

  it('every /api/v1 route needs a session', async () => {
    const anon = api(p.app);
    for (const url of ['/api/v1/me', '/api/v1/clients', '/api/v1/goal-domains', '/api/v1/interventions']) {
      const r = await anon.get(url);
      expect(r.status).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('setup is closed once a practice exists', async () => {
    expect((await api(p.app).get('/api/v1/setup')).body).toEqual({ needed: false });
    const r = await api(p.app).post('/api/v1/setup', { organizationName: 'Other', name: 'Eve', email: 'eve@x.example', password: PASSWORD });
    expect(r.status).toBe(409);
  });

  it('login, me, logout', async () => {
    const me = await p.users.therapist1.api.get('/api/v1/me');
    expect(me.body.roles).toEqual(['therapist']);
    const r = await api(p.app).post('/api/v1/auth/login', { email: 'THERAPIST2@test.example', password: PASSWORD });
    expect(r.status).toBe(200);
    const cookie = cookieOf(r);
    const cookies = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
    expect(cookies.find((c) => c.startsWith('crescendo_session='))).toMatch(/HttpOnly/);
    expect(cookies.find((c) => c.startsWith('crescendo_device='))).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await api(p.app, cookie).post('/api/v1/auth/logout')).status).toBe(204);
    expect((await api(p.app, cookie).get('/api/v1/me')).status).toBe(401);
  });

  it('a wrong password does not say whether the email exists, and throttles after repeated failures', async () => {
    const anon = api(p.app);
    const a = await anon.post('/api/v1/auth/login', { email: 'intern@test.example', password: 'wrong wrong wrong' });
    const b = await anon.post('/api/v1/auth/login', { email: 'nobody@test.example', password: 'wrong wrong wrong' });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body.detail).toBe(b.body.detail);
    for (let i = 0; i < 5; i++) await anon.post('/api/v1/auth/login', { email: 'intern@test.example', password: 'wrong wrong wrong' });
    const locked = await anon.post('/api/v1/auth/login', { email: 'intern@test.example', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('refuses weak passwords with the field named', async () => {
    const r = await p.admin.post('/api/v1/users', { email: 'new@test.example', name: 'New Person', roles: ['therapist'], password: 'short' });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].path).toBe('password');
    const common = await p.admin.post('/api/v1/users', { email: 'new@test.example', name: 'New Person', roles: ['therapist'], password: 'passwordpassword' });
    expect(common.status).toBe(422);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const r = await p.admin.post('/api/v1/users', { email: 'temp@test.example', name: 'Temp Worker', roles: ['therapist'], password: PASSWORD });
    const login = await api(p.app).post('/api/v1/auth/login', { email: 'temp@test.example', password: PASSWORD });
    const temp = api(p.app, cookieOf(login));
    expect((await temp.get('/api/v1/me')).status).toBe(200);
    expect((await p.admin.post(`/api/v1/users/${r.body.id}/deactivate`)).status).toBe(204);
    expect((await temp.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses cross-site writes and sends security headers', async () => {
    const r = await p.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: p.users.therapist1.api.cookie, origin: 'https://evil.example', host: 'localhost' } });
    expect(r.statusCode).toBe(403);
    const h = await p.app.inject({ method: 'GET', url: '/api/health' });
    expect(h.headers['x-content-type-options']).toBe('nosniff');
    expect(String(h.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });

  it('unknown routes, malformed JSON and oversize bodies are problem+json', async () => {
    const t1 = p.users.therapist1.api;
    expect((await t1.get('/api/v1/nope')).status).toBe(404);
    const bad = await p.app.inject({ method: 'POST', url: '/api/v1/clients', headers: { cookie: t1.cookie, 'content-type': 'application/json' }, payload: '{"id":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const big = await p.app.inject({ method: 'POST', url: '/api/v1/clients', headers: { cookie: t1.cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'a'.repeat(2_000_000) }) });
    expect(big.statusCode).toBe(413);
  });
});

describe('first run', () => {
  it('offers setup on an empty database and creates the first user as therapist with admin rights', async () => {
    const database = await testDatabase('pglite');
    const app = await buildApp({ database, serveWeb: false });
    expect((await api(app).get('/api/v1/setup')).body).toEqual({ needed: true });
    const r = await api(app).post('/api/v1/setup', { organizationName: 'Solo Practice', name: 'Rosa Reyes', email: 'rosa@solo.example', password: PASSWORD });
    expect(r.status).toBe(201);
    expect(r.body.roles).toEqual(['admin', 'therapist']);
    const domains = await api(app, cookieOf(r)).get('/api/v1/goal-domains');
    expect(domains.body.items.length).toBeGreaterThanOrEqual(18);
    await app.close();
    await database.close();
  });
});

describe.each(engines())('session expiry and the audit trail on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('an idle session ends; logout-all ends every session of the user', async () => {
    const { sql } = await import('drizzle-orm');
    const a = await login(p.app, 'therapist2@test.example');
    const b = await login(p.app, 'therapist2@test.example');
    await p.database.db.execute(sql`update auth_sessions set last_seen_at = now() - interval '1 day' where user_id = ${p.users.therapist2.id}::uuid`);
    expect((await a.get('/api/v1/me')).status).toBe(401);
    const c = await login(p.app, 'therapist2@test.example');
    expect((await c.post('/api/v1/auth/logout-all')).status).toBe(204);
    expect((await c.get('/api/v1/me')).status).toBe(401);
    expect((await b.get('/api/v1/me')).status).toBe(401);
  });

  it('reads of client data are audited and the trail exports as CSV; nobody can rewrite it', async () => {
    const { sql } = await import('drizzle-orm');
    const c = await p.users.therapist1.api.post('/api/v1/clients', { id: crypto.randomUUID(), firstName: 'Aria, "the drummer"', lastName: 'Stone', setting: 'school' });
    await p.users.therapist1.api.get(`/api/v1/clients/${c.body.id}`);
    const trail = await p.users.supervisor.api.get(`/api/v1/audit?clientId=${c.body.id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'read']);
    const csv = await p.app.inject({ method: 'GET', url: `/api/v1/audit.csv?clientId=${c.body.id}`, headers: { cookie: p.admin.cookie } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('id,at,actorId,action,entityType,entityId,clientId,requestId,outcome');
    expect(csv.body.trim().split('\r\n')).toHaveLength(3);
    await expect(p.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });
});
