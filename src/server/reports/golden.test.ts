/**
 * Golden-path snapshots: the report HTML of the demo practice, loaded as of a fixed day and read as
 * of that day, for explicit periods. Both engines must give the same HTML, byte for byte.
 * After an intended change to a report, review the diff and update with `npx vitest run -u`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Role } from '../../domain/roles.js';
import type { Ctx } from '../access/acting-user.js';
import type { Engine } from '../db/connection.js';
import { clients, users } from '../db/schema.js';
import { updateClient } from '../clients/service.js';
import { engines, testDatabase } from '../testing/harness.js';
import { seededUuid } from '../../cli/demo/ids.js';
import { loadDemoPractice, zonedInstant } from '../../cli/demo/load.js';
import { DEMO_ORG } from '../../cli/demo/practice.js';
import { PdfRenderer } from './pdf.js';
import { dischargeSummary, iepReport, outcomeReport, progressReport, type RenderedReport } from './service.js';

/** The demo's today and the day the reports are read (at noon in the clinic): a Wednesday, in the past because the services refuse data recorded in the future. */
const TODAY = '2025-12-31';
const QUARTER = { from: '2025-10-01', to: '2025-12-31' };
const FALL_TERM = { from: '2025-09-01', to: '2025-12-19' };
const HALF_YEAR = { from: '2025-07-01', to: '2025-12-31' };

const DISCHARGE_REASON = 'Completed the inpatient rehabilitation programme; discharged home. Speech-language therapy continues as an outpatient.';

const GOLDEN = [
  'progress-maya-clinical', 'progress-maya-family', 'progress-ruth-clinical', 'progress-ruth-family', 'iep-eli', 'discharge-marcus', 'outcomes-supervisor',
  'progress-grace-clinical', 'progress-grace-family', 'discharge-grace', 'progress-leo-clinical', 'progress-leo-family', 'discharge-leo', 'progress-harold-clinical', 'discharge-harold',
] as const;
type Golden = (typeof GOLDEN)[number];

const client = (key: string) => seededUuid(`client/${key}`);

async function actingAs(db: Ctx['db'], email: string): Promise<Ctx> {
  const [u] = await db.select().from(users).where(eq(users.email, email));
  const noon = new Date(zonedInstant(TODAY, '12:00', DEMO_ORG.timeZone));
  return {
    db,
    user: { id: u!.id, organizationId: u!.organizationId, roles: u!.roles as Role[], name: u!.name, email: u!.email },
    requestId: 'golden',
    now: () => noon,
  };
}

const html = (r: RenderedReport) => {
  expect(r.format).toBe('html');
  return r.body as string;
};

/** Every golden report of one database with the demo practice, by file name. */
async function renderAll(engine: Engine): Promise<Record<Golden, string>> {
  const database = await testDatabase(engine);
  const renderer = new PdfRenderer();
  try {
    await loadDemoPractice(database, 'a long clinic passphrase 42', { today: TODAY });
    const [jordan, priya, renee] = await Promise.all(
      ['therapist1', 'therapist2', 'supervisor'].map((who) => actingAs(database.db, `${who}@demo.crescendo.test`)),
    );
    const asHtml = { format: 'html' as const };
    const [marcus] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, client('marcus')));
    await updateClient(priya!, client('marcus'), { version: marcus!.version, status: 'discharged' });
    return {
      'progress-maya-clinical': html(await progressReport(jordan!, renderer, client('maya'), { ...asHtml, ...QUARTER, voice: 'clinical' })),
      'progress-maya-family': html(await progressReport(jordan!, renderer, client('maya'), { ...asHtml, ...QUARTER, voice: 'family' })),
      'progress-ruth-clinical': html(await progressReport(priya!, renderer, client('ruth'), { ...asHtml, ...QUARTER, voice: 'clinical' })),
      'progress-ruth-family': html(await progressReport(priya!, renderer, client('ruth'), { ...asHtml, ...QUARTER, voice: 'family' })),
      'iep-eli': html(await iepReport(jordan!, renderer, client('eli'), { ...asHtml, ...FALL_TERM })),
      'discharge-marcus': html(await dischargeSummary(priya!, renderer, client('marcus'), { ...asHtml, to: TODAY, reason: DISCHARGE_REASON })),
      'outcomes-supervisor': html(await outcomeReport(renee!, renderer, { ...asHtml, ...HALF_YEAR })),
      // Hospice, NICU and Parkinson's rehabilitation; the supervisor prints Grace's family version (she reviews, Jordan signs).
      'progress-grace-clinical': html(await progressReport(jordan!, renderer, client('grace'), { ...asHtml, ...QUARTER, voice: 'clinical' })),
      'progress-grace-family': html(await progressReport(renee!, renderer, client('grace'), { ...asHtml, ...QUARTER, voice: 'family' })),
      'discharge-grace': html(await dischargeSummary(jordan!, renderer, client('grace'), { ...asHtml, to: TODAY, reasonCode: 'death' })),
      'progress-leo-clinical': html(await progressReport(jordan!, renderer, client('leo'), { ...asHtml, ...QUARTER, voice: 'clinical' })),
      'progress-leo-family': html(await progressReport(jordan!, renderer, client('leo'), { ...asHtml, ...QUARTER, voice: 'family' })),
      'discharge-leo': html(await dischargeSummary(jordan!, renderer, client('leo'), { ...asHtml, to: TODAY, reasonCode: 'discharged_home' })),
      'progress-harold-clinical': html(await progressReport(priya!, renderer, client('harold'), { ...asHtml, ...QUARTER, voice: 'clinical' })),
      'discharge-harold': html(await dischargeSummary(priya!, renderer, client('harold'), { ...asHtml, to: TODAY })),
    };
  } finally {
    await renderer.close();
    await database.close();
  }
}

