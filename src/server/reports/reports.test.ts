import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { criterionPhrase } from '../../domain/progress/mastery.js';
import { formatDate, jargonIn, valueText } from '../../domain/reports/index.js';
import { auditLog } from '../db/schema.js';
import { engines, startPractice, type Api, type Practice } from '../testing/harness.js';
import { clientWithPlan, createClient, createSession, expectOk, id, trial } from '../testing/fixtures.js';
import { pdfPageCount, pdfTitle } from './pdf.js';
import { clientWithCourse } from './scenario.js';

/** The words a reader sees: text outside tags and styles, plus the graphs' text labels. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** The HTML of the objective section that names `statement`. */
function sectionOf(html: string, statement: string): string {
  const found = html.split('<section class="objective"').find((s) => s.includes(statement));
  if (!found) throw new Error(`no section for ${statement}`);
  return found;
}

describe.each(engines())('reports on %s', (engine) => {
  let p: Practice;
  let t1: Api;
  let world: Awaited<ReturnType<typeof clientWithCourse>>;
  let progress: { objectives: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    p = await startPractice(engine);
    t1 = p.users.therapist1.api;
    world = await clientWithCourse(t1);
    progress = await expectOk(t1.get(`/api/v1/clients/${world.client.id}/progress`));
  });
  afterAll(() => p.close());

  const byId = (id: string) => progress.objectives.find((o) => o.objective.id === id);
  const raw = (url: string, who: Api = t1) => p.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

  it('the progress engine sees the scenario as intended', () => {
    expect(byId(world.trials.id).status).toBe('met');
    expect(byId(world.frequency.id).status).toBe('progressing');
    expect(byId(world.duration.id).status).toBe('insufficient-data');
  });

  it('the clinical progress report states the client, objectives, criteria, statuses and the progress API’s numbers', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/progress`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(r.headers['cache-control']).toBe('no-store');
    const html = r.body;
    const text = visibleText(html);
    expect(text).toContain('Maya Lopez');
    expect(text).toContain('Limited peer interaction and turn taking in class');
    expect(text).toContain('Maya will increase turn taking with peers');
    const trials = byId(world.trials.id);
    const trialsSection = visibleText(sectionOf(html, 'Takes a turn within 5 s of a visual cue'));
    expect(trialsSection).toContain(criterionPhrase(trials.objective.criterion, '%'));
    expect(trialsSection).toContain('criterion met');
    expect(trialsSection).toContain(formatDate(trials.mastery.firstMetOn));
    const window = trials.mastery.currentWindow as { value: number }[];
    const current = window.reduce((s, w) => s + w.value, 0) / window.length;
    expect(trialsSection).toContain(`current level of ${valueText(current, trials.objective.measurement)}`);
    expect(trialsSection).toContain(`NAP ${trials.effectSizes.nap.toFixed(2)}`);
    expect(trialsSection).toContain('baseline of 23.3 %');
    const freq = visibleText(sectionOf(html, 'Initiates a greeting song'));
    expect(freq).toContain('progressing');
    expect(freq).toContain(criterionPhrase(byId(world.frequency.id).objective.criterion));
    expect(visibleText(sectionOf(html, 'Sustains joint drumming'))).toContain('insufficient data');
    // A graph per objective with data, drawn as inline SVG: phase line, criterion and aim labels.
    expect(html.match(/<svg[^>]*class="plot-/g)?.length).toBe(2);
    expect(sectionOf(html, 'Takes a turn within 5 s')).toMatch(/<svg[\s\S]*criterion ≥ 80 %[\s\S]*<\/svg>/);
    expect(text).toContain('9 of 10 scheduled sessions');
    expect(text).toContain(world.intervention.name);
    expect(text).toContain('Recommendations');
    expect(text).toContain('Tara Therapist');
    expect(html).not.toMatch(/<script/i);
  });

  it('the family voice says the same in plain words, without jargon', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/progress?voice=family`);
    expect(r.statusCode).toBe(200);
    const text = visibleText(r.body);
    expect(text).toContain('Maya');
    expect(text).toContain('goal reached');
    expect(text).toContain('making progress');
    expect(text).toContain('at least 80 % in 3 sessions in a row');
    const labels = [...r.body.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
    expect(jargonIn(`${text} ${labels}`)).toEqual([]);
  });

  it('the PDF is printed from the same HTML by Chromium, and its export is audited', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/progress?format=pdf&paper=a4`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(String(r.headers['content-disposition'])).toMatch(/^attachment; filename="progress-report-lopez-maya-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pdfTitle(pdf)).toContain('Maya Lopez');
    // A4 is 595 × 842 points (Letter would be 612 × 792).
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))!;
    expect(Math.abs(Number(box[1]) - 595) < 2 && Math.abs(Number(box[2]) - 842) < 2).toBe(true);
    const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.clientId, world.client.id), eq(auditLog.entityType, 'report')));
    expect(rows.map((a) => a.action)).toEqual(expect.arrayContaining(['read', 'export']));
    expect(rows.find((a) => a.action === 'export')!.detail).toMatchObject({ report: 'progress', format: 'pdf' });
  });

  it('gives no IEP report for a client outside school: a hospice patient gets the progress report', async () => {
    const grace = await createClient(t1, { firstName: 'Grace', populations: ['hospice'], setting: 'hospice_home' });
    const r = await raw(`/api/v1/clients/${grace.id}/reports/iep`);
    expect(r.statusCode).toBe(422);
    expect(JSON.parse(r.body).type).toMatch(/iep-not-applicable/);
    expect((await raw(`/api/v1/clients/${grace.id}/reports/progress`)).statusCode).toBe(200);
  });

  it('IEP progress statements give a code per objective and goal, with the data behind it', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/iep`);
    expect(r.statusCode).toBe(200);
    const html = r.body;
    expect(sectionOf(html, 'Takes a turn within 5 s')).toContain('status-achieved');
    expect(sectionOf(html, 'Initiates a greeting song')).toContain('status-progressing');
    expect(sectionOf(html, 'Sustains joint drumming')).toContain('status-not-yet-introduced');
    expect(visibleText(html)).toContain('Goal progress: ↗ Progressing');
    expect(visibleText(sectionOf(html, 'Initiates a greeting song'))).toMatch(/Sessions with data this period\s*9/);
    // A period that ends before the first session: nothing has been introduced yet.
    const early = await raw(`/api/v1/clients/${world.client.id}/reports/iep?from=2020-01-01&to=2020-03-31`);
    expect(early.statusCode).toBe(200);
    const goalsPart = early.body.split('id="h-goals"')[1]!;
    expect(goalsPart.match(/status-not-yet-introduced/g)).toHaveLength(4);
    expect(goalsPart).not.toMatch(/status-(achieved|progressing|emerging)/);
  });

  it('a period that ends before it starts is a 400 problem', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/iep?from=2026-05-01&to=2026-04-01`);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });

  it('the discharge summary gives the course, the outcome per goal, the reason and recommendations', async () => {
    const r = await raw(`/api/v1/clients/${world.client.id}/reports/discharge`);
    expect(r.statusCode).toBe(200);
    const text = visibleText(r.body);
    expect(text).toContain('Course of treatment');
    expect(text).toContain('9 of 10 scheduled');
    expect(text).toContain('4 h 30 min');
    expect(text).toContain('partly achieved (1 of 3 objectives met)');
    expect(text).toContain('Not yet discharged');
    expect(text).toContain('Let It Go');
    const given = await raw(`/api/v1/clients/${world.client.id}/reports/discharge?reason=${encodeURIComponent('Family moved out of state')}`);
    expect(visibleText(given.body)).toContain('Family moved out of state');
    await expectOk(t1.patch(`/api/v1/clients/${world.client.id}`, { version: world.client.version, status: 'discharged' }));
    const after = await raw(`/api/v1/clients/${world.client.id}/reports/discharge`);
    expect(visibleText(after.body)).toContain('Discharged (client status recorded as discharged');
  });

  it('the caseload outcome report presents the outcomes service’s numbers to a supervisor', async () => {
    const sup = p.users.supervisor.api;
    const numbers = await expectOk(sup.get('/api/v1/outcomes'));
    const r = await raw('/api/v1/reports/outcomes', sup);
    expect(r.statusCode).toBe(200);
    const text = visibleText(r.body);
    expect(text).toContain(`Across ${numbers.overall.total} objective`);
    expect(text).toContain(`${numbers.overall.met} met`);
    expect(text).toContain(`${numbers.overall.progressing} progressing`);
    expect(text).toContain('Social skills');
    expect(text).toContain('Autism');
    expect(r.body).toMatch(/<svg[^>]*class="plot-/);
  });

  it('a supervisor who prints a client’s report reviews it: the client’s own therapist is its author and signer', async () => {
    const sup = p.users.supervisor.api;
    const signature = (html: string) => visibleText(html.split('<section class="signature" aria-label="Signature">')[1]!);
    const mine = signature((await raw(`/api/v1/clients/${world.client.id}/reports/progress`)).body);
    expect(mine).toContain('Tara Therapist');
    expect(mine).not.toContain('Reviewed by');
    for (const kind of ['progress', 'progress?voice=family', 'discharge', 'iep']) {
      const r = await raw(`/api/v1/clients/${world.client.id}/reports/${kind}`, sup);
      expect(r.statusCode, kind).toBe(200);
      const sig = signature(r.body);
      expect(sig, kind).toMatch(/^\s*Tara Therapist/);
      expect(sig, kind).toContain('Reviewed by Sam Supervisor');
    }
    const family = (await raw(`/api/v1/clients/${world.client.id}/reports/progress?voice=family`, sup)).body.split('<section class="signature"')[0]!;
    expect(visibleText(family)).toContain('Music therapist Tara Therapist');
    expect(visibleText(family)).not.toContain('Sam Supervisor');
  });

  it('a home programme states the RAS cue tempo last recorded with the data', async () => {
    const rehab = await clientWithPlan(t1, { firstName: 'Harold', lastName: 'Jensen', birthDate: '1955-11-22', populations: ['physical_rehab'], setting: 'rehabilitation' });
    const s = await createSession(t1, [rehab.client.id]);
    const ras = ((await expectOk(t1.get('/api/v1/interventions'))).items as { id: string; technique: string }[]).find((i) => i.technique === 'rhythmic_auditory_stimulation')!;
    await expectOk(t1.post(`/api/v1/clients/${rehab.client.id}/plan/links`, { id: id(), objectiveId: rehab.trials.id, interventionId: ras.id }), 201);
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/interventions`, { id: id(), interventionId: ras.id, objectiveIds: [rehab.trials.id] }), 201);
    const before = visibleText((await raw(`/api/v1/clients/${rehab.client.id}/reports/progress`)).body);
    expect(before).toContain('no cue tempo was recorded with the session data');
    const points = [{ ...trial(rehab.client.id, rehab.trials.id, 'success'), cueTempoBpm: 92 }, { ...trial(rehab.client.id, rehab.trials.id, 'success'), recordedAt: new Date(Date.now() + 1000).toISOString(), cueTempoBpm: 96 }];
    await expectOk(t1.post(`/api/v1/sessions/${s.id}/data-points/batch`, { points }), 201);
    const clinical = visibleText((await raw(`/api/v1/clients/${rehab.client.id}/reports/progress`)).body);
    expect(clinical).toContain(`Home programme: walking with music or a metronome at 96 bpm, the RAS cue tempo last recorded (${formatDate(s.localDate)})`);
    const family = visibleText((await raw(`/api/v1/clients/${rehab.client.id}/reports/progress?voice=family`)).body);
    expect(family).toContain('walk to music or a metronome at 96 beats per minute');
    expect(visibleText((await raw(`/api/v1/clients/${rehab.client.id}/reports/discharge`)).body)).toContain('at 96 bpm');
  });

  it('a discharge reason of the hospice benefit is refused for a client outside hospice care; a hospice death names bereavement follow-up and legacy work', async () => {
    const revoked = await raw(`/api/v1/clients/${world.client.id}/reports/discharge?reasonCode=hospice_revocation`);
    expect(revoked.statusCode).toBe(422);
    expect(revoked.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(revoked.body).errors[0].path).toBe('querystring.reasonCode');
    expect((await raw(`/api/v1/clients/${world.client.id}/reports/discharge?reasonCode=nonsense`)).statusCode).toBe(400);
    const moved = visibleText((await raw(`/api/v1/clients/${world.client.id}/reports/discharge?reasonCode=moved_out_of_area&reason=${encodeURIComponent('to Denver')}`)).body);
    expect(moved).toContain('Moved out of the service area: to Denver');
    const grace = await createClient(t1, { firstName: 'Grace', lastName: 'Kim', birthDate: '1956-12-01', populations: ['hospice'], setting: 'hospice_home', guardians: [{ name: 'Daniel Kim', relationship: 'son', isLegalGuardian: false }] });
    const died = visibleText((await raw(`/api/v1/clients/${grace.id}/reports/discharge?reasonCode=death`)).body);
    expect(died).toContain('Reason for discharge Death.');
    expect(died).toContain('Bereavement follow-up for Daniel Kim (son)');
    expect(died).toContain('Legacy work delivered none recorded');
    const revokedGrace = await raw(`/api/v1/clients/${grace.id}/reports/discharge?reasonCode=hospice_revocation`);
    expect(revokedGrace.statusCode).toBe(200);
    expect(visibleText(revokedGrace.body)).toContain('Handover of the music care plan to ____');
  });

  it('another therapist gets 404 for every report of a client not on their caseload', async () => {
    const t2 = p.users.therapist2.api;
    for (const kind of ['progress', 'iep', 'discharge', 'progress?format=pdf']) {
      const r = await raw(`/api/v1/clients/${world.client.id}/reports/${kind}`, t2);
      expect(r.statusCode).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });
});
