/** HTTPS, caching, Origin and Host rules, and errors before routing, as a browser or an attacker meets them. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { engines, PASSWORD, startPractice, type Practice } from '../testing/harness.js';
import { configuredOrigin, HSTS } from './transport.js';

const LOGIN = { email: 'admin@test.example', password: PASSWORD };

describe('CRESCENDO_ORIGIN', () => {
  it('is scheme://host[:port] only', () => {
    expect(configuredOrigin('https://crescendo.test:8443')?.origin).toBe('https://crescendo.test:8443');
    expect(configuredOrigin(undefined)).toBeNull();
    for (const bad of ['crescendo.test', 'ftp://crescendo.test', 'https://crescendo.test/app']) expect(() => configuredOrigin(bad)).toThrow(/CRESCENDO_ORIGIN/);
  });
});

describe.each(engines())('transport rules on %s', (engine) => {
  let p: Practice;
  let secure: FastifyInstance;
  const login = (app: FastifyInstance, headers: Record<string, string>) => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: LOGIN, headers });
  beforeAll(async () => {
    p = await startPractice(engine);
    secure = await buildApp({ database: p.database, serveWeb: false, origin: 'https://crescendo.test' });
  });
  afterAll(async () => {
    await secure.close();
    await p.close();
  });

  it('every /api answer is Cache-Control: no-store, errors included', async () => {
    const cookie = p.admin.cookie;
    for (const [url, status] of [['/api/health', 200], ['/api/v1/me', 200], ['/api/v1/clients', 200], ['/api/v1/nothing-here', 404], ['/api/openapi.json', 200]] as const) {
      const r = await p.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(r.statusCode, url).toBe(status);
      expect(r.headers['cache-control'], url).toBe('no-store');
    }
    expect((await p.app.inject({ method: 'GET', url: '/api/v1/clients' })).headers['cache-control']).toBe('no-store');
  });

  it('served over HTTPS: the session cookie is Secure and answers carry HSTS; over plain HTTP neither', async () => {
    const overHttps = await login(secure, { host: 'crescendo.test' });
    expect(overHttps.statusCode).toBe(200);
    expect(String(overHttps.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(overHttps.headers['strict-transport-security']).toBe(HSTS);
    const plain = await login(p.app, {});
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it('a cookie write needs the same scheme, host and port in Origin', async () => {
    for (const origin of ['http://crescendo.test', 'https://crescendo.test:8443', 'https://evil.crescendo.test'])
      expect((await login(secure, { host: 'crescendo.test', origin })).statusCode, origin).toBe(403);
    expect((await login(secure, { host: 'crescendo.test', origin: 'https://crescendo.test' })).statusCode).toBe(200);
    // Without a configured origin, the scheme the request came with counts too.
    expect((await login(p.app, { host: 'localhost:3000', origin: 'https://localhost:3000' })).statusCode).toBe(403);
    expect((await login(p.app, { host: 'localhost:3000', origin: 'http://localhost:4000' })).statusCode).toBe(403);
    expect((await login(p.app, { host: 'localhost:3000', origin: 'http://localhost:3000' })).statusCode).toBe(200);
  });

  it('with an origin configured, a request for another Host is refused (DNS rebinding); health answers any name', async () => {
    const signedIn = String((await login(secure, { host: 'crescendo.test' })).headers['set-cookie']).split(';')[0]!;
    const rebound = await secure.inject({ method: 'GET', url: '/api/v1/clients', headers: { host: 'attacker.example', cookie: signedIn } });
    expect(rebound.statusCode).toBe(421);
    expect(rebound.headers['content-type']).toContain('application/problem+json');
    expect(rebound.json()).toMatchObject({ status: 421, errors: [{ path: 'headers.host' }] });
    expect((await secure.inject({ method: 'GET', url: '/api/v1/clients', headers: { host: 'crescendo.test:443', cookie: signedIn } })).statusCode).toBe(200);
    expect((await secure.inject({ method: 'GET', url: '/api/health', headers: { host: '10.0.0.7:3000' } })).statusCode).toBe(200);
  });

  it('headers too large: 431 as problem+json', async () => {
    await p.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (p.app.server.address() as AddressInfo).port;
    const answer = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/v1/me', headers: { cookie: `crescendo_session=${'x'.repeat(20_000)}` } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(431);
    expect(answer.type).toBe('application/problem+json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 431, title: 'Request headers too large', errors: [{ path: 'headers' }] });
  });
});
