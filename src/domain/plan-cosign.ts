/**
 * Who signs a treatment plan version, and when it is in force. A music therapist's or supervisor's
 * signature puts the version in force; an intern's signature is held until the intern's supervisor
 * co-signs the very version the intern signed (its content hash), as notes are (roles.ts).
 */
import { documentsUnderSupervision, type Role } from './roles.js';

export type PlanVersionStatus = 'draft' | 'awaiting_cosign' | 'signed';

/** The version's status from its signature columns: signed means in force (co-signed when it needed it). */
export function planVersionStatus(v: { signedAt: string | null; requiresCosign: boolean; cosignedAt: string | null }): PlanVersionStatus {
  if (!v.signedAt) return 'draft';
  return v.requiresCosign && !v.cosignedAt ? 'awaiting_cosign' : 'signed';
}

/** What a signature by this user results in: an intern's waits for a co-signature. */
export const signatureNeedsCosign = (roles: readonly Role[]): boolean => documentsUnderSupervision(roles);

export interface CosignFacts {
  status: PlanVersionStatus;
  /** The acting user signed the version. */
  isSigner: boolean;
  /** The acting user supervises the one who signed it. */
  supervisesSigner: boolean;
  /** The content hash sent is the version's (the co-signer read this version). */
  hashMatches: boolean;
  /** A later version was put in force since: this one no longer becomes the plan. */
  laterInForce: boolean;
}

export type CosignDecision =
  | { ok: true; status: 'signed' }
  | { ok: false; refuse: 'forbidden' | 'conflict'; reason: string };

/** May the acting user co-sign this plan version, and what status results. */
export function cosignDecision(f: CosignFacts): CosignDecision {
  if (f.status === 'draft') return { ok: false, refuse: 'conflict', reason: 'this version is a draft; it is co-signed after the intern has signed it' };
  if (f.status === 'signed') return { ok: false, refuse: 'conflict', reason: 'this version is already in force; there is nothing to co-sign' };
  if (f.isSigner) return { ok: false, refuse: 'forbidden', reason: 'the intern who signed this version does not co-sign it; their supervisor does' };
  if (!f.supervisesSigner) return { ok: false, refuse: 'forbidden', reason: 'only the supervisor of the intern who signed this version co-signs it' };
  if (!f.hashMatches) return { ok: false, refuse: 'conflict', reason: 'this version is not the one you read (its content hash differs); read it again before co-signing' };
  if (f.laterInForce) return { ok: false, refuse: 'conflict', reason: 'a later version of the plan is already in force; this one can no longer be put in force' };
  return { ok: true, status: 'signed' };
}

/**
 * A version still awaiting its co-signature when a later version was put in force can never be: it is
 * overtaken, by the first later version in force (numbers ascending). Null for every other version.
 */
export function overtakenBy(
  v: { number: number; status: PlanVersionStatus },
  versions: readonly { number: number; status: PlanVersionStatus }[],
): number | null {
  if (v.status !== 'awaiting_cosign') return null;
  const later = versions.filter((x) => x.number > v.number && x.status === 'signed').map((x) => x.number);
  return later.length ? Math.min(...later) : null;
}
