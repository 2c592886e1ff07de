/**
 * Scale out on the engine that exists: two server processes (two apps, two connection pools) on one
 * PostgreSQL database. A sign-in on one is valid on the other; a note signed on one while the other
 * records data loses nothing and applies nothing twice. PostgreSQL only: PGlite is one process by design.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/connection.js';
import { api, cookieOf, PASSWORD, scratchPostgres, type Api } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';
import { dataHashOf } from '../notes/data-hash.js';

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)('two server processes on one PostgreSQL', () => {
  let drop: () => Promise<void>;
  const dbs: Database[] = [];
  const apps: FastifyInstance[] = [];
  let one: Api;
  let two: Api;
  beforeAll(async () => {
    const scratch = await scratchPostgres(adminUrl!, 'crescendo_two');
    drop = scratch.drop;
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: scratch.url });
      dbs.push(database);
      apps.push(await buildApp({ database, serveWeb: false }));
    }
    const setup = await apps[0]!.inject({ method: 'POST', url: '/api/v1/setup', payload: { organizationName: 'Two Rooms', timeZone: 'America/Chicago', name: 'Ada Admin', email: 'admin@two.example', password: PASSWORD } });
    expect(setup.statusCode).toBe(201);
    const cookie = cookieOf({ status: setup.statusCode, body: setup.json(), headers: setup.headers });
    one = api(apps[0]!, cookie);
    two = api(apps[1]!, cookie); // signed in on one, the same cookie works on the other
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const d of dbs) await d.close();
    await drop?.();
  });

  it('a sign-in on one process is valid on the other, and writes on either are seen by both', async () => {
    expect((await two.get('/api/v1/me')).status).toBe(200);
    const a = await clientWithPlan(two);
    expect((await one.get(`/api/v1/clients/${a.client.id}`)).status).toBe(200);
  });

  it('signing on one process while the other records: every acknowledged point is stored once and inside the signature, 20 times', async () => {
    const a = await clientWithPlan(one);
    let stored = 0;
    for (let rep = 0; rep < 20; rep++) {
      const s = await createSession(one, [a.client.id]);
      const draft = await expectOk(one.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: a.client.id }), 201);
      const points = Array.from({ length: 5 }, () => trial(a.client.id, a.trials.id, 'success'));
      const [sign, ...answers] = await Promise.all([
        one.post(`/api/v1/notes/${draft.id}/sign`, { version: draft.version, confirmEmptySections: true }),
        ...points.map((p) => two.post(`/api/v1/sessions/${s.id}/data-points`, p)),
        ...points.map((p) => two.post(`/api/v1/sessions/${s.id}/data-points`, p)), // each point sent twice: a retry
      ]);
      expect(sign.status).toBe(200);
      const ok = new Set(points.filter((_, i) => answers[i]!.status === 201 || answers[i + 5]!.status === 201).map((p) => p.id));
      const there = (await expectOk(one.get(`/api/v1/sessions/${s.id}/data-points`))).items as { id: string }[];
      expect(there.map((p) => p.id).sort()).toEqual([...ok].sort());
      expect(await dataHashOf(dbs[0]!.db, s.id, a.client.id)).toBe(sign.body.dataHash);
      stored += there.length;
    }
    console.log(`two processes, 20 sign-vs-record races: ${stored} points stored once each, all inside their signatures`);
  }, 120_000);
});
