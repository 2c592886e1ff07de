import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { clientWithPlan, clinicDay, expectOk, id } from '../testing/fixtures.js';

describe.each(engines())('treatment plan versions on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  async function signedFirstVersion() {
    const t1 = p.users.therapist1.api;
    const a = await clientWithPlan(t1, { diagnoses: [{ label: 'Autism spectrum disorder', code: 'F84.0' }] });
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: 1, reviewDate: '2027-03-01', frequency: '1 session a week', sessionMinutes: 45, precautions: ['Sensitive to loud brass: keep dynamics soft'] }));
    const draft = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    const signed = await expectOk(t1.post(`/api/v1/plan-versions/${draft.id}/sign`, { contentHash: draft.contentHash }));
    return { t1, a, draft, signed };
  }

  it('freezes the plan as version 1, signs it with the signer’s credentials, and locks it in the service and the database', async () => {
    const { t1, a, draft, signed } = await signedFirstVersion();
    expect(draft).toMatchObject({ number: 1, status: 'draft', supersedesNumber: null, changes: [] });
    expect(draft.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed).toMatchObject({ status: 'signed', signerName: 'Tara Therapist', contentHash: draft.contentHash });
    const list = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan/versions`));
    expect(list.liveMatchesLatest).toBe(true);
    expect((await t1.post(`/api/v1/plan-versions/${draft.id}/sign`, { contentHash: draft.contentHash })).status).toBe(409);
    // Nothing to sign again while the live plan reads as the signed version.
    expect((await t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {})).status).toBe(409);
    await expect(p.database.db.execute(sql`update plan_versions set snapshot = '{}'::jsonb where id = ${draft.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`update plan_versions set signer_credentials = 'MT-BC' where id = ${draft.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`delete from plan_versions where id = ${draft.id}::uuid`)).rejects.toThrow();
    const doc = await t1.get(`/api/v1/plan-versions/${draft.id}/document`);
    expect(doc.status).toBe(200);
    const text = String(doc.body);
    for (const s of ['Version', 'Takes a turn within 5 s of a visual cue', 'Mastery criterion', '1 session a week', '45 minutes', 'Sensitive to loud brass', 'Autism spectrum disorder (F84.0)', 'Electronically signed by', draft.contentHash, a.intervention.name])
      expect(text).toContain(s);
    expect(text).not.toContain('DRAFT');
  });

  it('after an edit of the live plan, the next version is a draft that supersedes the signed one and says what changed', async () => {
    const { t1, a, draft: v1 } = await signedFirstVersion();
    await expectOk(t1.patch(`/api/v1/objectives/${a.trials.id}`, { version: a.trials.version, criterion: { comparator: '>=', value: 90, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, baselineValue: 40 }));
    const plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: plan.version, reviewDate: '2027-05-15' }));
    expect((await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan/versions`))).liveMatchesLatest).toBe(false);
    const v2 = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    expect(v2).toMatchObject({ number: 2, status: 'draft', supersedesNumber: 1 });
    expect(v2.changes).toEqual(expect.arrayContaining(['Review date: 1 Mar 2027 → 15 May 2027']));
    expect(v2.changes.some((c: string) => c.includes('mastery criterion') && c.includes('90'))).toBe(true);
    expect(v2.changes.some((c: string) => c.includes('baseline') && c.includes('40'))).toBe(true);
    const html = String((await t1.get(`/api/v1/plan-versions/${v2.id}/document`)).body);
    expect(html).toContain('DRAFT: not signed');
    expect(html).toContain('What changed since version 1');
    expect(html).toContain('version 1');
    // The signed version still reads as it was signed.
    const old = String((await t1.get(`/api/v1/plan-versions/${v1.id}/document`)).body);
    expect(old).toContain('1 Mar 2027');
    expect(old).not.toContain('15 May 2027');
    // A draft made stale by another edit is not signed until refreshed and read again.
    const again = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: again.version, frequency: '2 sessions a week' }));
    expect((await t1.post(`/api/v1/plan-versions/${v2.id}/sign`, { contentHash: v2.contentHash })).status).toBe(409);
    const refreshed = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 200);
    expect(refreshed).toMatchObject({ id: v2.id, number: 2 });
    expect(refreshed.changes).toContain('Frequency: 1 session a week → 2 sessions a week');
    expect((await t1.post(`/api/v1/plan-versions/${v2.id}/sign`, { contentHash: v2.contentHash })).status).toBe(409);
    const signed2 = await expectOk(t1.post(`/api/v1/plan-versions/${v2.id}/sign`, { contentHash: refreshed.contentHash }));
    expect(signed2.status).toBe('signed');
  });

  it('records the guardian’s acknowledgement on a signed version only, audited and never changed', async () => {
    const { t1, a, draft } = await signedFirstVersion();
    const today = clinicDay();
    const ack = { id: id(), name: 'Rosa Lopez', relationship: 'mother', acknowledgedOn: today, method: 'verbal', note: 'Reviewed by phone.' };
    const bad = await t1.post(`/api/v1/plan-versions/${draft.id}/acknowledgements`, { ...ack, method: 'carrier pigeon' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('method');
    const future = await t1.post(`/api/v1/plan-versions/${draft.id}/acknowledgements`, { ...ack, acknowledgedOn: new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10) });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].path).toBe('body.acknowledgedOn');
    const made = await expectOk(t1.post(`/api/v1/plan-versions/${draft.id}/acknowledgements`, ack), 201);
    expect(made).toMatchObject({ name: 'Rosa Lopez', relationship: 'mother', method: 'verbal', recordedBy: p.users.therapist1.id });
    const list = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan/versions`));
    expect(list.items[0].acknowledgements).toHaveLength(1);
    const html = String((await t1.get(`/api/v1/plan-versions/${draft.id}/document`)).body);
    expect(html).toContain('Rosa Lopez');
    expect(html).toContain('verbally (recorded by the clinician)');
    expect(html).toContain('It is not the music therapist’s signature');
    await expect(p.database.db.execute(sql`update plan_acknowledgements set name = 'x' where id = ${ack.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`delete from plan_acknowledgements where id = ${ack.id}::uuid`)).rejects.toThrow();
    const rows = (await p.database.db.execute(sql`select action, detail from audit_log where entity_type = 'plan_acknowledgement' and entity_id = ${ack.id}`)) as unknown as { rows: { action: string }[] };
    expect(rows.rows.map((r) => r.action)).toEqual(['create']);
    // A draft is not acknowledged: refused by the service and by the database.
    await expectOk(t1.patch(`/api/v1/objectives/${a.frequency.id}`, { version: a.frequency.version, condition: 'during the hello song' }));
    const v2 = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    expect((await t1.post(`/api/v1/plan-versions/${v2.id}/acknowledgements`, { ...ack, id: id() })).status).toBe(409);
    const [org] = ((await p.database.db.execute(sql`select organization_id from plan_versions where id = ${v2.id}::uuid`)) as unknown as { rows: { organization_id: string }[] }).rows;
    await expect(p.database.db.execute(sql`insert into plan_acknowledgements (id, organization_id, plan_version_id, client_id, name, relationship, acknowledged_on, method, recorded_by)
      values (${id()}::uuid, ${org!.organization_id}::uuid, ${v2.id}::uuid, ${a.client.id}::uuid, 'x', 'y', ${today}, 'verbal', ${p.users.therapist1.id}::uuid)`)).rejects.toThrow();
  });

  /** A client of therapist1's with the intern on the care team: the intern drafts and signs version 1. */
  async function internSignedVersion() {
    const t1 = p.users.therapist1.api;
    const intern = p.users.intern.api;
    const a = await clientWithPlan(t1);
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    const draft = await expectOk(intern.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    const signed = await expectOk(intern.post(`/api/v1/plan-versions/${draft.id}/sign`, { contentHash: draft.contentHash }));
    return { t1, intern, a, draft, signed };
  }

  it('two co-signatures of the same version at once: one lands, the other is told it is in force (409), never a 500', async () => {
    const { draft } = await internSignedVersion();
    const sup = p.users.supervisor.api;
    const both = await Promise.all([0, 1].map(() => sup.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: draft.contentHash })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const audited = ((await p.database.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${draft.id} and action = 'cosign'`)) as unknown as { rows: { n: number }[] }).rows;
    expect(audited[0]!.n).toBe(1);
  });

  it('an intern’s signed version awaits the supervisor’s co-signature, is not in force until then, and only the supervisor co-signs it', async () => {
    const { t1, intern, a, draft, signed } = await internSignedVersion();
    const sup = p.users.supervisor.api;
    expect(signed).toMatchObject({ status: 'awaiting_cosign', requiresCosign: true, cosignerId: p.users.supervisor.id, signerName: 'Ivy Intern', cosignedAt: null });
    const waiting = String((await t1.get(`/api/v1/plan-versions/${draft.id}/document`)).body);
    expect(waiting).toContain('AWAITING CO-SIGNATURE');
    expect(waiting).toContain('Ivy Intern, intern');
    expect(waiting).toContain('not in force until it is co-signed');
    // Not in force: no acknowledgement yet, and nothing new to draft while the plan reads as it.
    const today = clinicDay();
    const ack = { id: id(), name: 'Rosa Lopez', relationship: 'mother', acknowledgedOn: today, method: 'in_person', note: '' };
    expect((await t1.post(`/api/v1/plan-versions/${draft.id}/acknowledgements`, ack)).status).toBe(409);
    const again = await t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {});
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('co-signature');
    // The intern, another therapist, the wrong hash: refused, and nothing changes.
    expect((await intern.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: draft.contentHash })).status).toBe(403);
    expect((await t1.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: draft.contentHash })).status).toBe(403);
    const wrong = await sup.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: 'f'.repeat(64) });
    expect(wrong.status).toBe(409);
    const bad = await sup.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('contentHash');
    // The database refuses a co-signature that changes what was signed, and a second one.
    await expect(p.database.db.execute(sql`update plan_versions set cosigned_by = ${p.users.supervisor.id}::uuid, cosigned_at = now(), cosigner_name = 'x', snapshot = '{}'::jsonb where id = ${draft.id}::uuid`)).rejects.toThrow();
    const done = await expectOk(sup.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: draft.contentHash }));
    expect(done).toMatchObject({ status: 'signed', cosignedBy: p.users.supervisor.id, cosignerName: 'Sam Supervisor', contentHash: draft.contentHash, signerName: 'Ivy Intern' });
    expect((await sup.post(`/api/v1/plan-versions/${draft.id}/cosign`, { contentHash: draft.contentHash })).status).toBe(409);
    await expect(p.database.db.execute(sql`update plan_versions set cosigned_at = now() where id = ${draft.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`update plan_versions set cosigner_name = 'Someone Else' where id = ${draft.id}::uuid`)).rejects.toThrow();
    await expect(p.database.db.execute(sql`delete from plan_versions where id = ${draft.id}::uuid`)).rejects.toThrow();
    const html = String((await t1.get(`/api/v1/plan-versions/${draft.id}/document`)).body);
    expect(html).toContain('Ivy Intern, intern');
    expect(html).toContain('co-signed by <strong>Sam Supervisor</strong>');
    expect(html).not.toContain('AWAITING');
    await expectOk(t1.post(`/api/v1/plan-versions/${draft.id}/acknowledgements`, ack), 201);
    const rows = (await p.database.db.execute(sql`select action from audit_log where entity_type = 'plan_version' and entity_id = ${draft.id} order by at`)) as unknown as { rows: { action: string }[] };
    expect(rows.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'sign', 'cosign']));
  });

  it('a version awaiting co-signature does not replace the version in force, and is not co-signed once a later one is in force', async () => {
    const t1 = p.users.therapist1.api;
    const intern = p.users.intern.api;
    const { a, draft: v1 } = await signedFirstVersion();
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/care-team`, { userId: p.users.intern.id }));
    let plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: plan.version, frequency: '2 sessions a week' }));
    const v2 = await expectOk(intern.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    const s2 = await expectOk(intern.post(`/api/v1/plan-versions/${v2.id}/sign`, { contentHash: v2.contentHash }));
    expect(s2).toMatchObject({ status: 'awaiting_cosign', supersedesNumber: 1 });
    plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    await expectOk(t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: plan.version, sessionMinutes: 30 }));
    const v3 = await expectOk(t1.post(`/api/v1/clients/${a.client.id}/plan/versions`, {}), 201);
    // Version 1 is still in force: version 3 supersedes it, not the version awaiting co-signature.
    expect(v3).toMatchObject({ number: 3, supersedesNumber: 1 });
    expect(v3.changes).toEqual(expect.arrayContaining(['Frequency: 1 session a week → 2 sessions a week', 'Session length: 45 minutes → 30 minutes']));
    await expectOk(t1.post(`/api/v1/plan-versions/${v3.id}/sign`, { contentHash: v3.contentHash }));
    const late = await p.users.supervisor.api.post(`/api/v1/plan-versions/${v2.id}/cosign`, { contentHash: v2.contentHash });
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain('later version');
    expect(v1.number).toBe(1);
    // The version that waited is shown as overtaken, on the list and on its own document.
    expect(s2.overtakenBy).toBeNull();
    const list = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan/versions`));
    expect(list.items.map((v: { number: number; overtakenBy: number | null }) => [v.number, v.overtakenBy])).toEqual([[1, null], [2, 3], [3, null]]);
    const doc = await t1.get(`/api/v1/plan-versions/${v2.id}/document`);
    expect(doc.status).toBe(200);
    const text = String(doc.body).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('never in force: version 3 was put in force before this one was co-signed');
    expect(text).not.toContain('stays in force until this version is co-signed');
  });

  it('refuses bad input with a 400 naming the field, and changes nothing', async () => {
    const { t1, a, draft } = await signedFirstVersion();
    const badHash = await t1.post(`/api/v1/plan-versions/${draft.id}/sign`, { contentHash: 'abc' });
    expect(badHash.status).toBe(400);
    expect(badHash.body.errors[0].path).toContain('contentHash');
    const plan = await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`));
    const badMinutes = await t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: plan.version, sessionMinutes: 2 });
    expect(badMinutes.status).toBe(400);
    expect(badMinutes.body.errors[0].path).toContain('sessionMinutes');
    const badPrecaution = await t1.patch(`/api/v1/clients/${a.client.id}/plan`, { version: plan.version, precautions: [''] });
    expect(badPrecaution.status).toBe(400);
    expect(badPrecaution.body.errors[0].path).toContain('precautions');
    expect((await t1.get(`/api/v1/plan-versions/${id()}/document`)).status).toBe(404);
    expect((await expectOk(t1.get(`/api/v1/clients/${a.client.id}/plan`))).sessionMinutes).toBe(45);
  });
});
