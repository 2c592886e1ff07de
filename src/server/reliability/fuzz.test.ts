/**
 * Hostile input on every route: walks the OpenAPI document and, for every operation and as every
 * kind of user, sends generated bad requests. Expected: never a 5xx; a refusal is problem+json that
 * names the field; a refused request leaves the clinical data unchanged. Seeded and bounded;
 * FUZZ_CASES raises the number of cases per operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, engines, login, PASSWORD, startPractice, type Api, type Practice } from '../testing/harness.js';
import { makeWorld, type World } from '../testing/fixtures.js';
import { clinicalHash } from '../testing/content-hash.js';
import { seeded } from '../../cli/demo/stories.js';

const CASES = Number(process.env.FUZZ_CASES ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
type Schema = { type?: string | string[]; format?: string; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; minimum?: number; pattern?: string };
type Op = { method: string; path: string; body?: Schema; query?: { name: string; schema: Schema }[] };

const HOSTILE: unknown[] = [
  null, '', ' ', 'x'.repeat(200_001), -1, 0, 1e308, -1e308, 'NaN', 'Infinity', true, [], {}, [[[[]]]], '\u0000\u001f\u007f', 'Ⅻ𝔘ñ中文العربية\u202e',
  "'; drop table clients; --", '../../../etc/passwd', '%2e%2e%2f', '2026-02-30', '9999-99-99', '2026-11-27T25:61:00Z', 'Mars/Olympus',
  '00000000-0000-0000-0000-000000000000', Array.from({ length: 1000 }, () => 1),
];
const HOSTILE_PATH = ['..%2F..%2Fetc%2Fpasswd', "1'%20OR%20'1'%3D'1", 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'x'.repeat(300), '%00'];

/** A plausible value for a schema, so that mutations reach past the first validation layer. */
function plausible(s: Schema | undefined, w: World, depth = 0): unknown {
  if (!s || depth > 6) return null;
  if (s.enum) return s.enum[0];
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return plausible(alt.find((a) => a.type !== 'null') ?? alt[0], w, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, w, depth + 1)]));
    case 'array':
      return [plausible(s.items, w, depth + 1)];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return w.clientId;
      if (s.format === 'date-time') return new Date().toISOString();
      if (s.pattern?.includes('\\d{4}')) return '2026-10-01';
      if (s.format === 'email') return 'someone@test.example';
      return 'music';
    default:
      return null;
  }
}

function mutate(body: unknown, rnd: () => number): { raw?: string; json?: unknown } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const r = rnd();
  if (r < 0.1) return { raw: pick(['{"a":', '[', 'null', '"just a string"', '{"id": NaN}', '\u0000']) };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { json: pick(HOSTILE) };
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (r < 0.25 && keys.length) delete copy[pick(keys)];
  else if (r < 0.35) copy[`extra_${Math.floor(rnd() * 100)}`] = 'unexpected';
  else if (keys.length) copy[pick(keys)] = pick(HOSTILE);
  return { json: copy };
}

function pathFor(path: string, w: World, rnd: () => number, hostile: boolean): string {
  const byPrefix: Record<string, string> = {
    clients: w.clientId, goals: w.goalId, objectives: w.objectiveId, sessions: w.sessionId, notes: w.noteId, phases: w.phaseId,
    'plan-links': w.linkId, interventions: w.interventionId, assessments: w.assessmentId, users: w.clientId,
  };
  const segs = path.split('/');
  return segs
    .map((seg, i) => {
      if (!seg.startsWith('{')) return seg;
      if (hostile && rnd() < 0.7) return HOSTILE_PATH[Math.floor(rnd() * HOSTILE_PATH.length)];
      if (seg === '{clientId}' || seg === '{userId}') return w.clientId;
      if (seg === '{deliveredId}') return w.deliveredId;
      if (seg === '{pointId}') return w.pointId;
      return byPrefix[segs[i - 1] ?? ''] ?? w.clientId;
    })
    .join('/');
}

function operations(doc: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { in: string; name: string; schema: Schema }[] }>> }): Op[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      body: op.requestBody?.content?.['application/json']?.schema,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
    })),
  );
}

describe.each(engines())('hostile input on %s', (engine) => {
  let p: Practice;
  let users: Api[];
  let world: World;
  let ops: Op[];
  const seen = { cases: 0, refused: 0, fiveHundreds: [] as string[] };
  beforeAll(async () => {
    p = await startPractice(engine);
    await p.admin.post('/api/v1/users', { email: 'office@test.example', name: 'Office Manager', roles: ['admin'], password: PASSWORD });
    users = [p.users.therapist1.api, p.users.supervisor.api, p.users.therapist2.api, p.users.intern.api, await login(p.app, 'office@test.example'), api(p.app)];
    world = await makeWorld(p.users.therapist1.api);
    ops = operations((await api(p.app).get('/api/openapi.json')).body).filter((o) => !o.path.startsWith('/api/v1/auth/logout'));
  });
  afterAll(async () => {
    process.stdout.write(`[fuzz ${engine}] cases ${seen.cases}, refused ${seen.refused}, 5xx ${seen.fiveHundreds.length}\n`);
    await p.close();
  });

  it('no request produces a 5xx; refusals are problem+json naming the field and change nothing', async () => {
    const rnd = seeded(SEED);
    for (const op of ops) {
      for (let c = 0; c < CASES; c++) {
        const who = users[Math.floor(rnd() * users.length)]!;
        const url = pathFor(op.path, world, rnd, c % 3 === 2);
        const query = (op.query ?? []).map((q) => `${q.name}=${encodeURIComponent(String(rnd() < 0.5 ? HOSTILE[Math.floor(rnd() * HOSTILE.length)] : plausible(q.schema, world)))}`).join('&');
        const m = op.body ? mutate(plausible(op.body, world), rnd) : {};
        const before = await clinicalHash(p.database.db);
        const res = await p.app.inject({
          method: op.method as 'GET',
          url: query ? `${url}?${query}` : url,
          headers: { ...(who.cookie ? { cookie: who.cookie } : {}), ...(m.raw !== undefined || m.json !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(m.raw !== undefined ? { payload: m.raw } : m.json !== undefined ? { payload: JSON.stringify(m.json) } : {}),
        });
        seen.cases++;
        const sent = m.raw ?? JSON.stringify(m.json ?? null);
        const label = `${op.method} ${url.slice(0, 120)}?${query.slice(0, 100)} ${sent.slice(0, 300)} → ${res.statusCode}: ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) seen.fiveHundreds.push(label);
        expect(res.statusCode, label).toBeLessThan(500);
        if (res.statusCode >= 400) {
          seen.refused++;
          expect(res.headers['content-type'], label).toContain('application/problem+json');
          const body = JSON.parse(res.body);
          expect(body.status, label).toBe(res.statusCode);
          if (res.statusCode === 400) expect(body.errors?.length, label).toBeGreaterThan(0);
          expect(await clinicalHash(p.database.db), label).toBe(before);
        }
      }
    }
    expect(seen.fiveHundreds).toEqual([]);
  }, 60_000 + CASES * 2_000);
});
