/**
 * PostgreSQL outages: a server that is down, stalls, or runs a statement past its limit gets 503
 * problem+json with Retry-After (health included), never a hang or a 500; when it is back, service
 * resumes without a restart.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { postgresTimeouts } from '../config.js';
import { toProblem } from '../http/errors.js';
import { api, engines, PASSWORD, scratchPostgres } from '../testing/harness.js';
import { tcpProxy, type TcpProxy } from '../testing/tcp-proxy.js';
import { createClient } from '../testing/fixtures.js';
import { openDatabase, type Database } from './connection.js';

describe('which failures mean "the database is not answering"', () => {
  const problem = (err: unknown) => toProblem(err).status;
  it.each([
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    ['statement timeout, wrapped by the query builder', Object.assign(new Error('Failed query: select 1'), { cause: Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }) })],
    ['terminated by an administrator', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['connection exception class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['pool wait', new Error('timeout exceeded when trying to connect')],
    ['connection lost', new Error('Connection terminated unexpectedly')],
  ])('%s → 503 with Retry-After', (_what, err) => {
    expect(problem(err)).toBe(503);
    expect(toProblem(err).body().retryAfterSeconds).toBe(5);
  });
  it('a broken rule or a bug is not an outage', () => {
    expect(problem(Object.assign(new Error('duplicate'), { code: '23505' }))).toBe(409);
    expect(problem(new Error('undefined is not a function'))).toBe(500);
  });
  it('timeouts have defaults and can be set in the environment', () => {
    expect(postgresTimeouts({})).toEqual({ connectMs: 5000, statementMs: 30000 });
    expect(postgresTimeouts({ CRESCENDO_PG_CONNECT_TIMEOUT_MS: '800', CRESCENDO_PG_STATEMENT_TIMEOUT_MS: '1500' })).toEqual({ connectMs: 800, statementMs: 1500 });
    expect(postgresTimeouts({ CRESCENDO_PG_STATEMENT_TIMEOUT_MS: 'soon' }).statementMs).toBe(30000);
  });
});

describe.each(engines().filter((e) => e === 'postgres'))('outages on %s', () => {
  let scratch: { url: string; drop: () => Promise<void> };
  let proxy: TcpProxy;
  let database: Database;
  let app: FastifyInstance;
  let cookie: string;
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const expectUnavailable = (r: Awaited<ReturnType<typeof get>>) => {
    expect(r.statusCode).toBe(503);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.headers['retry-after']).toBe('5');
    expect(r.json()).toMatchObject({ status: 503, title: 'Service unavailable' });
  };
  const expectServing = async () => {
    expect((await get('/api/v1/clients')).statusCode).toBe(200);
    expect((await get('/api/health')).json()).toMatchObject({ status: 'ok', database: 'postgres' });
  };

  beforeAll(async () => {
    scratch = await scratchPostgres(process.env.TEST_DATABASE_URL!, 'crescendo_outage');
    const direct = new URL(scratch.url);
    proxy = await tcpProxy(Number(direct.port || 5432), direct.hostname);
    const viaProxy = new URL(scratch.url);
    viaProxy.port = String(proxy.port);
    database = await openDatabase({ url: viaProxy.toString(), timeouts: { connectMs: 500, statementMs: 1000 } });
    app = await buildApp({ database, serveWeb: false });
    const setup = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organizationName: 'Harmony Clinic', name: 'Ada Admin', email: 'admin@test.example', password: PASSWORD } });
    cookie = String(setup.headers['set-cookie']).split(';')[0]!;
  });
  afterAll(async () => {
    await app.close();
    await proxy.up();
    await database.close();
    await proxy.close();
    await scratch.drop();
  });

  it('a statement past the limit is cancelled: 503, not a hang', async () => {
    await expect(database.db.execute(sql`select pg_sleep(30)`)).rejects.toSatisfy((e) => toProblem(e).status === 503);
    // A chart locked by another session (a long migration, a stuck report) is waited on only so long.
    const locker = new pg.Client({ connectionString: scratch.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table clients in access exclusive mode');
    expectUnavailable(await get('/api/v1/clients'));
    await locker.query('rollback');
    await locker.end();
    await expectServing();
  });

  it('a server that is down: 503 with Retry-After on reads, writes, sign-in and health; nothing saved; back without a restart', async () => {
    await proxy.down();
    expectUnavailable(await get('/api/v1/clients'));
    expectUnavailable(await get('/api/health'));
    const write = await app.inject({ method: 'POST', url: '/api/v1/clients', headers: { cookie }, payload: { id: '0190a0a0-0000-7000-8000-000000000001', firstName: 'Lost', lastName: 'Write', populations: ['autism'], setting: 'school', status: 'active' } });
    expectUnavailable(write);
    expectUnavailable(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@test.example', password: PASSWORD } }));
    await proxy.up();
    await expectServing();
    expect((await get('/api/v1/clients')).json().items).toHaveLength(0);
  });

  it('a server that stalls (accepts, never answers): 503 once the waits run out, then back', async () => {
    proxy.hang();
    expectUnavailable(await get('/api/v1/clients'));
    expectUnavailable(await get('/api/health'));
    await proxy.up();
    await expectServing();
    await createClient(api(app, cookie));
    expect((await get('/api/v1/clients')).json().items).toHaveLength(1);
  });
});
