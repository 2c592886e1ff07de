/**
 * Claims as the NUCC 1500 Health Insurance Claim Form (02/12) lays them out: who the insured is
 * (item 1, the kind of coverage; item 1a, the insured's ID number), the client's account number
 * (item 26), and which service lines go on one claim (item 24 has six lines; item 28 totals them).
 */
import { z } from 'zod';
import { shortText, uuidSchema } from './schemas/common.js';

/** Item 1: the boxes of the form, in its order. */
export const INSURANCE_TYPES = ['medicare', 'medicaid', 'tricare', 'champva', 'group_health_plan', 'feca_black_lung', 'other'] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];
/** The item 1 box each type marks, as the form labels it. */
export const INSURANCE_TYPE_WORDS: Record<InsuranceType, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  tricare: 'TRICARE',
  champva: 'CHAMPVA',
  group_health_plan: 'Group Health Plan',
  feca_black_lung: 'FECA Blk Lung',
  other: 'Other',
};

/** Item 1a: letters, digits and the separators payers print on cards; no spaces inside. */
const memberIdSchema = z.string().trim().min(1, 'must not be empty').max(40).regex(/^[A-Za-z0-9-]+$/, 'must be the letters and digits of the member ID as the card prints them');

export const coverageCreateSchema = z.strictObject({
  id: uuidSchema,
  /** The payer as the client's service lines name it (matched without regard to case). */
  payer: shortText,
  insuranceType: z.enum(INSURANCE_TYPES),
  memberId: memberIdSchema,
});

export const coverageUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  insuranceType: z.enum(INSURANCE_TYPES).optional(),
  memberId: memberIdSchema.optional(),
});

/** The same payer however it was typed: "Example Health Plan" and "example health plan ". */
export const samePayer = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Item 26 and the superbill's account number: Crescendo records no chart number, so the client's id
 * is turned into eight characters a family can read out on the phone ("7K3M-Q9TD"): the first 40 bits
 * of the FNV-1a 64-bit hash of the id, in Crockford's base 32 (no I, L, O or U). The same id always
 * gives the same number; two clients of one practice share one with a chance of about n²/2⁴¹.
 */
export function accountNumber(clientId: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of clientId.toLowerCase()) h = BigInt.asUintN(64, (h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n);
  let top = h >> 24n;
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = CROCKFORD[Number(top & 31n)]! + out;
    top >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** Item 24 has six service lines: a claim holds at most this many. */
export const MAX_LINES_PER_CLAIM = 6;

export interface ClaimableLine {
  key: string;
  clientId: string;
  /** Item 26 of the client (accountNumber). */
  account: string;
  payer: string;
  /** Date of service, YYYY-MM-DD. */
  date: string;
  /** Item 17 names one supervising provider for the whole claim. */
  supervisingProviderId: string | null;
  /** Item 23 holds one prior authorization number for the whole claim. */
  priorAuthorization: string;
  chargeCents: number;
}

export interface Claim {
  /** The export's claim number: account, month of service and a sequence, e.g. "7K3M-Q9TD-2026-03-1". */
  number: string;
  lines: string[];
  /** Item 28: the total of the claim's charges, in cents. */
  totalCents: number;
}

/**
 * Service lines → claims. One claim is one client, one payer, one calendar month of service (the
 * window this export bills by; CMS sets none), one supervising provider and one prior authorization
 * (items 17 and 23 are claim-wide), in date order, six lines at most: a seventh starts the next claim.
 * Claims are numbered per client and month in date order of their first line.
 */
export function groupClaims(lines: readonly ClaimableLine[]): Claim[] {
  const groups = new Map<string, ClaimableLine[]>();
  const ordered = lines.map((l, i) => ({ l, i })).sort((a, b) => a.l.date.localeCompare(b.l.date) || a.i - b.i).map((x) => x.l);
  for (const l of ordered) {
    const k = JSON.stringify([l.clientId, l.payer.trim().toLowerCase(), l.date.slice(0, 7), l.supervisingProviderId, l.priorAuthorization]);
    const g = groups.get(k) ?? [];
    g.push(l);
    groups.set(k, g);
  }
  const chunks: ClaimableLine[][] = [];
  for (const g of groups.values()) for (let i = 0; i < g.length; i += MAX_LINES_PER_CLAIM) chunks.push(g.slice(i, i + MAX_LINES_PER_CLAIM));
  chunks.sort((a, b) => a[0]!.account.localeCompare(b[0]!.account) || a[0]!.date.localeCompare(b[0]!.date));
  const seq = new Map<string, number>();
  return chunks.map((c) => {
    const window = `${c[0]!.account}-${c[0]!.date.slice(0, 7)}`;
    const n = (seq.get(window) ?? 0) + 1;
    seq.set(window, n);
    return { number: `${window}-${n}`, lines: c.map((l) => l.key), totalCents: c.reduce((t, l) => t + l.chargeCents, 0) };
  });
}
