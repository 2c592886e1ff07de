/**
 * FHIR R4 export of the whole demo practice, scoped as the CLI's `export fhir` scopes it (the
 * organization, read as its admin): zero validation errors over every resource and the Bundle,
 * and every reference resolved inside the Bundle to a resource type its element allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Bundle } from '@medplum/fhirtypes';
import type { Database } from '../db/connection.js';
import { clients, goals, notes, objectives, sessions } from '../db/schema.js';
import { testDatabase } from '../testing/harness.js';
import { organizationAdminCtx } from '../../cli/export.js';
import { loadDemoPractice, type DemoCounts } from '../../cli/demo/load.js';
import { DEMO_CLIENTS, DEMO_STAFF } from '../../cli/demo/practice.js';
import { countByType, exportFhir } from './fhir.js';
import { ofType, unresolved, uuidUrl, validationErrors } from './fhir-check.js';

/** A fixed past day, so that the demo (and so the export) is the same on every run. */
const TODAY = '2025-12-31';

/** The rows of a table that match. */
const count = async (database: Database, table: PgTable, where: SQL | undefined) => {
  const rows: { n: number }[] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table).where(where);
  return rows[0]!.n;
};

describe('FHIR export of the demo practice', () => {
  let database: Database;
  let demo: DemoCounts;
  let bundle: Bundle;
  beforeAll(async () => {
    database = await testDatabase('pglite');
    demo = (await loadDemoPractice(database, 'a long clinic passphrase 42', { today: TODAY })) as DemoCounts;
    const ctx = await organizationAdminCtx(database);
    expect(ctx.user.email).toBe('admin@demo.crescendo.test');
    bundle = await exportFhir(ctx, { kind: 'organization' });
  }, 300_000);
  afterAll(() => database?.close());

  it('passes the R4 validator with zero errors, every resource and the Bundle itself', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry ?? []).map((e) => e.resource!);
    const counts = countByType(bundle);
    console.log(`FHIR demo export: ${resources.length} resources validated (and the Bundle); ${Object.entries(counts).map(([type, n]) => `${type} ${n}`).join(', ')}`);
    expect(resources.length).toBeGreaterThan(1000);
    expect(resources.flatMap(validationErrors)).toEqual([]);
    expect(validationErrors(bundle)).toEqual([]);
  }, 300_000);

  it('resolves every reference inside the Bundle, to a resource type the element allows, under unique fullUrls', () => {
    const entries = bundle.entry ?? [];
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
    for (const e of entries) expect(e.fullUrl).toBe(uuidUrl(e.resource!.id!));
    expect(unresolved(bundle)).toEqual([]);
  }, 300_000);

  it('maps the whole practice: every expected resource type, in the numbers the demo holds', async () => {
    const counts = countByType(bundle);
    const [clientRows, goalRows, objectiveRows, sessionRows, signedNotes] = await Promise.all([
      count(database, clients, isNull(clients.deletedAt)),
      count(database, goals, isNull(goals.deletedAt)),
      count(database, objectives, isNull(objectives.deletedAt)),
      count(database, sessions, isNull(sessions.deletedAt)),
      count(database, notes, and(isNull(notes.deletedAt), isNotNull(notes.signedAt), isNotNull(notes.signedBy))),
    ]);
    expect(Object.keys(counts).sort()).toEqual(['CarePlan', 'DocumentReference', 'Encounter', 'Goal', 'Observation', 'Organization', 'Patient', 'Practitioner', 'Procedure']);
    expect(counts.Organization).toBe(1);
    // The clinicians who treated, wrote or signed; the admin running the export is not one of them.
    expect(ofType(bundle, 'Practitioner').map((x) => x.name?.[0]?.text).sort()).toEqual(DEMO_STAFF.filter((s) => s.key !== 'admin').map((s) => s.name).sort());
    expect(demo.clients).toBe(DEMO_CLIENTS.length);
    expect(counts.Patient).toBe(clientRows);
    expect(counts.Patient).toBeGreaterThanOrEqual(13);
    expect(counts.CarePlan).toBe(counts.Patient);
    // One Goal per long-term goal and per objective: at least one goal and two objectives a client.
    expect(counts.Goal).toBe(goalRows + objectiveRows);
    expect(counts.Goal).toBeGreaterThanOrEqual(3 * 13);
    // One Encounter per session and client, and one more per group session.
    expect(sessionRows).toBe(demo.sessions);
    expect(counts.Encounter).toBeGreaterThan(demo.sessions);
    expect(demo.sessions).toBeGreaterThanOrEqual(170);
    // An intervention is delivered from an objective's intervention phase on, not in its baseline sessions.
    expect(counts.Procedure).toBeGreaterThanOrEqual(300);
    expect(counts.Observation).toBeGreaterThanOrEqual(400);
    expect(counts.DocumentReference).toBe(signedNotes);
    expect(counts.DocumentReference).toBeGreaterThanOrEqual(200);
  });
});
