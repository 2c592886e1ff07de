/**
 * A failing query is logged by its statement and SQLSTATE; its parameters (emails, token hashes,
 * clinical text) never reach the log.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { hashToken } from '../auth/sessions.js';
import type { Database } from '../db/connection.js';
import { engines, login, PASSWORD, testDatabase } from '../testing/harness.js';
import { clientWithPlan, id } from '../testing/fixtures.js';
import { statementName } from './log-safe.js';

describe('statement names', () => {
  it('say the kind and the table, nothing of the values', () => {
    expect(statementName('insert into "goals" ("id", "statement") values ($1, $2)')).toBe('insert goals');
    expect(statementName('select "id" from "users" where "email" = $1')).toBe('select users');
    expect(statementName('update "auth_sessions" set "last_seen_at" = $1')).toBe('update auth_sessions');
  });
});

describe.each(engines())('logs of failing queries on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let log = '';
  const capture = new Writable({
    write(chunk, _enc, done) {
      log += String(chunk);
      done();
    },
  });
  beforeAll(async () => {
    database = await testDatabase(engine);
    app = await buildApp({ database, serveWeb: false, logger: true, logStream: capture });
    const setup = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: { organizationName: 'Harmony Clinic', name: 'Ada Admin', email: 'private.person@clinic.example', password: PASSWORD } });
    expect(setup.statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('a failed insert of clinical text logs "insert goals" and the SQLSTATE, not the text', async () => {
    const admin = await login(app, 'private.person@clinic.example');
    const { client, goal } = await clientWithPlan(admin);
    await database.db.execute(sql`alter table goals rename column statement to statement_moved`);
    log = '';
    const r = await admin.post(`/api/v1/clients/${client.id}/goals`, { id: id(), domainId: goal.domainId, statement: 'Maya Quillfeather will tolerate her father leaving', targetDate: '2027-06-01' });
    expect(r.status).toBe(500);
    expect(log).toContain('insert goals');
    expect(log).toContain('42703');
    expect(log).not.toContain('Quillfeather');
    expect(log).not.toContain('params');
    await database.db.execute(sql`alter table goals rename column statement_moved to statement`);
  });

  it('a failed session lookup logs neither the token nor its hash; a failed sign-in not the email', async () => {
    const admin = await login(app, 'private.person@clinic.example');
    const token = admin.cookie.split('=')[1]!;
    await database.db.execute(sql`alter table auth_sessions rename column token_hash to token_hash_moved`);
    log = '';
    expect((await admin.get('/api/v1/me')).status).toBe(500);
    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'private.person@clinic.example', password: PASSWORD } })).statusCode).toBe(500);
    expect(log).toContain('auth_sessions');
    expect(log).not.toContain(hashToken(token));
    expect(log).not.toContain(token);
    expect(log).not.toContain('private.person');
    await database.db.execute(sql`alter table auth_sessions rename column token_hash_moved to token_hash`);
  });
});
