/** The IEP on file: entered, corrected, refused when its dates do not fit, and carried on the IEP report. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clientWithPlan, clinicDay, createClient, createSession, expectOk, id } from '../testing/fixtures.js';

const text = (html: string) => html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
const day = clinicDay;

describe.each(engines())('IEPs on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  beforeAll(async () => {
    p = await startPractice(engine);
    t1 = p.users.therapist1.api;
  });
  afterAll(() => p.close());

  const iepBody = (extra: Record<string, unknown> = {}) => ({
    id: id(), startsOn: day(-60), endsOn: day(300), annualReviewOn: day(290), reevaluationOn: day(700), eligibility: 'autism',
    serviceMinutes: 30, servicePer: 'week', serviceSetting: 'pull-out, resource room', caseManager: 'Ms. Alvarez (special education teacher)',
    progressReportDates: [day(-30), day(30)], ...extra,
  });
  const raw = (url: string) => p.app.inject({ method: 'GET', url, headers: { cookie: t1.cookie } });

  it('is entered, listed and corrected with its version', async () => {
    const c = await createClient(t1);
    const made = await expectOk(t1.post(`/api/v1/clients/${c.id}/ieps`, iepBody()), 201);
    expect(made).toMatchObject({ eligibility: 'autism', serviceMinutes: 30, servicePer: 'week', version: 1 });
    expect((await expectOk(t1.get(`/api/v1/clients/${c.id}/ieps`))).items.map((i: { id: string }) => i.id)).toEqual([made.id]);
    const changed = await expectOk(t1.patch(`/api/v1/clients/${c.id}/ieps/${made.id}`, { version: 1, serviceMinutes: 45 }));
    expect(changed).toMatchObject({ serviceMinutes: 45, version: 2 });
    expect((await t1.patch(`/api/v1/clients/${c.id}/ieps/${made.id}`, { version: 1, serviceMinutes: 60 })).status).toBe(409);
    expect((await t1.post(`/api/v1/clients/${c.id}/ieps`, { ...iepBody(), id: made.id })).status).toBe(409);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    const c = await createClient(t1);
    const bad = await t1.post(`/api/v1/clients/${c.id}/ieps`, iepBody({ eligibility: 'dyslexia', serviceMinutes: 0, endsOn: day(-90) }));
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.eligibility', 'body.serviceMinutes']);
    const dates = await t1.post(`/api/v1/clients/${c.id}/ieps`, iepBody({ endsOn: day(-90), progressReportDates: [] }));
    expect(dates.status).toBe(400);
    expect(dates.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.endsOn']);
    const made = await expectOk(t1.post(`/api/v1/clients/${c.id}/ieps`, iepBody()), 201);
    const late = await t1.patch(`/api/v1/clients/${c.id}/ieps/${made.id}`, { version: 1, progressReportDates: [day(900)] });
    expect(late.status).toBe(400);
    expect(late.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.progressReportDates.0']);
    expect((await expectOk(t1.get(`/api/v1/clients/${c.id}/ieps`))).items).toHaveLength(1);
    expect((await t1.post(`/api/v1/clients/${id()}/ieps`, iepBody())).status).toBe(404);
  });

  it('the IEP report carries the IEP, covers its current reporting period by default and counts minutes against it', async () => {
    const a = await clientWithPlan(t1, { diagnoses: [{ label: 'Autism spectrum disorder', code: 'F84.0' }] });
    await expectOk(t1.post(`/api/v1/clients/${a.client.id}/ieps`, iepBody()), 201);
    await createSession(t1, [a.client.id], new Date(Date.now() - 3 * 86_400_000).toISOString());
    await createSession(t1, [a.client.id], new Date(Date.now() - 45 * 86_400_000).toISOString());
    const res = await raw(`/api/v1/clients/${a.client.id}/reports/iep`);
    expect(res.statusCode).toBe(200);
    const page = text(res.body);
    expect(page).toContain('Autism (34 CFR §300.8(c)(1))');
    expect(page).toContain('30 min per week; pull-out, resource room');
    expect(page).toContain('Ms. Alvarez (special education teacher)');
    expect(page).not.toContain('F84.0');
    // The period runs from the day after the last report date (30 days ago) to today: 30 days, 30 min a week → 129 min owed; one 30-minute session in it.
    expect(page).toMatch(/Minutes delivered this period\s+30 of 129 min \(23 %\)/);
    expect(page).toMatch(/Sessions this period\s+1 attended, 0 missed \(absent\), 0 cancelled/);
  });

  it('an IEP on file opens the IEP report to a client outside school; a hospice client without one is still refused', async () => {
    const clinic = await clientWithPlan(t1, { setting: 'outpatient', populations: ['autism'] });
    expect((await raw(`/api/v1/clients/${clinic.client.id}/reports/iep`)).statusCode).toBe(422);
    await expectOk(t1.post(`/api/v1/clients/${clinic.client.id}/ieps`, iepBody()), 201);
    expect((await raw(`/api/v1/clients/${clinic.client.id}/reports/iep`)).statusCode).toBe(200);
    const hospice = await createClient(t1, { setting: 'hospice_home', populations: ['hospice'], birthDate: '1940-01-01' });
    expect((await raw(`/api/v1/clients/${hospice.id}/reports/iep`)).statusCode).toBe(422);
  });
});
