/**
 * Test harness: a real database per test file — in-memory PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set (a fresh database each time, dropped afterwards).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { openDatabase, type Database, type Engine } from '../db/connection.js';
import { lowerPasswordCostForTests } from '../auth/passwords.js';

// Tests create many users; the production scrypt cost is checked in passwords.test.ts. The bench
// imports these helpers too, and measures sign-in at the production cost.
if (process.env.VITEST === 'true') lowerPasswordCostForTests();

export const PASSWORD = 'a long clinic passphrase 42';

export function engines(): Engine[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI === 'true') throw new Error('CI=true needs TEST_DATABASE_URL: the suite must run on PostgreSQL too');
  return ['pglite'];
}

/** A new, empty PostgreSQL database on the server of `adminUrl`; `drop` removes it. */
export async function scratchPostgres(adminUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const run = async (q: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(q);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

export async function testDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ memory: true });
  const scratch = await scratchPostgres(process.env.TEST_DATABASE_URL!, 'crescendo_t');
  const database = await openDatabase({ url: scratch.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

export interface Api {
  cookie: string;
  get(url: string): Promise<Res>;
  post(url: string, body?: unknown): Promise<Res>;
  patch(url: string, body?: unknown): Promise<Res>;
  put(url: string, body?: unknown): Promise<Res>;
  del(url: string, body?: unknown): Promise<Res>;
}

export interface Res {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: LightMyRequestResponse['headers'];
}

function parse(r: LightMyRequestResponse): Res {
  let body: unknown = r.body;
  try {
    body = r.body ? JSON.parse(r.body) : null;
  } catch {
    /* not JSON */
  }
  return { status: r.statusCode, body, headers: r.headers };
}

export function api(app: FastifyInstance, cookie = ''): Api {
  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    parse(await app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(body !== undefined ? { payload: body as object } : {}) }));
  return {
    cookie,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    del: (url, body) => send('DELETE', url, body),
  };
}

export function cookieOf(r: Res): string {
  const set = r.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  return String(first ?? '').split(';')[0] ?? '';
}

export async function login(app: FastifyInstance, email: string, password = PASSWORD): Promise<Api> {
  const r = parse(await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } }));
  if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return api(app, cookieOf(r));
}

export interface Practice {
  app: FastifyInstance;
  database: Database;
  admin: Api;
  users: Record<'supervisor' | 'therapist1' | 'therapist2' | 'intern', { id: string; api: Api }>;
  close(): Promise<void>;
}

/** A practice with an admin-therapist, a supervisor over two therapists, and an intern under the supervisor. */
export async function startPractice(engine: Engine, settings: { timeZone?: string; noteFormat?: 'SOAP' | 'DAP'; recordingMaxBytes?: number } = {}): Promise<Practice> {
  const database = await testDatabase(engine);
  // Each practice keeps its recordings' audio in its own temporary directory (made on the first upload).
  const { recordingMaxBytes, ...organization } = settings;
  const app = await buildApp({ database, serveWeb: false, recordings: { dir: path.join(os.tmpdir(), `crescendo-recordings-${randomUUID()}`), maxBytes: recordingMaxBytes } });
  const setup = parse(await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organizationName: 'Harmony Clinic', timeZone: 'America/Chicago', ...organization, name: 'Ada Admin', email: 'admin@test.example', password: PASSWORD } }));
  if (setup.status !== 201) throw new Error(`setup failed: ${JSON.stringify(setup.body)}`);
  const admin = api(app, cookieOf(setup));
  const add = async (email: string, name: string, roles: string[], supervisorId: string | null = null) => {
    const r = await admin.post('/api/v1/users', { email, name, roles, password: PASSWORD, supervisorId });
    if (r.status !== 201) throw new Error(`user add failed: ${JSON.stringify(r.body)}`);
    return r.body.id as string;
  };
  const supervisorId = await add('supervisor@test.example', 'Sam Supervisor', ['supervisor']);
  const t1 = await add('therapist1@test.example', 'Tara Therapist', ['therapist'], supervisorId);
  const t2 = await add('therapist2@test.example', 'Theo Therapist', ['therapist'], supervisorId);
  const intern = await add('intern@test.example', 'Ivy Intern', ['intern'], supervisorId);
  const users = {
    supervisor: { id: supervisorId, api: await login(app, 'supervisor@test.example') },
    therapist1: { id: t1, api: await login(app, 'therapist1@test.example') },
    therapist2: { id: t2, api: await login(app, 'therapist2@test.example') },
    intern: { id: intern, api: await login(app, 'intern@test.example') },
  };
  return {
    app, database, admin, users,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(app.recordings.store.dir, { recursive: true, force: true });
    },
  };
}