describe('golden report HTML from the demo practice', () => {
  const byEngine = new Map<Engine, Record<Golden, string>>();
  beforeAll(async () => {
    for (const engine of engines()) byEngine.set(engine, await renderAll(engine));
  }, 480_000);
  afterAll(() => byEngine.clear());

  const first = () => byEngine.get(engines()[0]!)!;

  for (const name of GOLDEN) {
    it(`${name} matches its golden file`, async () => {
      const page = first()[name];
      expect(page).not.toMatch(/\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/);
      await expect(page).toMatchFileSnapshot(`golden/${name}.html`);
    });
  }

  it('leaves out a session planned for later on the day of the report: it is not counted as not recorded', () => {
    const ruth = first()['progress-ruth-clinical'];
    expect(ruth).toContain('Ruth attended 12 of 13 scheduled sessions');
    expect(ruth).not.toMatch(/not recorded/i);
  });

  it('continues only the interventions the current plan uses for objectives not yet met', () => {
    const plan = (name: Golden) => first()[name].split('<h3>Plan</h3>')[1]!;
    expect(plan('progress-ruth-clinical')).toContain('Reminiscence with songs from young adulthood');
    expect(plan('progress-ruth-clinical')).not.toContain('Seated movement');
    expect(plan('progress-maya-clinical')).not.toContain('Turn-taking drum game');
  });

  it('reads as the clinician would sign it: hospice without dates to reach or skills, NICU values with units, a supervisor as reviewer', () => {
    const text = (name: Golden) => first()[name].replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ');
    for (const name of ['progress-grace-clinical', 'progress-grace-family', 'discharge-grace'] as const) {
      expect(text(name), name).not.toMatch(/projected|Hoped-for|reached around|skill|master/i);
      expect(text(name), name).toMatch(/Severe before the session/);
    }
    expect(text('discharge-grace')).toContain('Bereavement follow-up for Daniel Kim (son)');
    expect(text('discharge-grace')).toContain('Legacy work delivered');
    // Leo's heart-rate objective (goal 1) is physiological: no skill words; his suck (goal 2) is a behaviour.
    for (const name of ['progress-leo-clinical', 'progress-leo-family', 'discharge-leo'] as const) {
      const heartRate = text(name).split(/Goal 2:/)[0]!.split(/Goal 1:/)[1]!;
      expect(heartRate, name).not.toMatch(/\d \/min|skill|master/i);
      expect(heartRate, name).toMatch(name.includes('family') ? /about \d+ bpm before and \d+ bpm after/ : /\d → \d+(\.\d)? bpm/);
    }
    expect(text('discharge-leo')).toContain('Referral to early intervention');
    expect(text('progress-harold-clinical')).toMatch(/15\.1 s, 0\.66 m\/s/);
    expect(text('progress-grace-family')).toMatch(/Jordan Ellis, MT-BC\s+Music therapist/);
    expect(text('progress-grace-family')).toContain('Reviewed by Dr. Renée Park');
    // The end of care is recorded; every channel is on the discharge; cadence in steps/min; the IEP, not the ICD-10 codes, on the IEP report.
    for (const name of ['discharge-grace', 'discharge-leo'] as const) expect(text(name), name).toMatch(/Status\s+Discharged/);
    expect(text('discharge-leo')).toMatch(/SpO₂, baseline → final\s+[\d.]+ % → [\d.]+ %/);
    expect(text('progress-harold-clinical')).toMatch(/95\.3 steps\/min/);
    expect(text('progress-harold-clinical')).not.toMatch(/\d \/min/);
    expect(text('iep-eli')).toMatch(/Eligibility category\s+Intellectual disability \(§300\.8\(c\)\(6\)\)/);
    expect(text('iep-eli')).toMatch(/Minutes delivered this period\s+\d+ of \d+ min/);
    expect(text('iep-eli')).not.toContain('Q90.9');
  });

  it('is the same on every engine', () => {
    for (const [engine, pages] of byEngine) expect(pages, engine).toEqual(first());
  });
});
