/** Billing outputs: the claims CSV, the school service log, the superbill (HTML and PDF), productivity. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, login, PASSWORD, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clientWithPlan, createSession, expectOk, id, trial } from '../testing/fixtures.js';
import { parseCsv } from '../export/csv.js';
import { pdfPageCount } from '../reports/pdf.js';

describe.each(engines())('billing outputs on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  let maya: Awaited<ReturnType<typeof clientWithPlan>>;
  let sessionId: string;
  let absentSession: string;
  let undocumentedLine: string;

  beforeAll(async () => {
    p = await startPractice(engine);
    t1 = p.users.therapist1.api;
    const timed = await expectOk(p.admin.post('/api/v1/service-codes', { id: id(), code: '97530', description: 'Therapeutic activities', unitRule: 'per_15_minutes_cms', rateCents: 3550, modifiers: ['GN', 'HQ'] }), 201);
    const free = await expectOk(p.admin.post('/api/v1/service-codes', { id: id(), code: 'G0176', description: 'Activity therapy', unitRule: 'per_session', rateCents: 0, billable: false }), 201);
    maya = await clientWithPlan(t1, { diagnoses: [{ label: 'Autism spectrum disorder', code: 'F84.0' }, { label: 'Language disorder', code: 'F80.2' }] });
    const s = await createSession(t1, [maya.client.id]);
    sessionId = s.id;
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: maya.intervention.id, objectiveIds: [maya.trials.id], delivered: true }), 201);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points`, trial(maya.client.id, maya.trials.id, 'success')), 201);
    const payer = '=HYPERLINK("http://x")';
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/service-lines`, { id: id(), clientId: maya.client.id, serviceCodeId: timed.id, placeOfService: '03', diagnosisCodes: ['F80.2'], payer }), 201);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/service-lines`, { id: id(), clientId: maya.client.id, serviceCodeId: free.id, placeOfService: '03', payer: 'None' }), 201);
    await expectOk(t1.post(`/api/v1/clients/${maya.client.id}/authorizations`, { id: id(), payer, kind: 'visits', amount: 10, startsOn: '2020-01-01', endsOn: '2030-12-31', reference: 'AUTH-42' }), 201);
    // The session is documented: its note signed. Another session's line waits for its note.
    const draft = await expectOk(t1.post(`/api/v1/sessions/${s.id}/notes`, { id: id(), clientId: maya.client.id }), 201);
    await expectOk(t1.post(`/api/v1/notes/${draft.id}/sign`, { version: draft.version, confirmEmptySections: true }));
    const waiting = await createSession(t1, [maya.client.id], new Date(Date.now() - 2 * 86_400_000).toISOString());
    undocumentedLine = (await expectOk(t1.post(`/api/v1/sessions/${waiting.id}/service-lines`, { id: id(), clientId: maya.client.id, serviceCodeId: timed.id, placeOfService: '03', payer }), 201)).id;
    const gone = await createSession(t1, [maya.client.id], new Date(Date.now() - 3 * 86_400_000).toISOString());
    absentSession = gone.id;
    await expectOk(t1.put(`/api/v1/sessions/${gone.id}/participants/${maya.client.id}/attendance`, { attendance: 'absent', absenceReason: 'illness' }));
  });
  afterAll(() => p.close());

  const csv = async (url: string, who = t1) => {
    const r = await who.get(url);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    const [head, ...rows] = parseCsv(r.body as string);
    return rows.map((row) => Object.fromEntries(head!.map((h, i) => [h, row[i]])));
  };

  it('claims: one row per billable line of a signed note with the CMS-1500 fields, formulas defused, the non-billable and the undocumented left out', async () => {
    const rows = await csv('/api/v1/billing/claims.csv');
    expect(rows).toHaveLength(1);
    expect(rows.map((r) => r.service_line_id)).not.toContain(undocumentedLine);
    expect(rows[0]).toMatchObject({
      patient_name: 'Lopez, Maya', patient_birth_date: '2017-05-02', icd_indicator: '0', diagnosis_A: 'F84.0', diagnosis_B: 'F80.2', diagnosis_C: '',
      procedure_code: '97530', modifier_1: 'GN', modifier_2: 'HQ', modifier_3: '', diagnosis_pointer: 'B', units: '2', charges: '71.00', minutes: '30',
      place_of_service: '03', prior_authorization: 'AUTH-42', rendering_provider: 'Tara Therapist', billing_provider: 'Harmony Clinic', session_id: sessionId,
      payer: `'=HYPERLINK("http://x")`,
    });
    const audited = ((await p.database.db.execute(sql`select count(*)::int n from audit_log where client_id = ${maya.client.id} and action = 'export' and entity_type = 'claims'`)) as unknown as { rows: unknown[] }).rows[0];
    expect(audited).toEqual({ n: 1 });
  });

  it('claims fill items 1 and 1a from the client’s coverage, 24J and 33a from the NPIs, and group lines into claims with the item 28 total', async () => {
    const before = (await csv('/api/v1/billing/claims.csv'))[0]!;
    expect(before).toMatchObject({ insurance_type: '', insured_id: '', rendering_provider_npi: '', billing_provider_npi: '', claim_line: '1', claim_total_charge: '71.00' });
    expect(before.patient_account_no).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(before.claim_number).toBe(`${before.patient_account_no}-${before.date_of_service_from!.slice(0, 7)}-1`);

    const payer = '=hyperlink("http://x") ';
    await expectOk(t1.post(`/api/v1/clients/${maya.client.id}/coverages`, { id: id(), payer, insuranceType: 'medicaid', memberId: 'MC-00042' }), 201);
    const twice = await t1.post(`/api/v1/clients/${maya.client.id}/coverages`, { id: id(), payer: '=HYPERLINK("http://x")', insuranceType: 'other', memberId: 'X1' });
    expect(twice.status).toBe(409);
    const badId = await t1.post(`/api/v1/clients/${maya.client.id}/coverages`, { id: id(), payer: 'Other plan', insuranceType: 'hmo', memberId: 'A B' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.insuranceType', 'body.memberId']);

    const bad = await p.admin.put('/api/v1/organization/npi', { npi: '1234567890' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ path: 'body.npi', message: expect.stringMatching(/check digit/) });
    expect((await t1.put('/api/v1/organization/npi', { npi: '1234567893' })).status).toBe(403);
    await expectOk(p.admin.put('/api/v1/organization/npi', { npi: '1234567893' }));
    await expectOk(p.admin.put(`/api/v1/users/${p.users.therapist1.id}/npi`, { npi: '1245319599' }));
    const numbers = await expectOk(t1.get('/api/v1/billing/provider-numbers'));
    expect(numbers.organization.npi).toBe('1234567893');
    expect(numbers.providers.find((x: { id: string }) => x.id === p.users.therapist1.id).npi).toBe('1245319599');

    const after = (await csv('/api/v1/billing/claims.csv'))[0]!;
    expect(after).toMatchObject({ insurance_type: 'Medicaid', insured_id: 'MC-00042', rendering_provider_npi: '1245319599', billing_provider_npi: '1234567893', patient_account_no: before.patient_account_no, claim_number: before.claim_number });
  });

  it('claims are for the user’s caseload: a therapist outside the care team gets no rows; an admin without a clinical role is refused', async () => {
    expect(await csv('/api/v1/billing/claims.csv', p.users.therapist2.api)).toEqual([]);
    expect((await p.users.therapist2.api.get(`/api/v1/billing/claims.csv?clientId=${maya.client.id}`)).status).toBe(404);
    await expectOk(p.admin.post('/api/v1/users', { email: 'office@test.example', name: 'Office Manager', roles: ['admin'], password: PASSWORD }), 201);
    const office = await login(p.app, 'office@test.example');
    expect((await office.get('/api/v1/billing/claims.csv')).status).toBe(403);
    expect((await office.get(`/api/v1/billing/claims.csv?clientId=${maya.client.id}`)).status).toBe(403);
    const r = await t1.get('/api/v1/billing/claims.csv?from=2026-02-01&to=2026-01-01');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].path).toBe('querystring.to');
  });

  it('school log: every session of the student, with minutes, the IEP goal served and attendance', async () => {
    const rows = await csv(`/api/v1/billing/school-log.csv?clientId=${maya.client.id}`);
    const bySession = Object.fromEntries(rows.map((r) => [r.session_id, r]));
    expect(bySession[sessionId]).toMatchObject({ student: 'Lopez, Maya', minutes: '30', attendance: 'present', iep_goals_served: 'Maya will increase turn taking with peers', provider: 'Tara Therapist' });
    expect(bySession[absentSession]).toMatchObject({ minutes: '0', attendance: 'absent', absence_reason: 'illness', iep_goals_served: '' });
  });

  it('superbill: the billable services with units, charges and diagnoses, as HTML and as a PDF', async () => {
    const r = await t1.get(`/api/v1/clients/${maya.client.id}/billing/superbill?from=2020-01-01&to=2030-12-31`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    const page = r.body as string;
    expect(page).toContain('<h1>Superbill</h1>');
    expect(page).toMatch(/<td>97530<\/td><td>GN HQ<\/td><td>Therapeutic activities<\/td><td>03<\/td><td>B<\/td><td class="num">30<\/td><td class="num">2<\/td><td class="num">\$71\.00<\/td>/);
    expect(page).toContain('F84.0');
    expect(page).toContain('Also recorded and not billed: 1 service (30 minutes)');
    expect(page).toContain('Not listed: 1 service whose session note is not signed yet.');
    // Coverage and NPIs were recorded by the claims test above; the account number is the short one, never the UUID.
    expect(page).toContain('<dt>Payer</dt><dd>=HYPERLINK(&quot;http://x&quot;) (Medicaid)</dd>');
    expect(page).toContain('<dt>Member ID</dt><dd>MC-00042</dd>');
    expect(page).toContain('<dt>Rendering provider</dt><dd>Tara Therapist (NPI\u00a01245319599)</dd>');
    expect(page).toContain('<dt>Billing provider</dt><dd>Harmony Clinic (NPI\u00a01234567893)</dd>');
    expect(page).toMatch(/<dt>Account number<\/dt><dd>[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}<\/dd>/);
    expect(page.replace(/href="[^"]*"/g, '')).not.toContain(maya.client.id);
    const pdf = await t1.get(`/api/v1/clients/${maya.client.id}/billing/superbill?from=2020-01-01&to=2030-12-31&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdfPageCount(Buffer.from(pdf.body as string, 'latin1'))).toBeGreaterThan(0);
  });

  it('superbill of a period without a billable service says so, and names no payer or rendering provider', async () => {
    const r = await t1.get(`/api/v1/clients/${maya.client.id}/billing/superbill?from=2020-01-01&to=2020-01-31`);
    expect(r.status).toBe(200);
    const page = r.body as string;
    expect(page).toContain('<strong>No billable services in this period.</strong>');
    expect(page).not.toMatch(/<dt>(Payer|Rendering provider)<\/dt>/);
    expect(page).not.toContain('—</dd>');
    expect(page).toMatch(/<dt>Account number<\/dt><dd>[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}<\/dd>/);
  });

  it('productivity: a supervisor sees sessions, units and billable minutes per therapist per week; a therapist is refused', async () => {
    const r = await expectOk(p.users.supervisor.api.get('/api/v1/billing/productivity?from=2020-01-01&to=2030-12-31'));
    const tara = (r.items as { therapistId: string; sessions: number; units: number; billableMinutes: number }[]).filter((i) => i.therapistId === p.users.therapist1.id);
    // Two attended sessions of 30 minutes with a timed line each (the absent one does not count).
    expect(tara.reduce((n, i) => n + i.sessions, 0)).toBe(2);
    expect(tara.reduce((n, i) => n + i.units, 0)).toBe(4);
    expect(tara.reduce((n, i) => n + i.billableMinutes, 0)).toBe(60);
    expect((await t1.get('/api/v1/billing/productivity')).status).toBe(403);
  });

  it('school log: a student seen outside school is in it once an IEP is on file, not before', async () => {
    const clinic = await clientWithPlan(t1, { setting: 'outpatient', populations: ['autism'] });
    const s = await createSession(t1, [clinic.client.id]);
    const ofClinic = async () => (await csv(`/api/v1/billing/school-log.csv`)).filter((r) => r.session_id === s.id);
    expect(await ofClinic()).toEqual([]);
    await expectOk(t1.post(`/api/v1/clients/${clinic.client.id}/ieps`, {
      id: id(), startsOn: '2020-01-01', endsOn: '2030-12-31', annualReviewOn: '2030-12-01', reevaluationOn: null, eligibility: 'autism',
      serviceMinutes: 30, servicePer: 'week', serviceSetting: 'clinic', caseManager: 'Ms. Alvarez', progressReportDates: [],
    }), 201);
    expect((await ofClinic()).map((r) => r.minutes)).toEqual(['30']);
  });
});
