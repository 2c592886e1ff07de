/**
 * FHIR R4 export: every resource of an exported practice passes @medplum/core's validator against
 * the R4 StructureDefinitions, and every reference resolves to an entry of a type the element allows.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { expectOk } from '../testing/fixtures.js';
import { auditLog } from '../db/schema.js';
import { parseArgs } from '../../cli/args.js';
import { exportFhirCommand } from '../../cli/export.js';
import { exportWorld, NOTE_TEXT, type ExportWorld } from './test-world.js';
import { ofType, unresolved, uuidUrl, validationErrors } from './fhir-check.js';

describe('the checks of this test', () => {
  it('the validator refuses a resource that breaks R4', () => {
    expect(validationErrors({ resourceType: 'Goal', id: 'g', description: { text: 'x' }, subject: { reference: 'urn:uuid:p' } } as never)).toEqual([
      'Goal/g: Missing required property at Goal.lifecycleStatus',
    ]);
  });

  it('finds a reference of a type its element does not allow', () => {
    const bad: Bundle = {
      resourceType: 'Bundle', type: 'collection',
      entry: [
        { fullUrl: uuidUrl('a'), resource: { resourceType: 'Goal', id: 'a', lifecycleStatus: 'active', description: { text: 'x' }, subject: { reference: uuidUrl('b') } } },
        { fullUrl: uuidUrl('b'), resource: { resourceType: 'Procedure', id: 'b', status: 'completed', subject: { reference: uuidUrl('c') }, reasonReference: [{ reference: uuidUrl('a') }] } },
      ],
    };
    expect(unresolved(bad)).toEqual([
      'Goal.subject: Procedure is not one of Patient, Group, Organization',
      'Procedure.subject: urn:uuid:c is not in the Bundle',
      'Procedure.reasonReference[0]: Goal is not one of Condition, Observation, Procedure, DiagnosticReport, DocumentReference',
    ]);
  });
});

describe.each(engines())('FHIR export on %s', (engine) => {
  let p: Practice;
  let w: ExportWorld;
  let bundle: Bundle;
  beforeAll(async () => {
    p = await startPractice(engine);
    w = await exportWorld(p);
    bundle = await expectOk(p.users.therapist1.api.get('/api/v1/export/fhir'));
  });
  afterAll(() => p.close());

  it('is a collection Bundle whose every resource passes the R4 validator', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry ?? []).map((e) => e.resource!);
    expect(resources.length).toBeGreaterThan(30);
    expect(resources.flatMap(validationErrors)).toEqual([]);
    expect(validationErrors(bundle)).toEqual([]);
  });

  it('resolves every reference inside the Bundle, to a resource type the element allows', () => {
    expect(new Set(bundle.entry!.map((e) => e.fullUrl)).size).toBe(bundle.entry!.length);
    for (const e of bundle.entry!) expect(e.fullUrl).toBe(uuidUrl(e.resource!.id!));
    expect(unresolved(bundle)).toEqual([]);
  });

  it('maps the record: patients, plans, goals, encounters, procedures, observations, notes', () => {
    const count = (t: Resource['resourceType']) => ofType(bundle, t).length;
    expect(count('Organization')).toBe(1);
    expect(ofType(bundle, 'Practitioner').map((x) => x.name?.[0]?.text)).toEqual(['Tara Therapist']);
    expect(count('Patient')).toBe(2);
    expect(count('CarePlan')).toBe(2);
    expect(count('Goal')).toBe(2 + 7); // two long-term goals, 3 + 1 objectives for Maya, 3 for Noah
    expect(count('Encounter')).toBe(4 + 1 + 2); // Maya's four individual sessions, the group session, one per participant
    expect(count('Procedure')).toBe(4 + 2);
    // Maya: 4 individual sessions × 4 objectives + the group trials; Noah: the group trials.
    expect(count('Observation')).toBe(16 + 1 + 1);
    expect(count('DocumentReference')).toBe(2);
  });

  it('makes the group session one Encounter with each participant\'s own Encounter part of it', () => {
    const encounters = ofType(bundle, 'Encounter');
    const group = encounters.find((e) => e.id === w.group.id)!;
    expect(group.subject).toBeUndefined();
    const parts = encounters.filter((e) => e.partOf?.reference === uuidUrl(w.group.id));
    expect(parts.map((e) => e.subject?.reference).sort()).toEqual([uuidUrl(w.maya.client.id), uuidUrl(w.noah.client.id)].sort());
    const procedures = ofType(bundle, 'Procedure').filter((x) => parts.some((e) => x.encounter?.reference === uuidUrl(e.id!)));
    expect(procedures).toHaveLength(2);
    for (const proc of procedures) {
      const own = proc.subject?.reference === uuidUrl(w.maya.client.id) ? w.maya.trials.id : w.noah.trials.id;
      expect(proc.extension).toEqual([{ url: 'http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal', valueReference: { reference: uuidUrl(own), type: 'Goal' } }]);
    }
  });

  it("gives each objective's Goal its target and the progress engine's status, with its Observations", async () => {
    const progress = await expectOk(p.users.therapist1.api.get(`/api/v1/clients/${w.maya.client.id}/progress`));
    const statusOf = (id: string) => progress.objectives.find((o: { objective: { id: string } }) => o.objective.id === id).status as string;
    const expected: Record<string, string[]> = { met: ['achieved'], progressing: ['improving'], 'not-progressing': ['no-progress', 'worsening'], 'insufficient-data': ['in-progress'] };
    for (const objective of [w.maya.trials, w.maya.frequency, w.maya.duration, w.extra]) {
      const goal = ofType(bundle, 'Goal').find((g) => g.id === objective.id)!;
      expect(expected[statusOf(objective.id)]).toContain(goal.achievementStatus?.coding?.[0]?.code);
      expect(goal.outcomeReference).toHaveLength(objective.id === w.maya.trials.id ? 5 : 4);
    }
    const trials = ofType(bundle, 'Goal').find((g) => g.id === w.maya.trials.id)!;
    expect(trials.target?.[0]).toMatchObject({ detailQuantity: { value: 80, comparator: '>=', unit: '%', system: 'http://unitsofmeasure.org', code: '%' }, dueDate: '2027-03-01' });
    const longTerm = ofType(bundle, 'Goal').find((g) => g.id === w.maya.goal.id)!;
    expect(longTerm.extension).toHaveLength(4);
    const first = ofType(bundle, 'Observation').find((o) => o.id && trials.outcomeReference?.[0]?.reference === uuidUrl(o.id))!;
    expect(first.valueQuantity).toEqual({ value: 25, unit: '%', system: 'http://unitsofmeasure.org', code: '%' });
    expect(first).toMatchObject({ status: 'final', subject: { reference: uuidUrl(w.maya.client.id) }, encounter: { reference: uuidUrl(w.individual[0]!.id) } });
    const rating = ofType(bundle, 'Observation').find((o) => o.extension?.[0]?.valueReference?.reference === uuidUrl(w.extra.id))!;
    expect(rating.valueQuantity).toMatchObject({ unit: 'score', code: '{score}' });
  });

  it('exports each signed note as a DocumentReference with its text, hash and addendum', async () => {
    const doc = ofType(bundle, 'DocumentReference').find((d) => d.id === w.mayaNote.id)!;
    const attachment = doc.content[0]!.attachment;
    const bytes = Buffer.from(attachment.data!, 'base64');
    const text = bytes.toString('utf8');
    expect(text).toContain(NOTE_TEXT);
    expect(text).toContain('Mother attended the last 10 minutes.');
    expect(attachment.hash).toBe(createHash('sha1').update(bytes).digest('base64'));
    expect(attachment.size).toBe(bytes.length);
    expect(doc.docStatus).toBe('amended');
    expect(doc.identifier?.[0]?.value).toBe(w.mayaNote.contentHash);
  });

  it("exports one client's record alone, and audits every export", async () => {
    const one: Bundle = await expectOk(p.users.supervisor.api.get(`/api/v1/clients/${w.noah.client.id}/fhir`));
    expect(ofType(one, 'Patient').map((x) => x.id)).toEqual([w.noah.client.id]);
    expect(ofType(one, 'Encounter').map((e) => e.id).sort()).toEqual([w.group.id, ofType(bundle, 'Encounter').find((e) => e.subject?.reference === uuidUrl(w.noah.client.id))!.id].sort());
    expect(JSON.stringify(one)).not.toContain(w.maya.client.id);
    expect(unresolved(one)).toEqual([]);
    const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'export'), eq(auditLog.clientId, w.noah.client.id)));
    expect(rows.map((r) => r.actorId).sort()).toEqual([p.users.therapist1.id, p.users.supervisor.id].sort());
  });

  it('writes the whole organization from the CLI, as its admin, and audits it', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'crescendo-fhir-')), 'bundle.json');
    const message = await exportFhirCommand(p.database, parseArgs(['export', 'fhir', '--out', out]));
    expect(message).toMatch(/Patient 2/);
    const written = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
    expect(ofType(written, 'Patient')).toHaveLength(2);
    expect(written.entry!.flatMap((e) => validationErrors(e.resource!))).toEqual([]);
    expect(unresolved(written)).toEqual([]);
    const rows = await p.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'export'), eq(auditLog.requestId, 'cli')));
    expect(rows.map((r) => r.clientId).sort()).toEqual([w.maya.client.id, w.noah.client.id].sort());
    await expect(exportFhirCommand(p.database, parseArgs(['export', 'fhir', '--out', out, '--client', 'not-a-client']))).rejects.toThrow(/not found/);
  });
});
