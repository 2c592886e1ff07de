/**
 * Billing rules: how a client's minutes of service become units of a service code. One place for
 * them; the server, the claims export and the superbill read units from here.
 *
 * 15-minute timed codes follow the Medicare Claims Processing Manual (CMS Pub. 100-04), Chapter 5,
 * §20.2 "Reporting of Service Units With HCPCS", C. "Counting Minutes for Timed Codes in 15 Minute
 * Units":
 * - a service of less than 8 minutes is not billed;
 * - 1 unit for ≥ 8 through 22 minutes, 2 for ≥ 23 through 37, 3 for ≥ 38 through 52, … "the
 *   pattern remains the same" beyond two hours;
 * - when more than one 15-minute timed service is given in a day, "the total number of minutes of
 *   service … determines the number of timed units billed", and each service performed for at least
 *   15 minutes is billed at least one unit (30 minutes: at least two, …);
 * - services of 7 minutes or less whose total is 8 minutes or more: one unit, billed for the service
 *   performed for the most minutes.
 * `allocateTimedUnits` does that for one client's day: the day's total units, each service's whole
 * 15 minutes first, the units left to the services with the most minutes left over.
 *
 * Per-session codes are one unit per attended session. Per-hour codes: no public rule for partial
 * hours was confirmed, so they are whole hours, and the practice states on the code how a partial
 * hour is counted (down: completed hours only; nearest: 30 minutes or more counts; up: any part).
 */
import { z } from 'zod';
import { optionalShortText, shortText, uuidSchema, dateSchema, LIMITS } from './schemas/common.js';

export const UNIT_RULES = ['per_15_minutes_cms', 'per_session', 'per_hour'] as const;
export type UnitRule = (typeof UNIT_RULES)[number];
export const HOUR_ROUNDING = ['down', 'nearest', 'up'] as const;
export type HourRounding = (typeof HOUR_ROUNDING)[number];

export const UNIT_RULE_WORDS: Record<UnitRule, string> = {
  per_15_minutes_cms: 'per 15 minutes (CMS 8-minute rule)',
  per_session: 'per session',
  per_hour: 'per hour',
};

/** Units of a 15-minute timed code for this many timed minutes (Pub. 100-04, Ch. 5, §20.2 C). */
export function timedUnits(minutes: number): number {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 8) return 0;
  return Math.floor((m - 8) / 15) + 1;
}

/** Whole hours, a partial hour counted as the practice says. */
export function hourUnits(minutes: number, rounding: HourRounding): number {
  const m = Math.max(0, Math.floor(minutes));
  if (rounding === 'up') return Math.ceil(m / 60);
  if (rounding === 'nearest') return Math.floor((m + 30) / 60);
  return Math.floor(m / 60);
}

/** One unit for a session the client took part in (any minutes of service). */
export const sessionUnits = (minutes: number): number => (minutes > 0 ? 1 : 0);

export interface TimedService {
  key: string;
  minutes: number;
}

/**
 * One client's 15-minute timed services of a day → units per service (Pub. 100-04, Ch. 5, §20.2 C):
 * the total minutes decide the units; each service first gets its whole 15 minutes, and the units
 * left go one each to the services with the most minutes left over (on a tie, the service with more
 * minutes in all, then the first given).
 */
export function allocateTimedUnits(services: readonly TimedService[]): Map<string, number> {
  const out = new Map<string, number>();
  const clean = services.map((s, i) => ({ key: s.key, minutes: Math.max(0, Math.floor(s.minutes)), i }));
  const total = clean.reduce((a, s) => a + s.minutes, 0);
  let left = timedUnits(total);
  for (const s of clean) {
    const whole = Math.floor(s.minutes / 15);
    out.set(s.key, (out.get(s.key) ?? 0) + whole);
    left -= whole;
  }
  const byRemainder = [...clean].sort((a, b) => (b.minutes % 15) - (a.minutes % 15) || b.minutes - a.minutes || a.i - b.i);
  for (const s of byRemainder) {
    if (left <= 0) break;
    if (s.minutes % 15 === 0) continue;
    out.set(s.key, (out.get(s.key) ?? 0) + 1);
    left--;
  }
  return out;
}

export interface DayLine {
  key: string;
  rule: UnitRule;
  minutes: number;
  hourRounding?: HourRounding;
}

/** Units of each of one client's service lines of one day, every rule applied as above. */
export function unitsOfDay(lines: readonly DayLine[]): Map<string, number> {
  const timed = allocateTimedUnits(lines.filter((l) => l.rule === 'per_15_minutes_cms'));
  return new Map(
    lines.map((l) => [
      l.key,
      l.rule === 'per_15_minutes_cms' ? timed.get(l.key) ?? 0 : l.rule === 'per_session' ? sessionUnits(l.minutes) : hourUnits(l.minutes, l.hourRounding ?? 'down'),
    ]),
  );
}

/** A charge in integer cents: units × rate. */
export const chargeCents = (units: number, rateCents: number): number => units * rateCents;

