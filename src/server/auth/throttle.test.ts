/** Sign-in throttling: atomic per-account counting, growing delays, known devices, the address limit, proxy hops. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { trustedProxyHops } from '../config.js';
import { engines, PASSWORD, startPractice, type Practice } from '../testing/harness.js';

const WRONG = 'wrong wrong wrong';

interface Try {
  ip?: string;
  cookie?: string;
  forwardedFor?: string;
}

async function attempt(app: FastifyInstance, email: string, password: string, t: Try = {}) {
  const headers: Record<string, string> = {};
  if (t.cookie) headers.cookie = t.cookie;
  if (t.forwardedFor) headers['x-forwarded-for'] = t.forwardedFor;
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: t.ip ?? '127.0.0.1', headers, payload: { email, password } });
  const cookies = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
  const device = cookies.find((c) => c.startsWith('crescendo_device='))?.split(';')[0];
  return { status: r.statusCode, retryAfter: Number(r.headers['retry-after'] ?? 0), type: String(r.headers['content-type']), device, body: r.json() };
}

describe.each(engines())('sign-in throttling on %s', (engine) => {
  let p: Practice;
  let n = 0;
  /** A new account, so each test starts from no failures. */
  const account = async () => {
    const email = `throttle${++n}@test.example`;
    const r = await p.admin.post('/api/v1/users', { email, name: `Throttle Person${n}`, roles: ['therapist'], password: PASSWORD });
    expect(r.status).toBe(201);
    return email;
  };
  const unblock = (key: string) => p.database.db.execute(sql`update signin_throttle set blocked_until = now() - interval '1 second' where key = ${key}`);

  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('a concurrent burst of 20 wrong passwords for one account gets at most 5 answers other than 429', async () => {
    const emails = [await account(), await account(), await account()];
    const counts: number[] = [];
    for (const email of emails) {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(p.app, email, `${WRONG} ${i}`, { ip: '198.51.100.1' })));
      const through = answers.filter((a) => a.status !== 429);
      expect(through.every((a) => a.status === 401)).toBe(true);
      counts.push(through.length);
    }
    console.info(`burst of 20 (${engine}): ${counts.join(', ')} non-429`);
    for (const c of counts) expect(c).toBeLessThanOrEqual(5);
    // Refused, and said so as problem+json with Retry-After, the right password included.
    const locked = await attempt(p.app, emails[0]!, PASSWORD, { ip: '198.51.100.1' });
    expect(locked.status).toBe(429);
    expect(locked.type).toContain('application/problem+json');
    expect(locked.retryAfter).toBeGreaterThan(0);
  });

  it('an email that is not an account is throttled alike, so answers do not tell accounts apart', async () => {
    const real = await account();
    const ghost = 'ghost@test.example';
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 6; i++) {
      a.push((await attempt(p.app, real, WRONG, { ip: '198.51.100.2' })).status);
      b.push((await attempt(p.app, ghost, WRONG, { ip: '198.51.100.2' })).status);
    }
    expect(a).toEqual([401, 401, 401, 401, 401, 429]);
    expect(b).toEqual(a);
  });

  it('delays grow from 30 s, doubling to 15 min, and failures are forgotten after 24 h', async () => {
    const email = await account();
    const key = `account:${email}`;
    for (let i = 0; i < 5; i++) expect((await attempt(p.app, email, WRONG)).status).toBe(401);
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const refused = await attempt(p.app, email, WRONG);
      expect(refused.status).toBe(429);
      waits.push(refused.retryAfter);
      await unblock(key);
      expect((await attempt(p.app, email, WRONG)).status).toBe(401);
    }
    console.info(`delays (${engine}): ${waits.join(', ')} s`);
    expect(waits[0]).toBeGreaterThanOrEqual(29);
    expect(waits[0]).toBeLessThanOrEqual(30);
    for (let i = 1; i < waits.length; i++) expect(Math.abs(waits[i]! - 2 * waits[i - 1]!)).toBeLessThanOrEqual(2);
    await p.database.db.execute(sql`update signin_throttle set failures = 60 where key = ${key}`);
    await unblock(key);
    expect((await attempt(p.app, email, WRONG)).status).toBe(401);
    const capped = await attempt(p.app, email, WRONG);
    expect(capped.retryAfter).toBeGreaterThan(890);
    expect(capped.retryAfter).toBeLessThanOrEqual(900);
    // A day without attempts: counting starts again, and the right password works at once.
    await p.database.db.execute(sql`update signin_throttle set last_attempt_at = now() - interval '25 hours' where key = ${key}`);
    await unblock(key);
    expect((await attempt(p.app, email, WRONG)).status).toBe(401);
    expect((await attempt(p.app, email, PASSWORD)).status).toBe(200);
  });

  it('the right password from a known device works while the account is delayed elsewhere', async () => {
    const email = await account();
    const first = await attempt(p.app, email, PASSWORD, { ip: '192.0.2.10' });
    expect(first.status).toBe(200);
    expect(first.device).toMatch(/^crescendo_device=/);
    // Someone elsewhere guesses until the account is delayed.
    for (let i = 0; i < 8; i++) await attempt(p.app, email, WRONG, { ip: '203.0.113.66' });
    expect((await attempt(p.app, email, PASSWORD, { ip: '203.0.113.66' })).status).toBe(429);
    expect((await attempt(p.app, email, PASSWORD, { ip: '192.0.2.10' })).status).toBe(429);
    // The user's own browser still gets in, and keeps its cookie.
    const mine = await attempt(p.app, email, PASSWORD, { ip: '192.0.2.10', cookie: first.device! });
    expect(mine.status).toBe(200);
    expect(mine.device).toBeUndefined();
    // A device cookie of another account is no pass: it counts as that account's email.
    const other = await account();
    expect((await attempt(p.app, other, WRONG, { cookie: first.device! })).status).toBe(401);
    // The device is throttled on its own key: a typo or two does not lock it, a run of guesses does.
    for (let i = 0; i < 5; i++) expect((await attempt(p.app, email, WRONG, { cookie: first.device! })).status).toBe(401);
    expect((await attempt(p.app, email, PASSWORD, { cookie: first.device! })).status).toBe(429);
  });

  it('a practice still signs in after 101 unknown-email failures from its address', async () => {
    const ip = '192.0.2.77';
    const statuses: number[] = [];
    for (let i = 0; i < 101; i++) statuses.push((await attempt(p.app, `nobody${i}@elsewhere.example`, WRONG, { ip })).status);
    expect(statuses.slice(0, 100).every((s) => s === 401)).toBe(true);
    expect(statuses[100]).toBe(429);
    // Every account behind that address signs in with its password.
    for (const email of ['therapist1@test.example', 'supervisor@test.example', 'intern@test.example']) expect((await attempt(p.app, email, PASSWORD, { ip })).status).toBe(200);
    // A wrong password for an account is answered as an unknown email is while the address is refused.
    const email = await account();
    expect((await attempt(p.app, email, WRONG, { ip })).status).toBe(429);
    expect((await attempt(p.app, email, PASSWORD, { ip })).status).toBe(200);
    // Another address is not affected.
    expect((await attempt(p.app, 'nobody@elsewhere.example', WRONG, { ip: '192.0.2.78' })).status).toBe(401);
  });

  it('with one trusted proxy hop, a spoofed left-hand X-Forwarded-For entry does not dodge the address limit', async () => {
    const behindProxy = await buildApp({ database: p.database, serveWeb: false, trustProxy: 1 });
    try {
      const proxy = '10.0.0.2';
      const statuses: number[] = [];
      for (let i = 0; i < 101; i++)
        statuses.push((await attempt(behindProxy, `spoof${i}@elsewhere.example`, WRONG, { ip: proxy, forwardedFor: `100.64.${i}.1, 203.0.113.9` })).status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(1);
      expect(statuses[100]).toBe(429);
      const keys = await p.database.db.execute(sql`select key from signin_throttle where key like 'address:%'`);
      const addresses = (keys as unknown as { rows: { key: string }[] }).rows.map((r) => r.key);
      expect(addresses).toContain('address:203.0.113.9');
      expect(addresses.some((k) => k.startsWith('address:100.64.') || k === `address:${proxy}`)).toBe(false);
      // Another client behind the same proxy is its own address.
      expect((await attempt(behindProxy, 'spoof@elsewhere.example', WRONG, { ip: proxy, forwardedFor: '203.0.113.10' })).status).toBe(401);
    } finally {
      await behindProxy.close();
    }
  });
});

describe('CRESCENDO_TRUST_PROXY', () => {
  it('is a whole number of hops; anything else is refused at start', () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ CRESCENDO_TRUST_PROXY: '0' })).toBe(0);
    expect(trustedProxyHops({ CRESCENDO_TRUST_PROXY: '2' })).toBe(2);
    for (const bad of ['true', '1.5', '-1', 'loopback', '10.0.0.0/8'])
      expect(() => trustedProxyHops({ CRESCENDO_TRUST_PROXY: bad })).toThrow(/number of reverse proxies/);
  });
});
