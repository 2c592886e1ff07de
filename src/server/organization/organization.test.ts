/** The practice's settings through the API: read by every member, changed by an admin only, audited, and applied by the rules that read them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../db/schema.js';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id } from '../testing/fixtures.js';

describe.each(engines())('organization settings on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  it('are read by every member and changed by an admin, with before and after in the audit', async () => {
    const s = await expectOk(p.users.intern.api.get('/api/v1/organization/settings'));
    expect(s).toMatchObject({ name: 'Harmony Clinic', timeZone: 'America/Chicago', noteFormat: 'SOAP', requiredNoteSections: [], lateEntryHours: 48, nicuLiveMusicMinPmaWeeks: null, groupNoteOthers: 'count', version: 1 });
    expect((await p.users.therapist1.api.patch('/api/v1/organization/settings', { version: 1, lateEntryHours: 24 })).status).toBe(403);
    const next = await expectOk(p.admin.patch('/api/v1/organization/settings', { version: 1, lateEntryHours: 24, nicuLiveMusicMinPmaWeeks: 32, requiredNoteSections: ['assessment'] }));
    expect(next).toMatchObject({ version: 2, lateEntryHours: 24, nicuLiveMusicMinPmaWeeks: 32, requiredNoteSections: ['assessment'] });
    const [row] = await p.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'organization'), eq(auditLog.action, 'update')));
    expect((row!.detail as { changed: unknown }).changed).toEqual({ lateEntryHours: { from: 48, to: 24 }, nicuLiveMusicMinPmaWeeks: { from: null, to: 32 }, requiredNoteSections: { from: [], to: ['assessment'] } });
    // A stale version is refused with the current one, and nothing changes.
    const stale = await p.admin.patch('/api/v1/organization/settings', { version: 1, lateEntryHours: 12 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await expectOk(p.admin.get('/api/v1/organization/settings'))).lateEntryHours).toBe(24);
  });

  it('refuses bad settings naming the field, and changes nothing', async () => {
    const { version } = await expectOk(p.admin.get('/api/v1/organization/settings'));
    const cases: [Record<string, unknown>, number, string][] = [
      [{ lateEntryHours: 0 }, 400, 'body.lateEntryHours'],
      [{ lateEntryHours: 1.5 }, 400, 'body.lateEntryHours'],
      [{ nicuLiveMusicMinPmaWeeks: 12 }, 400, 'body.nicuLiveMusicMinPmaWeeks'],
      [{ timeZone: 'Mars/Olympus' }, 400, 'body.timeZone'],
      [{ requiredNoteSections: ['plan', 'plan'] }, 400, 'body.requiredNoteSections'],
      [{ progressCodes: { achieved: { label: '' } } }, 400, 'body.progressCodes.achieved.label'],
      [{ colour: 'blue' }, 400, 'body'],
      [{ groupNoteOthers: 'full_names' }, 400, 'body.groupNoteOthers'],
      [{ noteFormat: 'DAP', requiredNoteSections: ['subjective'] }, 422, 'body.requiredNoteSections.0'],
      [{}, 422, 'body'],
    ];
    for (const [body, status, path] of cases) {
      const r = await p.admin.patch('/api/v1/organization/settings', { version, ...body });
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.body.errors.map((e: { path: string }) => e.path).some((x: string) => x.startsWith(path)), `${JSON.stringify(body)} → ${JSON.stringify(r.body.errors)}`).toBe(true);
    }
    expect((await expectOk(p.admin.get('/api/v1/organization/settings'))).version).toBe(version);
  });

  it('the late-entry window set here is the one the to-do and signing apply', async () => {
    const t1 = p.users.therapist1.api;
    const { version } = await expectOk(p.admin.get('/api/v1/organization/settings'));
    await expectOk(p.admin.patch('/api/v1/organization/settings', { version, lateEntryHours: 2, requiredNoteSections: [] }));
    const { client } = await clientWithPlan(t1);
    const s = await createSession(t1, [client.id], new Date(Date.now() - 5 * 3_600_000).toISOString());
    const todo = await expectOk(t1.get('/api/v1/todo'));
    expect(todo.lateHours).toBe(2);
    expect(todo.owed.find((i: { sessionId: string }) => i.sessionId === s.id)).toMatchObject({ owed: 'note', late: true });
    const n = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: client.id }), 201);
    const signed = await expectOk(t1.post(`/api/v1/notes/${n.id}/sign`, { version: n.version, confirmEmptySections: true }));
    expect(signed.lateEntry).toBe(true);
  });
});