/** Cents as dollars for a claim or a superbill: 12345 → "123.45". */
export const dollars = (cents: number): string => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** Where the service was given: a CMS place-of-service code, two digits (11 office, 03 school, 12 home, …). */
export const placeOfServiceSchema = z.string().regex(/^\d{2}$/, 'must be a two-digit place-of-service code');
const modifierSchema = z.string().regex(/^[A-Z0-9]{2}$/, 'must be a two-character modifier such as GN');
const keySchema = z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/, 'must be a lowercase key');

const codeFields = {
  code: z.string().trim().regex(/^[A-Z0-9]{5}$/, 'must be a five-character CPT or HCPCS code'),
  description: shortText,
  unitRule: z.enum(UNIT_RULES),
  hourRounding: z.enum(HOUR_ROUNDING),
  rateCents: z.number().int().min(0).max(100_000_000),
  modifiers: z.array(modifierSchema).max(4),
  sessionTypes: z.array(keySchema).max(10),
  settings: z.array(keySchema).max(20),
  billable: z.boolean(),
  active: z.boolean(),
  /** Fewer minutes on a line is warned about, as the code's descriptor asks (G0176: "per session (45 minutes or more)"); null: no minimum. */
  minimumMinutes: z.number().int().min(1).max(24 * 60).nullable(),
};

export const serviceCodeCreateSchema = z.strictObject({
  id: uuidSchema,
  ...codeFields,
  hourRounding: codeFields.hourRounding.default('down'),
  modifiers: codeFields.modifiers.default([]),
  sessionTypes: codeFields.sessionTypes.default([]),
  settings: codeFields.settings.default([]),
  billable: codeFields.billable.default(true),
  active: codeFields.active.default(true),
  minimumMinutes: codeFields.minimumMinutes.default(null),
});

export const serviceCodeUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  ...Object.fromEntries(Object.entries(codeFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof codeFields]: z.ZodOptional<(typeof codeFields)[K]> },
});

/**
 * Whether a line's minutes fall short of its code's minimum. The units stay as the unit rule counts
 * them; the line carries a warning for the clinician and the office to decide on before billing.
 */
export const belowMinimum = (minutes: number, minimumMinutes: number | null): boolean => minimumMinutes !== null && minutes < minimumMinutes;

/** Whether a code applies to a session: its kinds and settings, empty meaning any. */
export function codeApplies(code: { sessionTypes: readonly string[]; settings: readonly string[] }, session: { type: string; setting: string }): boolean {
  return (code.sessionTypes.length === 0 || code.sessionTypes.includes(session.type)) && (code.settings.length === 0 || code.settings.includes(session.setting));
}

export const serviceLineCreateSchema = z.strictObject({
  id: uuidSchema,
  clientId: uuidSchema,
  serviceCodeId: uuidSchema,
  /** Minutes of this service; default: the client's minutes of service in the session. */
  minutes: z.number().int().min(1).max(24 * 60).optional(),
  placeOfService: placeOfServiceSchema,
  /** ICD-10 codes from the client's diagnoses, in the order of the claim's pointers (at most 4). */
  diagnosisCodes: z.array(optionalShortText.min(1)).max(4).default([]),
  renderingProviderId: uuidSchema.optional(),
  supervisingProviderId: uuidSchema.nullable().optional(),
  payer: shortText,
});

export const serviceLineUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  minutes: z.number().int().min(1).max(24 * 60).optional(),
  placeOfService: placeOfServiceSchema.optional(),
  diagnosisCodes: z.array(optionalShortText.min(1)).max(4).optional(),
  renderingProviderId: uuidSchema.optional(),
  supervisingProviderId: uuidSchema.nullable().optional(),
  payer: shortText.optional(),
});

export const AUTHORIZATION_KINDS = ['units', 'visits'] as const;
export const authorizationCreateSchema = z
  .strictObject({
    id: uuidSchema,
    payer: shortText,
    /** The code it authorizes; absent: every billable code billed to this payer. */
    serviceCodeId: uuidSchema.nullable().default(null),
    kind: z.enum(AUTHORIZATION_KINDS),
    amount: z.number().int().min(1).max(100_000),
    startsOn: dateSchema,
    endsOn: dateSchema,
    reference: z.string().trim().max(LIMITS.shortText).default(''),
  })
  .refine((a) => a.startsOn <= a.endsOn, { path: ['endsOn'], message: 'must not be before startsOn' });

export const authorizationUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  amount: z.number().int().min(1).max(100_000).optional(),
  startsOn: dateSchema.optional(),
  endsOn: dateSchema.optional(),
  reference: z.string().trim().max(LIMITS.shortText).optional(),
});

export interface AuthorizationUse {
  amount: number;
  used: number;
}
/** Used and remaining of an authorization, and whether adding `adding` would go past it. */
export function authorizationStanding(a: AuthorizationUse, adding = 0) {
  const remaining = a.amount - a.used;
  return { used: a.used, remaining, exceeded: a.used > a.amount, wouldExceed: a.used + adding > a.amount };
}

/** The Monday (ISO week) of a date YYYY-MM-DD: productivity is counted per week. */
export function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** CMS-1500 box 24E points to box 21's diagnoses by letter, A to L. */
export const diagnosisPointer = (index: number): string => 'ABCDEFGHIJKL'[index] ?? '';
