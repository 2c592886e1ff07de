/** A body nested thousands of levels deep is refused with 400 problem+json, naming the reason; nothing changes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/schemas/common.js';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { id } from '../testing/fixtures.js';

const nestedObject = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const nestedArray = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe.each(engines())('deeply nested JSON on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  const post = (url: string, payload: string, cookie = '') =>
    p.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) } });

  it('sign-in with 5,000 nested objects gets 400 naming the depth, and the right password still works', async () => {
    for (const payload of [nestedObject(5000), `{"email":${nestedArray(5000)},"password":"x"}`]) {
      const r = await post('/api/v1/auth/login', payload);
      expect(r.statusCode).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({ status: 400, errors: [{ path: 'body', message: `nested deeper than ${LIMITS.jsonDepth} levels` }] });
    }
    expect((await p.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@test.example', password: 'a long clinic passphrase 42' } })).statusCode).toBe(200);
  });

  it('a client whose music preferences nest 5,000 levels deep gets 400 and no client is created', async () => {
    const before = (await p.admin.get('/api/v1/clients')).body.items.length;
    const payload = `{"id":"${id()}","firstName":"Deep","lastName":"Nest","populations":["autism"],"setting":"school","status":"active","musicPreferences":${nestedObject(5000)}}`;
    const r = await post('/api/v1/clients', payload, p.admin.cookie);
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain(`nested deeper than ${LIMITS.jsonDepth} levels`);
    expect((await p.admin.get('/api/v1/clients')).body.items.length).toBe(before);
  });

  it('a body at the depth limit is judged by its schema as before (400 for the wrong shape, not for depth)', async () => {
    const r = await post('/api/v1/auth/login', `{"email":${nestedArray(LIMITS.jsonDepth - 1)},"password":"x"}`);
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).not.toContain('nested deeper');
  });
});
