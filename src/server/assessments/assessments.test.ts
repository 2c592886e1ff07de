import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { engines, login, PASSWORD, startPractice, type Practice } from '../testing/harness.js';
import { createClient, expectOk, id } from '../testing/fixtures.js';
import { auditLog } from '../db/schema.js';
import { loadContent } from '../../content/index.js';

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
      social_eye_contact: 1, social_turn_taking: 0, cognitive_sustained_attention: 3, motor_gait: 2, emotional_regulates: 'n/a', summary_notes: 'Enjoys drums',
    });
    const r = await expectOk(t1.get(`/api/v1/assessments/${assessment.id}/suggestions`));
    expect(r).toMatchObject({ assessmentId: assessment.id, clientId: client.id, templateKey: 'intake_imtap' });
    expect(r.templateName).toBeTruthy();
    const s = r.suggestions as Suggestion[];
    // Lowest rating first; a consistent skill (3) and an off-scale answer suggest nothing.
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
    const unknown = await intake(['autism'], 'no_such_template', { social_turn_taking: 0 });
    const r = await expectOk(t1.get(`/api/v1/assessments/${unknown.assessment.id}/suggestions`));
    expect(r).toMatchObject({ templateName: null, suggestions: [] });
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
