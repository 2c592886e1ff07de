/**
 * Billing seeds of the demo practice: a few example service codes (the practice edits codes,
 * descriptions and rates: the rates here are examples, not a fee schedule), a service line for the
 * sessions of some clients, written before their notes are signed, and one authorization.
 * HCPCS descriptions are the CMS long descriptors; CPT codes carry a short label of the practice's own.
 * G0176's minimum of 45 minutes is its HCPCS long descriptor's ("per session (45 minutes or more)",
 * CMS HCPCS Level II file, code added 2001-01-01); no other seeded code's descriptor states a minimum.
 */
import type { z } from 'zod';
import type { serviceCodeCreateSchema } from '../../domain/billing.js';
import type { Ctx } from '../../server/access/acting-user.js';
import { createServiceCode } from '../../server/billing/codes.js';
import { createServiceLine } from '../../server/billing/lines.js';
import { createAuthorization } from '../../server/billing/authorizations.js';
import { createCoverage, setOrganizationNpi, setUserNpi } from '../../server/billing/coverage.js';
import type { InsuranceType } from '../../domain/claims.js';
import { npiCheckDigit } from '../../domain/npi.js';
import { seededUuid } from './ids.js';

type CodeSeed = Omit<z.input<typeof serviceCodeCreateSchema>, 'id'>;

export const DEMO_SERVICE_CODES: Record<string, CodeSeed> = {
  '97530': { code: '97530', description: 'Therapeutic activities, each 15 minutes', unitRule: 'per_15_minutes_cms', rateCents: 3800, sessionTypes: ['individual'] },
  '92507': { code: '92507', description: 'Speech, language or communication treatment, individual', unitRule: 'per_session', rateCents: 9500, sessionTypes: ['individual'] },
  '90853': { code: '90853', description: 'Group psychotherapy', unitRule: 'per_session', rateCents: 6000, sessionTypes: ['group'] },
  G0176: { code: 'G0176', description: "Activity therapy, such as music, dance, art or play therapies not for recreation, related to the care and treatment of patient's disabling mental health problems, per session (45 minutes or more)", unitRule: 'per_session', rateCents: 7500, minimumMinutes: 45 },
  'H2032-HQ': { code: 'H2032', description: 'Activity therapy, per 15 minutes', unitRule: 'per_15_minutes_cms', rateCents: 1600, modifiers: ['HQ'], sessionTypes: ['group'] },
  HOSPC: { code: 'HOSPC', description: 'Hospice music therapy visit (recorded; not billed separately)', unitRule: 'per_session', rateCents: 0, settings: ['hospice_home'], billable: false },
};

/** Which demo clients' sessions get a line, under which code, place of service and payer. */
const DEMO_LINES: Record<string, { code: keyof typeof DEMO_SERVICE_CODES; placeOfService: string; payer: string }> = {
  maya: { code: '97530', placeOfService: '11', payer: 'Example Health Plan' },
  dana: { code: 'G0176', placeOfService: '11', payer: 'Example Health Plan' },
  marcus: { code: '97530', placeOfService: '62', payer: 'Example Health Plan' },
  harold: { code: '97530', placeOfService: '62', payer: 'Example Health Plan' },
  grace: { code: 'HOSPC', placeOfService: '12', payer: 'Hospice program (not billed)' },
  ava: { code: 'H2032-HQ', placeOfService: '03', payer: 'State Medicaid waiver (example)' },
  noah: { code: 'H2032-HQ', placeOfService: '03', payer: 'State Medicaid waiver (example)' },
  liam: { code: 'H2032-HQ', placeOfService: '03', payer: 'State Medicaid waiver (example)' },
  zoe: { code: 'H2032-HQ', placeOfService: '03', payer: 'State Medicaid waiver (example)' },
};

/** Each payer's item 1 box in the demo. */
const DEMO_PAYER_TYPES: Record<string, InsuranceType> = { 'Example Health Plan': 'group_health_plan', 'State Medicaid waiver (example)': 'medicaid' };

/**
 * Demo NPIs: nine digits beginning with 9 and their check digit. NPIs are issued beginning with 1 or 2
 * (NPI Final Rule, 69 FR 3434), so these pass the check and can be no real provider's.
 */
export const demoNpi = (eight: string): string => `9${eight}${npiCheckDigit(`9${eight}`)}`;

const codeId = (key: string) => seededUuid(`service-code/${key}`);

export async function seedDemoServiceCodes(admin: Ctx): Promise<void> {
  for (const [key, seed] of Object.entries(DEMO_SERVICE_CODES))
    await createServiceCode(admin, { hourRounding: 'down', modifiers: [], sessionTypes: [], settings: [], billable: true, active: true, minimumMinutes: null, ...seed, id: codeId(key) });
}

interface Attending {
  key: string;
  id: string;
  diagnoses: { code: string }[];
}

/** A session's service lines for the attending clients that have one; called before their notes are signed. */
export async function seedSessionLines(ctx: Ctx, sessionId: string, present: Attending[]): Promise<void> {
  for (const c of present) {
    const plan = DEMO_LINES[c.key];
    if (!plan) continue;
    await createServiceLine(ctx, sessionId, {
      id: seededUuid(`service-line/${sessionId}/${c.id}`), clientId: c.id, serviceCodeId: codeId(plan.code), placeOfService: plan.placeOfService,
      diagnosisCodes: c.diagnoses.slice(0, 1).map((d) => d.code), payer: plan.payer,
    });
  }
}

/** Maya's plan authorized 24 units of 97530 over the demo's months: the chart shows what is left. */
export async function seedDemoAuthorizations(ctx: Ctx, mayaId: string, from: string, to: string): Promise<void> {
  await createAuthorization(ctx, mayaId, { id: seededUuid('authorization/maya'), payer: 'Example Health Plan', serviceCodeId: codeId('97530'), kind: 'units', amount: 54, startsOn: from, endsOn: to, reference: 'PA-2026-0412' });
}

/** The practice's and its clinicians' NPIs, and a coverage (items 1 and 1a) for each client billed to a payer. */
export async function seedDemoBillingIdentity(admin: Ctx, clinicianIds: string[], clients: { key: string; id: string; ctx: Ctx }[]): Promise<void> {
  await setOrganizationNpi(admin, demoNpi('00000001'));
  for (const [i, userId] of clinicianIds.entries()) await setUserNpi(admin, userId, demoNpi(String(10 + i).padStart(8, '0')));
  for (const [i, c] of clients.entries()) {
    const payer = DEMO_LINES[c.key]?.payer;
    const insuranceType = payer ? DEMO_PAYER_TYPES[payer] : undefined;
    if (!payer || !insuranceType) continue;
    await createCoverage(c.ctx, c.id, { id: seededUuid(`coverage/${c.id}`), payer, insuranceType, memberId: `${insuranceType === 'medicaid' ? 'MCD' : 'EHP'}-DEMO-${String(i + 1).padStart(4, '0')}` });
  }
}
