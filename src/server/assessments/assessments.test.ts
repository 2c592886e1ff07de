import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { engines, login, PASSWORD, startPractice, type Practice } from '../testing/harness.js';
import { createClient, expectOk, id } from '../testing/fixtures.js';
import { auditLog } from '../db/schema.js';
import { loadContent } from '../../content/index.js';

/** The GAD-7's scored items, as the shipped template lists them. */
const GAD7_KEYS = loadContent().assessmentTemplates.find((t) => t.key === 'gad7')!.scoring!.items;

interface Suggestion {
  domainKey: string;
  itemKey: string;
  itemLabel: string;
  rating: number;
  baselinePercent: number;
  domain: { id: string; key: string; name: string; category: string } | null;
  objectiveTemplates: { key: string; text: string; measurement: { type: string }; populations: string[] }[];
}

describe.each(engines())('assessment suggestions on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  async function intake(populations: string[], templateKey: string | null, responses: Record<string, unknown>) {
    const t1 = p.users.therapist1.api;
    const client = await createClient(t1, { populations });
    const a = await expectOk(t1.post(`/api/v1/clients/${client.id}/assessments`, { id: id(), kind: 'intake', templateKey, assessedOn: '2026-09-01', responses }), 201);
    return { client, assessment: a };
  }

  it('turns low IMTAP ratings into suggested goals with baselines, bank domains and suited objective templates', async () => {
    const t1 = p.users.therapist1.api;
    const { client, assessment } = await intake(['autism'], 'intake_imtap', {
      social_eye_contact: 1, social_turn_taking: 0, cognitive_sustained_attention: 3, motor_gait: 2, emotional_regulates: null, summary_notes: 'Enjoys drums',
    });
    const r = await expectOk(t1.get(`/api/v1/assessments/${assessment.id}/suggestions`));
    expect(r).toMatchObject({ assessmentId: assessment.id, clientId: client.id, templateKey: 'intake_imtap' });
    expect(r.templateName).toBeTruthy();
    const s = r.suggestions as Suggestion[];
    // Lowest rating first; a consistent skill (3) and an item not assessed (null) suggest nothing.
    expect(s.map((x) => [x.itemKey, x.rating, x.baselinePercent])).toEqual([
      ['social_turn_taking', 0, 0],
      ['social_eye_contact', 1, 25],
      ['motor_gait', 2, 65],
    ]);
    expect(s[1]!.itemLabel).toBe('Makes eye contact during musical interaction');
    const domains = (await expectOk(t1.get('/api/v1/goal-domains'))).items as { id: string; key: string; name: string }[];
    const social = domains.find((d) => d.key === 'social_skills')!;
    expect(s[0]!.domain).toMatchObject({ id: social.id, key: 'social_skills', name: social.name });
    for (const x of s) {
      expect(x.objectiveTemplates.length).toBeLessThanOrEqual(3);
      for (const t of x.objectiveTemplates) expect(t.populations).toContain('autism');
    }
    expect(s[0]!.objectiveTemplates.length).toBeGreaterThan(0);
    const content = loadContent();
    for (const t of s[0]!.objectiveTemplates) expect(content.objectiveTemplates.find((c) => c.key === t.key)?.domainKey).toBe('social_skills');
    // Gait templates are for rehabilitation populations, not autism: none is suited.
    expect(s[2]!.objectiveTemplates).toEqual([]);
  });

  it('offers templates for the population: a NICU assessment suggests NICU objectives', async () => {
    const { assessment } = await intake(['nicu'], 'nicu_assessment', { nns_with_music: 1, settles_with_music: 0 });
    const r = await expectOk(p.users.therapist1.api.get(`/api/v1/assessments/${assessment.id}/suggestions`));
    const s = r.suggestions as Suggestion[];
    expect(s.map((x) => x.domainKey)).toEqual(['physiological_stability', 'feeding_oral_motor']);
    expect(s[0]!.objectiveTemplates.map((t) => t.measurement.type)).toContain('physiological');
    for (const x of s) for (const t of x.objectiveTemplates) expect(t.populations).toContain('nicu');
  });

  it('an assessment without a known template yields no suggestions', async () => {
    const t1 = p.users.therapist1.api;
    const none = await intake(['autism'], null, { social_turn_taking: 0 });
    expect((await expectOk(t1.get(`/api/v1/assessments/${none.assessment.id}/suggestions`))).suggestions).toEqual([]);
  });

  it('lists the templates with each item’s scale and the published scoring', async () => {
    const { items } = await expectOk(p.users.intern.api.get('/api/v1/assessment-templates'));
    const gad7 = items.find((t: { key: string }) => t.key === 'gad7');
    expect(gad7.scoring).toMatchObject({ range: [0, 21], items: GAD7_KEYS });
    expect(gad7.sections[0].items[0]).toMatchObject({ key: 'gad7_nervous', kind: 'rating', min: 0, max: 3 });
    expect(gad7.references[0].year).toBe(2006);
    expect(items.find((t: { key: string }) => t.key === 'intake_imtap').scoring).toBeNull();
  });

  it('refuses a template the practice does not have and answers off an item’s scale, storing nothing', async () => {
    const t1 = p.users.therapist1.api;
    const client = await createClient(t1, { firstName: 'Ruth', lastName: 'Park', populations: ['mental_health'] });
    const post = (templateKey: string, responses: Record<string, unknown>) => t1.post(`/api/v1/clients/${client.id}/assessments`, { id: id(), kind: 'intake', templateKey, assessedOn: '2026-09-01', responses });
    const unknown = await post('no_such_template', {});
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ path: 'body.templateKey', message: 'unknown template' }]);
    const off = await post('gad7', { gad7_nervous: 4, not_an_item: 1 });
    expect(off.status).toBe(422);
    expect(off.body.errors).toEqual([{ path: 'body.responses.gad7_nervous', message: 'must be from 0 to 3' }, { path: 'body.responses.not_an_item', message: 'is not an item of this assessment' }]);
    expect(await expectOk(t1.get(`/api/v1/clients/${client.id}/assessments`))).toEqual({ items: [] });
  });

  it('gives a validated scale’s total and published band, and says what is missing until every item is answered', async () => {
    const t1 = p.users.therapist1.api;
    const client = await createClient(t1, { firstName: 'Ruth', lastName: 'Park', populations: ['mental_health'] });
    const answers = Object.fromEntries(GAD7_KEYS.map((k, i) => [k, i < 4 ? 2 : 1])); // 4×2 + 3×1 = 11
    const partial = { ...answers, [GAD7_KEYS[6]!]: null };
    const a = await expectOk(t1.post(`/api/v1/clients/${client.id}/assessments`, { id: id(), kind: 'intake', templateKey: 'gad7', assessedOn: '2026-09-01', responses: partial }), 201);
    expect(a.score).toEqual({ status: 'incomplete', missing: [GAD7_KEYS[6]], invalid: [], range: [0, 21] });
    expect(a.templateName).toBe('Generalized Anxiety Disorder 7-item scale (GAD-7)');
    const done = await expectOk(t1.patch(`/api/v1/assessments/${a.id}`, { version: a.version, responses: answers }));
    expect(done.score).toEqual({ status: 'complete', total: 11, range: [0, 21], band: 'Moderate' });
    expect((await t1.patch(`/api/v1/assessments/${a.id}`, { version: done.version, responses: { ...answers, [GAD7_KEYS[0]!]: 1.5 } })).status).toBe(422);
    expect((await expectOk(t1.get(`/api/v1/assessments/${a.id}`))).score.total).toBe(11);
  });

  it('is behind the access policy and audited as a read', async () => {
    const { client, assessment } = await intake(['autism'], 'intake_imtap', { social_turn_taking: 1 });
    const url = `/api/v1/assessments/${assessment.id}/suggestions`;
    expect((await p.users.supervisor.api.get(url)).status).toBe(200);
    expect((await p.users.therapist2.api.get(url)).status).toBe(404);
    await expectOk(p.admin.post('/api/v1/users', { email: 'office@test.example', name: 'Office Manager', roles: ['admin'], password: PASSWORD }), 201);
    const office = await login(p.app, 'office@test.example');
    expect((await office.get(url)).status).toBe(403);
    expect((await p.users.therapist1.api.get(`/api/v1/assessments/${id()}/suggestions`)).status).toBe(404);
    const reads = await p.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'assessment'), eq(auditLog.entityId, assessment.id), eq(auditLog.action, 'read'), eq(auditLog.actorId, p.users.supervisor.id)));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.clientId).toBe(client.id);
  });
});
